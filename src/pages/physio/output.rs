//! The builder's result: what to fix first, or what she will see and the ways to send
//! it (link, QR code, printout).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::share_panel::SharePanel;
use crate::components::shared_view::SharedPreview;
use crate::domain::share::{encode, Shared, SharedRoutine};
use crate::domain::text::Msg;
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
        Err(why) => html! { <p class="form__error no-print" role="status">{ why }</p> },
        Ok(routine) => {
            let link = format!(
                "{}#/shared/{}",
                share_api::base_url(),
                encode(&Shared::Routine((**routine).clone()))
            );
            html! {
                <>
                    <div class="card">
                        <h2 class="no-print">{ t(lang, Msg::PhysioPreviewTitle) }</h2>
                        <SharedPreview routine={routine.clone()} />
                    </div>
                    <SharePanel url={AttrValue::from(link)} title={AttrValue::from(routine.name.as_str().to_owned())} />
                </>
            }
        }
    }
}
