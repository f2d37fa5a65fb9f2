//! Sentences as data: a message (`Msg`, from `locales/en/*.ftl`) with its arguments,
//! rendered into one of the app's languages (`Lang`) only when it is shown. The domain
//! returns `Text` rather than words, so saved data stays language-neutral and switching
//! language re-renders everything.
//!
//! The patterns are compiled from the message files by `build.rs` (Fluent syntax): English
//! into the wasm, every other language into its words file beside it (`words`), which the
//! app downloads before its first screen in that language and installs (`loaded`). Which
//! plural form a number takes is the language's rule, asked of `plural` (the browser's
//! `Intl.PluralRules` in the app, CLDR's rules in tests), never decided here.

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

mod loaded;
pub mod words;

pub use loaded::{install, loaded, read, Loaded};

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    /// From its CLDR name (`"one"`); `Other` for anything else.
    pub fn from_name(name: &str) -> Self {
        match name {
            "zero" => Category::Zero,
            "one" => Category::One,
            "two" => Category::Two,
            "few" => Category::Few,
            "many" => Category::Many,
            _ => Category::Other,
        }
    }
}

/// A piece of a compiled pattern.
#[derive(Debug)]
pub enum Part {
    Text(&'static str),
    Var(&'static str),
    /// On a variable: its variants, and which is the default.
    Select(&'static str, &'static [(Key, &'static [Part])], usize),
}

/// A variant's key.
#[derive(Debug)]
pub enum Key {
    Exact(i64),
    Plural(Category),
}

/// A value put into a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Num(i64),
    Str(String),
    /// Another message, rendered in the same language.
    Text(Box<Text>),
    /// A date or moment, written the language's way ("3 Dec", "3 dic").
    When(When),
}

/// A date or a moment in her calendar, for a message. Day numbers count days since
/// 1970-01-01 in her local calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Day and short month: "21 Nov".
    Day(i64),
    /// Day, short month and year: "3 Mar 2025".
    DayYear(i64),
    /// Weekday, date with year and clock time: "Mon 3 Mar 2025, 09:30". `local_ms` is
    /// the moment in her local time (UTC milliseconds plus her offset).
    Moment(i64),
}

impl From<When> for Arg {
    fn from(w: When) -> Self {
        Arg::When(w)
    }
}

/// How a language writes what a message cannot spell out itself: which plural form a
/// number takes, numbers, and dates. In the app this is the browser's `Intl`.
pub trait Format {
    /// The plural category of `n` in `lang`.
    fn plural(&self, lang: Lang, n: i64) -> Category;
    /// `n` written in `lang` (digit grouping).
    fn number(&self, _lang: Lang, n: i64) -> String {
        n.to_string()
    }
    /// `when` written in `lang`.
    fn date(&self, _lang: Lang, when: When) -> String {
        plain_date(when)
    }
}

/// Any plural rule is a `Format` that writes numbers plainly and dates in English.
impl<F: Fn(Lang, i64) -> Category> Format for F {
    fn plural(&self, lang: Lang, n: i64) -> Category {
        self(lang, n)
    }
}

/// A `Format` without a browser, for host tests and logs: 1 is "one" and every other
/// number "other" (right for English and Spanish whole numbers below a million), plain
/// digits, English dates. The app renders with the browser's `Intl` instead.
pub struct Plain;

impl Format for Plain {
    fn plural(&self, _lang: Lang, n: i64) -> Category {
        if n == 1 {
            Category::One
        } else {
            Category::Other
        }
    }
}

/// `x` counted in tenths, rounded (halves away from zero): 2.46 → 25. Numbers with one
/// decimal are written from this with integer formatting, so the app carries no
/// floating-point formatting (about 10 KB of wasm).
pub fn in_tenths(x: f64) -> i64 {
    // Saturating: far beyond any value the app shows.
    (x * 10.0).round() as i64
}

/// `x` with one decimal and a point ("2.5", "-0.5", "3.0"), for numbers that are not
/// words (drawing coordinates).
pub fn point_one(x: f64) -> String {
    let t = in_tenths(x);
    let sign = if t < 0 { "-" } else { "" };
    format!(
        "{sign}{}.{}",
        (t / 10).unsigned_abs(),
        (t % 10).unsigned_abs()
    )
}

/// `text` in `lang` with [`Plain`] rules: for host tests and logs, not for screens.
pub fn plain(lang: Lang, text: &Text) -> String {
    render(lang, text, &Plain)
}

/// `when` in English, without a browser: for host tests and logs.
pub fn plain_date(when: When) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let (y, m, d) = civil_from_days(match when {
        When::Day(day) | When::DayYear(day) => day,
        When::Moment(local_ms) => local_ms.div_euclid(DAY_MS),
    });
    let (m, d) = (m.clamp(1, 12), d.clamp(1, 31));
    let month = MONTHS[usize::try_from(m - 1).unwrap_or(0) % 12];
    match when {
        When::Day(_) => format!("{d} {month}"),
        When::DayYear(_) => format!("{d} {month} {y}"),
        When::Moment(local_ms) => {
            let day = local_ms.div_euclid(DAY_MS);
            let weekday = usize::try_from((day.rem_euclid(7) + 3) % 7).unwrap_or(0);
            let minute = local_ms.rem_euclid(DAY_MS) / 60_000;
            format!(
                "{} {d} {month} {y}, {:02}:{:02}",
                DAYS[weekday],
                minute / 60,
                minute % 60
            )
        }
    }
}

const DAY_MS: i64 = 86_400_000;

/// (year, month 1–12, day 1–31) for a day number (Howard Hinnant's civil calendar).
pub(crate) fn civil_from_days(z: i64) -> (i64, i64, i64) {
    // Far beyond any date she could enter; keeps the arithmetic below in range.
    let z = z.clamp(-100_000_000, 100_000_000) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(i64::from(n))
    }
}

impl From<u8> for Arg {
    fn from(n: u8) -> Self {
        Arg::Num(i64::from(n))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Self {
        Arg::Text(Box::new(t))
    }
}

/// A message and its arguments: a sentence not yet in any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub msg: Msg,
    pub args: Vec<(&'static str, Arg)>,
}

impl Text {
    pub fn new(msg: Msg) -> Self {
        Self {
            msg,
            args: Vec::new(),
        }
    }

