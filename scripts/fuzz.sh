#!/usr/bin/env bash
# Fuzzes the share-link decoder for a while: `scripts/fuzz.sh [seconds]` (default 60).
#
# Needs cargo-fuzz and a nightly toolchain; installs them when missing. Where a nightly
# toolchain cannot be had (offline, or refused), it says so and exits 0 rather than fail.
# The corpus starts from the golden links; findings land in fuzz/artifacts/decode/.
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

# Seed the corpus with today's golden links (text form) and their frames without the
# checksum (the byte form the target also tries).
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

echo "fuzz: running the decode target for ${seconds}s…"
exec cargo +nightly fuzz run decode -- -max_total_time="$seconds"
