#!/usr/bin/env bash
# Runs every check in order, stopping at the first failure, and ends with one line
# "N passed, N failed" that counts the tests of all suites (a failed check that is not a
# test suite, such as formatting, counts as one failure).
set -uo pipefail
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

step format none cargo fmt --all --check
step clippy-host none cargo clippy --all-targets --locked -- -D warnings
step clippy-wasm none cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
step host-tests cargo cargo test --locked
step browser-chromium cargo env -u GECKODRIVER CHROMEDRIVER="$(command -v chromedriver)" \
  cargo test --locked --target wasm32-unknown-unknown "${browser_tests[@]}"
step browser-firefox cargo env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)" \
  cargo test --locked --target wasm32-unknown-unknown "${browser_tests[@]}"
step release-build none trunk build --release
step end-to-end node node --test --test-concurrency=1 --test-reporter=spec e2e/
finish
