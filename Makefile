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
WASM_CHECK_DIRS := ./calc ./data ./app ./app/view ./app/session ./app/chart ./app/live ./app/ui
# Packages whose tests also run compiled to WebAssembly. (app/live's and
# app/ui's test the page as the server writes it, which go-app writes only
# off the browser.)
WASM_TEST_DIRS  := ./calc ./data ./app/view ./app/session ./app/chart
# Test logs: outside the work tree, one folder per checkout.
TMP := $(or $(TMPDIR),/tmp)/hecla-calc$(subst /,-,$(CURDIR))
# What `make build` makes: the browser's WebAssembly and the server.
WASM    := web/app.wasm
SERVER  := bin/hecla
# ... and the compressed copies the server hands out (app/server/static.go): FILE.br
# and FILE.gz beside app.wasm and each style, script and SVG of web/, made
# by tools/compress whenever FILE changes, so never stale. Brotli quality 11
# makes a smaller app.wasm.br, but takes many times as long to write (the
# README's benchmark section has the figures).
COMPRESS         := bin/compress
BROTLI_QUALITY   ?= 9
WEB_COMPRESSIBLE := $(WASM) $(filter-out $(WASM),$(wildcard web/*.css web/*.js web/*.svg))
WEB_COMPRESSED   := $(foreach f,$(WEB_COMPRESSIBLE),$(f).br $(f).gz)
# `make static` writes the static site into DIST, for a host's root, or for
# the path BASE (make static BASE=/ir/calculator).
DIST ?= dist
BASE ?=
# Where the site is reached (make static ORIGIN=https://ir.example.com, or
# make run ORIGIN=...): a scheme and a host, for the pages' og:url and
# og:image. Unset, the pages have neither.
ORIGIN ?=
# Everything either binary is built from, so neither is ever stale.
SOURCES := $(shell find . -name '*.go' -not -path './node_modules/*' -not -path './dist/*') go.mod go.sum data/release.json
# Where `make run` serves.
ADDR ?= 127.0.0.1:8000
# The scenario `make eval` evaluates, e.g. Q='silver=20&lucky-friday.tons=90000'.
export Q
# The browser tests (app/e2e_*_test.go) run in headless Chromium, found on PATH
# under one of these names, and check accessibility with axe-core, installed
# from npm at the version package-lock.json pins; `make bench` runs
# Lighthouse, installed the same way.
CHROMIUM_NAMES := chromium chromium-browser google-chrome
AXE            := node_modules/axe-core/axe.min.js
LIGHTHOUSE     := node_modules/lighthouse/cli/index.js
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

.PHONY: build run static test fuzz fmt-check vet staticcheck test-native test-wasm ensure-node ensure-chromium ensure-pdftotext ensure-npm ensure-axe ensure-lighthouse screenshots verify bench eval bridge

# Every check CI runs, in order, then one closing count of test runs (every
# --- PASS line of the native and wasm logs, subtests included), printed only
# when both logs are complete and hold no failure.
test: fmt-check vet staticcheck build test-native test-wasm fuzz
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

test-native: ensure-chromium ensure-pdftotext ensure-axe
	$(call go-test,test-native,,,./...)

test-wasm: ensure-node
	@test -x '$(WASM_EXEC)' || { echo "test-wasm: Go's js/wasm runner $(WASM_EXEC) is missing" >&2; exit 1; }
	$(call go-test,test-wasm,$(WASM_ENV),-exec='$(WASM_EXEC)',$(call wasm-pkgs,$(WASM_TEST_DIRS)))

# Each fuzz target for FUZZTIME beyond its seeds (which test-native runs),
# one target at a time (go test fuzzes one per run): make fuzz FUZZTIME=10m
# for a long run. A failing input is written under the package's
# testdata/fuzz, where test-native replays it from then on. Go 1.26's
# fuzzing coordinator can end a run that found nothing with "context
# deadline exceeded" as -fuzztime expires (go.dev/issue/75804, fixed in Go
# 1.27). Such a run, with that error alone and no failing input written,
# is reported loudly and not counted as a failure; any other failure is.
FUZZTIME ?= 5s
fuzz:
	@grep -rl --include='*_test.go' '^func Fuzz' . | grep -v '^./node_modules/' | sort | while read -r f; do \
		dir=$$(dirname "$$f"); \
		for target in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$$f"); do \
			echo "+ $(GO) test -run '^$$' -fuzz '^$$target$$' -fuzztime $(FUZZTIME) $$dir"; \
			if out=$$($(GO) test -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) "$$dir" 2>&1); then \
				printf '%s\n' "$$out" | tail -n 2; \
			elif ! printf '%s\n' "$$out" | grep -q 'Failing input written' && \
				[ "$$(printf '%s\n' "$$out" | grep -A1 -- '^--- FAIL: ' | tail -n 1 | tr -d ' \t')" = "contextdeadlineexceeded" ]; then \
				echo "fuzz: $$target: GO'S FUZZTIME RACE (go.dev/issue/75804): the run ended with \"context deadline exceeded\" and wrote no failing input"; \
			else printf '%s\n' "$$out"; exit 1; fi; \
		done; \
	done

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

# Installs poppler's pdftotext, with which the print test reads the PDF
# Chromium prints, where it is missing (as root, through apt-get); otherwise
# says loudly that that test will be skipped.
ensure-pdftotext:
	@if command -v pdftotext >/dev/null 2>&1; then echo "ensure-pdftotext: $$(command -v pdftotext)"; exit 0; fi; \
	if [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "ensure-pdftotext: no pdftotext on PATH; installing Debian's poppler-utils with apt-get"; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils; }; \
		command -v pdftotext >/dev/null 2>&1 || { echo "ensure-pdftotext: apt-get installed poppler-utils, but there is still no pdftotext on PATH" >&2; exit 1; }; \
	else \
		echo "!!!!!!!! ensure-pdftotext: no pdftotext on PATH, and only root with apt-get can install it here: THE PRINT TEST WILL BE SKIPPED !!!!!!!!"; \
	fi

# Installs the npm tools as package-lock.json pins them (axe-core for the
# accessibility test, Lighthouse for the benchmark), when one is missing or
# the lock file changed since the last install.
ensure-npm: ensure-node
	@if [ ! -f '$(AXE)' ] || [ ! -f '$(LIGHTHOUSE)' ] || [ ! -f '$(NPM_STAMP)' ] || [ package-lock.json -nt '$(NPM_STAMP)' ]; then \
		echo "+ npm ci --no-audit --no-fund"; \
		npm ci --no-audit --no-fund; \
	else \
		echo "ensure-npm: $(AXE) and $(LIGHTHOUSE) are up to date"; \
	fi

ensure-axe ensure-lighthouse: ensure-npm

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
# BASE (make static BASE=/ir/calculator), on ORIGIN. See the README.
static: build
	rm -rf '$(DIST)'
	./$(SERVER) -static '$(DIST)' -base '$(BASE)' -origin '$(ORIGIN)'

# Serves the calculator and prints its URL.
run: build
	./$(SERVER) -addr '$(ADDR)' -origin '$(ORIGIN)'

# Checks the release's own arithmetic.
verify:
	$(GO) run ./app -verify

# Speed, against go-app's floor (README, "Benchmarks"): `make bench` prints
# the engine's benchmarks natively, then in WebAssembly under Node.js, then
# one table of our figures beside the floor app's (bench/testdata/floor, the
# smallest go-app program) with their ratios and budgets, measured by
# bench/cmd/benchtable in headless Chromium. It fails only when it cannot
# measure; `make bench-check` also fails when a row is over its budget. Not
# part of `make test`: shared machines are noisy. BENCH_FLAGS passes flags to
# benchtable (-runs 5 -repeat 5 -lighthouse-runs 3 -edits 200 -warm 10
# -markdown -json FILE -profile -profile-dir DIR -js-flags V8FLAGS; see
# bench/cmd/benchtable -help). `make bench-profile`
# shows where the time goes.
BENCH_FLAGS ?=
# The floor app is built as ours is, into a folder of its own outside the
# work tree, from which its server runs (go-app serves web/ from there):
# web/app.wasm, its .br and .gz copies (the same tools/compress, the same
# quality), and local icons (go-app's default ones are on GitHub).
FLOOR_DIR     := $(TMP)/floor
FLOOR_WASM    := $(FLOOR_DIR)/web/app.wasm
FLOOR_SERVER  := $(FLOOR_DIR)/floor
FLOOR_SOURCES := $(wildcard bench/testdata/floor/*.go) go.mod go.sum
FLOOR_FILES   := $(FLOOR_WASM) $(FLOOR_WASM).br $(FLOOR_WASM).gz $(FLOOR_DIR)/web/icon.png $(FLOOR_DIR)/web/icon.svg $(FLOOR_SERVER)
BENCHTABLE    := bin/benchtable
# The engine's benchmarks: every one natively, these under js/wasm; three
# runs of each (the table takes their median). The simulation's three are
# the browser's budgets: 2,000 samples within 1 s, a chunk and the figures
# each within a 50 ms task.
BENCH_WASM    := Evaluate|Sensitivity|PriceCurve|Attribute|Solve|Grid|Simulate2000|Simulate2000Page|SamplerChunk|SimulationResult
BENCH_COUNT   ?= 3

.PHONY: bench-check bench-engine bench-floor bench-profile

# $(call bench-table,FLAGS): the engine's benchmarks, then the table.
define bench-table
	@mkdir -p '$(TMP)'
	$(GO) test -run='^$$' -bench=. -benchmem -count=$(BENCH_COUNT) ./calc | tee '$(TMP)/bench-native.txt'
	$(WASM_ENV) $(GO) test -run='^$$' -bench='$(BENCH_WASM)' -benchmem -count=$(BENCH_COUNT) -exec='$(WASM_EXEC)' ./calc | tee '$(TMP)/bench-wasm.txt'
	./$(BENCHTABLE) -ours-dir . -ours-server $(SERVER) -floor-dir '$(FLOOR_DIR)' \
		-native '$(TMP)/bench-native.txt' -wasm '$(TMP)/bench-wasm.txt' -lighthouse '$(LIGHTHOUSE)' $(1) $(BENCH_FLAGS)
endef

bench: build bench-floor $(BENCHTABLE) ensure-node ensure-chromium ensure-lighthouse
	$(call bench-table,)

bench-check: build bench-floor $(BENCHTABLE) ensure-node ensure-chromium ensure-lighthouse
	$(call bench-table,-check)

# The engine's benchmarks alone, as `make bench` runs them.
bench-engine: ensure-node
	$(GO) test -run='^$$' -bench=. -benchmem -count=$(BENCH_COUNT) ./calc
	$(WASM_ENV) $(GO) test -run='^$$' -bench='$(BENCH_WASM)' -benchmem -count=$(BENCH_COUNT) -exec='$(WASM_EXEC)' ./calc

# Where the time goes: both apps built without -s (so app.wasm keeps the
# name section that Chromium's profiler names functions by), served from
# folders of their own, one cold load and one edit loop of each under the
# CPU profiler: time by kind of code and the top functions, printed, and
# the whole profiles in $(PROFILE_DIR)/*.cpuprofile (for Chromium DevTools'
# Performance panel). Its timings are not the benchmark's (the profiler and
# the bigger app.wasm weigh on them).
PROFILE_DIR := $(TMP)/profile

bench-profile: build bench-floor $(BENCHTABLE) ensure-chromium
	rm -rf '$(PROFILE_DIR)'
	mkdir -p '$(PROFILE_DIR)/ours/web' '$(PROFILE_DIR)/floor/web'
	find web -maxdepth 1 -type f -exec cp -p -t '$(PROFILE_DIR)/ours/web/' {} +
	cp -p '$(FLOOR_DIR)/web/icon.png' '$(FLOOR_DIR)/web/icon.svg' '$(PROFILE_DIR)/floor/web/'
	$(WASM_ENV) $(GO) build -trimpath -o '$(PROFILE_DIR)/ours/web/app.wasm' ./app
	$(WASM_ENV) $(GO) build -trimpath -o '$(PROFILE_DIR)/floor/web/app.wasm' ./bench/testdata/floor
	./$(COMPRESS) -quality $(BROTLI_QUALITY) '$(PROFILE_DIR)/ours/web/app.wasm' '$(PROFILE_DIR)/floor/web/app.wasm'
	./$(BENCHTABLE) -ours-dir '$(PROFILE_DIR)/ours' -ours-server $(SERVER) \
		-floor-dir '$(PROFILE_DIR)/floor' -floor-server '$(FLOOR_SERVER)' -runs 1 -repeat 0 -edits 100 -profile -profile-dir '$(PROFILE_DIR)' $(BENCH_FLAGS)

bench-floor: $(FLOOR_FILES)

$(FLOOR_WASM): $(FLOOR_SOURCES)
	@mkdir -p '$(@D)'
	$(WASM_ENV) $(GO) build -trimpath -ldflags='-s -w' -o $@ ./bench/testdata/floor

$(FLOOR_SERVER): $(FLOOR_SOURCES)
	@mkdir -p '$(@D)'
	$(GO) build -trimpath -o $@ ./bench/testdata/floor

# Both copies at once, as for web/.
$(FLOOR_DIR)/web/%.br $(FLOOR_DIR)/web/%.gz: $(FLOOR_DIR)/web/% $(COMPRESS)
	./$(COMPRESS) -quality $(BROTLI_QUALITY) $<

$(FLOOR_DIR)/web/icon.png: web/icon-192.png
	@mkdir -p '$(@D)'
	cp $< $@

$(FLOOR_DIR)/web/icon.svg: web/icon.svg
	@mkdir -p '$(@D)'
	cp $< $@

$(BENCHTABLE): $(wildcard bench/cmd/benchtable/*.go bench/cmd/benchtable/*.js) go.mod go.sum
	$(GO) build -trimpath -o $@ ./bench/cmd/benchtable

# Writes docs/screenshot-desktop.png and docs/screenshot-phone.png: the
# live page in headless Chromium, 1400 and 360 pixels wide.
screenshots: build ensure-chromium
	$(GO) test -count=1 -v -run '^TestScreenshot' ./app -screenshots

# Prints every output of one scenario as JSON: make eval Q='silver=20&...'.
eval:
	@if [ -z "$${Q:-}" ]; then echo "usage: make eval Q='silver=20&lucky-friday.tons=90000'" >&2; exit 2; fi
	$(GO) run ./app -eval "$$Q"

# Prints why the bridged figures changed from Q1 2006 to Q1 2007, as JSON.
bridge:
	$(GO) run ./app -bridge
