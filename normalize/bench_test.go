package normalize

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kabar-news/kabar/extract"
)

// benchDir is the shared benchmark folder, relative to this package.
const benchDir = "../../shared/bench"

// TestBench runs extract and Normalize over the shared benchmark pages
// (gold-dev, fundus) and reports how often authors, editors, the
// publication minute and the dateline place agree with the truth. It
// skips when ../shared is absent. With KABAR_BENCH_OUT set to a folder it
// also writes NAME.jsonl there for bench/score.py.
func TestBench(t *testing.T) {
	for _, set := range []string{"gold-dev", "fundus"} {
		t.Run(set, func(t *testing.T) {
			dir := filepath.Join(benchDir, set)
			if _, err := os.Stat(filepath.Join(dir, "manifest.tsv")); err != nil {
				t.Skipf("no benchmark at %s", dir)
			}
			truth := readTruth(t, filepath.Join(dir, "truth.jsonl"))
			var out *os.File
			if o := os.Getenv("KABAR_BENCH_OUT"); o != "" {
				f, err := os.Create(filepath.Join(o, set+".jsonl"))
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				out = f
			}
			mf, err := os.ReadFile(filepath.Join(dir, "manifest.tsv"))
			if err != nil {
				t.Fatal(err)
			}
			var n, authorsOK, minuteOK, minuteN, editorsOK, editorsN, placeOK, placeN int
			for _, line := range strings.Split(strings.TrimSpace(string(mf)), "\n") {
				path, pageURL, _ := strings.Cut(line, "\t")
				raw, err := readPage(filepath.Join(dir, path))
				if err != nil {
					t.Fatal(err)
				}
				id := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(path), ".gz"), ".html")
				p, err := extract.Extract(raw, pageURL, extract.Options{})
				if err != nil {
					t.Logf("%s: %v", id, err)
					continue
				}
				a := Normalize(p, Options{Version: "bench"})
				a.SourceFile = path
				if out != nil {
					b, _ := json.Marshal(a)
					out.Write(append(b, '\n'))
				}
				tr, ok := truth[id]
				if !ok {
					continue
				}
				n++
				if sameNames(tr.Authors, a.Authors) {
					authorsOK++
				} else if testing.Verbose() {
					t.Logf("%s authors %q, want %q (raw %v / %v)", id, a.Authors, tr.Authors, p.Authors, p.Bylines)
				}
				if len(tr.Editors) > 0 {
					editorsN++
					if sameNames(tr.Editors, a.Editors) {
						editorsOK++
					} else if testing.Verbose() {
						t.Logf("%s editors %q, want %q (raw %v)", id, a.Editors, tr.Editors, p.Editors)
					}
				}
				if want, err := time.Parse(time.RFC3339, tr.Published); err == nil && len(tr.Published) > 10 {
					minuteN++
					if a.PublishedAt.Truncate(time.Minute).Equal(want.Truncate(time.Minute)) {
						minuteOK++
					} else if testing.Verbose() {
						t.Logf("%s published %s, want %s (raw %v)", id, a.PublishedAt.Format(time.RFC3339), tr.Published, p.Published)
					}
				}
				if tr.Dateline != nil && tr.Dateline.Place != "" {
					placeN++
					got := ""
					if a.Dateline != nil {
						got = a.Dateline.Place
					}
					if strings.EqualFold(got, tr.Dateline.Place) {
						placeOK++
					} else if testing.Verbose() {
						first, _, _ := strings.Cut(a.Text, "\n")
						t.Logf("%s dateline %q, want %q: %.80q", id, got, tr.Dateline.Place, first)
					}
				}
			}
			t.Logf("%s: %d pages; authors %d, editors %d/%d, minute %d/%d, dateline %d/%d",
				set, n, authorsOK, editorsOK, editorsN, minuteOK, minuteN, placeOK, placeN)
		})
	}
}

// readPage reads a saved page, gunzipping it when it is gzip data.
func readPage(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil || len(raw) < 2 || raw[0] != 0x1f || raw[1] != 0x8b {
		return raw, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

type truthRecord struct {
	ID        string   `json:"id"`
	Authors   []string `json:"authors"`
	Editors   []string `json:"editors"`
	Published string   `json:"published_at"`
	Dateline  *struct {
		Place string `json:"place"`
	} `json:"dateline"`
}

func readTruth(t *testing.T, path string) map[string]truthRecord {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]truthRecord{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r truthRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		out[r.ID] = r
	}
	return out
}

// sameNames compares name lists as sets, ignoring case and punctuation.
func sameNames(a, b []string) bool {
	set := map[string]bool{}
	for _, x := range a {
		set[nameKey(x)] = true
	}
	if len(set) != len(b) {
		return false
	}
	for _, x := range b {
		if !set[nameKey(x)] {
			return false
		}
	}
	return true
}

// BenchmarkNormalize times Normalize alone over the gold-dev pages
// (extracted once, outside the timer). It skips when ../shared is absent.
func BenchmarkNormalize(b *testing.B) {
	dir := filepath.Join(benchDir, "gold-dev")
	mf, err := os.ReadFile(filepath.Join(dir, "manifest.tsv"))
	if err != nil {
		b.Skipf("no benchmark at %s", dir)
	}
	var pages []*extract.Page
	for _, line := range strings.Split(strings.TrimSpace(string(mf)), "\n") {
		path, pageURL, _ := strings.Cut(line, "\t")
		raw, err := readPage(filepath.Join(dir, path))
		if err != nil {
			b.Fatal(err)
		}
		if p, err := extract.Extract(raw, pageURL, extract.Options{}); err == nil {
			pages = append(pages, p)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Normalize(pages[i%len(pages)], Options{})
	}
}
