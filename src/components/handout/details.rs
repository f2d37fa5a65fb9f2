//! The library's details (steps, when to stop) in every offered language, for the
//! handout. The app's details context follows the screen's language and is reloaded
//! when it changes, so while a printout in another language is being drawn it still
//! holds the old language's words; the handout keeps its own copy of each language,
//! fetched once when it is first shown, with the language's words (the service worker
//! has them cached).

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::catalog::details::Details;
use crate::domain::catalog::Catalog;
use crate::domain::text::Lang;
use crate::web::{fetch, words};

/// The details loaded so far, by language.
#[derive(Default, PartialEq)]
pub struct Loaded(Vec<(Lang, Rc<Details>)>);

impl Loaded {
    /// The details in `lang`, once they have arrived.
    pub fn get(&self, lang: Lang) -> Option<&Details> {
        self.0
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, d)| d.as_ref())
    }
}

impl Reducible for Loaded {
    type Action = (Lang, Rc<Details>);

    fn reduce(self: Rc<Self>, (lang, details): Self::Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.retain(|(l, _)| *l != lang);
        next.push((lang, details));
        Rc::new(Loaded(next))
    }
}

/// Starts loading every offered language's details once, and returns those loaded.
#[hook]
pub fn use_details_by_lang() -> UseReducerHandle<Loaded> {
    let loaded = use_reducer(Loaded::default);
    let dispatcher = loaded.dispatcher();
    use_effect_with((), move |()| {
        for &lang in Lang::OFFERED {
            let dispatcher = dispatcher.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match load(lang).await {
                    Ok(details) => dispatcher.dispatch((lang, Rc::new(details))),
                    // The sheet prints without steps and says where to find them.
                    Err(why) => web_sys::console::warn_1(&why.into()),
                }
            });
        }
    });
    loaded
}

async fn load(lang: Lang) -> Result<Details, String> {
    // Its words first: they name its details file and hold its library's words.
    words::load(lang).await?;
    let text = fetch::text(Catalog::details_file_in(lang)).await?;
    Catalog::builtin_in(lang).read_details(&text)
}
