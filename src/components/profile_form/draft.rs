//! The profile form as typed, every edit to it as a [`ProfileAction`], and turning it
//! into a profile (or saying, as a message, what is missing). Plain Rust, host-tested in
//! `tests/profile_form.rs`.

use crate::domain::comfort::PainScore;
use crate::domain::profile::{
    day_from_iso, iso_from_day, Activity, Birth, ContactText, Delivery, PainSite, Profile,
};
use crate::domain::text::{render, Lang, Msg, Plain, Text};

/// Most weeks since the birth she may give (the saved format's limit too). It belongs on
/// `Birth` in src/domain/profile.rs, beside the check in src/domain/saved/personal.rs.
pub use crate::domain::profile::MAX_WEEKS_AGO;

/// Everything as she typed it, before validation.
#[derive(Clone, Debug, PartialEq)]
pub struct ProfileDraft {
    /// She gives the birth date (else "about N weeks ago").
    pub by_date: bool,
    pub date: String,
    pub weeks: String,
    pub delivery: Option<Delivery>,
    /// `None` = not sure (treated as yes, the cautious answer).
    pub tear: Option<bool>,
    pub epidural: bool,
    /// In `PainSite` order, no repeats.
    pub sites: Vec<PainSite>,
    pub pregnancy_pain: bool,
    pub lifting_pain: bool,
    pub usual_pain: Option<PainScore>,
    pub activity: Activity,
    pub cleared: bool,
    pub emergency: String,
    pub contact: String,
}

/// One edit to the profile form.
#[derive(Clone, Debug, PartialEq)]
pub enum ProfileAction {
    /// Switches between giving the date and giving weeks ago.
    ByDate(bool),
    SetDate(String),
    SetWeeks(String),
    SetDelivery(Delivery),
    SetTear(Option<bool>),
    SetEpidural(bool),
    /// Ticks (`true`) or unticks a place where it hurts.
    ToggleSite(PainSite, bool),
    SetUsualPain(PainScore),
    SetLiftingPain(bool),
    SetPregnancyPain(bool),
    SetActivity(Activity),
    SetCleared(bool),
    SetEmergency(String),
    SetContact(String),
}

impl Default for ProfileDraft {
    fn default() -> Self {
        ProfileDraft {
            by_date: true,
            date: String::new(),
            weeks: String::new(),
            delivery: None,
            tear: Some(false),
            epidural: false,
            sites: Vec::new(),
            pregnancy_pain: false,
            lifting_pain: false,
            usual_pain: None,
            activity: Activity::Moderate,
            cleared: false,
            emergency: String::new(),
            contact: String::new(),
        }
    }
}

impl ProfileDraft {
    /// The form filled in with her profile, or empty for a first visit.
    pub fn from_profile(profile: Option<&Profile>) -> Self {
        let Some(p) = profile else {
            return ProfileDraft::default();
        };
        let (by_date, date) = match p.birth {
            Birth::Date { day } => (true, iso_from_day(day)),
            // Weeks left empty: saving with it empty keeps what she said before.
            Birth::WeeksAgo { .. } => (false, String::new()),
        };
        ProfileDraft {
            by_date,
            date,
            weeks: String::new(),
            delivery: Some(p.delivery),
            tear: Some(p.severe_tear),
            epidural: p.epidural,
            sites: p.pain_sites.clone(),
            pregnancy_pain: p.pregnancy_back_pain,
            lifting_pain: p.lifting_pain,
            usual_pain: p.usual_pain,
            activity: p.activity,
            cleared: p.cleared_at_ms.is_some(),
            emergency: p.emergency_number.as_str().to_owned(),
            contact: p.care_contact.as_str().to_owned(),
        }
    }

    /// Applies one edit.
    pub fn apply(&mut self, action: ProfileAction) {
        use ProfileAction as A;
        match action {
            A::ByDate(on) => self.by_date = on,
            A::SetDate(v) => self.date = v,
            A::SetWeeks(v) => self.weeks = v,
            A::SetDelivery(d) => self.delivery = Some(d),
            A::SetTear(t) => self.tear = t,
            A::SetEpidural(on) => self.epidural = on,
            A::ToggleSite(site, on) => {
                self.sites.retain(|s| *s != site);
                if on {
                    self.sites.push(site);
                    self.sites.sort();
                }
            }
            A::SetUsualPain(p) => self.usual_pain = Some(p),
            A::SetLiftingPain(on) => self.lifting_pain = on,
            A::SetPregnancyPain(on) => self.pregnancy_pain = on,
            A::SetActivity(a) => self.activity = a,
            A::SetCleared(on) => self.cleared = on,
            A::SetEmergency(v) => self.emergency = v,
            A::SetContact(v) => self.contact = v,
        }
    }

    /// [`build_text`](Self::build_text), with what is missing in English.
    pub fn build(
        &self,
        old: Option<&Profile>,
        now_ms: i64,
        today_day: i64,
    ) -> Result<Profile, String> {
        self.build_text(old, now_ms, today_day).map_err(|why| {
            // These messages pick no words by a number, so no plural rules are needed.
            render(Lang::En, &why, &Plain)
        })
    }

    /// The profile, or what is missing, as a message for her. `old` is the profile
    /// being edited (its "weeks ago" and clearance time are kept when unchanged).
    pub fn build_text(
        &self,
        old: Option<&Profile>,
        now_ms: i64,
        today_day: i64,
    ) -> Result<Profile, Text> {
        let birth = self.birth(old, now_ms, today_day)?;
        let delivery = self
            .delivery
            .ok_or(Text::new(Msg::SettingsProfileNeedDelivery))?;
        Ok(Profile {
            birth,
            delivery,
            severe_tear: self.tear.unwrap_or(true),
            epidural: self.epidural,
            pain_sites: self.sites.clone(),
            pregnancy_back_pain: self.pregnancy_pain,
            activity: self.activity,
            cleared_at_ms: match (self.cleared, old.and_then(|p| p.cleared_at_ms)) {
                (true, Some(at)) => Some(at),
                (true, None) => Some(now_ms),
                (false, _) => None,
            },
            emergency_number: ContactText::new(&self.emergency)
                .ok_or(Text::new(Msg::SettingsProfileEmergencyTooLong))?,
            care_contact: ContactText::new(&self.contact)
                .ok_or(Text::new(Msg::SettingsProfileContactTooLong))?,
            usual_pain: self.usual_pain,
            lifting_pain: self.lifting_pain,
        })
    }

    fn birth(&self, old: Option<&Profile>, now_ms: i64, today_day: i64) -> Result<Birth, Text> {
        if self.by_date {
            let day = day_from_iso(&self.date).ok_or(Text::new(Msg::SettingsProfileNeedDate))?;
            if day > today_day {
                return Err(Msg::SettingsProfileFutureDate.into());
            }
            return Ok(Birth::Date { day });
        }
        if self.weeks.trim().is_empty() {
            return match old.map(|p| p.birth) {
                Some(kept @ Birth::WeeksAgo { .. }) => Ok(kept),
                _ => Err(Msg::SettingsProfileNeedWeeks.into()),
            };
        }
        let weeks: u8 = self
            .weeks
            .trim()
            .parse()
            .ok()
            .filter(|w| *w <= MAX_WEEKS_AGO)
            .ok_or_else(|| Text::new(Msg::SettingsProfileWeeksRange).with("max", MAX_WEEKS_AGO))?;
        Ok(Birth::WeeksAgo {
            weeks,
            recorded_at_ms: now_ms,
        })
    }
}
