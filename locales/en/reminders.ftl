# The words of reminders: the card on Today that makes a calendar file from her plan,
# the events in that file (they stay in her calendar, in the language she had when
# she downloaded it), and the mark on the Today tab when a session is still to do.

## The card on Today (pages/today/reminders.rs)
reminders-title = Remind me in my calendar
reminders-lead = Add your routine to your calendar as a repeating event, so your phone reminds you. The file is made on this device and goes nowhere else.
# $frequency is how often her plan asks for a session ("once a day", "3 times a week").
reminders-plan = Your plan: { $frequency }.
reminders-time = Time
# $times is the list of times, such as "09:00" or "09:00, 19:00".
reminders-times = Every day at { $times }.
# The legend over the weekday checkboxes, for a plan of some days a week.
reminders-days = Remind me on
reminders-day-mo = Monday
reminders-day-tu = Tuesday
reminders-day-we = Wednesday
reminders-day-th = Thursday
reminders-day-fr = Friday
reminders-day-sa = Saturday
reminders-day-su = Sunday
reminders-days-none = Tick at least one day.
# $date is the last day of her physiotherapist's plan ("22 Nov").
reminders-until = The reminders stop after { $date }, when your physiotherapist's plan ends.
reminders-download = Download calendar file
reminders-saved = Saved. Open the file to add the reminders to your calendar.
reminders-failed = This browser could not save the file. Try another browser, or set a reminder in your calendar yourself.
reminders-redownload = If your plan changes, download the file again and open it. If your calendar then shows a reminder twice, delete the older one.

## When her plan is paused (pages/today/paused.rs)
reminders-paused-title = Calendar reminders
reminders-paused = If you added reminders to your calendar, remove them for now: open one in your calendar and delete all of its repeats. You can download new ones once your plan starts again.

## The events in her calendar (domain/reminders.rs)
reminders-event-title = { -app-name }: your back routine
# $name is her physiotherapist's routine, as they wrote it.
reminders-event-title-physio = Your back routine: { $name }
# $link is the app's address.
reminders-event-body = About { $minutes } minutes of gentle exercise for your back. Open { -app-name } to start: { $link }
# When the plan asks for several sessions a day, under each event's text.
reminders-event-which = Session { $number } of { $count } today.

## The navigation (components/nav.rs)
# Read by screen readers after the Today tab's name, beside a small dot.
reminders-nav-due = — a session to do today
