#!/usr/bin/env bash
# Installs whatever the build (`setup.sh build`) or the tests (`setup.sh test`) need and
# is missing. Idempotent: with everything present it only checks versions (a second or two).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
has_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Need root to run: $*" >&2; return 1; fi
}

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}"
}

setup_build() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown Rust target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in rustfmt clippy; do
    rustup component list --installed | grep -q "^$component" || rustup component add "$component"
  done
  if ! has_version wasm-bindgen "$WASM_BINDGEN_VERSION"; then
    say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes the first time)"
    # Not --locked: the locked build of this version fails on this toolchain.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
  if ! has_version trunk "$TRUNK_VERSION"; then
    say "Installing trunk $TRUNK_VERSION (about 15 minutes the first time)"
    cargo install trunk --version "$TRUNK_VERSION" --locked --force
  fi
  # npm ci only when node_modules is missing or older than the lock file.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing npm build and test tools (wasm-opt, Workbox, resvg, Playwright, axe-core)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# WebKit (the engine of every iPhone): WebKitGTK's WebDriver and its MiniBrowser, with a
# virtual display (Xvfb) for it to draw on.
setup_webkit() {
  apt_install webkit2gtk-driver xvfb
}

setup_test() {
  setup_build
  apt_install chromium chromium-driver firefox-esr webkit2gtk-driver xvfb
  if ! command -v geckodriver >/dev/null 2>&1; then
    say "Installing geckodriver (about 5 minutes the first time)"
    cargo install geckodriver --locked || cargo install geckodriver
  fi
}

case "${1:-build}" in
  build) setup_build ;;
  test) setup_test ;;
  webkit) setup_build && setup_webkit ;;
  *) echo "usage: $0 build|test|webkit" >&2; exit 2 ;;
esac
