# The words of the physiotherapist's side: the routine builder and the ways to share it
# (link, QR code, printout), a shared link opened on her phone (a physiotherapist's
# routine offered to her), and her progress summary as her physiotherapist reads it.
# The physiotherapist's own words (routine name, notes, her name, clinic) are data,
# shown as written, never messages.

## The builder (pages/physio.rs)
physio-title = For physiotherapists
physio-lead = Build a home routine for a patient and share it as a link, a QR code or a printout. The link itself carries the routine: nothing is uploaded, and there is no account.
# $count: exercises chosen so far; $max: the most a link can carry.
physio-exercises-title = Exercises ({ $count } of up to { $max })
physio-exercises-empty = Pick exercises below; they appear here in order, each with its own dose and note.
physio-new-routine = Start a new routine

## The builder's routine-wide fields (pages/physio/routine_card.rs)
physio-routine-title = Routine
# The name a new routine starts with; the physiotherapist may change it.
physio-routine-default-name = Home exercises
physio-routine-name = Name
# The two halves of "How often … Per …": a number of sessions, then day or week.
physio-how-often = How often
# A choice: how many sessions ("1 time", "2 times"…), per day or per week.
physio-times = { $count ->
    [one] { $count } time
   *[other] { $count } times
}
physio-per = Per
physio-per-day = day
physio-per-week = week
physio-for-weeks = For (weeks)
physio-auto = Let the app adjust doses from her comfort reports (otherwise they stay exactly as set)
physio-set-limits = Set her pain limits
# Each labels a choice of pain, out of 10.
physio-comfortable = Comfortable up to
physio-acceptable = Acceptable up to
physio-clinician = Your name (optional)
physio-clinic = Clinic (optional)

## One chosen exercise in the builder (pages/physio/item_editor.rs)
# $name is the exercise's name.
physio-move-up = Move { $name } up
physio-move-down = Move { $name } down
physio-remove = Remove { $name }
# The numbers of a dose; (s) is seconds.
physio-dose-sets = Sets
physio-dose-reps = Reps
physio-dose-hold = Hold (s)
physio-dose-seconds = Seconds
physio-dose-rest = Rest (s)
physio-note-for = Note for { $name }

## What to fix before the routine can be shared (pages/physio/draft.rs)
physio-need-exercise = Add at least one exercise.
# $max: the most characters a routine's name may have.
physio-need-name = Give the routine a name (up to { $max } characters).
physio-clinician-too-long = Your name is too long or has line breaks.
physio-clinic-too-long = The clinic is too long or has line breaks.
physio-note-too-long = A note is too long or has line breaks.
physio-limits-order = The comfortable pain limit must not be above the acceptable one.

## The builder's exercise picker (pages/physio/picker.rs)
physio-add-title = Add exercises
physio-pick-region = Where it helps
physio-pick-anywhere = Anywhere
physio-pick-weeks = Suits by week
physio-pick-any-stage = Any stage
# A stage to filter by: weeks since the birth.
physio-pick-weeks-option = { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}
# After an exercise's name (the code puts a space before it): the earliest week after a vaginal birth, and after a caesarean.
physio-pick-from = · from { $vaginal } wk (caesarean { $caesarean } wk)
physio-add = Add
physio-added = Added
physio-add-named = Add { $name }
physio-added-named = Added { $name }

## The builder's result (pages/physio/output.rs)
physio-preview-title = What she will see

## Passing a link on (components/share_panel.rs)
physio-share-heading = Share
physio-share-link = Link
# $count: the link's length in characters.
physio-share-length = { $count ->
    [one] { $count } character
   *[other] { $count } characters
}. Everything is in the link; nothing is stored anywhere else.
physio-share-copy = Copy link
physio-share-share = Share…
physio-share-print = Print
# Beside Print: the printed sheet can be in another of the app's languages.
physio-share-print-language = Language of the printout
physio-share-copied = Link copied.
physio-share-copy-failed = Couldn't copy here: select the link above and copy it.
# $title: what the link opens (a routine's name, or a summary).
physio-share-qr = QR code for { $title }
physio-share-qr-hint = Scan with the phone's camera to open it.

## A QR code (components/qr.rs)
physio-qr-too-long = This link is too long for a QR code; use the link instead.

