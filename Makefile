# Two commands a newcomer needs: `make run` and `make test`. Both install what
# is missing on a Debian machine with Swift (asking for sudo when not root).

SWIFT ?= swift
BIN := .build/debug/competence
EXAMPLE ?= Examples/starter-en.json
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libncursesw5-dev tmux jq python3

.PHONY: run test build deps check-deps bench bench-data clean

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

build: deps
	$(SWIFT) build

## Open the editor on a bundled example.
run: build
	$(BIN) edit $(EXAMPLE)

## The whole test suite: unit, CLI, and tmux end-to-end tests.
test: build
	$(SWIFT) test

clean:
	rm -rf .build
