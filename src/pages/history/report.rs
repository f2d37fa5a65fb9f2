//! "For your physiotherapist": a summary of the last four weeks, made only when she
//! asks, and it leaves the device only if she shares it.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::share_panel::SharePanel;
use crate::components::summary_view::SummaryView;
use crate::domain::report::{summary_for, REPORT_DAYS};
use crate::domain::share::{encode, Shared};
use crate::domain::text::Msg;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::web::share_api;

#[component]
pub fn ReportBack() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let shown = use_state(|| false);
    if !*shown {
        let onclick = {
            let shown = shown.clone();
            Callback::from(move |_: MouseEvent| shown.set(true))
        };
        return html! {
            <div class="card no-print">
                <h2>{ t(lang, Msg::HistoryReportTitle) }</h2>
                <p>{ t(lang, Msg::HistoryReportBody) }</p>
                <button class="button" {onclick}>{ t(lang, Msg::HistoryReportMake) }</button>
            </div>
        };
    }
    let Some(summary) = summary_for(
        &state.data,
        state.clock.now_ms,
        state.clock.offset_min,
        REPORT_DAYS,
        &t(lang, Msg::WordsAppRoutine),
    ) else {
        return html! {};
    };
    let url = format!(
        "{}#/shared/{}",
        share_api::base_url(),
        encode(&Shared::Summary(summary.clone()))
    );
    html! {
        <>
            <div class="card report-preview">
                <SummaryView summary={Rc::new(summary)} own=true />
            </div>
            <SharePanel url={AttrValue::from(url)} title={t(lang, Msg::HistoryReportShareTitle)} heading={t(lang, Msg::HistoryReportShareHeading)} />
        </>
    }
}
