//! History: her past sessions, minutes this week and how her back has felt.

use yew::prelude::*;

#[component]
pub fn History() -> Html {
    html! {
        <section class="page" aria-labelledby="history-title">
            <h1 id="history-title">{ "History" }</h1>
            <div class="card card--empty">
                <h2>{ "No sessions yet" }</h2>
                <p>{ "Each routine you finish will be listed here with the date, how long it took and how your back felt, along with your minutes for the week." }</p>
            </div>
        </section>
    }
}
