//! The builder's routine-wide fields: name, how often and how long, whether the app may
//! adjust doses, her pain limits, and who prescribed it. Only the choices a share link
//! can carry are offered.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::choices::{pain_limits_offered, Per, WEEK_CHOICES};
use super::draft::{BuilderAction, Draft};
use crate::components::select_field::{number_options, select_field};
use crate::domain::routine::RoutineName;
use crate::domain::share::PERSON_MAX_CHARS;

#[derive(Properties, PartialEq)]
pub struct RoutineCardProps {
    pub draft: Rc<Draft>,
    pub on_edit: Callback<BuilderAction>,
}

/// "1 time", "2 times", …
fn times_label(n: u8) -> String {
    format!("{n} time{}", if n == 1 { "" } else { "s" })
}

#[component]
pub fn RoutineCard(props: &RoutineCardProps) -> Html {
    let draft = &props.draft;
    let on_edit = &props.on_edit;
    let text = |action: fn(String) -> BuilderAction| {
        on_edit
            .reform(move |e: Event| action(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let tick = |action: fn(bool) -> BuilderAction| {
        on_edit
            .reform(move |e: Event| action(e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    let times = draft
        .per
        .times_offered()
        .map(|n| (n, times_label(n)))
        .collect();
    let pers = Vec::from(Per::ALL.map(|p| (p, p.to_string())));
    let pain = || number_options(pain_limits_offered());
    let person_max = PERSON_MAX_CHARS.to_string();
    html! {
        <div class="card no-print">
            <h2>{ "Routine" }</h2>
            <label class="form__label" for="r-name">{ "Name" }</label>
            <input id="r-name" class="form__input" maxlength={RoutineName::MAX_CHARS.to_string()} value={draft.name.clone()} onchange={text(BuilderAction::SetName)} />
            <div class="filters">
                { select_field("r-times", "How often", times, draft.times, on_edit.reform(BuilderAction::SetTimes)) }
                { select_field("r-per", "Per", pers, draft.per, on_edit.reform(BuilderAction::SetPer)) }
                { select_field("r-weeks", "For (weeks)", number_options(WEEK_CHOICES), draft.weeks, on_edit.reform(BuilderAction::SetWeeks)) }
            </div>
            <label class="choice" for="r-auto">
                <input id="r-auto" type="checkbox" checked={draft.auto} onchange={tick(BuilderAction::SetAuto)} />
                <span>{ "Let the app adjust doses from her comfort reports (otherwise they stay exactly as set)" }</span>
            </label>
            <label class="choice" for="r-limits">
                <input id="r-limits" type="checkbox" checked={draft.limits} onchange={tick(BuilderAction::SetLimits)} />
                <span>{ "Set her pain limits" }</span>
            </label>
            if draft.limits {
                <div class="filters">
                    { select_field("r-comfortable", "Comfortable up to", pain(), draft.comfortable, on_edit.reform(BuilderAction::SetComfortable)) }
                    { select_field("r-acceptable", "Acceptable up to", pain(), draft.acceptable, on_edit.reform(BuilderAction::SetAcceptable)) }
                </div>
            }
            <label class="form__label" for="r-clinician">{ "Your name (optional)" }</label>
            <input id="r-clinician" class="form__input" maxlength={person_max.clone()} value={draft.clinician.clone()} onchange={text(BuilderAction::SetClinician)} />
            <label class="form__label" for="r-clinic">{ "Clinic (optional)" }</label>
            <input id="r-clinic" class="form__input" maxlength={person_max} value={draft.clinic.clone()} onchange={text(BuilderAction::SetClinic)} />
        </div>
    }
}