## A shared routine as she sees it, and its printed sheet (components/shared_view.rs)
physio-shared-label = Shared routine
# $position: how the exercise's drawing shows her (from the exercise library).
physio-shared-drawing = Drawing: { $position }
# $vaginal, $caesarean: weeks after the birth.
physio-shared-flag = Usually from { $vaginal } weeks after a vaginal birth or { $caesarean } after a caesarean, which is later than where you are now.
# $by: who made it (name, clinic), as they wrote it.
physio-shared-by = From { $by }
# $exercises: how many; $minutes: about how long one session takes; $frequency: how
# often (for example "twice a day"); $weeks: for how long.
physio-shared-meta = { $exercises ->
    [one] { $exercises } exercise
   *[other] { $exercises } exercises
} · about { $minutes } min · { $frequency } for { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}
physio-shared-auto = The app may adjust the doses from how your back responds.
physio-shared-fixed = The doses stay exactly as your physiotherapist set them.
# Pain out of 10.
physio-shared-limits = Pain limits: comfortable up to { $comfortable }, acceptable up to { $acceptable } out of 10.

## Opening a shared link (pages/shared.rs)
physio-open-nothing-title = Nothing to open
physio-open-nothing = Open the link or scan the QR code your physiotherapist gave you, and the routine appears here.
physio-open-failed-title = This link can't be opened
physio-open-failed = Nothing has been saved or changed. Ask for the link again, or check that all of it was copied.

## A physiotherapist's routine, offered to her (pages/shared/offer.rs)
physio-offer-title = A routine from your physiotherapist
physio-offer-lead = Have a look first. Nothing is saved until you choose below.
# After one of the three "saved" lines below.
physio-offer-safety = Your safety check still comes before every session.
physio-offer-saved-update = Your copy is updated.
physio-offer-saved-plan = Saved as your plan.
physio-offer-saved-alongside = Saved alongside your plan.
physio-offer-today = Go to Today
physio-offer-later-stage = Some of these exercises are usually for a later stage than where you are now. Only do them if your physiotherapist has checked you and said they suit you.
physio-offer-cleared = My physiotherapist has cleared me for these
physio-offer-same-source = You already have this routine from the same person. Update your copy to this version?
physio-offer-update = Update my copy
physio-offer-plan = Make this my plan
physio-offer-alongside = Keep it alongside my plan

## Her progress summary, as her physiotherapist reads it, or as she previews it
## before sending (components/summary_view.rs)
physio-summary-own-title = What your physiotherapist will see
physio-summary-title = Progress summary from your patient
# $routine: the routine's name; $from, $to: dates.
physio-summary-range = { $routine } · { $from } to { $to }
physio-summary-read-only = Read-only. It came in the link itself; nothing was stored on this device.
# The words between <strong> and </strong> are in bold.
physio-summary-sessions = <strong>{ $done } of { $planned }</strong> planned sessions done
physio-summary-minutes = <strong>{ $minutes } min</strong> of exercise
physio-summary-pain = Pain
physio-summary-flags = Warning signs reported
physio-summary-no-flags = None.
physio-summary-own-notes = Your notes
physio-summary-notes = Her notes
physio-summary-own-plan = Where your plan stands
physio-summary-plan = Where her plan stands
# How long since the birth: "6 weeks and 2 days", "1 week", "3 days".
physio-summary-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
physio-summary-weeks = { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}
physio-summary-weeks-days = { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} and { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# $date: the summary's last day; $since: how long since the birth (the lines above).
physio-summary-own-stage = On { $date }, { $since } after the birth. As your plan page shows it. A session counts here once its next-morning check is in.
physio-summary-own-stage-caesarean = On { $date }, { $since } after a caesarean. As your plan page shows it. A session counts here once its next-morning check is in.
physio-summary-stage = On { $date }, { $since } after the birth. Worded as on her own plan page. A session counts here once its next-morning check is in.
physio-summary-stage-caesarean = On { $date }, { $since } after a caesarean. Worded as on her own plan page. A session counts here once its next-morning check is in.
physio-summary-own-paused = Your plan is paused after a warning sign: nothing steps up until you have been checked.
physio-summary-paused = Her plan is paused after a warning sign: nothing steps up until she has been checked.
# $days: how many days the summary covers.
physio-summary-not-counted = Not counted in { $days ->
    [one] this day
   *[other] these { $days } days
}
physio-summary-last-done = Last done { $date }
# One exercise's place in its chain of steps.
physio-summary-step = Step { $place } of { $of }
