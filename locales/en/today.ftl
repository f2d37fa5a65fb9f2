# The words of Today and the app's shell: the routine for the day and its cards, the
# morning check, the paused plan, the first profile questions, and the notices and
# prompts shown over any screen (keeping data, updates, backups, page not found).

## Today (pages/today.rs)
today-title = Today
# Over the "welcome back" line after a break.
today-welcome-back-title = Good to see you
today-start = Start today's routine

## Today's cards (pages/today/cards.rs)
today-in-progress-elsewhere = Your routine is playing in another tab
today-in-progress = You have a routine in progress
today-continue = Continue
# When her physiotherapist's routine is her plan, the app's routine is shown beside it.
today-routine-app-own = The app's own routine
today-routine-yours = Your routine for today
# The tag beside a routine's name: how long it takes.
today-minutes = { $minutes } min
today-why = Why this routine?
today-whole-plan = See your whole plan
today-short = Only 5 minutes? Do the short version
today-tip-title = Today's tip
# A link to the lesson that says more; $name is the lesson's name.
today-tip-more = More: { $name }
today-walk-title = A walk today
today-walk-start = Time my walk
# Under a routine from her physiotherapist: $by is who made it (name, clinic);
# $frequency is how often to do it.
today-imported-plan = Your plan, from your physiotherapist · { $frequency }
today-imported-plan-by = Your plan, from your physiotherapist · { $by } · { $frequency }
today-imported-from = From your physiotherapist · { $frequency }
today-imported-from-by = From your physiotherapist · { $by } · { $frequency }
# $name is the routine's name, as her physiotherapist wrote it.
today-imported-start = Start { $name }

## The paused plan, after a warning sign (pages/today/paused.rs)
today-paused-title = Your plan is paused
today-paused-lead = You reported a warning sign, so exercise is on hold until you have been checked.
today-paused-checked-title = Been checked?
today-paused-confirm = I've been checked by a midwife, doctor or physiotherapist and can continue.
today-paused-resume = Continue my plan

## The morning check (components/morning.rs)
today-morning-title = How's your back this morning?
today-morning-compare = Compared with before your last session:
# $pain: the pain, 0 to 10, she gave before that session.
today-morning-compare-before = Compared with before your last session (before it, you said { $pain } out of 10):
today-morning-compare-label = Compared with before
today-morning-pain = Back pain right now
today-morning-usual = And on an ordinary day, your usual back pain
today-morning-save = Save
today-morning-skip = Skip today

## The first profile questions (components/welcome.rs)
today-welcome-title = About you and your baby
today-welcome-lead = A few quick questions so your routine suits where you are. Only the first two are needed; it takes about a minute.
today-welcome-submit = Save and see my routine

## Keeping her data, asked of the browser once (components/persist_note.rs)
today-persist-label = Keeping your data
# While the browser has not answered yet.
today-persist-asking = Your progress is kept only in this browser, so the app has asked it not to clear your data when the phone runs short of space.
today-persist-agreed = Your progress is kept only in this browser, so the app has asked it not to clear your data when the phone runs short of space. It has agreed.
today-persist-refused = Your progress is kept only in this browser, so the app has asked it not to clear your data when the phone runs short of space. It has not agreed yet; installing the app usually helps.
today-persist-dismiss = Got it

## A new version of the app (components/update_prompt.rs)
today-update-label = Update
today-update-ready = A new version is ready — reload to update. Your progress is kept.
today-update-updating = Updating…
today-update-reload = Reload to update

## An address the app does not know (components/not_found.rs)
today-not-found-title = Page not found
today-not-found-body = This address doesn't lead anywhere in the app. Your saved progress is untouched.
today-not-found-home = Go to Today

## Notices about storage and other tabs (components/notices.rs)
today-notices-label = Notices
today-notices-dismiss = Dismiss

## The backup reminder on History (components/backup_reminder.rs)
today-backup-title = Keep a copy of your progress
today-backup-body = Your sessions live only in this browser. A backup file keeps them safe if you change phones or the browser is cleared.
today-backup-save = Save a backup
today-backup-later = Not now
