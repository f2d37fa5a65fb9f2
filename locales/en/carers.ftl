# The words for carers: the card where she makes a link for a partner or grandparent
# (Settings and the library's "For carers" group), and what that person sees when they
# open it on their own phone (a welcome, the lessons, a short practice). The carer is
# not the mother: nothing here may mention a birth, a wound or the pelvic floor.

## The card where she makes the link (components/carer_share.rs)
carer-share-title = Share with a carer
carer-share-lead = Partners and grandparents who lift, carry and bath the baby can strain their backs too. Send them the lessons for carers and a short bracing practice. The link holds nothing about you apart from the name you type below.
carer-share-name = Your first name (optional)
carer-share-name-hint = So they know who sent it. Leave it empty to send it without a name.
carer-share-link = Link for your carer
carer-share-copy = Copy link
carer-share-copied = Link copied.
carer-share-copy-failed = Could not copy: select the link and copy it yourself.
carer-share-share = Share…
# The title of the phone's share sheet.
carer-share-sheet-title = Back care for carers
carer-share-qr = QR code of the link for a carer
carer-share-qr-hint = They can scan this with their phone's camera.
# The line and button in the library's "For carers" group.
carer-library-lead = These lessons are for the people helping you with the baby.
carer-library-open = Send them to a carer

## What the carer sees (pages/shared/carer.rs)
carer-title = Back care for carers
# $name: the first name of who sent the link, as she typed it.
carer-from = { $name } shared this with you.
carer-from-anonymous = Someone you help with a baby shared this with you.
carer-lead = Lifting, carrying and bathing a baby dozens of times a day is hard on anyone's back. Partners and grandparents often get the same strains as new mothers. These short lessons show how to spare your back.
carer-private = Nothing here asks about you, and nothing you do here is saved.
carer-practice-title = A short practice
carer-practice-body = Two exercises, about three minutes: bracing on its own, then bracing for a lift. A voice and a timer guide you.
carer-practice-start = Start the practice
carer-lessons-title = Lessons for carers
carer-stop-title = When to stop
carer-stop-chest = Pain or tightness in your chest, feeling faint or very short of breath: stop and call your local emergency number.
carer-stop-limb = Pain, numbness or tingling that spreads down a leg or an arm: stop and see a doctor.
carer-stop-sharp = A sudden sharp pain in your back: stop and rest, and see a doctor if it does not settle.
carer-back = Back to the lessons for carers

## Before the practice starts (pages/carer_start.rs)
carer-start-title = Before you start
carer-start-lead = Stand somewhere with a little space around you, and keep breathing throughout.
carer-start-stop = Stop at once if you feel pain or tightness in your chest (call your local emergency number), a sudden sharp pain, or numbness or tingling down a leg or an arm.
carer-start-go = Start
carer-start-nothing = This practice is not available in this version of the app.

## When the practice ends (components/carer_done.rs)
carer-done-title = Well done
carer-done-lead = Brace like that, gently and still breathing, before every lift today.
carer-done-stopped-title = Practice stopped
carer-done-stopped-lead = If something felt wrong, this is what to do:
