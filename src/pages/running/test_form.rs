//! One test of the running check: its drawing and task, the timer for a timed test,
//! "how many could you do" for a counted one (each leg where it asks), the three
//! symptom questions, and saving her answer.

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::art::Art;
use crate::components::start_button::StartButton;
use crate::domain::catalog::Catalog;
use crate::domain::running::{Answer, Measure, Symptoms, Test, Unit, MAX_COUNT};
use crate::domain::start::Start;
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::route::Route;
use crate::state::Action;
use crate::web::clock::now_ms;

#[derive(Properties, PartialEq)]
pub struct TestFormProps {
    pub test: Test,
}

/// Her answer so far: what she managed on each side (`None`: not answered yet).
type Done = [Option<u8>; 2];

#[component]
pub fn TestForm(props: &TestFormProps) -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let test = props.test;
    let done = use_state(|| [None::<u8>; 2]);
    let symptoms = use_state(Symptoms::default);
    let catalog = Catalog::builtin_in(lang);
    let Some(e) = catalog.find(test.exercise()) else {
        return html! {};
    };
    let sides = if test.each_side() { 2 } else { 1 };
    let complete = done[..sides].iter().all(Option::is_some);
    let question = match test.measure() {
        Measure::Timed { .. } => whole_time(lang, test, &done),
        Measure::Counted { target, unit, .. } => counts(lang, test, target, unit, &done),
    };
    let timer = matches!(test.measure(), Measure::Timed { .. }).then(|| {
        html! {
            <div class="running__timer">
                <StartButton start={Start::RunTest(test)} label={t(lang, Msg::RunTimer)} />
                <p class="muted">{ t(lang, Msg::RunTimerNote) }</p>
            </div>
        }
    });
    let on_save = {
        let (done, symptoms) = (*done, *symptoms);
        Callback::from(move |_: MouseEvent| {
            if done[..sides].iter().all(Option::is_some) {
                let counts = [done[0].unwrap_or(0), done[1].unwrap_or(0)];
                state.dispatch(Action::AnswerRunTest(Answer::new(
                    test,
                    now_ms(),
                    counts,
                    symptoms,
                )));
            }
        })
    };
    let title_id = format!("run-test-{}", test.key());
    html! {
        <section class="card running__test" aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ &e.name }</h2>
            <Art id={e.id.clone()} label={AttrValue::from(e.name.clone())} class="running__art" />
            <p class="running__task">{ t(lang, test.task()) }</p>
            <Link<Route> to={Route::Exercise { id: e.id.to_string() }} classes="running__how">{ t(lang, Msg::RunHow) }</Link<Route>>
            { for timer }
            { question }
            <SymptomQuestions value={*symptoms} on_change={{
                let symptoms = symptoms.clone();
                Callback::from(move |s: Symptoms| symptoms.set(s))
            }} />
            if !complete {
                <p class="muted" id="run-save-hint">{ t(lang, Msg::RunChoose) }</p>
            }
            <button type="button" class="button button--primary button--wide" disabled={!complete}
                aria-describedby={(!complete).then_some("run-save-hint")} onclick={on_save}>
                { t(lang, Msg::RunSave) }
            </button>
        </section>
    }
}

/// "Did you manage the whole time?", on each leg where the test has sides.
fn whole_time(lang: Lang, test: Test, done: &UseStateHandle<Done>) -> Html {
    let legend = if test.each_side() {
        Msg::RunWholeTimeSide
    } else {
        Msg::RunWholeTime
    };
    let row = |side: usize, label: Option<Msg>| {
        let choice = |value: u8, word: Msg| {
            let done = done.clone();
            let pressed = done[side] == Some(value);
            let onclick = Callback::from(move |_: MouseEvent| {
                let mut next = *done;
                next[side] = Some(value);
                done.set(next);
            });
            html! {
                <button type="button" class={classes!("button", pressed.then_some("button--primary"))}
                    aria-pressed={pressed.to_string()} {onclick}>{ t(lang, word) }</button>
            }
        };
        html! {
            <div class="running__side" role="group" aria-label={label.map(|l| t(lang, l))}>
                if let Some(label) = label {
                    <span class="running__side-label" aria-hidden="true">{ t(lang, label) }</span>
                }
                <div class="button-row">{ choice(1, Msg::RunYes) }{ choice(0, Msg::RunNo) }</div>
            </div>
        }
    };
    html! {
        <fieldset class="form__group">
            <legend>{ t(lang, legend) }</legend>
            if test.each_side() {
                { row(0, Some(Msg::RunLeft)) }
                { row(1, Some(Msg::RunRight)) }
            } else {
                { row(0, None) }
            }
        </fieldset>
    }
}

/// "How many could you do?", a number for each leg where the test has sides.
fn counts(lang: Lang, test: Test, target: u8, unit: Unit, done: &UseStateHandle<Done>) -> Html {
    let legend = match (unit, test.each_side()) {
        (Unit::Minutes, _) => Msg::RunCountMinutes,
        (Unit::Reps, true) => Msg::RunCountEach,
        (Unit::Reps, false) => Msg::RunCount,
    };
    let of = t(lang, Text::new(Msg::RunCountOf).with("target", target));
    let field = |side: usize, label: Msg| {
        let done = done.clone();
        let id = format!("run-count-{}-{side}", test.key());
        let value = done[side].map(|v| v.to_string()).unwrap_or_default();
        let oninput = Callback::from(move |e: InputEvent| {
            let raw = e.target_unchecked_into::<HtmlInputElement>().value();
            let mut next = *done;
            next[side] = raw.trim().parse::<u8>().ok().map(|v| v.min(MAX_COUNT));
            done.set(next);
        });
        html! {
            <div class="running__count">
                <label for={id.clone()}>{ t(lang, label) }</label>
                <input id={id} type="number" inputmode="numeric" min="0" max={MAX_COUNT.to_string()}
                    {value} {oninput} />
                <span class="muted">{ of.clone() }</span>
            </div>
        }
    };
    html! {
        <fieldset class="form__group">
            <legend>{ t(lang, legend) }</legend>
            if test.each_side() {
                { field(0, Msg::RunLeft) }
                { field(1, Msg::RunRight) }
            } else {
                { field(0, legend) }
            }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct SymptomProps {
    value: Symptoms,
    on_change: Callback<Symptoms>,
}

/// Pain, heaviness or dragging, leaking: the same three after every test.
#[component]
fn SymptomQuestions(props: &SymptomProps) -> Html {
    let lang = use_lang();
    let value = props.value;
    let item = |id: &'static str, label: Msg, on: bool, set: fn(&mut Symptoms, bool)| {
        let on_change = props.on_change.clone();
        let onchange = Callback::from(move |e: Event| {
            let mut next = value;
            set(
                &mut next,
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            );
            on_change.emit(next);
        });
        html! {
            <label class="check-row" for={id}>
                <input type="checkbox" {id} checked={on} {onchange} />
                <span>{ t(lang, label) }</span>
            </label>
        }
    };
    html! {
        <fieldset class="form__group running__symptoms">
            <legend>{ t(lang, Msg::RunSymptoms) }</legend>
            { item("run-pain", Msg::RunSymptomPain, value.pain, |s, v| s.pain = v) }
            { item("run-heaviness", Msg::RunSymptomHeaviness, value.heaviness, |s, v| s.heaviness = v) }
            { item("run-leaking", Msg::RunSymptomLeaking, value.leaking, |s, v| s.leaking = v) }
            <p class="muted">{ t(lang, Msg::RunSymptomsNone) }</p>
        </fieldset>
    }
}
