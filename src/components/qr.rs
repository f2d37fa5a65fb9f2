//! A QR code for a link, drawn as SVG by the `qrcode` crate: dark on light always (so
//! it scans in dark mode and on paper), with its quiet zone.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use yew::prelude::*;

use crate::domain::text::Msg;
use crate::hooks::use_lang::{t, use_lang};

#[derive(Properties, PartialEq)]
pub struct QrProps {
    pub data: AttrValue,
    pub label: AttrValue,
}

#[component]
pub fn Qr(props: &QrProps) -> Html {
    let lang = use_lang();
    let svg = use_memo(props.data.clone(), |data| {
        QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
            .map(|code| {
                code.render::<svg::Color<'_>>()
                    .min_dimensions(240, 240)
                    .dark_color(svg::Color("#000000"))
                    .light_color(svg::Color("#ffffff"))
                    .build()
            })
            .ok()
    });
    match (*svg).clone() {
        Some(markup) => html! {
            <figure class="qr" role="img" aria-label={props.label.clone()}>
                // Generated from our own link by the qrcode crate: rectangles only.
                { Html::from_html_unchecked(AttrValue::from(markup)) }
            </figure>
        },
        None => {
            html! { <p class="muted">{ t(lang, Msg::PhysioQrTooLong) }</p> }
        }
    }
}
