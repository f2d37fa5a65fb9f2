//! The profile form, for onboarding and for Settings. Two questions are required (when
//! and how she gave birth); everything else has a safe default and can be skipped.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::pain_picker::PainPicker;
use crate::domain::comfort::PainScore;
use crate::domain::profile::{
    day_from_iso, iso_from_day, Activity, Birth, ContactText, Delivery, PainSite, Profile,
};

/// Everything as she typed it, before validation.
#[derive(Clone, PartialEq)]
struct Draft {
    by_date: bool,
    date: String,
    weeks: String,
    delivery: Option<Delivery>,
    /// `None` = not sure (treated as yes, the cautious answer).
    tear: Option<bool>,
    epidural: bool,
    sites: Vec<PainSite>,
    pregnancy_pain: bool,
    lifting_pain: bool,
    usual_pain: Option<PainScore>,
    activity: Activity,
    cleared: bool,
    emergency: String,
    contact: String,
}

impl Draft {
    fn from(profile: Option<&Profile>) -> Self {
        let Some(p) = profile else {
            return Draft {
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
            };
        };
        let (by_date, date, weeks) = match p.birth {
            Birth::Date { day } => (true, iso_from_day(day), String::new()),
            // Left empty: saving with it empty keeps what she said before.
            Birth::WeeksAgo { .. } => (false, String::new(), String::new()),
        };
        Draft {
            by_date,
            date,
            weeks,
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

    /// The profile, or what is missing, in her words.
    fn build(&self, old: Option<&Profile>, now_ms: i64, today_day: i64) -> Result<Profile, String> {
        let birth = if self.by_date {
            let day = day_from_iso(&self.date).ok_or("Please enter your baby's birth date.")?;
            if day > today_day {
                return Err("The birth date can't be in the future.".into());
            }
            Birth::Date { day }
        } else if self.weeks.trim().is_empty() {
            match old.map(|p| p.birth) {
                Some(kept @ Birth::WeeksAgo { .. }) => kept,
                _ => return Err("Please say about how many weeks ago your baby was born.".into()),
            }
        } else {
            let weeks: u8 = self
                .weeks
                .trim()
                .parse()
                .ok()
                .filter(|w| *w <= 104)
                .ok_or("Weeks since the birth should be a number from 0 to 104.")?;
            Birth::WeeksAgo {
                weeks,
                recorded_at_ms: now_ms,
            }
        };
        let delivery = self.delivery.ok_or("Please choose how you gave birth.")?;
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
                .ok_or("The emergency number is too long.")?,
            care_contact: ContactText::new(&self.contact)
                .ok_or("The contact details are too long.")?,
            usual_pain: self.usual_pain,
            lifting_pain: self.lifting_pain,
        })
    }
}

#[derive(Properties, PartialEq)]
pub struct ProfileFormProps {
    pub initial: Option<Profile>,
    pub now_ms: i64,
    pub today_day: i64,
    /// Her offset from UTC in minutes, for counting weeks in her calendar.
    pub utc_offset_min: i32,
    pub submit_label: AttrValue,
    pub on_save: Callback<Profile>,
}

/// A yes/no (or more) radio group bound to one draft field.
fn radios<T: Copy + PartialEq + 'static>(
    name: &'static str,
    legend: &'static str,
    options: Vec<(T, &'static str)>,
    current: Option<T>,
    set: Callback<T>,
) -> Html {
    let items = options.into_iter().enumerate().map(|(i, (value, label))| {
        let set = set.clone();
        let id = format!("{name}-{i}");
        let onchange = Callback::from(move |_: Event| set.emit(value));
        html! {
            <label class="choice" for={id.clone()}>
                <input type="radio" id={id} {name} checked={current == Some(value)} {onchange} />
                <span>{ label }</span>
            </label>
        }
    });
    html! {
        <fieldset class="form__group">
            <legend>{ legend }</legend>
            <div class="choices">{ for items }</div>
        </fieldset>
    }
}

