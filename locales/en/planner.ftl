# The planner's and the plan's words: why each exercise is in today's routine, why an
# exercise moved or stayed (each reason follows a dash or a colon, so it starts in
# lower case), what comes next on the plan page, today's walk, the welcome back after
# time away, the routines' own names, and the pain trend in words.

## Small counts, spelled out (domain/progression/judging.rs)
# Used only for 2 and more: "the last two sessions", "three more like it".
planner-count = { $n ->
    [2] two
    [3] three
    [4] four
    [5] five
    [6] six
    [7] seven
    [8] eight
    [9] nine
    [10] ten
   *[other] { $n }
}
# Time away: $days days (used below two weeks), else $weeks weeks, with $count the
# weeks spelled out.
planner-away = { $weeks ->
    [0] { $days } days
    [1] { $days } days
   *[other] { $count } weeks
}

## Why an exercise moved or stayed (domain/progression/judging.rs)
# $sessions comfortable sessions in a row; $count is that number spelled out.
planner-reason-comfortable = { $sessions ->
    [0] your last session was comfortable and your back was fine the next morning
    [1] your last session was comfortable and your back was fine the next morning
   *[other] the last { $count } sessions were comfortable and your back was fine the next morning
}
# $left more comfortable sessions are needed; $count is that number spelled out.
planner-reason-building = { $left ->
    [1] that session was comfortable; one more like it and this moves up a step
   *[other] that session was comfortable; { $count } more like it and this moves up a step
}
# $pain: the worst pain during the session, 0 to 10.
planner-reason-pain-moderate = pain reached { $pain } out of 10, which is fine, so this stays the same for now
planner-reason-pain-too-high = pain reached { $pain } out of 10, so this eases off a step
planner-reason-morning-worse = your back felt worse the next morning, so this eases off a step
# $morning: her pain the next morning; $baseline: her usual pain.
planner-reason-morning-higher = your back was at { $morning } out of 10 the next morning, up from your usual { $baseline }, so this eases off a step
planner-reason-morning-high = your back was at { $pain } out of 10 the next morning, so this eases off a step
planner-reason-morning-unsettled = your back was at { $pain } out of 10 the next morning, so this stays the same until it settles
planner-reason-morning-missing = no next-morning check yet, so this stays the same
planner-reason-morning-skipped = the next-morning check was skipped, so this stays the same
planner-reason-no-report = no report after the session, so this stays the same
planner-reason-effort-too-hard = the session felt like too much, so this stays the same for now
planner-reason-stopped-early = the session was stopped early, so this stays the same
planner-reason-at-top = this is already the fullest version here, so it stays the same
planner-reason-stage-locked = the next step opens up a little later after the birth, so this stays the same for now
planner-reason-at-gentlest = this is already as gentle as it goes, so it stays the same; if it keeps hurting, mention it to your midwife or physiotherapist
planner-reason-not-for-stage = that version is meant for a little later after the birth, so this goes back to a gentler one
planner-reason-kept-symmetric = the next version works one leg at a time; with pelvic pain in pregnancy it waits until about 12 weeks, so this stays the same
# $away: how long she was away ("two weeks").
planner-reason-away = eased off a step after { $away } away
planner-reason-red-flag = you reported a warning sign, so progress starts counting again
planner-reason-after-check = your first session after being checked, so this stays the same for now
# Where an exercise joined her plan: $level 0 (the gentlest) to 3 (the fullest).
planner-reason-placed = { $level ->
    [0] starts at the gentlest level for where you are now
    [1] starts at an early level for where you are now
    [2] starts at a middle level for where you are now
   *[other] starts at a fuller level for where you are now
}

## Why each exercise is in today's routine (domain/planner/advice.rs)
# $name: the exercise; $why: why it is there.
planner-why = { $name }: { $why }
planner-why-trimmed = { $name }: { $why } (shorter today, to fit your time)
# $date: the day she last did it.
planner-not-done-since = not done since { $date }, so it stays where it was
planner-not-done-yet = not done yet, so it stays where it starts until you have
# A change to an exercise: what changed, then why ($reason).
planner-change-joins = joins your plan — { $reason }
# $name: the harder exercise it moved on to.
planner-change-moved-on = moved on to { $name } — { $reason }
# $name: the gentler exercise it went back to.
planner-change-back = back to { $name } — { $reason }
planner-change-more-reps = { $n ->
    [one] { $n } more rep
   *[other] { $n } more reps
} — { $reason }
planner-change-fewer-reps = { $n ->
    [one] { $n } fewer rep
   *[other] { $n } fewer reps
} — { $reason }
# $n seconds.
planner-change-longer = { $n } s longer — { $reason }
planner-change-shorter = { $n } s shorter — { $reason }
planner-change-gentlest = already as gentle as it goes — { $reason }
planner-change-same = same as last time — { $reason }

