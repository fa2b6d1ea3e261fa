# kabar — the two commands a fresh machine needs are `make demo` and `make test`.
GO        ?= go
BENCH_DIR ?= ../shared/bench
OUT       ?= out

.PHONY: all build demo test vet fmt-check staticcheck eval eval-snapshot eval-gensite bench fuzz clean bench-warc

all: build

build:
	$(GO) build -o $(OUT)/kabar ./cmd/kabar

# The main job on the embedded demo site: serve it on loopback, crawl, store, export.
demo:
	$(GO) run ./cmd/kabar demo --dir $(OUT)/demo

# vet, formatting, staticcheck, and the whole suite with the race detector;
# then the quality-figure tests over ../shared/bench (skipped when absent),
# which skip under -race (single-threaded, and ten times slower there).
QUALITY_TESTS = ^(TestBenchFloors|TestSharedBench|TestEvalFieldsAgreeWithScorePy)$$
test: vet fmt-check staticcheck
	$(GO) test -race -count=1 ./...
	$(GO) test -count=1 -run '$(QUALITY_TESTS)' ./cmd/kabar/ ./extract/

vet:
	$(GO) vet ./...

# staticcheck, pinned: `go run pkg@version` fetches exactly that release
# through the module proxy, verified against the Go checksum database,
# so every machine runs the same checks without a tools module to keep.
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
staticcheck:
	$(GO) run $(STATICCHECK) ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# Extraction quality on the benchmark sets in $(BENCH_DIR) (skipped when
# absent; a relative BENCH_DIR is also looked for from parent folders, so a
# nested worktree finds it): body and every field as score.py scores them,
# per publisher half. EVAL_FLAGS narrows it, e.g.
# make eval EVAL_FLAGS="--sets gold-dev --rules all --fields speaker --worst 10"
EVAL_FLAGS ?=
eval:
	$(GO) run ./cmd/kabar eval --bench $(BENCH_DIR) $(EVAL_FLAGS)

# The bundled ftr-site-config snapshot's effect: every figure with rules
# none / kabar (snapshot off) / all (snapshot on), over all pages and over
# the pages the snapshot covers, per publisher half. EVAL_FLAGS narrows it,
# e.g. make eval-snapshot EVAL_FLAGS="--sets fundus --fields title,authors,date,instant"
eval-snapshot:
	$(GO) run ./cmd/kabar eval --bench $(BENCH_DIR) --snapshot $(EVAL_FLAGS)

# The generated site (eval/gensite): three templates of invented pages (and a
# German, French and Spanish site beside them), every
# field scored as the labelled sets are; GENSITE_FLAGS="-gensite.show 5"
# lists wrong fields, "-gensite.seed N -gensite.pages M" draws another site,
# "-gensite.dump DIR" writes each page, its truth and its record there.
eval-gensite:
	$(GO) test -count=1 -run '^TestGeneratedSite(Langs)?$$' -v ./eval/gensite/ $(GENSITE_FLAGS)

clean:
	rm -rf $(OUT)

# WARC ingest benchmark (not part of `make test`): generates a CC-NEWS-shaped
# file of WARC_MB megabytes once (kept in $TMPDIR/kabar-warc-bench), ingests it,
# and reports records/s, MB/s and peak memory. WARC_MB=1024 for the 1 GB run.
WARC_MB ?= 100
bench-warc:
	KABAR_WARC_BENCH_MB=$(WARC_MB) $(GO) test -run '^$$' -bench BenchmarkIngestCCNews -benchtime 1x -timeout 2h -v ./cmd/kabar

# Issue 7, reliability: the fault suite, crash safety (SIGKILL and restart)
# and graceful stop, against loopback servers, with the real binary where a
# process must die. KABAR_TEST_SLOW=1 adds the faults that take minutes (a
# never-ending drip cut off by the 30 s request timeout). `make test` runs
# the fast part; `go test -short` skips the subprocess tests. The address
# guard behind a proxy (crawler's TestFaultProxy*) runs in-process, where
# the test can hold every name and connection to loopback.
.PHONY: test-faults
test-faults:
	KABAR_TEST_SLOW=1 $(GO) test -race -count=1 -v -run '^(TestFault|TestCrash|TestSignal|TestCrawlMemory)' ./cmd/kabar/ ./crawler/

