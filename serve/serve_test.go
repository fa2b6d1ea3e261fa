package serve

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/store"
)

// testRecord builds a record of site domain published on day (2024-05-DD).
func testRecord(i int, domain string, day int, title, text string) kabar.Article {
	return kabar.Article{
		ID: fmt.Sprintf("id%04d", i), URL: fmt.Sprintf("https://%s/read/%d", domain, i),
		Site: domain, Domain: domain, Lang: "id", Title: title, Text: text,
		Authors:     []string{"Fitri Wulandari"},
		PublishedAt: time.Date(2024, 5, day, 10, i%60, 0, 0, time.FixedZone("WIB", 7*3600)),
		FetchedAt:   time.Date(2024, 5, day, 12, 0, 0, 0, time.UTC),
		Extraction:  &kabar.Extraction{Method: "generic", Confidence: 0.9},
	}
}

// newStore writes recs (with raw pages from raw, by id) into a new store
// and returns its path.
func newStore(t *testing.T, recs []kabar.Article, raw map[string]string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "corpus.db")
	db, err := store.Open(path, store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range recs {
		var page *store.RawPage
		if b, ok := raw[a.ID]; ok {
			page = &store.RawPage{URL: a.URL, Status: 200, Body: []byte(b), FetchedAt: a.FetchedAt}
		}
		if _, err := db.Put(a, page); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func openCorpus(t *testing.T, path string) *Corpus {
	t.Helper()
	c, err := OpenCorpus(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func TestFindFiltersAndSearch(t *testing.T) {
	recs := []kabar.Article{
		testRecord(1, "kompas.com", 1, "Banjir di Jakarta", "Hujan deras membuat banjir."),
		testRecord(2, "detik.com", 2, "Harga beras naik", "Pedagang pasar mengeluh."),
		testRecord(3, "kompas.com", 3, "Pemilu 2024", "KPU menghitung suara di Jakarta."),
	}
	recs[2].Quotes = []kabar.Quote{{Text: "Semua aman", Speaker: "Hasyim Asyari", Cue: "kata", Paragraph: 1}}
	c := openCorpus(t, newStore(t, recs, nil))
	for _, tc := range []struct {
		name string
		q    Query
		want []string
	}{
		{"all newest first", Query{}, []string{"id0003", "id0002", "id0001"}},
		{"site", Query{Sites: []string{"kompas.com"}}, []string{"id0003", "id0001"}},
		{"since", Query{Since: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)}, []string{"id0003", "id0002"}},
		{"speaker", Query{Speaker: "hasyim"}, []string{"id0003"}},
		{"quotes", Query{Quotes: true}, []string{"id0003"}},
		{"words", Query{Q: "jakarta"}, []string{"id0003", "id0001"}},
		{"words and site", Query{Q: "jakarta", Sites: []string{"detik.com"}}, nil},
		{"words and speaker", Query{Q: "jakarta", Speaker: "Hasyim"}, []string{"id0003"}},
		{"words in title", Query{Q: "beras"}, []string{"id0002"}},
	} {
		ids, total, err := c.Find(tc.q)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if fmt.Sprint(ids) != fmt.Sprint(tc.want) || total != len(tc.want) {
			t.Errorf("%s: got %v (total %d), want %v", tc.name, ids, total, tc.want)
		}
	}
}

// serve beside a writer: the writer's commits are never held up for long
// by serve's refreshes, and serve sees the writer's records.
func TestRefreshBesideWriter(t *testing.T) {
	path := newStore(t, []kabar.Article{testRecord(0, "kompas.com", 1, "first", "first text")}, nil)
	c := openCorpus(t, path)
	w, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go c.Run(ctx, 5*time.Millisecond, func(err error) { t.Error(err) })

	const n = 200
	var worst time.Duration
	for i := 1; i <= n; i++ {
		start := time.Now()
		if _, err := w.Put(testRecord(i, "kompas.com", 1+i%28, fmt.Sprintf("record %d", i), "text"), nil); err != nil {
			t.Fatal(err)
		}
		worst = max(worst, time.Since(start))
	}
	deadline := time.Now().Add(5 * time.Second)
	for c.Stats().Articles < n+1 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got := c.Stats().Articles; got != n+1 {
		t.Fatalf("serve shows %d records, want %d", got, n+1)
	}
	t.Logf("slowest of %d commits beside serve: %s", n, worst)
	if worst > time.Second {
		t.Errorf("a commit waited %s beside serve", worst)
	}
	if ids, _, err := c.Find(Query{Q: "record 200"}); err != nil || len(ids) == 0 || ids[0] != "id0200" {
		t.Errorf("search for the last record: %v, %v", ids, err)
	}
}
