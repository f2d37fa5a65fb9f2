#!/usr/bin/env sh
# Trunk's pre-build hook (Trunk.toml): builds the physiotherapist's desk (desk.html, the
# `desk` binary) with Trunk, in the same profile, into
# <cargo target dir>/desk-dist/<profile>/, from where scripts/sw.sh adds it to this
# build's files. So every Trunk build (`make run`, `make test`, a plain `trunk build`)
# ships both pages. Does nothing when it is itself running for the desk's build.
set -eu
cd "$(dirname "$0")/.."
case "${TRUNK_HTML_FILE:-}" in
  */desk.html | desk.html) exit 0 ;;
esac
profile=debug
release=
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  profile=release
  release=--release
fi
out="${CARGO_TARGET_DIR:-target}/desk-dist/$profile"
# shellcheck disable=SC2086 # $release is one flag or none
exec trunk build desk.html $release --dist "$out" --html-output desk.html