# Every fuzz target for FUZZTIME each (go test runs one target at a time).
# Crashers land in the package's testdata/fuzz and stay as regression cases.
# Go 1.26's coordinator may end a clean run with a bare "context deadline
# exceeded" at the FUZZTIME boundary (golang/go#75804, fixed in Go 1.27): a
# failure that wrote no new crasher and says only that is reported, not fatal.
FUZZTIME ?= 60s
# Minimising each new interesting input (whole pages, for the page targets)
# would otherwise take most of FUZZTIME.
FUZZMINIMIZE ?= 2s
FUZZ_TARGETS = ./extract:FuzzExtract ./extract/body:FuzzBody \
	./normalize:FuzzParseDate ./normalize:FuzzPickDate ./normalize:FuzzParseByline \
	./normalize:FuzzReadQuotes ./normalize:FuzzPipeline \
	./crawler:FuzzCanonical ./crawler:FuzzParseFeed
fuzz:
	@set -e; log=$$(mktemp); trap 'rm -f "$$log"' EXIT; \
	for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; fn=$${t##*:}; dir=$$pkg/testdata/fuzz/$$fn; \
		before=$$(ls "$$dir" 2>/dev/null | wc -l); \
		echo "== $$fn ($$pkg), $(FUZZTIME)"; \
		if $(GO) test -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) $$pkg >"$$log" 2>&1; then \
			grep 'execs:' "$$log" | tail -n 1; \
		elif [ "$$(ls "$$dir" 2>/dev/null | wc -l)" = "$$before" ] && tail -n 4 "$$log" | grep -q '^    context deadline exceeded$$'; then \
			grep 'execs:' "$$log" | tail -n 1; \
			echo "$$fn: no crasher; the deadline error is Go's fuzz coordinator race (golang/go#75804)"; \
		else \
			cat "$$log"; exit 1; \
		fi; \
	done

# Issue 8, performance (docs/BENCHMARKS.md). `make bench` prints one table:
# kabar, parse-only and go-readability over the 181 pages of $(BENCH_DIR)/aeb
# (1 and 2 cores, BENCH_ROUNDS interleaved rounds), the extract command's peak
# memory, crawl of a generated 10,000-article loopback site, store and export.
# `make bench-compare` runs kabar and go-trafilatura in one process, in the
# separate module bench/. Raw `go test -bench` output stays in $(OUT)/bench*.txt
# for benchstat. Benchmarks on the aeb pages skip when $(BENCH_DIR) is absent.
BENCH_ROUNDS ?= 3
BENCH_ENV = KABAR_BENCH_DIR=$(abspath $(BENCH_DIR)) KABAR_BENCH_ROUNDS=$(BENCH_ROUNDS)
BENCH_OUT = $(abspath $(OUT))
.PHONY: bench-compare
bench:
	@mkdir -p $(BENCH_OUT); echo "running benchmarks (a few minutes); raw output in $(BENCH_OUT)/bench.txt"
	@$(BENCH_ENV) $(GO) test -run '^$$' -bench '^BenchmarkPipeline$$' -benchtime 2x -timeout 30m ./cmd/kabar > $(BENCH_OUT)/bench.txt \
		|| { cat $(BENCH_OUT)/bench.txt; exit 1; }
	@$(BENCH_ENV) $(GO) test -run '^$$' -bench '^Benchmark(ExtractCommand|Crawl)$$' -benchtime 1x -timeout 30m ./cmd/kabar >> $(BENCH_OUT)/bench.txt \
		|| { cat $(BENCH_OUT)/bench.txt; exit 1; }
	@$(GO) test -run '^$$' -bench '^Benchmark(PutParallel|PutMany|Export)$$' ./store/ >> $(BENCH_OUT)/bench.txt \
		|| { cat $(BENCH_OUT)/bench.txt; exit 1; }
	@cd bench && $(GO) run ./cmd/benchtable < $(BENCH_OUT)/bench.txt

bench-compare:
	@mkdir -p $(BENCH_OUT); echo "running kabar and go-trafilatura; raw output in $(BENCH_OUT)/bench-compare.txt"
	@cd bench && $(BENCH_ENV) $(GO) test -run '^$$' -bench '^BenchmarkCompare$$' -benchtime 2x -timeout 30m . > $(BENCH_OUT)/bench-compare.txt \
		|| { cat $(BENCH_OUT)/bench-compare.txt; exit 1; }
	@cd bench && $(GO) run ./cmd/benchtable < $(BENCH_OUT)/bench-compare.txt

