# The words of Settings: her details (the profile form, also used for the first
# questions on Today), her routine and pain limits, the cues, her data, backups,
# the way into the physiotherapist's builder, and about the app.

## Settings (pages/settings.rs)
settings-title = Settings
settings-profile-title = You and your baby
settings-profile-saved = Saved. Your routine now follows these details.
settings-profile-save = Save my details
settings-physio-title = For physiotherapists
settings-physio-body = Build a home routine for a patient and share it as a link, a QR code or a printout.
settings-physio-build = Build a routine to share
settings-about-title = About
settings-about-coach = { -app-name } is a general exercise coach for the months after birth. It does not diagnose anything. If pain gets worse, or something feels wrong, contact your midwife, doctor or physiotherapist.
settings-about-private = It uses no accounts, no trackers and no outside services: the only things it downloads are its own files.

## Her routine (pages/settings/cards.rs)
settings-routine-title = Your routine
# A choice of numbers: how many minutes her routine lasts each day.
settings-routine-length = Minutes a day
settings-pain-limits-title = Pain limits
settings-pain-limits-body = Your plan only steps up after sessions that stayed at or below the first number and your back was fine the next morning; above the second it eases off. The cautious defaults (3 and 5 out of 10) come from the pain-monitoring approach physiotherapists use.
# Each of these labels a choice of numbers: pain out of 10, a number of sessions, weeks.
settings-comfortable = Comfortable up to
settings-acceptable = Acceptable up to
settings-sessions-to-progress = Good sessions before a step up
settings-tear-weeks = Weeks after a severe tear

## The cues during a routine (pages/settings/cards.rs)
settings-cues-title = During a routine
# Each cue: a switch's name, then a short line under it.
settings-cue-speech = Spoken cues
settings-cue-speech-hint = Names each exercise and counts you in.
settings-cue-beeps = Beeps
settings-cue-beeps-hint = Short tones when a phase starts and ends.
settings-cue-vibration = Vibration
settings-cue-vibration-hint = Where the phone supports it.
settings-cue-flash = Screen flash
settings-cue-flash-hint = A brief flash with each change, for noisy rooms.

## Her data (pages/settings/cards.rs)
settings-data-title = Your data
settings-data-persist = Your progress is saved in this browser on this device. It is never sent anywhere.
settings-data-memory = Your progress is only kept while this tab is open: this browser is not letting the app save it.
# $date: the day she accepted the first-run notice, written by her browser.
settings-data-notice = You read the notice about using this app safely on { $date }.
settings-storage-kept = Kept for good: this browser will not clear it to free up space.
settings-storage-not-kept = Not yet kept for good: if the phone runs very short of space, this browser may clear it. Installing the app (Add to Home screen) usually helps.
# How much space the app uses: $size is a whole number of kilobytes ("820").
settings-storage-used-kb = In use: { $size } KB, with the app's files for working offline.
# The same in megabytes: $whole and $tenths are the parts of a number such as 1.4.
settings-storage-used-mb = In use: { $whole }.{ $tenths } MB, with the app's files for working offline.
settings-storage-ask = Ask to keep it for good
settings-erase = Delete everything…
settings-erase-question = Delete everything this app has kept in this browser?
# What deleting removes: $count is how many of $a to $h are given, each one of the
# settings-erase-… messages below (her settings always go too).
settings-erase-what = { $count ->
    [0] It deletes your settings.
    [1] It deletes { $a } and your settings.
    [2] It deletes { $a }, { $b } and your settings.
    [3] It deletes { $a }, { $b }, { $c } and your settings.
    [4] It deletes { $a }, { $b }, { $c }, { $d } and your settings.
    [5] It deletes { $a }, { $b }, { $c }, { $d }, { $e } and your settings.
    [6] It deletes { $a }, { $b }, { $c }, { $d }, { $e }, { $f } and your settings.
    [7] It deletes { $a }, { $b }, { $c }, { $d }, { $e }, { $f }, { $g } and your settings.
   *[other] It deletes { $a }, { $b }, { $c }, { $d }, { $e }, { $f }, { $g }, { $h } and your settings.
}
settings-erase-profile = your profile and plan
settings-erase-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
# Her answers after a session and the next morning about how her back felt.
settings-erase-reports = { $count ->
    [one] { $count } comfort report
   *[other] { $count } comfort reports
}
settings-erase-flags = { $count ->
    [one] { $count } red flag record
   *[other] { $count } red flag records
}
settings-erase-routines = { $count ->
    [one] { $count } routine from a physiotherapist
   *[other] { $count } routines from a physiotherapist
}
# Routines a physiotherapist saved in the builder on this device (kept apart from hers).
settings-erase-builder = { $count ->
    [one] { $count } routine saved in the physiotherapist's builder
   *[other] { $count } routines saved in the physiotherapist's builder
}
# Her return-to-running checks (each go at the check, finished or not).
settings-erase-run-checks = { $count ->
    [one] { $count } running check
   *[other] { $count } running checks
}
# Earlier copies of her data the app set aside (a damaged one, or before a restore).
settings-erase-copies = { $count ->
    [one] { $count } copy kept aside
   *[other] { $count } copies kept aside
}
settings-erase-undo = This cannot be undone. If you may want any of it, save a backup file first.
settings-erase-yes = Yes, delete everything
settings-erase-no = Keep my data

