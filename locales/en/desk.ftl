# The physiotherapist's desk: the builder at a clinic computer (≥ 1024 px wide) with
# the library on one side and the routine on the other; reordering; templates; the
# physiotherapist's own saved routines. Written to the physiotherapist ("your
# patient"). The routines' names are data, shown as written, never messages.

## The chosen exercises (pages/physio/items.rs, item_editor.rs)
desk-order-hint = Change the order with the arrows, or drag an exercise by its handle.
# Over the drag handle, for a mouse pointer.
desk-drag-title = Drag to change the order
# Said by screen readers after a move. $name: the exercise; $position, $count: numbers.
desk-moved = { $name } moved to position { $position } of { $count }.

## The library (pages/physio/picker.rs)
desk-search-label = Search the library
desk-search-hint = By name or another word for it: bridge, tilt, cat cow, Kegel.
desk-pick-posture = Position
desk-pick-any-posture = Any position
desk-pick-kind = Type
desk-pick-any-kind = Any type
# How many library entries the search and filters leave.
desk-found = { $count ->
    [0] No exercise matches. Try fewer words, or show them all.
    [one] { $count } exercise
   *[other] { $count } exercises
}
desk-show-all = Show them all
# Under an exercise's name: its type, then the earliest week after a vaginal birth and after a caesarean.
desk-row-about = { $kind } · from { $vaginal } wk (caesarean { $caesarean } wk)

## The preview (pages/physio/output.rs)
# Above the phone-sized preview. $minutes: about how long one session takes.
desk-total = Total: about { $minutes } min a session, { $exercises ->
    [one] { $exercises } exercise
   *[other] { $exercises } exercises
}

## Where a routine is built from (pages/physio/sources.rs)
# Names the switch between the three sources below.
desk-sources-label = Build from
desk-view-library = Library
desk-view-templates = Templates
# $count: how many routines she has saved.
desk-view-saved = Saved ({ $count })

## Templates (pages/physio/template_list.rs)
desk-templates-title = Start from a template
desk-templates-lead = Starting points built from the library. Each one opens in the builder, for you to adjust to your patient before you share it.
# $vaginal, $caesarean: the earliest week after the birth it suits.
desk-template-suits = Suits { $vaginal ->
    [0] from the first days
    [one] from { $vaginal } week
   *[other] from { $vaginal } weeks
} after a vaginal birth, { $caesarean ->
    [0] from the first days
    [one] from { $caesarean } week
   *[other] from { $caesarean } weeks
} after a caesarean
# $minutes: about how long one session takes.
desk-template-size = { $exercises ->
    [one] { $exercises } exercise
   *[other] { $exercises } exercises
} · about { $minutes } min a session
desk-template-use = Use this template
# For screen readers: the button's words, then the template's name.
desk-template-use-named = Use this template: { $name }
# Said once it is in the builder. $name: the template's name.
desk-template-loaded = “{ $name }” is in the builder. Adjust it to your patient before you share it.
# Before replacing the routine being built. $count: its exercises.
desk-replace-ask = This replaces the routine you are building ({ $count ->
    [one] { $count } exercise
   *[other] { $count } exercises
}), which isn't saved. Replace it?
desk-replace-yes = Replace it
desk-replace-no = Keep mine

## Saving the routine being built (pages/physio/save_bar.rs). $name: its name.
desk-state-new = Not in your saved routines yet.
desk-state-saved = Saved in your routines as “{ $name }”.
desk-state-changed = Changes to “{ $name }” aren't saved yet.
desk-save-new = Save to your routines
desk-save-changes = Save changes
desk-save-copy = Save as a new routine
desk-save-done = Saved “{ $name }” in your routines.
# $max: the most routines kept.
desk-save-full = You have { $max } saved routines, the most kept. Delete some, or export them to a file, to save another.

## Her saved routines (pages/physio/saved_list.rs, saved_row.rs). $name: a routine's name.
desk-saved-title = Your saved routines
desk-saved-lead = Kept in this browser only, apart from any patient's data. Export them to a file to keep a copy or to share them with colleagues.
desk-saved-empty = None saved yet. Build a routine, then choose “Save to your routines”.
# $frequency: how often (for example "twice a day"); $weeks: for how long.
desk-saved-meta = { $exercises ->
    [one] { $exercises } exercise
   *[other] { $exercises } exercises
} · { $frequency } for { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}
# Beside the routine that is open in the builder.
desk-saved-open-now = Open now
desk-open = Open
desk-open-named = Open { $name }
desk-duplicate = Duplicate
desk-duplicate-named = Duplicate { $name }
desk-rename = Rename
desk-rename-named = Rename { $name }
desk-delete = Delete
desk-delete-named = Delete { $name }
desk-rename-label = New name for “{ $name }”
desk-cancel = Cancel
desk-delete-ask = Delete “{ $name }”? This can't be undone.
desk-delete-yes = Delete it
desk-delete-no = Keep it
# The name of a copy made by "Duplicate".
desk-copy-name = { $name } (copy)
desk-opened = “{ $name }” is open in the builder.
desk-duplicated = Saved a copy: “{ $name }”.
desk-renamed = Renamed to “{ $name }”.
desk-deleted = Deleted “{ $name }”.
desk-gone = That routine is no longer saved here (perhaps deleted in another tab). Nothing has been changed.

## Exchanging saved routines with colleagues as a file (pages/physio/saved_list.rs)
desk-export = Export all to a file
desk-import = Import a file
desk-import-file-label = File of routines to import
# $name: the file's name.
desk-exported = Saved { $name }. A colleague can import it in this app, on their own computer.
desk-export-failed = The file couldn't be saved here. Nothing has been changed.
desk-import-reading = Reading the file…
desk-import-unreadable = This file couldn't be read. Nothing has been changed.
