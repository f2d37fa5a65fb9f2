//! The player's large controls at the bottom of the screen: back, pause or resume,
//! skip, thirty more seconds of rest, and "End session" with its confirmation. Every
//! button is one session `Command`; whether the confirmation shows is its own state.

use yew::prelude::*;

use crate::domain::session::Command;
use crate::domain::session::ADD_REST_MS;
use crate::domain::text::{Msg, Text};
use crate::hooks::use_lang::{t, use_lang};

#[derive(Properties, PartialEq)]
pub struct PlayerControlsProps {
    pub paused: bool,
    /// The words of the button that lengthens the current rest ("+30 s rest"), when it
    /// is one (`SegmentKind::more_time`).
    pub more_time: Option<Msg>,
    pub on_command: Callback<Command>,
}

#[component]
pub fn PlayerControls(props: &PlayerControlsProps) -> Html {
    let lang = use_lang();
    let confirm_stop = use_state(|| false);
    // Any command answers the confirmation, if it was showing.
    let command = |cmd: Command| {
        let on_command = props.on_command.clone();
        let confirm_stop = confirm_stop.clone();
        Callback::from(move |_: MouseEvent| {
            confirm_stop.set(false);
            on_command.emit(cmd);
        })
    };
    let confirm = |show: bool| {
        let confirm_stop = confirm_stop.clone();
        Callback::from(move |_: MouseEvent| confirm_stop.set(show))
    };
    let paused = props.paused;
    if *confirm_stop {
        return html! {
            <div class="player__controls player__confirm" role="alertdialog" aria-labelledby="stop-q">
                <p id="stop-q">{ t(lang, Msg::SessionStopQuestion) }</p>
                <div class="button-row">
                    <button class="button button--danger" onclick={command(Command::Stop)}>{ t(lang, Msg::SessionStopNow) }</button>
                    <button class="button" onclick={confirm(false)}>{ t(lang, Msg::SessionKeepGoing) }</button>
                </div>
            </div>
        };
    }
    html! {
        <div class="player__controls">
            if let (Some(more), false) = (props.more_time, paused) {
                <button class="button player__extra" onclick={command(Command::AddRest)}>{ t(lang, Text::new(more).with("seconds", ADD_REST_MS / 1000)) }</button>
            }
            <div class="player__main-controls">
                <button class="player__button" onclick={command(Command::Back)} aria-label={t(lang, Msg::SessionBack)} disabled={paused}>
                    <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 5v14M19 5l-10 7 10 7z" /></svg>
                </button>
                if paused {
                    <button class="player__button player__button--primary" onclick={command(Command::Resume)}>{ t(lang, Msg::SessionResume) }</button>
                } else {
                    <button class="player__button player__button--primary" onclick={command(Command::Pause)}>{ t(lang, Msg::SessionPause) }</button>
                }
                <button class="player__button" onclick={command(Command::Skip)} aria-label={t(lang, Msg::SessionSkip)} disabled={paused}>
                    <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M18 5v14M5 5l10 7-10 7z" /></svg>
                </button>
            </div>
            <button class="button button--quiet player__stop" onclick={confirm(true)}>{ t(lang, Msg::SessionEnd) }</button>
        </div>
    }
}