#[component]
pub fn ProfileForm(props: &ProfileFormProps) -> Html {
    let draft = use_state(|| Draft::from(props.initial.as_ref()));
    let error = use_state(|| None::<String>);

    let update = |apply: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*draft).clone();
            apply(
                &mut next,
                e.target_unchecked_into::<HtmlInputElement>().value(),
            );
            draft.set(next);
        })
    };
    let set_field = |apply: fn(&mut Draft, bool)| {
        let draft = draft.clone();
        Callback::from(move |value: bool| {
            let mut next = (*draft).clone();
            apply(&mut next, value);
            draft.set(next);
        })
    };
    let set_delivery = {
        let draft = draft.clone();
        Callback::from(move |d: Delivery| {
            let mut next = (*draft).clone();
            next.delivery = Some(d);
            draft.set(next);
        })
    };
    let set_tear = {
        let draft = draft.clone();
        Callback::from(move |t: Option<bool>| {
            let mut next = (*draft).clone();
            next.tear = t;
            draft.set(next);
        })
    };
    let set_activity = {
        let draft = draft.clone();
        Callback::from(move |a: Activity| {
            let mut next = (*draft).clone();
            next.activity = a;
            draft.set(next);
        })
    };
    let set_usual = {
        let draft = draft.clone();
        Callback::from(move |p: PainScore| {
            let mut next = (*draft).clone();
            next.usual_pain = Some(p);
            draft.set(next);
        })
    };
    let sites = PainSite::ALL.into_iter().map(|site| {
        let checked = draft.sites.contains(&site);
        let draft = draft.clone();
        let id = format!("site-{}", site.key());
        let onchange = Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next = (*draft).clone();
            next.sites.retain(|s| *s != site);
            if on {
                next.sites.push(site);
                next.sites.sort();
            }
            draft.set(next);
        });
        html! {
            <label class="choice" for={id.clone()}>
                <input type="checkbox" id={id} {checked} {onchange} />
                <span>{ site.label() }</span>
            </label>
        }
    });
    let onsubmit = {
        let draft = draft.clone();
        let error = error.clone();
        let on_save = props.on_save.clone();
        let initial = props.initial.clone();
        let (now_ms, today_day) = (props.now_ms, props.today_day);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match draft.build(initial.as_ref(), now_ms, today_day) {
                Ok(profile) => {
                    error.set(None);
                    on_save.emit(profile);
                }
                Err(why) => error.set(Some(why)),
            }
        })
    };
    let yes_no = |name, legend, current: bool, set: Callback<bool>| {
        radios(
            name,
            legend,
            vec![(true, "Yes"), (false, "No")],
            Some(current),
            set,
        )
    };
    let max_date = iso_from_day(props.today_day);
    // When she gave "weeks ago" before, show where that stands today; empty keeps it.
    let weeks_now = props
        .initial
        .as_ref()
        .filter(|p| matches!(p.birth, Birth::WeeksAgo { .. }))
        .map(|p| {
            format!(
                "Now {} — leave empty to keep",
                p.stage(props.now_ms, props.utc_offset_min).weeks
            )
        })
        .unwrap_or_default();

    html! {
        <form class="form" {onsubmit} novalidate=true>
            <fieldset class="form__group">
                <legend>{ "When was your baby born?" }</legend>
                if draft.by_date {
                    <label class="form__label" for="birth-date">{ "Birth date" }</label>
                    <input class="form__input" type="date" id="birth-date" max={max_date} value={draft.date.clone()}
                        oninput={update(|d, v| d.date = v)} />
                    <button type="button" class="button button--quiet" onclick={
                        let draft = draft.clone();
                        Callback::from(move |_: MouseEvent| { let mut n = (*draft).clone(); n.by_date = false; draft.set(n); })
                    }>{ "I'd rather say how many weeks ago" }</button>
                } else {
                    <label class="form__label" for="birth-weeks">{ "About how many weeks ago?" }</label>
                    <input class="form__input" type="number" inputmode="numeric" min="0" max="104" id="birth-weeks"
                        placeholder={weeks_now.clone()} value={draft.weeks.clone()} oninput={update(|d, v| d.weeks = v)} />
                    <button type="button" class="button button--quiet" onclick={
                        let draft = draft.clone();
                        Callback::from(move |_: MouseEvent| { let mut n = (*draft).clone(); n.by_date = true; draft.set(n); })
                    }>{ "Enter the date instead" }</button>
                }
            </fieldset>
            { radios("delivery", "How did you give birth?", Delivery::ALL.iter().map(|d| (*d, d.label())).collect(), draft.delivery, set_delivery) }
            { radios("tear", "Did you have a third- or fourth-degree tear?",
                vec![(Some(true), "Yes"), (Some(false), "No"), (None, "Not sure")], Some(draft.tear), set_tear) }
            { yes_no("epidural", "Did you have an epidural or spinal?", draft.epidural, set_field(|d, v| d.epidural = v)) }
            <fieldset class="form__group">
                <legend>{ "Where does it hurt? (tick any)" }</legend>
                <div class="choices">{ for sites }</div>
            </fieldset>
            <PainPicker name="usual-pain" legend="On an ordinary day, how much does your back hurt? (optional)"
                value={draft.usual_pain} on_change={set_usual} />
            { yes_no("lifting-pain", "Does it hurt when you lift or carry your baby?", draft.lifting_pain, set_field(|d, v| d.lifting_pain = v)) }
            { yes_no("pregnancy-pain", "Did you have back or pelvic pain while pregnant?", draft.pregnancy_pain, set_field(|d, v| d.pregnancy_pain = v)) }
            { radios("activity", "Before the pregnancy, you were…", Activity::ALL.iter().map(|a| (*a, a.label())).collect(), Some(draft.activity), set_activity) }
            { yes_no("cleared", "Has a midwife, doctor or physio cleared you for more exercise?", draft.cleared, set_field(|d, v| d.cleared = v)) }
            <fieldset class="form__group">
                <legend>{ "For the safety screens (optional)" }</legend>
                <label class="form__label" for="emergency">{ "Your local emergency number" }</label>
                <input class="form__input" type="tel" id="emergency" placeholder="e.g. 999, 911, 112" value={draft.emergency.clone()}
                    oninput={update(|d, v| d.emergency = v)} />
                <label class="form__label" for="contact">{ "Your midwife, doctor or physio (name and number)" }</label>
                <input class="form__input" type="text" id="contact" value={draft.contact.clone()}
                    oninput={update(|d, v| d.contact = v)} />
            </fieldset>
            if let Some(why) = (*error).clone() {
                <p class="form__error" role="alert">{ why }</p>
            }
            <div class="action-bar">
                <button type="submit" class="button button--primary button--wide">{ props.submit_label.clone() }</button>
            </div>
        </form>
    }
}
