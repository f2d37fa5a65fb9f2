# The two commands of the README, plus a few extras. Each installs what it needs first.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: run test bench release setup setup-test clean

## make run: build and serve the app at http://127.0.0.1:8080 (rebuilds on change).
run: setup
	trunk serve

## make test: format, lints, host, browser (Chromium and Firefox) and end-to-end tests.
test: setup-test
	./scripts/test.sh

## make bench: release sizes, time-to-interactive, and share-link lengths (prints figures).
bench: setup-test release
	node bench/bench.mjs

## make release: the optimised static site in dist/.
release: setup
	trunk build --release

setup:
	./scripts/setup.sh build

setup-test:
	./scripts/setup.sh test

clean:
	cargo clean
	rm -rf dist e2e/output
