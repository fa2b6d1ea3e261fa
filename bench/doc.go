// Package bench compares kabar with go-trafilatura on the same pages in the
// same process (issue 8). It is its own Go module so that the kabar module
// never depends on go-trafilatura and its regexp and date-parsing
// dependencies; it reaches kabar through a replace directive.
//
// Run it with `make bench-compare`, or:
//
//	cd bench && go test -run '^$' -bench Compare .
//
// The pages are the 181 of ../shared/bench/aeb (or $KABAR_BENCH_DIR/aeb),
// gunzipped in memory before timing; the benchmark skips when they are
// absent. cmd/benchtable turns the output of this benchmark and of the main
// module's into the table that docs/BENCHMARKS.md records.
package bench
