//! The pain trend as an inline SVG chart with a text summary for screen readers.

use yew::prelude::*;

use crate::domain::history::PainPoint;

/// Pain during sessions and the next morning over `span_days` days up to `today`, with
/// `summary` as its text alternative.
pub fn pain_chart(points: &[PainPoint], today: i64, span_days: i64, summary: &str) -> Html {
    let (w, h, left, bottom) = (320.0_f64, 160.0_f64, 24.0_f64, 20.0_f64);
    let x =
        |day: i64| left + (day - (today - span_days)) as f64 / span_days as f64 * (w - left - 6.0);
    let y = |v: u8| 8.0 + (10.0 - f64::from(v)) / 10.0 * (h - bottom - 8.0);
    let line = |pick: fn(&PainPoint) -> Option<u8>| {
        points
            .iter()
            .filter_map(|p| pick(p).map(|v| format!("{:.1},{:.1}", x(p.day), y(v))))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let grid = [0u8, 3, 5, 10].into_iter().map(|v| {
        html! {
            <g>
                <line class="chart__grid" x1={left.to_string()} x2={(w - 6.0).to_string()} y1={y(v).to_string()} y2={y(v).to_string()} />
                <text class="chart__label" x="2" y={(y(v) + 4.0).to_string()}>{ v }</text>
            </g>
        }
    });
    let dots = points.iter().flat_map(|p| {
        [(p.during, "chart__dot chart__dot--during"), (p.morning, "chart__dot chart__dot--morning")]
            .into_iter()
            .filter_map(move |(v, class)| v.map(|v| html! { <circle {class} cx={x(p.day).to_string()} cy={y(v).to_string()} r="3.5" /> }))
    });
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {w} {h}")} role="img" aria-labelledby="chart-summary">
                { for grid }
                <polyline class="chart__line chart__line--during" points={line(|p| p.during)} />
                <polyline class="chart__line chart__line--morning" points={line(|p| p.morning)} />
                { for dots }
                <text class="chart__label" x={left.to_string()} y={(h - 4.0).to_string()}>{ format!("{} weeks ago", span_days / 7) }</text>
                <text class="chart__label" x={(w - 6.0).to_string()} y={(h - 4.0).to_string()} text-anchor="end">{ "today" }</text>
            </svg>
            <figcaption>
                <span class="chart__key chart__key--during">{ "During sessions (worst)" }</span>
                <span class="chart__key chart__key--morning">{ "Next morning" }</span>
                <p id="chart-summary">{ summary }</p>
            </figcaption>
        </figure>
    }
}
