# The two commands of the README, plus a few extras. Each installs what it needs first.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: run test test-webkit bench fuzz release setup setup-test setup-webkit clean

## make run: build and serve the app at http://127.0.0.1:8080 (rebuilds on change). The
## development build goes to target/dev-dist, never dist/, and registers no service worker.
run: setup
	trunk serve --dist target/dev-dist

## make test: format, lints, host, browser (Chromium, Firefox and WebKit) and end-to-end
## tests (Playwright in Chromium; WebDriver in WebKit).
test: setup-test
	./scripts/test.sh

## make test-webkit: only the WebKit checks: the browser tests in WebKit, the release build
## and the WebKit journeys (e2e-webkit/).
test-webkit: setup-webkit
	./scripts/test.sh webkit

## make bench: release sizes and load times beside an empty Yew counter (4x CPU, with and
## without Slow 4G, brotli-served), a generated two-year history's stored size, load and
## History times beside empty storage, share-link lengths and how long settling a long
## history takes (prints figures).
bench: setup-test release
	cd bench/counter && CARGO_TARGET_DIR=$(CURDIR)/target/bench-counter trunk build --release --dist /tmp/bench-counter
	@[ -x target/bench-tools/node_modules/.bin/lighthouse ] || npm install --prefix target/bench-tools --no-audit --no-fund lighthouse@12.2.3
	node bench/bench.mjs
	@mkdir -p target
	cargo run --quiet --release --example long_history > target/long-history.json
	node bench/history.mjs
	@echo
	cargo run --quiet --release --example share_lengths
	@echo
	cargo run --quiet --release --example settle_timing

## make fuzz [FUZZ_SECONDS=60]: fuzz the share-link decoder and the backup reader, each for a
## bounded time (needs nightly).
FUZZ_SECONDS ?= 60
fuzz:
	./scripts/fuzz.sh $(FUZZ_SECONDS)

## make release: the optimised static site in dist/, with its service worker (dist/sw.js).
release: setup
	trunk build --release

setup:
	./scripts/setup.sh build

setup-test:
	./scripts/setup.sh test

setup-webkit:
	./scripts/setup.sh webkit

clean:
	cargo clean
	rm -rf dist e2e/output
