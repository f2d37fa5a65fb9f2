//! The hash routes. `HashRouter` keeps the app working from any static host, and a
//! shared routine travels in the fragment, which browsers never send to a server.

use yew_router::prelude::*;

use crate::domain::start::Start;

mod carers;

pub use carers::carer_tab;

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Today,
    #[at("/library")]
    Library,
    #[at("/library/:id")]
    Exercise { id: String },
    #[at("/check/:start")]
    Check { start: Start },
    #[at("/play")]
    Player,
    #[at("/history")]
    History,
    #[at("/plan")]
    Plan,
    #[at("/settings")]
    Settings,
    #[at("/shared")]
    SharedEmpty,
    #[at("/shared/:code")]
    Shared { code: String },
    #[at("/physio")]
    Physio,
    #[at("/running")]
    Running,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}
