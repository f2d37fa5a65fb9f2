#!/usr/bin/env bash
# Runs every check in order, stopping at the first failure, and ends with one line
# "N passed, N failed" that counts the tests of all suites (a failed check that is not a
# test suite, such as formatting, counts as one failure).
# `./scripts/test.sh webkit` runs only the WebKit checks: the browser tests in WebKit,
# the release build and the WebKit journeys (`make test-webkit`).
set -uo pipefail
only=${1:-all}
case $only in
  all | webkit) ;;
  *) echo "usage: $0 [webkit]" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never

logs=target/test-logs
mkdir -p "$logs"
passed=0
failed=0

finish() {
  echo
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

# Adds the counts from a cargo / wasm-bindgen-test log ("test result: ok. 3 passed; 0 failed").
count_cargo() {
  local p f
  p=$(grep -Eo '[0-9]+ passed;' "$1" | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed;' "$1" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
  echo "   ($p passed, $f failed)"
}

# Adds the counts from node's spec reporter ("ℹ pass 5", "ℹ fail 0").
count_node() {
  local p f
  p=$(grep -Eo '^ℹ pass [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')
  f=$(grep -Eo '^ℹ fail [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
  echo "   ($p passed, $f failed)"
}

# step NAME COUNTER CMD...: runs CMD with its output in a log and on screen.
step() {
  local name=$1 counter=$2; shift 2
  local log="$logs/$name.log"
  printf '\n\033[1m==> %s\033[0m\n' "$name"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  case $counter in
    cargo) count_cargo "$log" ;;
    node) count_node "$log" ;;
  esac
  if [ "$status" -ne 0 ]; then
    # A failing check with no failing test of its own (fmt, a build error) counts as one.
    if [ "$counter" = none ] || ! grep -qE '[1-9][0-9]* failed;|^ℹ fail [1-9]' "$log"; then
      failed=$((failed + 1))
    fi
    echo "FAILED: $name (log: $log)"
    finish
  fi
}

browser_tests=()
for f in tests/browser_*.rs; do browser_tests+=(--test "$(basename "$f" .rs)"); done

# MiniBrowser, WebKitGTK's browser, found at run time: $MINIBROWSER, else the
# webkit2gtk-4.x folder of a system library directory (Debian's multiarch one first),
# else whatever file of that name the installed WebKitGTK package lists.
find_minibrowser() {
  local path
  if [ -n "${MINIBROWSER:-}" ]; then echo "$MINIBROWSER"; return; fi
  for path in /usr/lib/*-linux-gnu*/webkit2gtk-4.*/MiniBrowser /usr/lib/webkit2gtk-4.*/MiniBrowser \
    /usr/lib64/webkit2gtk-4.*/MiniBrowser /usr/libexec/webkit2gtk-4.*/MiniBrowser; do
    [ -x "$path" ] && { echo "$path"; return; }
  done
  dpkg -L $(dpkg-query -W -f '${Package}\n' 'libwebkit2gtk*' 2>/dev/null) 2>/dev/null | grep -m1 '/MiniBrowser$'
}

# WebKit needs a display: each WebKit step gets its own virtual one (xvfb-run -a).
minibrowser=$(find_minibrowser)
if [ -z "$minibrowser" ]; then
  echo "MiniBrowser not found: run ./scripts/setup.sh test (webkit2gtk-driver)" >&2
  failed=1
  finish
fi
export MINIBROWSER=$minibrowser
# wasm-bindgen-test-runner reads the capabilities from this file. (Version 0.2.130
# sends none to a "Safari" driver; WebKitWebDriver then starts its own default,
# the same MiniBrowser, with --automation.)
printf '{"webkitgtk:browserOptions": {"binary": "%s", "args": ["--automation"]}}\n' "$minibrowser" \
  > target/webdriver-webkit.json
webkit_env=(xvfb-run -a -s "-screen 0 1280x1024x24" env -u CHROMEDRIVER -u GECKODRIVER
  SAFARIDRIVER="$(command -v WebKitWebDriver || echo /usr/bin/WebKitWebDriver)"
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/target/webdriver-webkit.json")

if [ "$only" = all ]; then
  step format none cargo fmt --all --check
  step clippy-host none cargo clippy --all-targets --locked -- -D warnings
  step clippy-wasm none cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
  step host-tests cargo cargo test --locked
  step browser-chromium cargo env -u GECKODRIVER -u SAFARIDRIVER CHROMEDRIVER="$(command -v chromedriver)" \
    cargo test --locked --target wasm32-unknown-unknown "${browser_tests[@]}"
  step browser-firefox cargo env -u CHROMEDRIVER -u SAFARIDRIVER GECKODRIVER="$(command -v geckodriver)" \
    cargo test --locked --target wasm32-unknown-unknown "${browser_tests[@]}"
fi
step browser-webkit cargo "${webkit_env[@]}" \
  cargo test --locked --target wasm32-unknown-unknown "${browser_tests[@]}"
# DIST_DIR (also read by the journeys) builds and tests somewhere other than dist/.
step release-build none trunk build --release ${DIST_DIR:+--dist "$DIST_DIR"}
if [ "$only" = all ]; then
  step end-to-end node node --test --test-concurrency=1 --test-reporter=spec e2e/
fi
step end-to-end-webkit node "${webkit_env[@]}" \
  node --test --test-concurrency=1 --test-reporter=spec e2e-webkit/
finish
