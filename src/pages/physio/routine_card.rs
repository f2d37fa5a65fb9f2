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
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_lang::{t, use_lang};

#[derive(Properties, PartialEq)]
pub struct RoutineCardProps {
    pub draft: Rc<Draft>,
    pub on_edit: Callback<BuilderAction>,
}

/// "1 time", "2 times", …
fn times_label(lang: Lang, n: u8) -> String {
    t(lang, Text::new(Msg::PhysioTimes).with("count", n))
}

/// "day", "week": what the sessions are counted per.
fn per_label(lang: Lang, per: Per) -> String {
    t(
        lang,
        match per {
            Per::Day => Msg::PhysioPerDay,
            Per::Week => Msg::PhysioPerWeek,
        },
    )
}

#[component]
pub fn RoutineCard(props: &RoutineCardProps) -> Html {
    let lang = use_lang();
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
        .map(|n| (n, times_label(lang, n)))
        .collect();
    let pers = Vec::from(Per::ALL.map(|p| (p, per_label(lang, p))));
    let pain = || number_options(pain_limits_offered());
    let person_max = PERSON_MAX_CHARS.to_string();
    html! {
        <div class="card no-print">
            <h2>{ t(lang, Msg::PhysioRoutineTitle) }</h2>
            <label class="form__label" for="r-name">{ t(lang, Msg::PhysioRoutineName) }</label>
            <input id="r-name" class="form__input" maxlength={RoutineName::MAX_CHARS.to_string()} value={draft.name.clone()} onchange={text(BuilderAction::SetName)} />
            <div class="filters">
                { select_field("r-times", &t(lang, Msg::PhysioHowOften), times, draft.times, on_edit.reform(BuilderAction::SetTimes)) }
                { select_field("r-per", &t(lang, Msg::PhysioPer), pers, draft.per, on_edit.reform(BuilderAction::SetPer)) }
                { select_field("r-weeks", &t(lang, Msg::PhysioForWeeks), number_options(WEEK_CHOICES), draft.weeks, on_edit.reform(BuilderAction::SetWeeks)) }
            </div>
            <label class="choice" for="r-auto">
                <input id="r-auto" type="checkbox" checked={draft.auto} onchange={tick(BuilderAction::SetAuto)} />
                <span>{ t(lang, Msg::PhysioAuto) }</span>
            </label>
            <label class="choice" for="r-limits">
                <input id="r-limits" type="checkbox" checked={draft.limits} onchange={tick(BuilderAction::SetLimits)} />
                <span>{ t(lang, Msg::PhysioSetLimits) }</span>
            </label>
            if draft.limits {
                <div class="filters">
                    { select_field("r-comfortable", &t(lang, Msg::PhysioComfortable), pain(), draft.comfortable, on_edit.reform(BuilderAction::SetComfortable)) }
                    { select_field("r-acceptable", &t(lang, Msg::PhysioAcceptable), pain(), draft.acceptable, on_edit.reform(BuilderAction::SetAcceptable)) }
                </div>
            }
            <div class="routine__people">
                <div>
                    <label class="form__label" for="r-clinician">{ t(lang, Msg::PhysioClinician) }</label>
                    <input id="r-clinician" class="form__input" maxlength={person_max.clone()} value={draft.clinician.clone()} onchange={text(BuilderAction::SetClinician)} />
                </div>
                <div>
                    <label class="form__label" for="r-clinic">{ t(lang, Msg::PhysioClinic) }</label>
                    <input id="r-clinic" class="form__input" maxlength={person_max} value={draft.clinic.clone()} onchange={text(BuilderAction::SetClinic)} />
                </div>
            </div>
        </div>
    }
}
