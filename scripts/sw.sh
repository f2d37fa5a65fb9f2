#!/usr/bin/env sh
# Trunk's post-build hook (Trunk.toml), run with the built files in Trunk's staging
# folder, just before they move into the dist folder:
#  1. every build: copies in the library's details files (one per language) and the words
#     files (one per language but English), which build.rs wrote for this build under
#     <cargo target dir>/wasm32-unknown-unknown/<profile>/beside-wasm/ (the app fetches
#     them: see src/domain/catalog/details.rs and src/domain/text/words.rs);
#  2. every build: copies in the physiotherapist's desk (desk.html and its files), which
#     scripts/pages.sh built just before (Trunk's pre-build hook);
#  3. release builds only: copies in the first visit's script and wasm (scripts/pages.sh
#     built them too) and makes index.html load them on a first visit and the app
#     otherwise (scripts/first-visit.mjs); adds the words preload (scripts/preload.mjs);
#     pins the inline scripts in the Content Security Policy by hash; then writes the
#     service worker listing every file (sw/sw.js precaches all but the desk's).
#     Development builds (`trunk serve`) get no worker, so they are never served from a
#     stale cache, and always load the app.
set -eu
cd "$(dirname "$0")/.."
staging="${TRUNK_STAGING_DIR:?Trunk sets TRUNK_STAGING_DIR}"
# The other pages' own builds (scripts/pages.sh) only make their files; the app's build
# ships them.
case "${TRUNK_HTML_FILE:-}" in
  */desk.html | desk.html | */first.html | first.html) exit 0 ;;
esac
profile=debug
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  profile=release
fi
# Copies each of the given files that exists into the build; prints how many did.
copy_in() {
  copied=0
  for file in "$@"; do
    [ -f "$file" ] || continue
    cp "$file" "$staging/"
    copied=$((copied + 1))
  done
  echo "$copied"
}
beside="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/beside-wasm"
for kind in exercise-details words; do
  found=$(copy_in "$beside"/$kind-*.txt)
  if [ "$found" -lt 1 ]; then
    echo "sw: expected the $kind files in $beside (build.rs writes them), found none" >&2
    exit 1
  fi
done
# The physiotherapist's desk, built just before by scripts/pages.sh: its page and its own
# script and wasm (its stylesheet and icon are the app's, the same files).
desk="${CARGO_TARGET_DIR:-target}/desk-dist/$profile"
if [ ! -f "$desk/desk.html" ]; then
  echo "sw: expected the desk's build in $desk (scripts/pages.sh makes it)" >&2
  exit 1
fi
for file in "$desk"/*; do
  name=$(basename "$file")
  [ -f "$file" ] || continue
  if [ ! -e "$staging/$name" ]; then
    cp "$file" "$staging/"
  elif ! cmp -s "$file" "$staging/$name"; then
    echo "sw: the desk's $name differs from the app's" >&2
    exit 1
  fi
done
if [ "$profile" != "release" ]; then
  exit 0
fi
# The first visit's page: only its script and wasm (its page is index.html itself).
first="${CARGO_TARGET_DIR:-target}/first-dist/release"
found=$(copy_in "$first"/first-*.js "$first"/first-*_bg.wasm)
if [ "$found" -ne 2 ]; then
  echo "sw: expected the first visit's script and wasm in $first (scripts/pages.sh makes them), found $found files" >&2
  exit 1
fi
if [ ! -d node_modules/workbox-build ]; then
  echo "sw: node_modules/workbox-build is missing: run ./scripts/setup.sh build" >&2
  exit 1
fi
# The pages' final text first (the first visit's loader, the words preload, then the
# policy pinning the inline scripts): the worker's revisions of index.html and
# desk.html must be of it.
node scripts/first-visit.mjs "$staging"
node scripts/preload.mjs "$staging"
node scripts/csp.mjs "$staging"
exec node scripts/sw.mjs "$staging"
