//! The next-morning check: how her back is compared with before yesterday's session.
//! It is what progression trusts most, so it is asked once, first thing, in one card.

use yew::prelude::*;

use crate::components::pain_picker::PainPicker;
use crate::domain::comfort::{MorningCompare, MorningReport, PainScore};
use crate::domain::text::{Msg, Text};
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::state::Action;
use crate::web::clock;

#[derive(Properties, PartialEq)]
pub struct MorningCheckProps {
    /// The session it is about.
    pub started_at_ms: i64,
    /// Her pain before that session, to compare against.
    pub before: Option<PainScore>,
    /// Nothing is known of her resting pain yet: also ask for her usual pain, the
    /// baseline later mornings are judged against.
    #[prop_or_default]
    pub ask_usual: bool,
}

#[component]
pub fn MorningCheck(props: &MorningCheckProps) -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let compare = use_state(|| None::<MorningCompare>);
    let pain = use_state(|| None::<PainScore>);
    let usual = use_state(|| None::<PainScore>);
    let started = props.started_at_ms;
    let choices = MorningCompare::ALL.into_iter().map(|m| {
        let compare = compare.clone();
        let pressed = *compare == Some(m);
        let onclick = Callback::from(move |_: MouseEvent| compare.set(Some(m)));
        html! {
            <button type="button" class={classes!("button", pressed.then_some("button--primary"))}
                aria-pressed={pressed.to_string()} {onclick}>{ t(lang, m.label()) }</button>
        }
    });
    let on_pain = {
        let pain = pain.clone();
        Callback::from(move |p: PainScore| pain.set(Some(p)))
    };
    let ready = compare.is_some() && pain.is_some();
    let on_usual = {
        let usual = usual.clone();
        Callback::from(move |p: PainScore| usual.set(Some(p)))
    };
    let on_save = {
        let state = state.clone();
        let (compare, pain, usual_pain) = (*compare, *pain, *usual);
        Callback::from(move |_: MouseEvent| {
            if let (Some(compare), Some(pain)) = (compare, pain) {
                state.dispatch(Action::MorningReport {
                    started_at_ms: started,
                    report: Some(MorningReport {
                        compare,
                        pain,
                        at_ms: clock::now_ms(),
                    }),
                    usual_pain,
                });
            }
        })
    };
    let on_skip = {
        let usual_pain = *usual;
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::MorningReport {
                started_at_ms: started,
                report: None,
                usual_pain,
            })
        })
    };
    let compared = match props.before {
        Some(p) => Text::new(Msg::TodayMorningCompareBefore).with("pain", p.value()),
        None => Text::new(Msg::TodayMorningCompare),
    };
    html! {
        <section class="card card--accent morning" aria-labelledby="morning-title">
            <h2 id="morning-title">{ t(lang, Msg::TodayMorningTitle) }</h2>
            <p>{ t(lang, compared) }</p>
            <div class="button-row" role="group" aria-label={t(lang, Msg::TodayMorningCompareLabel)}>{ for choices }</div>
            <PainPicker name="morning-pain" legend={t(lang, Msg::TodayMorningPain)} value={*pain} on_change={on_pain} />
            if props.ask_usual {
                <PainPicker name="usual-pain" legend={t(lang, Msg::TodayMorningUsual)} value={*usual} on_change={on_usual} />
            }
            <div class="button-row">
                <button class="button button--primary" disabled={!ready} onclick={on_save}>{ t(lang, Msg::TodayMorningSave) }</button>
                <button class="button button--quiet" onclick={on_skip}>{ t(lang, Msg::TodayMorningSkip) }</button>
            </div>
        </section>
    }
}
