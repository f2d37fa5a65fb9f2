#!/usr/bin/env sh
# Trunk's pre-build hook (Trunk.toml): builds the app's other pages with Trunk, in the
# same profile, for scripts/sw.sh to add to this build's files:
#  - the physiotherapist's desk (desk.html, the `desk` binary), every build, into
#    <cargo target dir>/desk-dist/<profile>/;
#  - release builds only: the first visit's page (first.html, the `first` binary: the
#    first-run notice alone), into <cargo target dir>/first-dist/release/. Only its script
#    and wasm ship; scripts/first-visit.mjs makes index.html load them on a first visit.
#    Development builds (`make run`) always load the app, so they skip it.
# So every Trunk build (`make run`, `make test`, a plain `trunk build`) ships every page.
# Does nothing when it is itself running for one of those pages' builds.
set -eu
cd "$(dirname "$0")/.."
case "${TRUNK_HTML_FILE:-}" in
  */desk.html | desk.html | */first.html | first.html) exit 0 ;;
esac
target="${CARGO_TARGET_DIR:-target}"
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  trunk build first.html --release --dist "$target/first-dist/release" --html-output first.html
  exec trunk build desk.html --release --dist "$target/desk-dist/release" --html-output desk.html
fi
exec trunk build desk.html --dist "$target/desk-dist/debug" --html-output desk.html
