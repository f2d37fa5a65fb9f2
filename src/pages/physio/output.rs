//! The builder's result: what to fix first, or what she will see and the ways to send
//! it (link, QR code, printout). At a desk the preview is drawn at a phone's width, in a
//! frame, with the session's total time above it.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::handout::Handout;
use crate::components::share_panel::SharePanel;
use crate::components::shared_view::SharedPreview;
use crate::domain::catalog::Catalog;
use crate::domain::routine::planned_minutes;
use crate::domain::share::{encode, Shared, SharedRoutine};
use crate::domain::text::{Msg, Text};
use crate::hooks::use_lang::{t, use_lang};
use crate::web::share_api;

#[derive(Properties, PartialEq)]
pub struct OutputProps {
    /// The routine built from the draft, or what to fix first.
    pub built: Result<Rc<SharedRoutine>, AttrValue>,
}

#[component]
pub fn Output(props: &OutputProps) -> Html {
    let lang = use_lang();
    match &props.built {
        Err(why) => html! {
            <div class="desk__pending no-print">
                <p class="form__error" role="status">{ why }</p>
            </div>
        },
        Ok(routine) => {
            let link = format!(
                "{}#/shared/{}",
                share_api::base_url(),
                encode(&Shared::Routine((**routine).clone()))
            );
            let minutes = planned_minutes(&routine.to_routine(), Catalog::builtin_in(lang));
            let total = Text::new(Msg::DeskTotal)
                .with("minutes", minutes)
                .with("exercises", routine.exercises.len());
            html! {
                <>
                    <div class="card desk__preview">
                        <h2 class="no-print">{ t(lang, Msg::PhysioPreviewTitle) }</h2>
                        <p class="no-print desk__total">{ t(lang, total) }</p>
                        <div class="desk__phone">
                            <SharedPreview routine={routine.clone()} />
                        </div>
                        <Handout routine={routine.clone()} />
                    </div>
                    <SharePanel url={AttrValue::from(link)} title={AttrValue::from(routine.name.as_str().to_owned())} />
                </>
            }
        }
    }
}