# Refresh the bundled ftr-site-config snapshot (CC0) from a local clone of
# https://github.com/fivefilters/ftr-site-config: one gzip'd tar of its
# .txt files (reproducible: sorted, fixed owner and time), its licence, and
# SNAPSHOT naming the commit. Then run `go test ./extract/...` and compare
# `kabar eval --rules kabar,all` before committing.
FTR_DIR ?=
FTR_OUT = extract/siteconfig/ftr
.PHONY: ftr-snapshot
ftr-snapshot:
	@test -n "$(FTR_DIR)" || { echo "usage: make ftr-snapshot FTR_DIR=path/to/ftr-site-config"; exit 2; }
	@test -f "$(FTR_DIR)/LICENSE.txt" || { echo "$(FTR_DIR): no LICENSE.txt; not an ftr-site-config clone?"; exit 2; }
	cd "$(FTR_DIR)" && find . -maxdepth 1 -name '*.txt' ! -name LICENSE.txt -printf '%P\n' | LC_ALL=C sort \
		| tar --owner=0 --group=0 --numeric-owner --mtime='2000-01-01 00:00Z' -cf - -T - | gzip -9n > "$(CURDIR)/$(FTR_OUT)/ftr-site-config.tar.gz"
	cp "$(FTR_DIR)/LICENSE.txt" $(FTR_OUT)/LICENSE.txt
	@if git -C "$(FTR_DIR)" rev-parse HEAD >/dev/null 2>&1; then \
		echo "fivefilters/ftr-site-config $$(git -C "$(FTR_DIR)" rev-parse HEAD) ($$(git -C "$(FTR_DIR)" log -1 --format=%cs)), public domain (CC0): see LICENSE.txt" > $(FTR_OUT)/SNAPSHOT; \
	elif [ -f "$(FTR_DIR)/SNAPSHOT" ]; then cp "$(FTR_DIR)/SNAPSHOT" $(FTR_OUT)/SNAPSHOT; \
	else echo "$(FTR_DIR) is no git clone and has no SNAPSHOT: write $(FTR_OUT)/SNAPSHOT by hand"; exit 2; fi
	@ls -l $(FTR_OUT)/ftr-site-config.tar.gz; cat $(FTR_OUT)/SNAPSHOT
# kabar serve on a generated store of SERVE_RECORDS records (not part of
# `make test`): the search index build, then p50/p95 of list, filter and
# search pages. The store is kept in $TMPDIR/kabar-serve-bench.
SERVE_RECORDS ?= 100000
.PHONY: bench-serve
bench-serve:
	KABAR_SERVE_BENCH=$(SERVE_RECORDS) $(GO) test -run '^TestServeBench$$' -count=1 -v -timeout 1h ./serve/

# Issue 16, duplicate detection's cost at store time (not part of `make
# test` or `make bench`: it loads 100,000 records twice, and with
# DEDUP_1M=1 also 1,000,000 twice, into real bbolt files under $TMPDIR).
# Prints CPU time per record with and without detection, over the whole
# load and over its last tenth (flat when the cost does not grow with the
# corpus).
.PHONY: bench-dedup
bench-dedup:
	KABAR_BENCH_1M=$(DEDUP_1M) $(GO) test -run '^$$' -bench '^BenchmarkDedupStore$$' -benchtime 1x -timeout 4h ./store/

# The same loads as a pair: without and with detection started at the same
# moment, so that both meet the same machine (on a shared machine, loads run
# one after the other swing by 20 %); see docs/BENCHMARKS.md. DEDUP_LOAD
# picks the load: records=100k/raw=false, records=100k/raw=true, or with
# DEDUP_1M=1 records=1000k/raw=false.
DEDUP_LOAD ?= records=100k/raw=false
.PHONY: bench-dedup-pair
bench-dedup-pair:
	$(GO) test -c -o $${TMPDIR:-/tmp}/kabar-dedup-bench.test ./store/
	for on in false true; do \
		KABAR_BENCH_1M=$(DEDUP_1M) $${TMPDIR:-/tmp}/kabar-dedup-bench.test -test.run '^$$' \
			-test.bench "^BenchmarkDedupStore$$/$(DEDUP_LOAD)/dedup=$$on\$$" -test.benchtime 1x -test.timeout 4h & \
	done; wait

# Issue 17, distributed ingest: one `kabar ingest` process against 1, 2 and
# 4 `kabar worker` processes on a NATS JetStream queue (the real server, in
# the benchmark's process, on loopback); prints records/s, the scaling ratio
# and the queue's overhead per record. DIST_FILES and DIST_CAPTURES size it.
# Then the crawl: DIST_SITES loopback sites of DIST_PAGES articles crawled
# by one process and by 1, 2 and 4 `kabar crawl --queue` workers.
DIST_FILES ?= 8
DIST_CAPTURES ?= 1000
DIST_SITES ?= 4
DIST_PAGES ?= 150
.PHONY: bench-distributed
bench-distributed:
	KABAR_DIST_FILES=$(DIST_FILES) KABAR_DIST_CAPTURES=$(DIST_CAPTURES) KABAR_DIST_SITES=$(DIST_SITES) KABAR_DIST_PAGES=$(DIST_PAGES) $(GO) test -run '^$$' -bench '^BenchmarkDistributed(Crawl)?$$' -benchtime 1x -timeout 30m ./cmd/kabar
