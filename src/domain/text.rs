//! Sentences as data: a message (`Msg`, from `locales/en/*.ftl`) with its arguments,
//! rendered into one of the app's languages (`Lang`) only when it is shown. The domain
//! returns `Text` rather than words, so saved data stays language-neutral and switching
//! language re-renders everything.
//!
//! The patterns are compiled from the message files by `build.rs` (Fluent syntax). Which
//! plural form a number takes is the language's rule, asked of `plural` (the browser's
//! `Intl.PluralRules` in the app, CLDR's rules in tests), never decided here.

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

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
        render(self, &Text::new(Msg::LanguageName), &|_, _| Category::Other)
    }
}

/// `text` in `lang`. A variable that was not given renders as `{$name}`, so a mistake
/// shows on screen and in tests rather than as a silent gap.
pub fn render(lang: Lang, text: &Text, plural: &dyn Fn(Lang, i64) -> Category) -> String {
    let mut out = String::new();
    write_parts(
        lang,
        PATTERNS[lang as usize][text.msg as usize],
        &text.args,
        plural,
        &mut out,
    );
    out
}

fn write_parts(
    lang: Lang,
    parts: &[Part],
    args: &[(&'static str, Arg)],
    plural: &dyn Fn(Lang, i64) -> Category,
    out: &mut String,
) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
    for part in parts {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Var(name) => match arg(name) {
                Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                Some(Arg::Str(s)) => out.push_str(s),
                Some(Arg::Text(t)) => out.push_str(&render(lang, t, plural)),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Part::Select(name, variants, default) => {
                let chosen = match arg(name) {
                    Some(Arg::Num(n)) => {
                        let category = plural(lang, *n);
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
                    write_parts(lang, parts, args, plural, out);
                }
            }
        }
    }
}
