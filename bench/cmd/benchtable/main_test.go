package main

import (
	"strings"
	"testing"
)

// TestParse checks what the table rests on: repeats ("#01") and procs
// suffixes ("-2") are told apart from names that contain dashes, and each
// metric is the median of its runs.
func TestParse(t *testing.T) {
	in := `goos: linux
cpu: AMD EPYC
BenchmarkCompare/extractor=trafilatura-fallback   	2	100 ns/op	10 docs/s	0.96 body-F1
BenchmarkCompare/extractor=trafilatura-fallback#01	2	100 ns/op	30 docs/s	0.96 body-F1
BenchmarkCompare/extractor=trafilatura-fallback#02	2	100 ns/op	20 docs/s	0.96 body-F1
BenchmarkPipeline/extractor=kabar/workers=1-2   	2	100 ns/op	7 docs/s
BenchmarkPipeline/extractor=kabar#01/workers=1-2	2	100 ns/op	9 docs/s
--- SKIP: BenchmarkX
PASS
`
	r, err := parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if r.cpu != "AMD EPYC" {
		t.Errorf("cpu %q", r.cpu)
	}
	for _, c := range []struct {
		name   string
		procs  int
		metric string
		want   float64
		runs   int
	}{
		{"BenchmarkCompare/extractor=trafilatura-fallback", 1, "docs/s", 20, 3},
		{"BenchmarkCompare/extractor=trafilatura-fallback", 1, "body-F1", 0.96, 3},
		{"BenchmarkPipeline/extractor=kabar/workers=1", 2, "docs/s", 8, 2},
	} {
		got, ok := r.get(c.name, c.metric)
		if !ok || got != c.want {
			t.Errorf("%s %s = %v, %v; want %v", c.name, c.metric, got, ok, c.want)
		}
		if n := r.runsOf(c.name); n != c.runs {
			t.Errorf("%s: %d runs, want %d", c.name, n, c.runs)
		}
		if res := r.byKey[c.name]; res != nil && res.procs != c.procs {
			t.Errorf("%s: procs %d, want %d", c.name, res.procs, c.procs)
		}
	}
	if len(r.byKey) != 2 {
		t.Errorf("%d benchmarks, want 2: %v", len(r.byKey), r.byKey)
	}
}

// TestCheck covers the three comparisons a target uses.
func TestCheck(t *testing.T) {
	for _, c := range []struct {
		got, bound float64
		cmp        string
		met        bool
	}{
		{2, 2, "≥", true}, {1.9, 2, "≥", false},
		{99, 100, "<", true}, {100, 100, "<", false},
		{0, 0, ">", false}, {0.01, 0, ">", true},
	} {
		s := check("x", c.got, "", c.cmp, c.bound)
		if met := !strings.HasSuffix(s, "NOT MET"); met != c.met {
			t.Errorf("check(%v %s %v) = %q", c.got, c.cmp, c.bound, s)
		}
	}
}
