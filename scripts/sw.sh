#!/usr/bin/env sh
# Trunk's post-build hook (Trunk.toml), run with the built files in Trunk's staging
# folder, just before they move into the dist folder:
#  1. every build: copies in the library's details files (one per language), which build.rs wrote for this
#     build under <cargo target dir>/wasm32-unknown-unknown/<profile>/exercise-details/
#     (the app fetches it after its first screen; see src/domain/catalog/details.rs);
#  2. release builds only: pins the inline loader in the Content Security Policy by hash,
#     then writes the service worker precaching every file. Development builds
#     (`trunk serve`) get no worker, so they are never served from a stale cache.
set -eu
cd "$(dirname "$0")/.."
staging="${TRUNK_STAGING_DIR:?Trunk sets TRUNK_STAGING_DIR}"
profile=debug
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  profile=release
fi
details="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/exercise-details"
found=0
for file in "$details"/exercise-details-*.txt; do
  [ -f "$file" ] || continue
  cp "$file" "$staging/"
  found=$((found + 1))
done
if [ "$found" -lt 1 ]; then
  echo "sw: expected the details files in $details (build.rs writes one per language), found none" >&2
  exit 1
fi
if [ "$profile" != "release" ]; then
  exit 0
fi
if [ ! -d node_modules/workbox-build ]; then
  echo "sw: node_modules/workbox-build is missing: run ./scripts/setup.sh build" >&2
  exit 1
fi
# The policy first: the worker's revision of index.html must be of its final text.
node scripts/csp.mjs "$staging"
exec node scripts/sw.mjs "$staging"
