# The safety words and the domain's labels: the red-flag checklist, where each tier of
# care sends her and what to do there, and the short labels and lines the domain
# gives the screens (how she gave birth, where it hurts, effort, kinds of exercise,
# today's tip, why an exercise is in her routine, how long since the birth).

## The tiers of care: the guidance screen's heading (domain/safety.rs)
safety-tier-emergency = Call for emergency help now
safety-tier-today = Contact your midwife or doctor today
safety-tier-physio = Ease off and see a pelvic-health physiotherapist
safety-tier-gp-or-physio = See your GP or a physiotherapist soon

## What to do, one line each, under the heading
# $number is the emergency number she set in her profile (such as 112 or 911).
safety-advice-call-number = Call { $number } now.
# When she has not set her emergency number.
safety-advice-call-local = Call your local emergency number now.
safety-advice-emergency-someone = If you can't make the call yourself, ask someone near you to do it.
safety-advice-emergency-no-drive = Don't exercise, and don't drive yourself.
safety-advice-today-stop = Stop exercising for today.
safety-advice-today-contact = Contact your midwife, doctor or maternity unit today and tell them what you noticed.
safety-advice-today-worse = If it gets worse quickly, or you feel very unwell, treat it as an emergency.
safety-advice-physio-not-emergency = This isn't an emergency, but it's a sign to ease off for now.
safety-advice-physio-book = Book an appointment with a pelvic-health (women's health) physiotherapist, or ask your doctor or midwife to refer you.
safety-advice-physio-meanwhile = Gentle walking and breathing are usually fine meanwhile; stop anything that makes it worse.
safety-advice-gp-not-emergency = This isn't an emergency, but back pain that stops you getting through the day or caring for your baby deserves a proper look.
safety-advice-gp-book = Make an appointment with your GP or a physiotherapist in the next few days, and tell them what you can't do at the moment.
safety-advice-gp-meanwhile = Until then, keep moving gently, use heat or cold if it helps, and let someone else do the lifting where you can.

## The red-flag checklist: what she might notice, in her words, most urgent first
# Call the emergency number now.
safety-flag-chest-pain = Pain or tightness in the chest
safety-flag-breathless = Trouble breathing, or suddenly short of breath
safety-flag-seizure = A fit or seizure
safety-flag-harm-thoughts = Thoughts of hurting yourself or your baby
safety-flag-saddle-numbness = Numbness around your genitals, bottom or inner thighs
safety-flag-bladder-bowel = New trouble passing or holding wee or poo
safety-flag-both-legs = Weakness or numbness in both legs
# Contact the midwife, doctor or maternity unit today.
safety-flag-heavy-bleeding = Bleeding that soaks a pad in an hour, or clots the size of an egg or bigger
safety-flag-wound = A caesarean or tear wound that is red, oozing, opening or more and more painful
safety-flag-calf = A calf or leg that is painful, red, swollen or warm
safety-flag-fever = A temperature of 38 °C (100.4 °F) or more
safety-flag-headache = A bad headache that painkillers don't help, or a headache with blurred vision
safety-flag-postural-headache = Since an epidural or spinal: a headache that is worse sitting or standing and eases lying down
safety-flag-dizzy = Feeling dizzy or faint, or muscle weakness that upsets your balance
safety-flag-leg-numbness = Back pain with numbness or tingling down a leg, or with a fever
# Ease off and see a pelvic-health physiotherapist (not an emergency).
safety-flag-heaviness = Heaviness or dragging in your pelvis or vagina
safety-flag-leaking = Leaking wee or poo
safety-flag-tummy-bulge = A bulge, doming or a visible gap down the middle of your tummy when you move
safety-flag-worsening-pain = Pelvic or lower-back pain that keeps getting worse
safety-flag-daily-life-pain = Back pain that stops you doing everyday things or looking after your baby
safety-flag-bleeding-returned = Bleeding that came back or got heavier after 8 weeks (not a period), or brighter red after exercise

## How she gave birth (domain/profile.rs)
label-delivery-vaginal = Vaginal birth
label-delivery-assisted = Assisted vaginal birth (forceps or ventouse)
label-delivery-planned-caesarean = Planned caesarean
label-delivery-emergency-caesarean = Emergency caesarean

## Where it hurts, in her profile
label-site-lower-back = Lower back
label-site-middle-back = Middle back
label-site-upper-back = Upper back, shoulders or neck
label-site-epidural = Where the epidural or spinal went in
label-site-scar = Around the caesarean scar

## How active she was before the pregnancy
label-activity-low = Not very active
label-activity-moderate = Active now and then
label-activity-high = Very active

## How long since the birth, and how she gave birth: the line under Today's title
# $delivery is one of the birth labels above.
label-since-birth-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
} since the birth · { $delivery }
label-since-birth-weeks = { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} since the birth · { $delivery }
label-since-birth-weeks-days = { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} and { $days ->
    [one] { $days } day
   *[other] { $days } days
} since the birth · { $delivery }

