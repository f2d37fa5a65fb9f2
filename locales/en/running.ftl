# The words of "Ready to run again?": the return-to-running check (pages/running.rs),
# its card on Today, and the walk-run plan it opens (its card on Today, its phases in
# the player).

## One line per test: what to do, with the guidance's numbers.
run-task-walk = Walk briskly for 30 minutes.
run-task-balance = Stand on one leg for 10 seconds, then on the other.
run-task-squat = Do 10 single-leg squats on each leg.
run-task-jog = Jog on the spot for 1 minute.
run-task-bounds = Do 10 forward bounds, leaping from one foot to the other.
run-task-hop = Hop on the spot 10 times on each leg.
run-task-running-man = Do 10 "running man" swings on each side.
run-task-calf-raise = Do 20 single-leg calf raises on each leg.
run-task-bridge = Do 20 single-leg bridges on each leg.
run-task-sit-to-stand = Do 20 single-leg sit-to-stands on each leg.
run-task-leg-lift = Do 20 side-lying leg lifts on each leg.

## The page
run-title = Ready to run again?
run-lead = Eleven short tests from the return-to-running guidance for women after having a baby. Pass them all with no pain, heaviness or leaking, and a gentle walk-run plan opens for you.
# $weeks is how many weeks she still has to wait.
run-too-early = { $weeks ->
    [one] The check opens 12 weeks after the birth, once your body has had time to heal. One more week to go.
   *[other] The check opens 12 weeks after the birth, once your body has had time to heal. { $weeks } more weeks to go.
}
run-too-early-meanwhile = Until then, walking, bracing and your pelvic-floor exercises are the best preparation.
run-no-profile = Tell the app about your birth first, so it knows how far along your recovery is.
run-no-profile-go = Set up my plan
run-paused = Your plan is paused after a warning sign. Once you have been checked and have said so on Today, you can take the check.
run-before-title = Before you start
run-before-kit = Wear supportive trainers and a well-fitting bra, empty your bladder first, and clear some space with a wall or a sturdy chair in reach.
run-before-time = The walk takes 30 minutes and the rest about 15. You can stop at any point and carry on later: your answers are kept on this phone.
run-before-symptoms = After each test you will be asked about pain, heaviness or dragging in your pelvis, and leaking. Any of these ends the check for today.
run-start = Start the check
# $done tests answered out of $total.
run-progress = { $done } of { $total } tests done
run-group-load = Load and impact
run-group-strength = Strength
run-status-passed = Passed
run-status-not-yet = Not yet
run-status-to-do = To do
run-status-not-tried = Not tried
run-how = How to do it
run-timer = Start the timer
run-timer-note = The player times it for you. Come back here afterwards to say how it went.
run-whole-time = Did you manage the whole time?
run-whole-time-side = Did you manage the whole time on each leg?
run-count = How many could you do?
run-count-minutes = How many minutes could you walk briskly?
run-count-each = How many could you do on each leg?
# $target is the number the test asks for.
run-count-of = out of { $target }
run-left = Left leg
run-right = Right leg
run-yes = Yes
run-no = No
run-symptoms = During or after this test, did you have any of these?
run-symptom-pain = Pain in your back, pelvis, hips or legs
run-symptom-heaviness = Heaviness, dragging or a bulge in your pelvis
run-symptom-leaking = Leaking urine, wind or poo
run-symptoms-none = If none of these, leave them all unticked.
run-save = Save and go on
run-choose = Answer the question above to save.
# $name is the test's name, said to a screen reader once her answer is kept.
run-saved = { $name }: saved.

## The result
run-result-title = Your result
run-result-ready = You passed every test with no symptoms. Your walk-run plan is ready on Today: short runs between walking, moved on by how your body feels, like the rest of your plan.
run-result-not-yet = Not ready to run just yet. Keep building with the exercises below, and take the check again in a few weeks.
run-result-physio-title = See a pelvic-health physiotherapist before you run
run-result-physio = You noticed pain, heaviness, dragging or leaking during a test. That is a sign your body needs more support before running, and a pelvic-health physiotherapist can check you and guide you back. This is not an emergency. The check stops here for today.
run-passed-title = Passed
run-work-title = To work on
run-not-tried-title = Not tried this time
run-work-with = Build up with:
# $date is when she finished her last check ("22 Nov").
run-last = Your last check: { $date }.
run-again = Take the check again
run-again-tomorrow = You can take the check again from tomorrow, once you have rested. If you noticed any of these signs, it is best to see a pelvic-health physiotherapist first.
run-to-today = Go to Today

## On Today
run-offer-title = Ready to run again?
run-offer-lead = You are past 12 weeks: an at-home check of eleven short tests tells you whether your body is ready for running.
run-offer-open = Open the running check
run-offer-continue = Carry on with the running check
run-card-title = Walk-run
run-card-start = Start walk-run
run-card-check = Your running check

# $run and $walk are durations ("1 min"); $sets how many runs.
run-dose = Run { $run }, then walk { $walk }: { $sets } times

## In the player, for a walk-run
# $round is the run that comes next.
run-phase-walk = Walk · run { $round } next
run-phase-run = { $sets ->
    [one] Run
   *[other] Run { $set } of { $sets }
}
run-cue-walk = Walk and get your breath back.
run-speak-walk = Walk now. Run { $round } comes next.
run-more-walk = +{ $seconds } s walk

## In the library, above the tests
run-library-lead = These are the tests of the running check, offered from 12 weeks after the birth. Take them in order from the check, which asks after each one how it went.
run-library-open = Open the running check
