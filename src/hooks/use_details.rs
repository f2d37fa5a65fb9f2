//! The library's reading matter (steps, advice, drawings), fetched once after the first
//! screen is up (`catalog::details`) and shared through a context. Pages show what they
//! can meanwhile; a failed fetch says why and can be retried.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::catalog::details::Details;
use crate::domain::catalog::Catalog;
use crate::domain::text::Lang;
use crate::web::fetch;

/// Where the details stand.
#[derive(Clone, Debug, PartialEq)]
pub enum DetailsState {
    Loading,
    Ready(Rc<Details>),
    /// Why they could not be loaded, in words.
    Failed(AttrValue),
}

/// The details and a way to ask for them again.
#[derive(Clone, PartialEq)]
pub struct DetailsHandle {
    pub state: DetailsState,
    pub retry: Callback<()>,
}

impl DetailsHandle {
    pub fn ready(&self) -> Option<&Details> {
        match &self.state {
            DetailsState::Ready(d) => Some(d),
            _ => None,
        }
    }
}

/// Loads the built-in details in `lang` (again when it changes), unless `given` (tests
/// pass them in).
#[hook]
pub fn use_details_loader(given: Option<Rc<Details>>, lang: Lang) -> DetailsHandle {
    let state = use_state(|| match &given {
        Some(d) => DetailsState::Ready(d.clone()),
        None => DetailsState::Loading,
    });
    let attempt = use_state(|| 0_u32);
    {
        let state = state.clone();
        let wanted = given.is_none();
        use_effect_with((*attempt, lang), move |&(_, lang)| {
            if wanted {
                state.set(DetailsState::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(load(lang).await);
                });
            }
        });
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| attempt.set(*attempt + 1))
    };
    DetailsHandle {
        state: (*state).clone(),
        retry,
    }
}

async fn load(lang: Lang) -> DetailsState {
    let catalog = Catalog::builtin_in(lang);
    let text = match fetch::text(Catalog::details_file_in(lang)).await {
        Ok(text) => text,
        Err(why) => return DetailsState::Failed(AttrValue::from(why)),
    };
    match catalog.read_details(&text) {
        Ok(details) => DetailsState::Ready(Rc::new(details)),
        Err(why) => DetailsState::Failed(AttrValue::from(format!("the file is damaged ({why})"))),
    }
}

/// The details context; "still loading" outside a provider.
#[hook]
pub fn use_details() -> DetailsHandle {
    use_context::<DetailsHandle>().unwrap_or(DetailsHandle {
        state: DetailsState::Loading,
        retry: Callback::noop(),
    })
}
