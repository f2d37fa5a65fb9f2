#!/usr/bin/env sh
# Trunk's post-build hook (Trunk.toml): after a release build, pins the inline loader in
# the Content Security Policy by hash, then writes the service worker into the staging
# folder that Trunk is about to move into dist/. Development builds
# (`trunk serve`) get none, so they are never served from a stale cache.
set -eu
if [ "${TRUNK_PROFILE:-}" != "release" ]; then
  exit 0
fi
cd "$(dirname "$0")/.."
if [ ! -d node_modules/workbox-build ]; then
  echo "sw: node_modules/workbox-build is missing: run ./scripts/setup.sh build" >&2
  exit 1
fi
staging="${TRUNK_STAGING_DIR:?Trunk sets TRUNK_STAGING_DIR}"
# The policy first: the worker's revision of index.html must be of its final text.
node scripts/csp.mjs "$staging"
exec node scripts/sw.mjs "$staging"
