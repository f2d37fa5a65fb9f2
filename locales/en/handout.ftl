# The printed handout of a physiotherapist's routine (components/handout.rs): what the
# patient takes home on paper. Print-only; the screen shows the preview instead. The
# physiotherapist's own words (routine name, notes, name, clinic) are data, printed as
# written, never messages.

## The top of the sheet
handout-label = Printed handout
# $by: who prescribed it (name, clinic), as they wrote it.
handout-by = Prescribed by { $by }
# $frequency: how often (for example "twice a day"); $weeks: for how long;
# $minutes: about how long one session takes.
handout-plan = Do it { $frequency } for { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}; each time takes about { $minutes } min.
handout-safety-title = Stop and get help
handout-safety = Stop exercising and get medical help straight away if you notice a warning sign: pain or tightness in your chest, trouble breathing, heavy bleeding, a calf that is painful, red or swollen, a fever, a wound that is red, oozing or opening, new trouble passing or holding wee or poo, or numbness around your genitals or bottom. In an emergency, call your local emergency number.
handout-safety-ease = Stop any exercise that hurts more than a little, and tell your physiotherapist.

## Each exercise
handout-steps = How to do it
handout-stop = Stop if
# Before the physiotherapist's note, printed as they wrote it.
handout-note = Note from your physiotherapist:
# Where the steps go while the library's words are still loading (rare: only if the
# sheet is printed in the first moments after opening the app).
handout-no-steps = The steps are in the app, under Exercises.

## The tick grid
handout-ticks-title = Tick each session
# $frequency: how often (for example "twice a day").
handout-ticks-per-day = Tick one box for each session ({ $frequency }).
handout-ticks-per-week = Tick the days you do it ({ $frequency }).
# When the routine lasts longer than the grid has rows ($rows): the rows are left
# unnumbered.
handout-ticks-more = Write the week's number at the start of each row, and print another copy when the { $rows } rows are full.
# The first column's heading: the rows are the routine's weeks, numbered.
handout-ticks-week-column = Week
# The days of the week, Monday first, short, separated by spaces.
handout-weekdays = Mon Tue Wed Thu Fri Sat Sun
