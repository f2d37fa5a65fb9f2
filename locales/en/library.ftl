# The words of the exercise library: the list of exercises and its filters, one
# exercise in full, and "Your plan" (where she stands in each exercise).

## The library (pages/library.rs)
library-title = Exercises
# When no filter is set: $count is how many entries the library has.
library-count-all = { $count } gentle exercises and short lessons.
# When filters hide some: $shown of the $total entries are listed.
library-showing = Showing { $shown } of { $total }.
library-empty = Nothing matches all of these. Try widening a filter.

## The library's filters (pages/library.rs)
library-filters-label = Filter exercises
library-filter-region = Where it helps
library-filter-region-any = Anywhere
library-filter-kind = Type
library-filter-kind-any = All types
library-filter-weeks = Since the birth
library-filter-weeks-any = Any time
library-filter-birth = Birth
# The birth filter left open: she has not said how her baby was born.
library-filter-birth-any = Not saying
library-birth-vaginal = Vaginal birth
library-birth-caesarean = Caesarean
# The weeks since the birth: the first week, the last choice (and later), and the rest.
library-weeks-first = First week
library-weeks-or-more = { $weeks } weeks or more
library-weeks = { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}

## One exercise (pages/exercise.rs)
library-exercise-all = ← All exercises
# For screen readers, the drawing: $position is the exercise's position ("Lying on your back").
library-exercise-drawing = Drawing: { $position }
# The facts about the exercise, each a short label.
library-exercise-helps = Helps
library-exercise-position = Position
library-exercise-dose = Dose
library-exercise-equipment = You need
# Followed by when it usually suits ("6 weeks").
library-exercise-from = From
library-exercise-try = Try it now
# When it does not suit her yet; $from is when it usually does ("6 weeks after the birth").
# The words between <strong> and </strong> are in bold.
library-exercise-later = <strong>This one is for a little later.</strong> It usually suits from { $from }. Your routine on Today only includes what suits you now.
library-exercise-how = How to do it
library-exercise-watch = Watch out for
# Over the list of signs to stop the exercise.
library-exercise-stop = Stop if
# $source: the guidance the exercise is based on.
library-exercise-source = Based on: { $source }
# $why: what went wrong.
library-exercise-failed = The steps for this exercise could not be loaded: { $why }. They need a connection the first time; after that they work offline.
library-exercise-retry = Try again
library-exercise-loading = Loading the steps…
# For screen readers, the list of the easier and harder versions.
library-exercise-variants = Variants
# Each followed by a link to the other version (its name); keep the space at the end.
library-exercise-easier = Easier:{ " " }
library-exercise-harder = Harder:{ " " }

## Your plan (pages/plan.rs)
library-plan-title = Your plan
# Before she has answered the first profile questions.
library-plan-no-profile = Tell the app a little about the birth first, and your plan appears here.
library-plan-get-started = Get started
library-plan-lead = Each exercise moves on its own, only after sessions in which you did it, when they felt comfortable and your back was settled the next morning.
library-plan-where = Where you are in each exercise
# Exercises that open once she is further on; each is followed by what it waits for.
library-plan-later = Opening later
library-plan-changes = Latest changes
library-plan-no-changes = Nothing has changed yet. Your plan starts where the app placed you.
library-plan-back = Back to today
library-plan-not-done = Not done yet
# $date: the day she last did it ("24 Nov").
library-plan-last-done = Last done { $date }
# Where she is in the exercise's chain of easier and harder versions.
library-plan-step = Step { $place } of { $of }
