package main

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/eval"
)

// evalPage is a small article page with a byline and a publication time.
func evalPage(title, author, published, body string) string {
	return `<!doctype html><html lang="en"><head><title>` + title + `</title>
<meta name="author" content="` + author + `">
<meta property="article:published_time" content="` + published + `">
</head><body><article><h1>` + title + `</h1>
<p>` + body + `</p>
<p>The council will meet again next month to decide on the remaining repairs and on the budget for the coming year.</p>
<p>Residents were asked to report further damage to the town office by telephone or in person during opening hours.</p>
</article></body></html>`
}

// writeEvalSet makes a set of two pages of two publishers: the truth of
// the first agrees with its page; the second wants an author the page
// does not name.
func writeEvalSet(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	dir := filepath.Join(root, "tiny")
	if err := os.MkdirAll(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	body1 := "Heavy rain flooded the lower town on Tuesday night and closed the bridge over the river for several hours."
	body2 := "The new ferry service between the two islands began on Monday with three crossings a day in each direction."
	files := map[string]string{
		"html/harbourpost-1.html": evalPage("Rain floods the lower town", "Mira Tanaka", "2025-03-04T08:30:00+01:00", body1),
		"html/islandnews-2.html":  evalPage("Ferry service begins", "Jon Alder", "2025-03-05T10:00:00Z", body2),
		"manifest.tsv":            "html/harbourpost-1.html\thttps://harbourpost.example/a/1\nhtml/islandnews-2.html\thttps://islandnews.example/b/2\n",
	}
	truth := []map[string]any{
		{"id": "harbourpost-1", "title": "Rain floods the lower town", "authors": []string{"Mira Tanaka"},
			"published_at": "2025-03-04T07:30:00+00:00", "text": body1},
		{"id": "islandnews-2", "title": "Ferry service begins", "authors": []string{"Petra Lind"},
			"published_at": "2025-03-05T10:00:00+00:00", "text": body2},
	}
	var lines []string
	for _, r := range truth {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	files["truth.jsonl"] = strings.Join(lines, "\n") + "\n"
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestEvalCommand(t *testing.T) {
	root := writeEvalSet(t)
	code, out, errOut := kabarRun(t, "eval", "--bench", root, "--sets", "tiny,absent", "--rules", "all", "--worst-half", "all")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"== tiny (rules=all", "body F1 ", "half A", "half B",
		"title exact", "authors set-F1", "published minute",
		"worst pages (3 a field)", "islandnews-2: got \"Jon Alder\" want \"Petra Lind\"",
		"absent: not found under",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "rules=none") {
		t.Errorf("--rules all scored rules=none too:\n%s", out)
	}
	// The figure for all pages: one of two authors right.
	if !strings.Contains(out, "0.500 (  2)") {
		t.Errorf("authors over both pages not 0.500 (2):\n%s", out)
	}

	// --fields limits the table; none leaves the body only.
	_, out, _ = kabarRun(t, "eval", "--bench", root, "--sets", "tiny", "--rules", "all", "--fields", "authors")
	if !strings.Contains(out, "authors set-F1") || strings.Contains(out, "title exact") {
		t.Errorf("--fields authors:\n%s", out)
	}
	_, out, _ = kabarRun(t, "eval", "--bench", root, "--sets", "tiny", "--rules", "all", "--fields", "none")
	if !strings.Contains(out, "body F1") || strings.Contains(out, "authors set-F1") {
		t.Errorf("--fields none:\n%s", out)
	}

	for _, bad := range [][]string{{"--fields", "colour"}, {"--worst-half", "C"}, {"--rules", "some"}, {"--worst", "-1"}} {
		code, _, errOut := kabarRun(t, append([]string{"eval", "--bench", root}, bad...)...)
		if code == 0 {
			t.Errorf("eval %v: exit 0", bad)
		}
		oneLine(t, errOut, strings.TrimPrefix(bad[0], "--"))
	}
}

// TestEvalFieldsAgreeWithScorePy scores gold-dev with site rules through
// the eval command's record function and requires score.py fields, run on
// what `kabar extract` writes for the same pages, to give the same figures
// to 1e-3 with the same unit counts. It skips without python3 or
// ../shared/bench, and in -short mode.
func TestEvalFieldsAgreeWithScorePy(t *testing.T) {
	if raceEnabled {
		t.Skip("quality figures: run in make test's race-free pass")
	}
	if testing.Short() {
		t.Skip("extracts the gold-dev pages")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	bench, ok := findBenchDir("../shared/bench")
	if !ok {
		t.Skip("../shared/bench not found")
	}
	set := filepath.Join(bench, "gold-dev")
	if _, err := os.Stat(filepath.Join(set, "manifest.tsv")); err != nil {
		t.Skip("no gold-dev set")
	}
	p, err := newPipeline("all", "") // as `kabar extract` by default
	if err != nil {
		t.Fatal(err)
	}
	res, err := eval.RunRecords(t.Context(), set, p.record)
	if err != nil {
		t.Fatal(err)
	}
	pred := filepath.Join(t.TempDir(), "gold-dev.jsonl")
	if code, _, errOut := kabarRun(t, "extract", "--manifest", filepath.Join(set, "manifest.tsv"), "--out", pred); code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errOut)
	}
	out, err := exec.Command(py, filepath.Join(bench, "score.py"), "fields", "--json", filepath.Join(set, "truth.jsonl"), pred).Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var want struct {
		Body   struct{ F1 float64 }
		Fields map[string]struct {
			Pages int
			Score float64
		}
	}
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	got := res.Fields.Sum("all")
	if len(got) != len(want.Fields) {
		t.Errorf("Go has %d figures, score.py %d", len(got), len(want.Fields))
	}
	for k, w := range want.Fields {
		g := got[k]
		if g.Units != w.Pages || math.Abs(g.Score()-w.Score) > 1e-3 {
			t.Errorf("%s: Go %.4f over %d, score.py %.4f over %d", k, g.Score(), g.Units, w.Score, w.Pages)
		}
	}
	if math.Abs(res.Body.F1-want.Body.F1) > 1e-3 {
		t.Errorf("body F1: Go %.4f, score.py %.4f", res.Body.F1, want.Body.F1)
	}
}

// TestEvalSnapshot: --snapshot compares rules none, kabar and all over
// all pages and over the pages the bundled snapshot covers, per half.
func TestEvalSnapshot(t *testing.T) {
	root := writeEvalSet(t)
	// The first page now comes from a host the bundled snapshot has a
	// file for (and kabar has no rule of its own for); the second not.
	manifest := "html/harbourpost-1.html\thttps://www.heise.de/news/rain-floods-1.html\nhtml/islandnews-2.html\thttps://islandnews.example/b/2\n"
	if err := os.WriteFile(filepath.Join(root, "tiny", "manifest.tsv"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := kabarRun(t, "eval", "--bench", root, "--sets", "tiny", "--snapshot", "--fields", "title,authors")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	// Both publishers are of half A: all A holds two pages, covered A
	// the one page the snapshot covers, whose author is right.
	for _, want := range []string{
		"== tiny: rules none / kabar (snapshot off) / all (snapshot on)",
		"all A", "covered B", "body F1",
		"0.500/0.500/0.500 (2)", "1.000/1.000/1.000 (1)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "instant") {
		t.Errorf("--fields title,authors printed other fields:\n%s", out)
	}
}

// TestPageHalves: the snapshot table splits a set by publisher half, and a
// page named by a hash of its content belongs to its host's publisher, so
// that two pages of one site never land in different columns.
func TestPageHalves(t *testing.T) {
	hash := func(c string) string { return strings.Repeat(c, 64) }
	r := eval.Result{Body: eval.Report{Pages: []eval.PageScore{
		{ID: hash("a"), URL: "https://www.example-news.com/one"},
		{ID: hash("b"), URL: "https://example-news.com/two"},
		{ID: hash("c"), URL: "https://www.other-paper.org/x"},
		{ID: "daily-3"},
	}}}
	got := pageHalves(r)
	want := eval.Half("example-news-1")
	if got[hash("a")] != want || got[hash("b")] != want {
		t.Errorf("example-news pages in halves %s and %s, want %s", got[hash("a")], got[hash("b")], want)
	}
	if g, w := got[hash("c")], eval.Half("other-paper-1"); g != w {
		t.Errorf("other-paper page in half %s, want %s", g, w)
	}
	if g, w := got["daily-3"], eval.Half("daily-3"); g != w {
		t.Errorf("daily-3 in half %s, want %s", g, w)
	}
	// The test means something only if the ids alone split the site.
	if eval.Half(hash("a")) == eval.Half(hash("b")) {
		t.Fatal("test data: the two example-news ids must fall in different halves by eval.Half")
	}
}