## Backups (pages/settings/backup.rs)
settings-backup-title = Keep a copy
settings-backup-body = Everything you record stays in this browser. Save a backup file now and then, so a new phone or a cleared browser doesn't take your progress with it.
settings-backup-save = Save a backup file
# Opens the phone's share sheet with the file.
settings-backup-send = Send the file…
# $name is the file's name.
settings-backup-saved = Saved as { $name }. Keep it somewhere safe, such as your email or a cloud drive.
settings-backup-not-saved = This browser would not save the file.
settings-backup-sent = Sent { $name }.
settings-backup-restore-title = Restore from a backup
# For screen readers: the hidden file picker.
settings-backup-file-label = Backup file
settings-backup-choose = Choose a backup file…
settings-backup-reading = Reading the file…
settings-backup-unreadable = This browser could not read that file. Nothing has been changed.
settings-backup-in-file = In this file:
# For screen readers: the list of what the file holds.
settings-backup-holds-label = What the backup holds
settings-backup-merge-or-replace = Merge joins the file's sessions and reports with the ones here; the newer profile and settings are kept. Replace swaps what's here for the file.
settings-backup-merge = Merge with what's here
settings-backup-replace = Replace what's here…
settings-backup-cancel = Cancel
settings-backup-replace-question = Replace what's here with the backup?
# $summary: what this phone holds, a list ending with a full stop ("3 sessions, … and your settings.").
settings-backup-replace-what = This phone has { $summary } They will be replaced by the file's. A copy of them is kept aside in this browser first.
settings-backup-replace-yes = Yes, replace
settings-backup-go-back = Go back
settings-backup-restored = Restored from the backup file.
settings-backup-kept-aside = What was here before is kept aside in this browser, in case you need it.
settings-backup-no-room = Nothing has been changed: this browser could not keep a copy of what's here first. Free some space, or merge instead.

## The profile form, in Settings and on Today's first questions (components/profile_form.rs)
settings-profile-yes = Yes
settings-profile-no = No
settings-profile-not-sure = Not sure
settings-profile-born = When was your baby born?
settings-profile-birth-date = Birth date
settings-profile-use-weeks = I'd rather say how many weeks ago
settings-profile-weeks = About how many weeks ago?
# In the empty weeks box, when she gave weeks before: $weeks is how many it is now.
settings-profile-weeks-now = Now { $weeks } — leave empty to keep
settings-profile-use-date = Enter the date instead
settings-profile-delivery = How did you give birth?
settings-profile-tear = Did you have a third- or fourth-degree tear?
settings-profile-epidural = Did you have an epidural or spinal?
settings-profile-sites = Where does it hurt? (tick any)
settings-profile-usual-pain = On an ordinary day, how much does your back hurt? (optional)
settings-profile-lifting-pain = Does it hurt when you lift or carry your baby?
settings-profile-pregnancy-pain = Did you have back or pelvic pain while pregnant?
# Followed by choices such as "Very active".
settings-profile-activity = Before the pregnancy, you were…
settings-profile-cleared = Has a midwife, doctor or physio cleared you for more exercise?
settings-profile-safety = For the safety screens (optional)
settings-profile-emergency = Your local emergency number
# The example in the empty emergency number box: common emergency numbers.
settings-profile-emergency-example = e.g. 999, 911, 112
settings-profile-contact = Your midwife, doctor or physio (name and number)

## What the profile form says is missing (components/profile_form/draft.rs)
settings-profile-need-date = Please enter your baby's birth date.
settings-profile-future-date = The birth date can't be in the future.
settings-profile-need-weeks = Please say about how many weeks ago your baby was born.
# $max: the most weeks she may give.
settings-profile-weeks-range = Weeks since the birth should be a number from 0 to { $max }.
settings-profile-need-delivery = Please choose how you gave birth.
settings-profile-emergency-too-long = The emergency number is too long.
settings-profile-contact-too-long = The contact details are too long.
