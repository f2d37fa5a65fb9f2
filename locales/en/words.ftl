# The domain's shared words: doses, how often, dates in History, what a backup file
# holds and what importing it did, why a file or a link could not be opened, and the
# name of the app's own routine.

## Doses (domain/wording.rs): "2 rounds of 8 times, holding 5 s, 30 s rest between"
# Timed work of whole minutes (1 or more).
words-work-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
# Timed work over a minute: "1 min 30 s".
words-work-minutes-seconds = { $minutes } min { $seconds } s
words-work-seconds = { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
words-work-reps = { $reps ->
    [one] { $reps } time
   *[other] { $reps } times
}
# $hold: seconds to hold each time.
words-work-reps-hold = { $reps ->
    [one] { $reps } time
   *[other] { $reps } times
}, holding { $hold } s
# $work: one of the lines above.
words-dose-each-side = { $work } each side
# $sets: rounds (2 or more); $work: the work of one round; $rest: seconds of rest.
words-dose-sets = { $sets } rounds of { $work }, { $rest } s rest between

## How often (domain/wording.rs)
words-per-day = { $count ->
    [1] once a day
    [2] twice a day
   *[other] { $count } times a day
}
words-per-week = { $count ->
    [1] once a week
   *[other] { $count } times a week
}

## History (domain/history/fold.rs): a week of old sessions kept as totals
# $date: its Monday, with the year ("3 Mar 2025").
words-week-of = Week of { $date }

## What a backup file holds (domain/backup/preview.rs)
# A bare number or date, as the value of a row below.
words-value = { $value }
words-backup-made-on = Made on
words-backup-sessions = Sessions
words-backup-sessions-none = None
# $count sessions, all on the one day $date.
words-backup-sessions-on = { $count }, on { $date }
# $count sessions, the first on $from and the last on $to.
words-backup-sessions-span = { $count }, from { $from } to { $to }
words-backup-profile = Profile
words-backup-profile-yes = Yes
words-backup-profile-none = None
words-backup-reports = Comfort reports
words-backup-red-flags = Red flags recorded
words-backup-routines = Routines from a physiotherapist
# One sentence for a screen reader or a confirmation.
words-backup-summary = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $reports ->
    [one] { $reports } comfort report
   *[other] { $reports } comfort reports
}, { $flags ->
    [one] { $flags } red flag record
   *[other] { $flags } red flag records
} and { $routines ->
    [one] { $routines } routine from a physiotherapist
   *[other] { $routines } routines from a physiotherapist
}.

## Why a backup file could not be read (domain/backup.rs)
words-backup-empty = This file is empty, so there is nothing in it to restore. Nothing has been changed.
words-backup-not-a-backup = This file isn't a { -app-name } backup. Choose the file the app saved for you, named like gentle-back-2026-11-27.json. Nothing has been changed.
words-backup-damaged = This backup file is damaged, so it can't be read. Nothing has been changed. If you have another copy, try that one.
words-backup-newer = This backup was made by a newer version of { -app-name }. Reload the app to update it, then try again. Nothing has been changed.
words-backup-too-large = This file is too large to be a { -app-name } backup. Nothing has been changed.

## What merging a backup did (domain/merge/report.rs)
words-import-sessions-added = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
} added from the file.
words-import-no-new-sessions = No new sessions: this device already had every session in the file.
words-import-sessions-completed = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
} you already had gained answers from the file.
words-import-red-flags-added = { $count ->
    [one] { $count } red flag record
   *[other] { $count } red flag records
} added from the file.
words-import-routines-added = { $count ->
    [one] { $count } routine from a physiotherapist
   *[other] { $count } routines from a physiotherapist
} added from the file.
words-import-no-profile = Neither this device nor the file has a profile yet.
words-import-profile-from-file-newer = Your profile and plan are now the ones from the file, as it is newer.
words-import-profile-from-file-none-here = Your profile and plan are now the ones from the file, as this device had none.
words-import-profile-kept-newer = Your profile and plan on this device were kept, as they are newer than the file's.
words-import-profile-kept-none-in-file = Your profile and plan on this device were kept, as the file has none.
words-import-settings-from-file = Your settings (cues, pain limits and routine length) are now the ones from the file, as it is newer.
words-import-settings-kept = Your settings on this device were kept, as they are newer than the file's.

## Why a shared link could not be opened (domain/share.rs)
words-link-empty = The link is empty.
# $chars: the link's length, in characters.
words-link-too-long = The link is far too long to be one this app made ({ $chars } characters).
words-link-not-base64 = The link has characters this app never puts in a link; it may have been changed when it was copied.
words-link-truncated = The link is cut short; copy the whole link and try again.
words-link-changed = The link was changed or damaged after it was made; ask for a new link.
# $format: the link's format number.
words-link-unknown-version = The link was made by a version of the app this one does not know (format { $format }); update the app and try again.
# $kind: the number saying what the link holds.
words-link-unknown-kind = The link holds something this version of the app cannot open (kind { $kind }); update the app and try again.
words-link-unpack-failed = The contents of the link could not be unpacked; ask for a new link.
words-link-too-large = The link unpacks to far more than a routine or summary can hold.
words-link-damaged = The link is damaged: part of it cannot be read.
# $code: the exercise's number in the link.
words-link-unknown-exercise = The link names an exercise this version of the app does not have (code { $code }); update the app and try again.
words-link-unsafe-dose = The link asks for an amount of exercise outside safe limits.
words-link-bad-text = Some text in the link is too long or has characters that are not allowed.
words-link-bad-number = A number in the link is out of range.
words-link-extra = The link has extra data at the end; it may have been changed.

## The app's own routine (domain/report.rs), named in a summary for a physiotherapist
words-app-routine = { -app-name } routine
