# The words of History: the last seven days and the calendar, the pain chart (also in
# the progress summary), the warning signs she reported, each session in detail, the
# earlier weeks kept as weekly totals, and the summary for her physiotherapist.
# In a few messages, <strong>…</strong> marks the words shown in bold; keep the tags
# around the same words.

## History (pages/history.rs)
history-title = History
history-week-title = Last 7 days
# $minutes: her minutes of walking in the last 7 days; $goal: the weekly goal, in minutes.
history-week = <strong>{ $minutes } min</strong> of walking, of the { $goal } minutes a week of moderate activity to build up to, bit by bit
history-week-progress-label = Minutes this week against the weekly goal
# Inside the progress bar, shown only by browsers that cannot draw it.
history-week-percent = { $percent }%
history-chart-title = How your back has felt
history-flags-title = Warning signs you reported
# One report: $when is its date and time; $signs the warning signs she ticked, each
# as its question, separated by semicolons.
history-flags-during = <strong>{ $when }</strong> (during a session): { $signs }
history-flags-before = <strong>{ $when }</strong> (before a session): { $signs }
history-empty-title = No sessions yet
history-empty-body = Each routine you finish (or stop early) is listed here with the date, how long it took, what you did and how it felt.

## The calendar (pages/history/calendar.rs)
history-calendar-caption = Sessions over the last five weeks
# The column heads, Monday to Sunday: seven initials, separated by spaces.
history-calendar-weekdays = M T W T F S S
# What a screen reader says for a day: $day is its date ("Mon 3 Mar"); $sessions how
# many sessions she did that day.
history-calendar-day-sessions = { $day }: { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
history-calendar-day-sessions-flag = { $day }: { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, warning sign reported
history-calendar-day-flag = { $day }, warning sign reported

## For her physiotherapist (pages/history/report.rs)
history-report-title = For your physiotherapist
history-report-body = Make a summary of the last four weeks (sessions, pain, warning signs, your notes and where your plan stands) to show or send. Nothing leaves this phone unless you share it.
history-report-make = Make a progress summary
# The title of what she shares (a link, a message).
history-report-share-title = My progress summary
history-report-share-heading = Send it to your physiotherapist

## Each session (pages/history/sessions.rs)
history-sessions-title = Sessions
# Her pain, 0 to 10, before the session.
history-session-pain-before = Pain before: { $pain }/10
# Her worst pain during the session, and $effort, how hard it felt ("About right").
history-session-worst-during = Worst during: { $pain }/10 · { $effort }
# The next morning: $compare is how her back felt compared with before the session
# ("better"), in lower case; $pain her pain then.
history-session-next-morning = Next morning: { $compare }, { $pain }/10
history-session-table-caption = Planned and done, per exercise
history-session-exercise = Exercise
history-session-rounds = Rounds
history-session-time = Time
# Under a session: how long it took, and how many of its exercises she did.
history-session-meta = { $minutes } min · { $done } of { $total } { $total ->
    [one] exercise
   *[other] exercises
}
history-session-stopped-early = stopped early
# When not all are listed yet: the $shown newest of her $total sessions.
history-sessions-latest = Your latest { $shown } of { $total } sessions.
history-sessions-more = Show older sessions

## The earlier weeks, kept as weekly totals (pages/history/weeks.rs)
history-folded-title = Earlier weeks
# $from and $to are dates; $sessions and $minutes the totals over those weeks.
history-folded-summary = From { $from } to { $to }: { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} in all.
history-folded-kept = Sessions from this far back are kept as a total for each week, so there is always room for new ones.
history-folded-show = Show each week
history-folded-show-more = Show earlier weeks
# One week: its minutes in all, and its worst pains.
history-folded-minutes = { $minutes } min in all
history-folded-worst-during = Worst during: { $pain }/10
history-folded-worst-morning = Worst next morning: { $pain }/10
history-folded-no-pain = No pain reported that week

## The pain chart (components/pain_chart.rs)
# Under the chart, at the left: where the day-by-day part starts.
history-chart-weeks-ago = { $weeks ->
    [one] { $weeks } week ago
   *[other] { $weeks } weeks ago
}
# Under the chart, at the right end.
history-chart-today = today
history-chart-during = During sessions (worst)
history-chart-morning = Next morning
history-chart-weekly-note = The last { $weeks } weeks show each day; to the left of the dashed line, each point is a whole week (its highest pain).