## How hard a session felt (domain/comfort.rs)
label-effort-easy = Easy
label-effort-moderate = About right
label-effort-hard = Hard work
label-effort-too-hard = Too much

## Her back the next morning, compared with before the session (also used in the
## middle of a sentence in History, in lower case)
label-morning-better = Better
label-morning-same = About the same
label-morning-worse = Worse

## Kinds of exercise: the library's groups and filter (domain/exercise.rs)
label-kind-walk = Walking
label-kind-breathing = Breathing
label-kind-bracing = Deep tummy bracing
label-kind-pelvic-floor = Pelvic floor
label-kind-tilt = Pelvic tilts
label-kind-stretch = Stretches
label-kind-strength = Gentle strength
label-kind-lesson = Posture lessons
label-kind-self-care = Self-care
label-kind-run = Walk-run
label-kind-run-test = Ready to run? The tests
label-kind-carer = For carers

## Where an exercise helps
label-region-lower-back = Lower back
label-region-middle-back = Middle back
label-region-upper-back = Upper back and neck
label-region-caesarean = After a caesarean
label-region-epidural-site = Around the epidural site

## When an exercise usually suits, by kind of birth ("1 week after a vaginal birth;
## 4 weeks after a caesarean"); $vaginal and $caesarean are weeks, 0 is the first days.
label-earliest = { $vaginal ->
    [0] the first days
    [one] { $vaginal } week
   *[other] { $vaginal } weeks
} after a vaginal birth; { $caesarean ->
    [0] the first days
    [one] { $caesarean } week
   *[other] { $caesarean } weeks
} after a caesarean

## Today's tip (domain/planner/tips.rs)
label-tip-caesarean-lifting = For about six weeks after a caesarean, try not to lift anything heavier than your baby. Let someone else carry the car seat and the shopping.
label-tip-caesarean-cough = When you need to cough, sneeze or laugh, hold a hand or a small pillow gently over your wound. It takes the strain off while it heals.
label-tip-lift-with-legs = Lifting hurts? Bend your knees, keep your back long, hold your baby close and let your legs do the lifting.
label-tip-feeding-posture = When you feed, bring your baby up to you on a pillow rather than leaning down, and keep your shoulders soft with your back supported.
label-tip-epidural-site = A sore spot where the epidural went in usually settles within days. If you get a headache that is worse sitting up and eases lying down, call your maternity team.
label-tip-pelvis-even = Turning in bed or getting out of the car? Keep your knees together and move your hips as one, which is kinder to a sore pelvis.
label-tip-heat-cold = A warm (not hot) pack or a wrapped cold pack on a sore back for 15 minutes can ease it. Never put either straight onto your skin.

## Why an exercise is in today's routine, when no recent change says more
## (domain/planner.rs; in lower case, as it follows the exercise's name)
label-purpose-breathe = a calm start, letting your body settle before anything else
label-purpose-brace = warms up the deep tummy muscles before anything else
label-purpose-pelvic-floor = a little pelvic-floor work, every day
label-purpose-lower-back = for your lower back
label-purpose-middle-back = for your middle back
label-purpose-upper-back = for your upper back, shoulders and neck
label-purpose-epidural-site = gentle movement for around where the epidural went in
label-purpose-scar = gentle on your tummy after a caesarean
label-purpose-balance = part of a balanced mix for your whole back
label-purpose-strength = gentle strength for the support around your back and pelvis
label-purpose-finish = a stretch to finish
label-purpose-cool-down = a calm finish that helps the area around the epidural relax
