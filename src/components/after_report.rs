//! The report straight after a session: the worst pain during it, how hard it felt,
//! and an optional note. Progression reads it; History shows it.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::components::pain_picker::PainPicker;
use crate::domain::comfort::{AfterReport, Effort, Note, PainScore};
use crate::domain::text::Msg;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct AfterReportFormProps {
    pub started_at_ms: i64,
    /// A line above the questions (e.g. after stopping because of pain).
    #[prop_or_default]
    pub lead: Option<AttrValue>,
}

#[component]
pub fn AfterReportForm(props: &AfterReportFormProps) -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let worst = use_state(|| None::<PainScore>);
    let effort = use_state(|| None::<Effort>);
    let note = use_state(String::new);
    let efforts = Effort::ALL.into_iter().map(|e| {
        let effort = effort.clone();
        let pressed = *effort == Some(e);
        let onclick = Callback::from(move |_: MouseEvent| effort.set(Some(e)));
        html! {
            <button type="button" class={classes!("button", pressed.then_some("button--primary"))}
                aria-pressed={pressed.to_string()} {onclick}>{ t(lang, e.label()) }</button>
        }
    });
    let on_worst = {
        let worst = worst.clone();
        Callback::from(move |p: PainScore| worst.set(Some(p)))
    };
    let on_note = {
        let note = note.clone();
        Callback::from(move |e: InputEvent| {
            note.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let ready = worst.is_some() && effort.is_some();
    let on_save = {
        let started_at_ms = props.started_at_ms;
        let (worst, effort, note) = (*worst, *effort, (*note).clone());
        Callback::from(move |_: MouseEvent| {
            if let (Some(worst_pain), Some(effort)) = (worst, effort) {
                // The textarea's maxlength keeps the note within bounds; trim just in case.
                let text: String = note.chars().take(Note::MAX_CHARS).collect();
                state.dispatch(Action::AfterReport {
                    started_at_ms,
                    report: AfterReport {
                        worst_pain,
                        effort,
                        note: Note::new(&text).unwrap_or_default(),
                    },
                });
            }
        })
    };
    html! {
        <section class="card after" aria-labelledby="after-title">
            <h2 id="after-title">{ t(lang, Msg::SessionAfterTitle) }</h2>
            if let Some(lead) = props.lead.clone() {
                <p>{ lead }</p>
            }
            <PainPicker name="worst-pain" legend={t(lang, Msg::SessionAfterWorstLegend)} value={*worst} on_change={on_worst} />
            <fieldset class="form__group">
                <legend>{ t(lang, Msg::SessionAfterEffort) }</legend>
                <div class="button-row">{ for efforts }</div>
            </fieldset>
            <label class="form__label" for="after-note">{ t(lang, Msg::SessionAfterNote) }</label>
            <textarea class="form__input" id="after-note" rows="2" maxlength="500" value={(*note).clone()} oninput={on_note} />
            <div class="action-bar">
                <button class="button button--primary button--wide" disabled={!ready} onclick={on_save}>{ t(lang, Msg::SessionAfterSave) }</button>
            </div>
        </section>
    }
}
