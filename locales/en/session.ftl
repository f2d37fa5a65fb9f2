# The words of a session: the safety check before it, the player, "Something's not
# right" and its guidance, and the summary after it.
# In a few messages, <strong>…</strong> marks the words shown in bold; keep the tags
# around the matching words.

## Shared by the session screens
session-back-today = Back to Today
session-back-running = Back to the running check
session-go-today = Go to Today
session-continue-here = Continue here instead

## The safety check before a session (pages/check.rs)
session-check-title = Before you start
session-check-pain-legend = Back pain right now (optional)
session-check-question = Is any of this happening to you today?
session-check-hint = Tick anything that applies. If none do, just start.
session-check-start = All clear — start
session-check-stop = Stop and show me what to do
session-check-elsewhere-title = A routine is running in another tab.
session-check-elsewhere-body = It plays in one place at a time, so its timer and cues stay right. Continue it here, or finish it in the other tab first.
session-check-nothing-title = Nothing to start
session-check-nothing-body = This routine isn't available right now.
session-check-paused-title = Your plan is paused
session-check-paused-body = After a warning sign, sessions stay paused until you have been checked. You can carry on from Today once you have.

## The red-flag checklist and its guidance (components/red_flags.rs)
# After a warning sign in the checklist, for a mother who had an epidural or spinal.
session-flags-epidural = — you had an epidural or spinal, so watch for this one
# The button that dials her emergency number.
session-guidance-call = Call { $number }
# Before the care contact she entered in her profile.
session-guidance-contact = Your midwife, doctor or physio:
session-guidance-paused = This app can't tell what is causing this. Your exercise plan is paused until you tell it you have been checked.

## After "Something's not right" (components/trouble.rs)
session-trouble-title = Stopped. What happened?
session-trouble-saved = What you did so far is saved.
session-trouble-pain = The pain got too much
session-trouble-flag = I noticed a warning sign
session-trouble-else = Something else — I'm all right
session-trouble-flags-title = Which of these?
session-trouble-show = Show me what to do

## The player (pages/player.rs)
session-player-opening = Opening your routine
session-player-moved-title = Your routine moved to another tab
session-player-moved-body = You carried on in another tab, so this one has stopped playing. Nothing is lost: the timer is the same wherever it plays.
session-player-elsewhere-title = A routine is running in another tab
session-player-elsewhere-body = It plays in one place at a time, so its timer and cues stay right. You can move it here; the other tab will stop playing it.
session-player-pain-lead = Stopping was the right thing to do. Let's note how bad it got, so your plan eases off.
session-player-none-title = No routine running
session-player-unresumable = The routine you were doing can't be resumed: this version of the app no longer has one of its exercises.
session-player-clear = Clear it
session-player-none-hint = Start a routine from Today, or try any exercise from the library.

## The running session (components/step_view.rs)
session-phase-get-ready = Get ready
session-phase-next-up = Next up
session-phase-rest = Rest · round { $round } next
session-phase-switch-side = Switch to the right side
# $sets: rounds of this exercise; $side: 0 none, 1 left, 2 right.
session-phase-work = { $sets ->
    [0] Go
    [1] Go
   *[other] Round { $set } of { $sets }
}{ $side ->
    [1] {" · "}left side
    [2] {" · "}right side
   *[other] {""}
}
# Read out by screen readers when the phase changes: the phase, then the exercise.
session-announcement = { $phase }: { $name }
session-paused = Paused
session-cue-switch-side = Change sides slowly and settle in.
session-cue-rest = Rest and breathe easily.
session-then = Then: { $name }
session-last-exercise = Last exercise
session-progress-label = Routine progress
session-progress-percent = { $percent }%
session-exercise-of = Exercise { $step } of { $steps }
session-screen-on = Screen stays on
session-not-right = Something's not right
session-sound-on = Turn sound back on
session-drawing = Drawing: { $position }
session-time-left = Time left
session-rep-of = Rep { $rep } of { $reps }

## The player's controls (components/player_controls.rs)
session-stop-question = Stop the routine here? What you've done so far is saved.
session-stop-now = Stop now
session-keep-going = Keep going
session-more-rest = +{ $seconds } s rest
session-more-ready = +{ $seconds } s to get ready
session-back = Back
session-skip = Skip
session-pause = Pause
session-resume = Resume
session-end = End session

## The summary after a session (components/finished_view.rs)
session-finished-stopped-title = Session stopped
session-finished-stopped-lead = You stopped early, and that's fine. What you did is saved.
session-finished-done-title = All done
session-finished-done-lead = Well done for making time for your back today.
session-finished-stat = <strong>{ $minutes } min</strong> of movement · <strong>{ $done } of { $total }</strong> { $total ->
    [one] exercise
   *[other] exercises
}
session-finished-rounds = { $done } of { $planned } { $planned ->
    [one] round
   *[other] rounds
}
session-finished-history = See your history

## How it felt (components/after_report.rs)
session-after-title = How did that feel?
session-after-worst-legend = The worst back pain during the session
session-after-effort = How hard did it feel?
session-after-note = A note for yourself (optional)
session-after-save = Save how it felt

## The 0–10 pain scale (components/pain_picker.rs)
session-pain-none = No pain
session-pain-worst = Worst
