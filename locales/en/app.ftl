# Gentle Back's words in English: the reference every other language matches.
# Fluent syntax (https://projectfluent.org). Each message id becomes `Msg::CamelCase`.
# Keep sentences whole (no gluing pieces in code), and plurals as selects.

-app-name = Gentle Back

## The language itself
# Its own name, as the language picker lists it.
language-name = English
language-label = Language
language-help = The words on every screen, and the spoken cues.
# Each language keeps these two in the app itself: they are shown, in that language, when
# its words could not be downloaded and the app is showing English meanwhile.
words-unavailable = The words in this language could not be downloaded, so the app is showing English for now. Check your connection and try again.
words-retry = Try again

## The main navigation
nav-label = Main
nav-today = Today
nav-exercises = Exercises
nav-history = History
nav-settings = Settings

## The first-run notice
first-run-title = Before you begin
first-run-lead = { -app-name } guides short, gentle exercises for your back in the months after having a baby.
first-run-coach = It is a general exercise coach. It does not give medical advice and cannot tell what is causing any pain.
first-run-check = Please check with your midwife, doctor or physiotherapist before you start, and especially if you had a caesarean or a complicated birth.
first-run-stop = Stop any exercise that hurts more than a little, and get help straight away if something feels seriously wrong.
first-run-private = Everything you enter stays in this browser on this device. Nothing is sent anywhere.
first-run-accept = I understand, let's begin
first-visit-opening = Getting your exercises ready…
first-visit-offline-title = No connection yet
first-visit-offline = Your answer is kept. The exercises open as soon as this phone is back online.
first-visit-retry = Try again

## Settings: language
settings-language-title = Language
settings-no-voice = This phone has no voice for this language, so exercises are not read aloud. Beeps and vibration still guide you.

## Counts
sessions-count = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}

## Storage and other tabs (notices at the top of every screen)
storage-unavailable = This browser is not letting the app save anything (private browsing or blocked site data?). You can still use it, but your progress will be gone when you close the tab.
storage-quarantined = Your saved progress could not be read, so the app has started fresh. The damaged copy has been kept aside, not deleted.
storage-unreadable = Your saved progress could not be read. It has been left untouched, and nothing new will be saved in this tab.
storage-newer = Your progress was saved by a newer version of this app. To keep it safe, this version will not change it: reload the page to get the newer version.
storage-write-failed = Your latest changes could not be saved, probably because the browser's storage is full. They are kept while this tab stays open.
notice-other-tab = Your progress was updated from another tab of this app.

## When a part of the app cannot be shown
app-broken = Something went wrong showing this part of the app. Please reload the page; your saved data is safe.
