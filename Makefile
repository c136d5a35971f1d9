# Two commands a newcomer needs: `make run` and `make test`. Both install what
# is missing on a Debian machine with Swift (asking for sudo when not root).

SWIFT ?= swift
BIN := .build/debug/competence
EXAMPLE ?= Examples/starter-en.json
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libncursesw5-dev tmux jq python3

.PHONY: run test build deps check-deps bench bench-build bench-data clean

## Install the system packages the build and the tests need, when missing.
deps:
	@missing=""; \
	pkg-config --exists ncursesw 2>/dev/null || [ -f /usr/include/ncursesw/ncurses.h ] || missing="$$missing libncursesw5-dev"; \
	command -v pkg-config >/dev/null || missing="$$missing pkg-config"; \
	command -v tmux >/dev/null || missing="$$missing tmux"; \
	command -v jq >/dev/null || missing="$$missing jq"; \
	command -v python3 >/dev/null || missing="$$missing python3"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema 2>/dev/null || \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-jsonschema >/dev/null
	@python3 -c 'import html5lib' 2>/dev/null || python3 -m pip install -q html5lib 2>/dev/null || \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-html5lib >/dev/null || true
	@# Printing HTML to PDF in the tests: Chromium, poppler's pdftotext and a Japanese font.
	@# Optional: without them those tests are skipped and say why.
	@pdf=""; \
	command -v chromium >/dev/null || pdf="$$pdf chromium"; \
	command -v pdftotext >/dev/null || pdf="$$pdf poppler-utils"; \
	fc-list :lang=ja 2>/dev/null | grep -q . || pdf="$$pdf fonts-noto-cjk"; \
	if [ -n "$$pdf" ]; then \
	  echo "Installing:$$pdf"; \
	  { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$pdf >/dev/null; } || \
	    echo "Could not install$$pdf: the PDF printing tests will be skipped"; \
	fi

build: deps
	$(SWIFT) build

## Open the editor on a bundled example.
run: build
	$(BIN) edit $(EXAMPLE)

## The whole test suite: unit, CLI, and tmux end-to-end tests.
test: build
	$(SWIFT) test

## Benchmarks (docs/performance.md). Release builds; data in bench-data/ (git-ignored).
BENCH_SIZES ?= small,large,huge
BENCH_RUNS ?= 5
BENCH_SEED ?= 1
BENCH_OUT ?= bench-data/results.md

bench-build: deps
	@[ -x /usr/bin/time ] || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
	$(SWIFT) build -c release --product competence
	$(SWIFT) build -c release --product competence-bench

## Synthetic organisations, made again when missing or when the generator changed.
bench-data: bench-build
	@mkdir -p bench-data
	@for size in $$(echo $(BENCH_SIZES) | tr , ' '); do \
	  f=bench-data/$$size.json; \
	  if [ ! -f $$f ] || [ -n "$$(find Benchmarks/CompetenceBench -newer $$f)" ]; then \
	    .build/release/competence-bench generate $$size --seed $(BENCH_SEED) --output $$f || exit 1; \
	  fi; \
	done

## Timing tables against jq and Python; never fails on a missed target.
bench: bench-data
	python3 Benchmarks/bench.py --sizes $(BENCH_SIZES) --runs $(BENCH_RUNS) --output $(BENCH_OUT)

clean:
	rm -rf .build
