//! Calls back on a fixed period while `active`. The interval lives in a ref and is
//! dropped on cleanup (never leaked); the latest callback is always the one called.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Interval;
use yew::prelude::*;

#[hook]
pub fn use_ticker(period_ms: u32, active: bool, on_tick: Callback<()>) {
    let latest = use_mut_ref(|| on_tick.clone());
    *latest.borrow_mut() = on_tick;
    let interval: Rc<RefCell<Option<Interval>>> = use_mut_ref(|| None);
    use_effect_with((period_ms, active), move |&(period_ms, active)| {
        if active {
            let latest = latest.clone();
            *interval.borrow_mut() = Some(Interval::new(period_ms, move || {
                let callback = latest.borrow().clone();
                callback.emit(());
            }));
        }
        move || {
            interval.borrow_mut().take();
        }
    });
}
