package eval

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	// Expected values are what Python's re.findall(r"\w+", s) returns.
	tests := []struct {
		in   string
		want []string
	}{
		{"don't stop_me now 3.14", []string{"don", "t", "stop_me", "now", "3", "14"}},
		{"हिन्दी समाचार", []string{"ह", "न", "द", "सम", "च", "र"}}, // vowel signs are marks, not \w
		{"Tiếng Việt có dấu", []string{"Tiếng", "Việt", "có", "dấu"}},
		{"Tie\u0301ng", []string{"Tie", "ng"}}, // a decomposed accent splits the word
		{"日本語のテキスト。次の文", []string{"日本語のテキスト", "次の文"}},
		{"x²+½ Ⅻ", []string{"x²", "½", "Ⅻ"}},
		{"", nil},
		{" — ", nil},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestCounts(t *testing.T) {
	tests := []struct {
		truth, pred string
		tp, fp, fn  float64
	}{
		{"a b c d e", "a b c d e", 1, 0, 0},
		// truth shingles: abcd bcde; pred: abcd bcdx → 1 tp, 1 fp, 1 fn
		{"a b c d e", "a b c d x", 1.0 / 3, 1.0 / 3, 1.0 / 3},
		{"a b", "a b", 1, 0, 0}, // short texts are one shingle
		{"a b c d", "", 0, 0, 1},
		{"", "", 0, 0, 0},
		// multisets: "a b c d a b c d" has abcd twice
		{"a b c d a b c d", "a b c d", 1.0 / 5, 0, 4.0 / 5},
	}
	for _, tt := range tests {
		tp, fp, fn := Counts(tt.truth, tt.pred)
		if !near(tp, tt.tp) || !near(fp, tt.fp) || !near(fn, tt.fn) {
			t.Errorf("Counts(%q, %q) = %v %v %v, want %v %v %v", tt.truth, tt.pred, tp, fp, fn, tt.tp, tt.fp, tt.fn)
		}
	}
}

func TestScore(t *testing.T) {
	truth := map[string]string{
		"p1": "one two three four five six",
		"p2": "alpha beta gamma delta epsilon",
		"p3": "left right up down",
		"p4": "",
	}
	pred := map[string]string{
		"p1": "one two three four five six",
		"p2": "", // predicted nothing: no precision, recall 0
		"p3": "left right up down plus more",
		// p4 missing
	}
	r := Score(truth, pred)
	// p1: P=R=1. p3: truth {lrud}, pred {lrud, rudp, udpm}: P=1/3, R=1.
	if !near(r.Precision, (1+1.0/3)/2) {
		t.Errorf("precision %v", r.Precision)
	}
	if !near(r.Recall, (1+0+1)/3.0) {
		t.Errorf("recall %v", r.Recall)
	}
	if !near(r.F1, f1(r.Precision, r.Recall)) || r.Missing != 1 {
		t.Errorf("f1 %v missing %d", r.F1, r.Missing)
	}
	// p1 exact; p4 empty vs missing counts as exact too (same empty token list).
	if !near(r.Accuracy, 2.0/4) {
		t.Errorf("accuracy %v", r.Accuracy)
	}
	w := r.Worst(2)
	// p4 (empty truth, no prediction) scores 1 as in score.py.
	if len(w) != 2 || w[0].ID != "p2" || w[1].ID != "p3" {
		t.Errorf("worst %+v", w)
	}
	var buf bytes.Buffer
	if err := r.Write(&buf, 1); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "body F1 ") || !strings.Contains(buf.String(), "worst 0.000") {
		t.Errorf("report:\n%s", buf.String())
	}
}

func TestPageID(t *testing.T) {
	for in, want := range map[string]string{
		"html/abc.html.gz": "abc", "x/at-Foo_2024.html": "at-Foo_2024", "b.htm": "b", "c": "c",
		"": "", "dir/": "", "a.html.gz.html": "a.html.gz", // as Python's os.path.basename and score.py
	} {
		if got := PageID(in); got != want {
			t.Errorf("PageID(%q) = %q, want %q", in, got, want)
		}
	}
}