    /// With `name` set to `value`.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

impl From<Msg> for Text {
    fn from(msg: Msg) -> Self {
        Text::new(msg)
    }
}

impl Lang {
    /// The language for a list of preferred BCP 47 tags (`navigator.languages`): the
    /// first whose primary language the app offers; English when none is.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    /// The offered language for a tag such as `es-MX` (by its primary language).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::OFFERED.iter().copied().find(|l| l.code() == primary)
    }

    /// Its own name for itself ("Español").
    pub fn own_name(self) -> String {
        render(self, &Text::new(Msg::LanguageName), &Plain)
    }
}

/// `text` in `lang`. A variable that was not given renders as `{$name}`, so a mistake
/// shows on screen and in tests rather than as a silent gap.
pub fn render(lang: Lang, text: &Text, fmt: &dyn Format) -> String {
    let mut out = String::new();
    write_parts(
        lang,
        loaded::pattern(lang, text.msg),
        &text.args,
        fmt,
        &mut out,
    );
    out
}

fn write_parts(
    lang: Lang,
    parts: &[Part],
    args: &[(&'static str, Arg)],
    fmt: &dyn Format,
    out: &mut String,
) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
    for part in parts {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Var(name) => match arg(name) {
                Some(Arg::Num(n)) => out.push_str(&fmt.number(lang, *n)),
                Some(Arg::Str(s)) => out.push_str(s),
                Some(Arg::Text(t)) => out.push_str(&render(lang, t, fmt)),
                Some(Arg::When(w)) => out.push_str(&fmt.date(lang, *w)),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Part::Select(name, variants, default) => {
                let chosen = match arg(name) {
                    Some(Arg::Num(n)) => {
                        let category = fmt.plural(lang, *n);
                        variants
                            .iter()
                            .position(|(k, _)| matches!(k, Key::Exact(e) if e == n))
                            .or_else(|| {
                                variants.iter().position(
                                    |(k, _)| matches!(k, Key::Plural(c) if *c == category),
                                )
                            })
                            .unwrap_or(*default)
                    }
                    _ => *default,
                };
                if let Some((_, parts)) = variants.get(chosen) {
                    write_parts(lang, parts, args, fmt, out);
                }
            }
        }
    }
}
