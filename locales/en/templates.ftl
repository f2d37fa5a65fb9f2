# The words of the builder's templates (templates/*.toml, src/domain/templates.rs):
# each template's name and one-line summary, read by the physiotherapist, and the notes
# some of its exercises carry, read by her patient once the routine is shared (so they
# speak to the patient). A note is at most 120 characters in every language.

## First weeks after a caesarean
template-caesarean-first-weeks = First weeks after a caesarean
template-caesarean-first-weeks-summary = Breathing, a gentle tummy brace, pelvic floor and short walks, little and often while the wound heals.
template-caesarean-first-weeks-note-gently = Gently: stop if you feel any pulling at your wound.
template-caesarean-first-weeks-note-small = Small, slow rolls, only as far as is comfortable.
template-caesarean-first-weeks-note-often = Little and often: a few short walks a day are better than one long one.

## Bracing and pelvic floor basics
template-bracing-pelvic-floor = Bracing and pelvic floor basics
template-bracing-pelvic-floor-summary = The deep tummy brace lying and sitting, with long and quick pelvic floor squeezes, from the first days.
template-bracing-pelvic-floor-note-breathe = Keep breathing normally; never hold your breath while you squeeze.

## Upper back and feeding posture
template-upper-back-feeding = Upper back and feeding posture
template-upper-back-feeding-summary = Chin tucks, shoulder blades and a chest opener between feeds, with the lessons on feeding and sitting.
template-upper-back-feeding-note-between-feeds = Try a few between feeds, sitting back in your chair.

## Lower-back pain from 6 weeks
template-low-back-from-6-weeks = Lower-back pain from 6 weeks
template-low-back-from-6-weeks-summary = Mobility, stretches and gentle strength for the lower back, three times a week, with doses that follow her comfort.
template-low-back-from-6-weeks-note-comfortable = Lift only as high as your back stays comfortable.

## Walking and return to activity
template-return-to-activity = Walking and return to activity
template-return-to-activity-summary = A brisk walk with leg, hip and trunk strength, building back towards everyday activity; low impact only.
template-return-to-activity-note-brisk = Brisk enough to breathe a little harder, but still able to talk.