// writeDataset makes a small dataset folder: two pages (one gzipped), a
// manifest and a truth file.
func writeDataset(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<p>first page body text here</p>"))
	zw.Close()
	files := map[string][]byte{
		"html/one.html.gz": gz.Bytes(),
		"html/two.html":    []byte("<p>second page</p>"),
		"manifest.tsv":     []byte("html/one.html.gz\thttps://a.example/1\nhtml/two.html\thttps://a.example/2\n"),
		"truth.jsonl": []byte(`{"id": "one", "text": "first page body text here"}` + "\n" +
			`{"id": "two", "text": "second page has a longer text"}` + "\n"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRun(t *testing.T) {
	dir := writeDataset(t)
	var seen []string
	rep, err := Run(context.Background(), dir, func(page []byte, url string) (string, error) {
		seen = append(seen, url)
		s := string(page)
		if strings.Contains(s, "second") {
			return "", errors.New("boom")
		}
		return strings.TrimSuffix(strings.TrimPrefix(s, "<p>"), "</p>"), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != 2 {
		t.Errorf("extracted %v", seen)
	}
	if len(rep.Pages) != 2 || rep.Pages[0].F1 != 1 || rep.Pages[1].Err != "boom" || rep.Pages[1].URL != "https://a.example/2" {
		t.Errorf("pages %+v", rep.Pages)
	}
	if !near(rep.Precision, 1) || !near(rep.Recall, 0.5) {
		t.Errorf("report %+v", rep)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, dir, func([]byte, string) (string, error) { return "", nil }); err == nil {
		t.Error("Run ignored a cancelled context")
	}
}

// TestAgreesWithScorePy scores degraded copies of the aeb and fundus truth
// texts with this package and with the referee score.py, and requires the
// same figures to three decimals. It skips without python3 or ../shared.
func TestAgreesWithScorePy(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	bench := findBench(t)
	for _, name := range []string{"aeb", "fundus"} {
		truthPath := filepath.Join(bench, name, "truth.jsonl")
		truth, err := LoadTruth(truthPath)
		if err != nil {
			t.Fatal(err)
		}
		// Degrade each text differently: drop a share of its paragraphs,
		// append some furniture, leave some pages empty.
		pred := map[string]string{}
		predFile := filepath.Join(t.TempDir(), "pred.jsonl")
		f, err := os.Create(predFile)
		if err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(f)
		i := 0
		for id, text := range truth {
			i++
			if i%17 == 0 {
				continue // missing page
			}
			paras := strings.Split(text, "\n\n")
			var keep []string
			for j, p := range paras {
				if (i+j)%5 != 0 {
					keep = append(keep, p)
				}
			}
			if i%3 == 0 {
				keep = append(keep, "Share this article on Facebook and Twitter • Sign up for the newsletter")
			}
			p := strings.Join(keep, "\n\n")
			pred[id] = p
			enc.Encode(map[string]string{"source_file": "html/" + id + ".html.gz", "text": p})
		}
		f.Close()
		got := Score(truth, pred)
		out, err := exec.Command(py, filepath.Join(bench, "score.py"), "body", "--json", truthPath, predFile).Output()
		if err != nil {
			t.Fatalf("score.py: %v", err)
		}
		var want struct {
			Body struct{ F1, Precision, Recall, Accuracy float64 }
		}
		if err := json.Unmarshal(out, &want); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			what      string
			got, want float64
		}{
			{"f1", got.F1, want.Body.F1}, {"precision", got.Precision, want.Body.Precision},
			{"recall", got.Recall, want.Body.Recall}, {"accuracy", got.Accuracy, want.Body.Accuracy},
		} {
			if math.Abs(c.got-c.want) > 0.0005 {
				t.Errorf("%s %s: Go %.4f, score.py %.4f", name, c.what, c.got, c.want)
			}
		}
		t.Logf("%s: F1 Go %.6f score.py %.6f", name, got.F1, want.Body.F1)
	}
}

func findBench(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "..", "shared", "bench")
		if _, err := os.Stat(filepath.Join(p, "score.py")); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("../shared/bench not found")
		}
		dir = parent
	}
}

// TestWriteWorstHalf: the worst pages listed for one half are that half's
// only, worst first, as many as asked; "all" lists every half.
func TestWriteWorstHalf(t *testing.T) {
	var a, b []string
	for _, id := range []string{"alpha-1", "beta-1", "gamma-1", "delta-1", "epsilon-1", "zeta-1", "eta-1", "theta-1"} {
		if Half(id) == "A" {
			a = append(a, id)
		} else {
			b = append(b, id)
		}
	}
	if len(a) < 2 || len(b) < 2 {
		t.Fatalf("ids do not fall in both halves: A %v B %v", a, b)
	}
	r := Report{Pages: []PageScore{
		{ID: b[0], F1: 0.1}, {ID: a[0], F1: 0.2}, {ID: b[1], F1: 0.3}, {ID: a[1], F1: 0.4},
	}}
	for _, c := range []struct {
		half string
		n    int
		want []string
	}{
		{"A", 5, []string{a[0], a[1]}},
		{"A", 1, []string{a[0]}},
		{"B", 5, []string{b[0], b[1]}},
		{"all", 3, []string{b[0], a[0], b[1]}},
		{"A", 0, nil},
	} {
		var sb strings.Builder
		if err := r.WriteWorst(&sb, c.n, c.half); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(sb.String()), "\n") {
			if f := strings.Fields(l); len(f) >= 7 {
				got = append(got, f[6])
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("WriteWorst(%d, %s) listed %v, want %v", c.n, c.half, got, c.want)
		}
	}
}
