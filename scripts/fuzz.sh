#!/usr/bin/env bash
# Fuzzes the share-link decoder, then the backup reader, each for a while:
# `scripts/fuzz.sh [seconds]` (default 60 each).
#
# Needs cargo-fuzz and a nightly toolchain; installs them when missing. Where a nightly
# toolchain cannot be had (offline, or refused), it says so and exits 0 rather than fail.
# The corpora start from the golden links and the saved-document fixtures; findings land
# in fuzz/artifacts/<target>/. It fails if either target finds a crash.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds="${1:-60}"

skip() {
  echo "fuzz: $1" >&2
  echo "fuzz: skipped (nothing was fuzzed)." >&2
  exit 0
}

command -v rustup >/dev/null 2>&1 || skip "rustup is not installed, so no nightly toolchain can be had."
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "fuzz: installing a nightly toolchain (minimal profile)…"
  rustup toolchain install nightly --profile minimal \
    || skip "could not install a nightly toolchain (offline, or refused)."
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz…"
  cargo install cargo-fuzz --locked || skip "could not install cargo-fuzz (offline?)."
fi

# Seed the decode corpus with today's golden links (text form) and their frames without
# the checksum (the byte form the target also tries).
corpus=fuzz/corpus/decode
mkdir -p "$corpus"
for link in tests/fixtures/share/*.txt; do
  name=$(basename "$link" .txt)
  tr -d '\n' <"$link" >"$corpus/golden-$name"
  b64=$(tr -d '\n' <"$link" | tr '_-' '/+')
  while [ $(( ${#b64} % 4 )) -ne 0 ]; do b64="$b64="; done
  if frame=$(printf '%s' "$b64" | base64 -d 2>/dev/null | head -c -4 | base64 -w0); then
    printf '%s' "$frame" | base64 -d >"$corpus/frame-$name"
  fi
done

# Seed the backup corpus with every saved-document fixture, both as it is (the target
# also wraps each input as a backup's document) and as a whole backup file.
corpus=fuzz/corpus/backup
mkdir -p "$corpus"
for doc in tests/fixtures/saved/*.json; do
  name=$(basename "$doc" .json)
  tr -d '\n' <"$doc" >"$corpus/document-$name"
  printf '{"backup":"gentle-back","format":1,"exported_at_ms":1795600000000,"document":%s}' \
    "$(tr -d '\n' <"$doc")" >"$corpus/backup-$name"
done

failed=0
for target in decode backup; do
  echo "fuzz: running the $target target for ${seconds}s…"
  cargo +nightly fuzz run "$target" -- -max_total_time="$seconds" || {
    echo "fuzz: the $target target failed; see fuzz/artifacts/$target/." >&2
    failed=1
  }
done
exit "$failed"
