# kabar — the two commands a fresh machine needs are `make demo` and `make test`.
GO        ?= go
BENCH_DIR ?= ../shared/bench
OUT       ?= out

.PHONY: all build demo test vet fmt-check eval bench fuzz clean

all: build

build:
	$(GO) build -o $(OUT)/kabar ./cmd/kabar

# The main job on the embedded demo site: serve it on loopback, crawl, store, export.
demo:
	$(GO) run ./cmd/kabar demo --dir $(OUT)/demo

# vet, formatting, and the whole suite with the race detector.
test: vet fmt-check
	$(GO) test -race -count=1 ./...

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# Extraction quality on the benchmark sets in $(BENCH_DIR) (skipped when absent).
eval:
	$(GO) run ./cmd/kabar eval --bench $(BENCH_DIR)

clean:
	rm -rf $(OUT)
