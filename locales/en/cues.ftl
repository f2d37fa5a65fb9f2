## Spoken cues during a routine (short: they are said aloud over the timer)
cue-first-up = Get ready. First up: { $name }.
cue-next-up = Well done. Next up: { $name }.
cue-rest = Rest. Round { $round } is next.
cue-switch-side = Switch to the right side.
# $sets: rounds in all (1: not said); $side: 0 both, 1 left, 2 right.
cue-work = { $name }{ $sets ->
    [1] {""}
   *[other] , round { $set } of { $sets }
}{ $side ->
    [1] , left side
    [2] , right side
   *[other] {""}
}.
# The above, then the exercise's first phrase.
cue-work-then = { $work } { $phrase }.
cue-phrase = { $phrase }
cue-number = { $n }
cue-hold = And hold.
cue-relax = And relax.
cue-carry-on = Carrying on.
cue-paused = Paused.
cue-thirty-more = Thirty more seconds.
cue-stopped = Stopped. What you did is saved.
cue-finished = All done. Well done for taking this time for yourself.
