//! The pain trend as an inline SVG chart with a text summary for screen readers: a
//! span of days (a progress summary's four weeks), or History's whole log, the last 12
//! weeks day by day and, when it goes further back, the weeks before them week by week,
//! to the left of a dashed line.

use yew::prelude::*;

use crate::domain::history::{dated, PainChart, PainPoint, DAILY_WEEKS};
use crate::domain::text::{point_one, Lang, Msg, Text};
use crate::hooks::use_lang::{date, t, use_lang};

const W: f64 = 320.0;
const H: f64 = 160.0;
/// Room for the pain labels on the left and the day labels at the bottom.
const LEFT: f64 = 24.0;
const RIGHT: f64 = W - 6.0;
const BOTTOM: f64 = 20.0;
/// The share of the width the weekly part takes, when there is one.
const WEEKLY_SHARE: f64 = 0.36;

fn y(v: u8) -> f64 {
    8.0 + (10.0 - f64::from(v)) / 10.0 * (H - BOTTOM - 8.0)
}

/// Maps the days `from..=to` onto `x0..=x1` (one day alone sits at `x0`).
fn scale(from: i64, to: i64, x0: f64, x1: f64) -> impl Fn(i64) -> f64 {
    move |day| {
        let span = (to - from).max(1) as f64;
        x0 + (day - from) as f64 / span * (x1 - x0)
    }
}

fn line(
    points: &[PainPoint],
    x: &dyn Fn(i64) -> f64,
    pick: fn(&PainPoint) -> Option<u8>,
    class: &'static str,
) -> Html {
    let coords = points
        .iter()
        .filter_map(|p| pick(p).map(|v| format!("{},{}", point_one(x(p.day)), point_one(y(v)))))
        .collect::<Vec<_>>()
        .join(" ");
    html! { <polyline {class} points={coords} /> }
}

fn label(x: f64, anchor: &'static str, text: String) -> Html {
    html! { <text class="chart__label" x={point_one(x)} y={point_one(H - 4.0)} text-anchor={anchor}>{ text }</text> }
}

/// Pain during sessions and the next morning over `span_days` days up to `today`, with
/// `summary` as its text alternative.
pub fn pain_chart(points: &[PainPoint], today: i64, span_days: i64, summary: &str) -> Html {
    let chart = PainChart {
        today,
        daily_from: today - span_days,
        weekly: Vec::new(),
        daily: points.to_vec(),
    };
    html! {
        <Chart {chart} daily_weeks={span_days / 7} dots={Dots::Joined} summary={AttrValue::from(summary.to_owned())} />
    }
}

/// History's chart of `chart`'s points, with `summary` as its text alternative.
pub fn history_chart(chart: &PainChart, summary: &str) -> Html {
    html! {
        <Chart chart={chart.clone()} daily_weeks={DAILY_WEEKS} dots={Dots::Loose} summary={AttrValue::from(summary.to_owned())} />
    }
}

/// How the daily points are drawn.
#[derive(Clone, Copy, PartialEq)]
enum Dots {
    /// Large dots joined by lines: a few weeks of sessions.
    Joined,
    /// Small dots alone: twelve weeks of days, where lines would only zigzag.
    Loose,
}

#[derive(Properties, PartialEq)]
struct ChartProps {
    chart: PainChart,
    /// How many weeks back the daily part starts.
    daily_weeks: i64,
    dots: Dots,
    /// The chart's text alternative.
    summary: AttrValue,
}

/// The chart, in her language.
#[component]
fn Chart(props: &ChartProps) -> Html {
    let lang = use_lang();
    let daily_label = t(
        lang,
        Text::new(Msg::HistoryChartWeeksAgo).with("weeks", props.daily_weeks),
    );
    render(lang, &props.chart, daily_label, props.dots, &props.summary)
}

/// The chart; `daily_label` marks where the daily part starts.
fn render(lang: Lang, chart: &PainChart, daily_label: String, dots: Dots, summary: &str) -> Html {
    let dot_r = if dots == Dots::Joined { "3.5" } else { "2.2" };
    let weekly = !chart.weekly.is_empty();
    let split = if weekly {
        LEFT + (RIGHT - LEFT) * WEEKLY_SHARE
    } else {
        LEFT
    };
    let daily_x = scale(
        chart.daily_from,
        chart.today,
        split + if weekly { 8.0 } else { 0.0 },
        RIGHT,
    );
    let last_week = chart.weekly.last().map_or(chart.daily_from, |p| p.day);
    let weekly_x = scale(
        chart.first_day(),
        last_week.max(chart.first_day() + 7),
        LEFT,
        split - 8.0,
    );
    let grid = [0u8, 3, 5, 10].into_iter().map(|v| {
        html! {
            <g>
                <line class="chart__grid" x1={point_one(LEFT)} x2={point_one(RIGHT)} y1={point_one(y(v))} y2={point_one(y(v))} />
                <text class="chart__label" x="2" y={point_one(y(v) + 4.0)}>{ v }</text>
            </g>
        }
    });
    let circles = chart.daily.iter().flat_map(|p| {
        [(p.during, "chart__dot chart__dot--during"), (p.morning, "chart__dot chart__dot--morning")]
            .into_iter()
            .filter_map(|(v, class)| v.map(|v| html! { <circle {class} cx={point_one(daily_x(p.day))} cy={point_one(y(v))} r={dot_r} /> }))
    });
    let divider = weekly.then(|| html! {
        <line class="chart__grid" x1={point_one(split)} x2={point_one(split)} y1="4" y2={point_one(H - BOTTOM)} stroke-dasharray="3 3" />
    });
    let start_label = if weekly {
        html! { <>
            { label(LEFT, "start", date(lang, dated(chart.first_day()))) }
            { label(split + 8.0, "start", daily_label) }
        </> }
    } else {
        label(LEFT, "start", daily_label)
    };
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {} {}", point_one(W), point_one(H))} role="img" aria-labelledby="chart-summary">
                { for grid }
                { divider.unwrap_or_default() }
                if weekly {
                    { line(&chart.weekly, &weekly_x, |p| p.during, "chart__line chart__line--during") }
                    { line(&chart.weekly, &weekly_x, |p| p.morning, "chart__line chart__line--morning") }
                }
                if dots == Dots::Joined {
                    { line(&chart.daily, &daily_x, |p| p.during, "chart__line chart__line--during") }
                    { line(&chart.daily, &daily_x, |p| p.morning, "chart__line chart__line--morning") }
                }
                { for circles }
                { start_label }
                { label(RIGHT, "end", t(lang, Msg::HistoryChartToday)) }
            </svg>
            <figcaption>
                <span class="chart__key chart__key--during">{ t(lang, Msg::HistoryChartDuring) }</span>
                <span class="chart__key chart__key--morning">{ t(lang, Msg::HistoryChartMorning) }</span>
                if weekly {
                    <p class="muted">{ t(lang, Text::new(Msg::HistoryChartWeeklyNote).with("weeks", DAILY_WEEKS)) }</p>
                }
                <p id="chart-summary">{ summary }</p>
            </figcaption>
        </figure>
    }
}