## Today's walk (domain/planner/advice.rs)
# $goal: the weekly walking minutes the guidelines suggest; $minutes: today's walk.
planner-walk-extra = You have walked { $goal } minutes this week; a { $minutes }-minute walk today is a gentle extra if you feel like it
# $after: her walking minutes this week after today's walk.
planner-walk-toward = A { $minutes }-minute walk today would bring you to { $after } of { $goal } walking minutes this week

## The app's own routines (domain/planner.rs)
planner-routine-today = Your routine for today
planner-routine-short = Your 5-minute routine

## Today (domain/today.rs)
# $away: how long she was away ("two weeks").
planner-welcome-back = Welcome back! It has been { $away } since your last session, so today's routine restarts a little gentler.
# $routine: the routine's name; $active: how long she was active, as a clock ("12:05").
planner-last-time = Last time: { $routine } · { $minutes } min active

## Your plan: what comes next (domain/plan_view.rs)
# $next: the next step; $gate: what it takes ("2 more comfortable sessions…").
planner-next-after = Next: { $next }, after { $gate }.
planner-next-gate = Next: { $next }: { $gate }.
planner-next-top = This is the fullest version here.
planner-next-paused = Paused until you have been checked.
# $name: the exercise's name, in lower case.
planner-next-more = a little more { $name }
# $name: the harder exercise that still waits for a later stage.
planner-then = Then { $name }: { $gate }.
planner-gate-sessions = { $more ->
    [one] { $more } more comfortable session with a settled next morning
   *[other] { $more } more comfortable sessions with a settled next morning
}
# $weeks: when it opens; $days: how many days from now.
planner-gate-opens-caesarean = opens at { $weeks } weeks after a caesarean — { $days ->
    [1] tomorrow
   *[other] in { $days } days
}
planner-gate-opens-birth = opens at { $weeks } weeks after the birth — { $days ->
    [1] tomorrow
   *[other] in { $days } days
}
planner-gate-symmetric = waits until { $weeks } weeks, to go easy on your pelvis — { $days ->
    [1] tomorrow
   *[other] in { $days } days
}
planner-gate-after-tear = waits until { $weeks } weeks after the tear — { $days ->
    [1] tomorrow
   *[other] in { $days } days
}
planner-gate-paused = paused until you have been checked
planner-gate-top = this is the fullest version here

## The pain trend in words (domain/history.rs)
planner-trend-none = No pain reports in the last two weeks yet.
# $during and $morning: average pain, 0 to 10, with one decimal (planner-decimal).
planner-trend-during = Over the last two weeks, the worst pain during sessions averaged { $during } out of 10.
planner-trend-during-lower = Over the last two weeks, the worst pain during sessions averaged { $during } out of 10. That is lower than the two weeks before.
planner-trend-during-higher = Over the last two weeks, the worst pain during sessions averaged { $during } out of 10. That is higher than the two weeks before.
planner-trend-during-same = Over the last two weeks, the worst pain during sessions averaged { $during } out of 10. That is about the same as the two weeks before.
planner-trend-both = Over the last two weeks, the worst pain during sessions averaged { $during } out of 10 and next-morning pain { $morning }.
planner-trend-both-lower = Over the last two weeks, the worst pain during sessions averaged { $during } out of 10 and next-morning pain { $morning }. That is lower than the two weeks before.
planner-trend-both-higher = Over the last two weeks, the worst pain during sessions averaged { $during } out of 10 and next-morning pain { $morning }. That is higher than the two weeks before.
planner-trend-both-same = Over the last two weeks, the worst pain during sessions averaged { $during } out of 10 and next-morning pain { $morning }. That is about the same as the two weeks before.
# A number with one decimal: $whole and its $tenth ("2.5").
planner-decimal = { $whole }.{ $tenth }
