# The words of the physiotherapist's saved routines (src/domain/physio_library.rs,
# src/web/storage.rs): what an import added, why a file could not be read, and what
# went wrong with this browser's storage. Read by the physiotherapist. Every message
# about a file ends by saying that nothing was changed.

## After importing a file of routines
# $added: routines added; $skipped: routines already saved here, left as they were.
saved-imported = { $added ->
    [0] No new routines in this file
    [one] Added { $added } routine
   *[other] Added { $added } routines
}{ $skipped ->
    [0] .
    [one] ; { $skipped } was already saved here.
   *[other] ; { $skipped } were already saved here.
}

## Why a file of routines could not be imported
saved-error-empty = This file is empty, so there is nothing in it to import. Nothing has been changed.
saved-error-not-a-library = This file isn't a set of routines saved from { -app-name }. Choose the file the app exported, named like gentle-back-routines-2026-11-27.json. Nothing has been changed.
saved-error-patient-backup = This is a patient's backup of her own progress, not a set of routines. She can restore it in Settings on her own device. Nothing has been changed.
saved-error-damaged = This file of routines is damaged, so it can't be read. Nothing has been changed. If you have another copy, try that one.
saved-error-newer = These routines were saved by a newer version of { -app-name }. Reload the app to update it, then try again. Nothing has been changed.
saved-error-too-large = This file is too large to be a set of routines. Nothing has been changed.
# $adding: routines the file would add; $room: how many more fit; $max: the most kept.
saved-error-too-many = { $adding ->
    [one] This file has { $adding } new routine
   *[other] This file has { $adding } new routines
}, but only { $room } more fit: the app keeps up to { $max }. Delete some you no longer use, then try again. Nothing has been changed.

## This browser's storage of the saved routines (notices on the desk)
saved-storage-unavailable = This browser is not letting the app save anything (private browsing or blocked site data?), so routines can't be saved here. You can still build and share them.
saved-storage-quarantined = Your saved routines could not be read, so the list has started empty. The damaged copy has been kept aside in this browser, not deleted.
saved-storage-unreadable = Your saved routines could not be read. They have been left untouched, and nothing new will be saved in this tab.
saved-storage-newer = Your saved routines were saved by a newer version of { -app-name }. To keep them safe, this version will not change them: reload the page to get the newer version.
saved-storage-write-failed = The routine could not be saved, probably because the browser's storage is full. Delete some saved routines, or export them to a file, and try again.
