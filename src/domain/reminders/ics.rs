//! A small RFC 5545 (iCalendar) writer, just big enough for repeating reminders: one
//! VCALENDAR of VEVENTs, each with a floating local start (no zone: 09:00 stays 09:00
//! wherever she is), a duration, a daily or weekly RRULE, a link and a display alarm.
//!
//! Owns the file's grammar: text escaping (§3.3.11), line folding at 75 octets without
//! splitting a character (§3.1), CRLF line endings, and the date forms. It knows
//! nothing of her plan (see `reminders`), and writes what it is given.

use crate::domain::text::civil_from_days;

/// Who wrote the file (§3.7.3).
pub const PRODID: &str = "-//Gentle Back//Reminders 1//EN";

/// The longest a line may be, in octets, before it is folded (CRLF not counted).
pub const MAX_LINE_OCTETS: usize = 75;

/// A day of the week, as an RRULE names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weekday {
    Mo,
    Tu,
    We,
    Th,
    Fr,
    Sa,
    Su,
}

impl Weekday {
    /// Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mo,
        Weekday::Tu,
        Weekday::We,
        Weekday::Th,
        Weekday::Fr,
        Weekday::Sa,
        Weekday::Su,
    ];

    /// The weekday of a day number (days since 1970-01-01, a Thursday).
    pub fn of_day(day: i64) -> Weekday {
        // (day + 3) mod 7 is 0 on a Monday.
        let index = usize::try_from((day.rem_euclid(7) + 3) % 7).unwrap_or(0);
        Weekday::ALL[index]
    }

    /// "MO", "TU", … as in `BYDAY`.
    pub fn code(self) -> &'static str {
        match self {
            Weekday::Mo => "MO",
            Weekday::Tu => "TU",
            Weekday::We => "WE",
            Weekday::Th => "TH",
            Weekday::Fr => "FR",
            Weekday::Sa => "SA",
            Weekday::Su => "SU",
        }
    }
}

/// A wall-clock moment with no time zone ("floating", §3.3.5 form #1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LocalDateTime {
    /// Her local day number (days since 1970-01-01).
    pub day: i64,
    /// Minutes since midnight, 0 to 1439.
    pub minute: u16,
}

impl LocalDateTime {
    /// `minutes` later, carrying into the next days.
    pub fn plus_minutes(self, minutes: u32) -> LocalDateTime {
        let total = u32::from(self.minute) + minutes;
        LocalDateTime {
            day: self.day + i64::from(total / 1440),
            minute: u16::try_from(total % 1440).unwrap_or(0),
        }
    }
}

/// How an event repeats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Repeat {
    Daily,
    /// On these weekdays each week (at least one).
    Weekly(Vec<Weekday>),
}

/// One repeating event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable across downloads, so importing a new file updates rather than adds.
    pub uid: String,
    pub start: LocalDateTime,
    /// Length, in minutes.
    pub duration_min: u16,
    pub repeat: Repeat,
    /// The last moment an occurrence may start; `None` repeats for ever.
    pub until: Option<LocalDateTime>,
    pub summary: String,
    pub description: String,
    /// Opened from the event (a URI, written as it is).
    pub url: String,
}

/// A calendar file's contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calendar {
    /// When the file was made, in milliseconds since the Unix epoch (DTSTAMP, in UTC).
    pub stamp_ms: i64,
    pub events: Vec<Event>,
}

/// The calendar as an iCalendar file: CRLF line endings, lines folded at 75 octets.
pub fn write(calendar: &Calendar) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let stamp = utc_stamp(calendar.stamp_ms);
    for e in &calendar.events {
        lines.extend([
            "BEGIN:VEVENT".into(),
            format!("UID:{}", escape_text(&e.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART:{}", date_time(e.start)),
            format!("DURATION:PT{}M", e.duration_min),
            format!("RRULE:{}", rrule(&e.repeat, e.until)),
            format!("SUMMARY:{}", escape_text(&e.summary)),
            format!("DESCRIPTION:{}", escape_text(&e.description)),
            format!("URL:{}", e.url),
            // A reminder that only marks her time would not keep anyone else from
            // booking it: show it as free.
            "TRANSP:TRANSPARENT".into(),
            "BEGIN:VALARM".into(),
            "ACTION:DISPLAY".into(),
            "TRIGGER:PT0M".into(),
            format!("DESCRIPTION:{}", escape_text(&e.summary)),
            "END:VALARM".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(&line));
        out.push_str("\r\n");
    }
    out
}

/// The RRULE value: `FREQ=DAILY` or `FREQ=WEEKLY;BYDAY=MO,WE,FR`, with `UNTIL` in the
/// same floating form as the start (§3.3.10 requires it).
pub fn rrule(repeat: &Repeat, until: Option<LocalDateTime>) -> String {
    let mut rule = match repeat {
        Repeat::Daily => "FREQ=DAILY".to_owned(),
        Repeat::Weekly(days) => {
            let mut days = days.clone();
            days.sort();
            days.dedup();
            let codes: Vec<&str> = days.iter().map(|d| d.code()).collect();
            format!("FREQ=WEEKLY;BYDAY={}", codes.join(","))
        }
    };
    if let Some(until) = until {
        rule.push_str(";UNTIL=");
        rule.push_str(&date_time(until));
    }
    rule
}

/// TEXT escaping (§3.3.11): backslash, semicolon and comma get a backslash, a line
/// break becomes `\n`; other control characters have no way to be written and go.
pub fn escape_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line folded (§3.1): no physical line longer than 75 octets, each
/// continuation starting with a space, and never inside a UTF-8 character. The pieces
/// are joined with CRLF; the caller ends the last one.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3);
    // The first line holds 75 octets; each continuation a space and 74.
    let mut room = MAX_LINE_OCTETS;
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > room {
            out.push_str("\r\n ");
            room = MAX_LINE_OCTETS - 1;
            used = 0;
        }
        out.push(c);
        used += len;
    }
    out
}

/// The inverse of [`fold`]: continuation lines joined back (for tests and readers).
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

/// `YYYYMMDDTHHMMSS`, floating (no `Z`, no TZID).
pub fn date_time(at: LocalDateTime) -> String {
    let (y, m, d) = civil_from_days(at.day);
    format!(
        "{:04}{m:02}{d:02}T{:02}{:02}00",
        y.clamp(0, 9999),
        (at.minute / 60).min(23),
        at.minute % 60
    )
}

/// `YYYYMMDDTHHMMSSZ`, in UTC, for DTSTAMP.
pub fn utc_stamp(at_ms: i64) -> String {
    let s = at_ms.div_euclid(1000);
    let (y, m, d) = civil_from_days(s.div_euclid(86_400));
    let second = s.rem_euclid(86_400);
    format!(
        "{:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        y.clamp(0, 9999),
        second / 3600,
        second / 60 % 60,
        second % 60
    )
}
