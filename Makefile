# Build, check and CI tasks. `make test` is what CI runs (through .ci/run).

SHELL         := bash
.SHELLFLAGS   := -eu -o pipefail -c
.DEFAULT_GOAL := test
# The checks run one after another, in the order `test` lists them.
.NOTPARALLEL:

GO       ?= go
GOFMT    ?= gofmt
WASM_ENV := GOOS=js GOARCH=wasm
# Go's own runner for js/wasm test binaries, under node. Since Go 1.24 it lives
# in lib/wasm (misc/wasm before).
WASM_EXEC = $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
# Packages that are also built for the browser: those of them that exist and
# have Go files for js/wasm are vetted and checked there.
WASM_CHECK_DIRS := ./calc ./data ./app
# Packages whose tests also run compiled to WebAssembly.
WASM_TEST_DIRS  := ./calc ./data
# Test logs: outside the work tree, one folder per checkout.
TMP := $(or $(TMPDIR),/tmp)/hecla-calc$(subst /,-,$(CURDIR))
# What `make build` makes: the browser's WebAssembly and the server.
WASM    := web/app.wasm
SERVER  := bin/hecla
# ... and the compressed copies the server hands out (app/static.go): FILE.br
# and FILE.gz beside app.wasm and each style, script and SVG of web/, made
# by tools/compress whenever FILE changes, so never stale. Brotli quality 11
# makes app.wasm.br about 12% smaller, and takes about 40 s here, not 3 s.
COMPRESS         := bin/compress
BROTLI_QUALITY   ?= 9
WEB_COMPRESSIBLE := $(WASM) $(filter-out $(WASM),$(wildcard web/*.css web/*.js web/*.svg))
WEB_COMPRESSED   := $(foreach f,$(WEB_COMPRESSIBLE),$(f).br $(f).gz)
# `make static` writes the static site into DIST, for a host's root, or for
# the path BASE (make static BASE=/ir/calculator).
DIST ?= dist
BASE ?=
# Everything either binary is built from, so neither is ever stale.
SOURCES := $(shell find . -name '*.go' -not -path './node_modules/*' -not -path './dist/*') go.mod go.sum data/release.json
# Where `make run` serves.
ADDR ?= 127.0.0.1:8000
# The scenario `make eval` evaluates, e.g. Q='silver=20&lucky-friday.tons=90000'.
export Q
# The browser tests (app/e2e_test.go) run in headless Chromium, found on PATH
# under one of these names, and check accessibility with axe-core, installed
# from npm at the version package-lock.json pins.
CHROMIUM_NAMES := chromium chromium-browser google-chrome
AXE            := node_modules/axe-core/axe.min.js
# npm's own record of the last install, written after everything else.
NPM_STAMP      := node_modules/.package-lock.json

# $(call wasm-pkgs,DIRS): shell text that prints the import paths of those of
# DIRS that exist and have Go files (tests included) for js/wasm.
wasm-pkgs = $$($(WASM_ENV) $(GO) list -e -f '{{if or .GoFiles .TestGoFiles .XTestGoFiles}}{{.ImportPath}}{{end}}' $(wildcard $(1)))

# awk program printing each `--- SKIP` line of go test -v output with what
# that test logged (its reason), which -v prints before the --- line.
SKIP_AWK := /^=== (RUN|NAME|CONT) / { cur = $$3; next } \
	/^ *--- (PASS|FAIL|SKIP): / { if ($$2 == "SKIP:") { print; printf "%s", out[$$3] } delete out[$$3]; next } \
	/^(PASS|FAIL|ok|\?)([ \t]|$$)/ { cur = ""; next } \
	cur != "" && /^ / { out[cur] = out[cur] $$0 "\n" }

# $(call go-test,NAME,ENV,FLAGS,PKGS): go test -count=1 -v, the full output
# kept in $(TMP)/NAME.log and shown without its === lines (the --- lines and
# each package's ok/FAIL line stay); then the skipped tests, loudly. Under CI
# a skipped test is a failure.
define go-test
	@mkdir -p '$(TMP)'
	@pkgs="$(4)"; \
	if [ -z "$$pkgs" ]; then echo "$(1): no packages to test" >&2; exit 1; fi; \
	echo "+ $(strip $(2) $(GO) test -count=1 -v $(3))" $$pkgs "   (full log: $(TMP)/$(1).log)"; \
	status=0; \
	$(2) $(GO) test -count=1 -v $(3) $$pkgs 2>&1 | tee '$(TMP)/$(1).log' \
		| { grep -Ev '^ *=== (RUN|PAUSE|CONT|NAME)( |$$)' || true; } || status=$$?; \
	skips=$$(awk '$(SKIP_AWK)' '$(TMP)/$(1).log'); \
	if [ -n "$$skips" ]; then \
		echo; \
		echo "!!!!!!!! $(1): SKIPPED TESTS !!!!!!!!"; \
		printf '%s\n' "$$skips"; \
		if [ -n "$${CI:-}" ] && [ "$${CI}" != false ] && [ "$${CI}" != 0 ]; then \
			echo "!!!!!!!! $(1): CI is set, and a skipped test is a failure !!!!!!!!"; \
			[ "$$status" -ne 0 ] || status=1; \
		fi; \
	fi; \
	exit $$status
endef

.PHONY: build run static test fmt-check vet staticcheck test-native test-wasm ensure-node ensure-chromium ensure-axe screenshots verify bench eval

# Every check CI runs, in order, then one closing count of test runs (every
# --- PASS line of the native and wasm logs, subtests included), printed only
# when both logs are complete and hold no failure.
test: fmt-check vet staticcheck build test-native test-wasm
	@logs=('$(TMP)/test-native.log' '$(TMP)/test-wasm.log'); \
	pass=0; skip=0; \
	for f in "$${logs[@]}"; do \
		if [ ! -s "$$f" ] || grep -qE '^ *--- FAIL: |^FAIL|^panic: ' "$$f" || ! grep -qE '^ok ' "$$f"; then \
			echo "test: cannot count the runs in $$f; see go test's lines above"; exit 0; \
		fi; \
		p=$$(grep -cE '^ *--- PASS: ' "$$f" || true); s=$$(grep -cE '^ *--- SKIP: ' "$$f" || true); \
		echo "test: $$(basename "$$f" .log): $$p passed, $$s skipped (subtests included)"; \
		pass=$$((pass + p)); skip=$$((skip + s)); \
	done; \
	if [ "$$skip" -gt 0 ]; then echo "test: $$pass passed, 0 failed, $$skip skipped"; \
	else echo "test: $$pass passed, 0 failed"; fi

# Lists the .go files gofmt would change (tracked and untracked, not ignored).
fmt-check:
	@files=$$(git ls-files -z --cached --others --exclude-standard -- '*.go' \
		| while IFS= read -r -d '' f; do if [ -f "$$f" ]; then printf '%s\0' "$$f"; fi; done \
		| xargs -0 -r $(GOFMT) -l); \
	if [ -n "$$files" ]; then \
		echo "fmt-check: these files are not gofmt-formatted (run gofmt -w on them):"; \
		printf '  %s\n' $$files; \
		exit 1; \
	fi; \
	echo "fmt-check: ok"

vet:
	$(GO) vet ./...
	@pkgs="$(call wasm-pkgs,$(WASM_CHECK_DIRS))"; \
	if [ -z "$$pkgs" ]; then echo "vet: no packages for js/wasm" >&2; exit 1; fi; \
	echo "+ $(WASM_ENV) $(GO) vet" $$pkgs; \
	$(WASM_ENV) $(GO) vet $$pkgs

# Under js/wasm the staticcheck binary itself must still be built for this
# machine: `go tool -n` builds it natively and prints its path.
staticcheck:
	$(GO) tool staticcheck ./...
	@sc=$$(env -u GOOS -u GOARCH $(GO) tool -n staticcheck); \
	pkgs="$(call wasm-pkgs,$(WASM_CHECK_DIRS))"; \
	if [ -z "$$pkgs" ]; then echo "staticcheck: no packages for js/wasm" >&2; exit 1; fi; \
	echo "+ $(WASM_ENV) staticcheck" $$pkgs; \
	$(WASM_ENV) "$$sc" $$pkgs

test-native: ensure-chromium ensure-axe
	$(call go-test,test-native,,,./...)

test-wasm: ensure-node
	@test -x '$(WASM_EXEC)' || { echo "test-wasm: Go's js/wasm runner $(WASM_EXEC) is missing" >&2; exit 1; }
	$(call go-test,test-wasm,$(WASM_ENV),-exec='$(WASM_EXEC)',$(call wasm-pkgs,$(WASM_TEST_DIRS)))

# Installs Node.js where it is missing (as root, through apt-get).
ensure-node:
	@bash .ci/ensure-node

# Installs Chromium for the browser tests where it is missing (as root,
# through apt-get); otherwise says loudly that they will be skipped.
ensure-chromium:
	@for name in $(CHROMIUM_NAMES); do \
		if command -v "$$name" >/dev/null 2>&1; then echo "ensure-chromium: $$(command -v "$$name")"; exit 0; fi; \
	done; \
	if [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "ensure-chromium: no Chromium on PATH; installing Debian's chromium with apt-get"; \
		apt-get update; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
		command -v chromium >/dev/null 2>&1 || { echo "ensure-chromium: apt-get installed chromium, but there is still none on PATH" >&2; exit 1; }; \
	else \
		echo "!!!!!!!! ensure-chromium: no Chromium on PATH ($(CHROMIUM_NAMES)), and only root with apt-get can install it here: the BROWSER TESTS WILL BE SKIPPED !!!!!!!!"; \
	fi

# Installs axe-core for the accessibility test, as package-lock.json pins it,
# when it is missing or the lock file changed since the last install.
ensure-axe: ensure-node
	@if [ ! -f '$(AXE)' ] || [ ! -f '$(NPM_STAMP)' ] || [ package-lock.json -nt '$(NPM_STAMP)' ]; then \
		echo "+ npm ci --no-audit --no-fund"; \
		npm ci --no-audit --no-fund; \
	else \
		echo "ensure-axe: $(AXE) is up to date"; \
	fi

# The browser's app.wasm and the server, each rebuilt when any source
# changes, and the compressed copies of app.wasm and web/'s other files.
build: $(WASM) $(WEB_COMPRESSED) $(SERVER)

$(WASM): $(SOURCES)
	$(WASM_ENV) $(GO) build -trimpath -ldflags='-s -w' -o $@ ./app

$(SERVER): $(SOURCES)
	$(GO) build -trimpath -o $@ ./app

$(COMPRESS): tools/compress/main.go go.mod go.sum
	$(GO) build -trimpath -o $@ ./tools/compress

# Both copies of one file at once (a pattern rule's targets are made
# together).
web/%.br web/%.gz: web/% $(COMPRESS)
	./$(COMPRESS) -quality $(BROTLI_QUALITY) $<

# The whole app as plain files in $(DIST)/, pre-rendered for the baseline,
# compressed copies included, for any static host: at its root, or under
# BASE (make static BASE=/ir/calculator). See the README.
static: build
	rm -rf '$(DIST)'
	./$(SERVER) -static '$(DIST)' -base '$(BASE)'

# Serves the calculator and prints its URL.
run: build
	./$(SERVER) -addr '$(ADDR)'

# Checks the release's own arithmetic.
verify:
	$(GO) run ./app -verify

# Engine benchmarks natively, then the evaluation benchmark in WebAssembly.
bench: ensure-node
	$(GO) test -run='^$$' -bench=. -benchmem ./calc
	$(WASM_ENV) $(GO) test -run='^$$' -bench=Evaluate -benchmem -exec='$(WASM_EXEC)' ./calc

# Writes docs/screenshot-desktop.png and docs/screenshot-phone.png: the
# live page in headless Chromium, 1400 and 360 pixels wide.
screenshots: build ensure-chromium
	$(GO) test -count=1 -v -run '^TestScreenshots$$' ./app -screenshots

# Prints every output of one scenario as JSON: make eval Q='silver=20&...'.
eval:
	@if [ -z "$${Q:-}" ]; then echo "usage: make eval Q='silver=20&lucky-friday.tons=90000'" >&2; exit 2; fi
	$(GO) run ./app -eval "$$Q"
