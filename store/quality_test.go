package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	kabar "github.com/kabar-news/kabar"
)

// qualityArticle is a record of domain fetched at fetched; healthy ones
// have authors, a date, a dateline, a quote and a high confidence.
func qualityArticle(domain string, i int, fetched time.Time, healthy bool) kabar.Article {
	a := article(fmt.Sprintf("%s-%03d", domain, i), domain, "en", "")
	a.FetchedAt = fetched
	a.Extraction = &kabar.Extraction{Method: "generic", Confidence: 0.35}
	a.Authors = nil
	if healthy {
		a.Authors = []string{"Dana Whitfield"}
		a.PublishedAt = fetched.Add(-time.Hour)
		a.Dateline = &kabar.Dateline{Place: "LISBON"}
		a.Quotes = []kabar.Quote{{Text: "We will rebuild the pier", Speaker: "Dana Whitfield"}}
		a.Extraction.Confidence = 0.95
	}
	return a
}

func TestQualityCollapse(t *testing.T) {
	db := openTest(t)
	day0 := time.Date(2025, 2, 1, 6, 0, 0, 0, time.UTC)
	// Thirty days of healthy records on both sites, then a day on which
	// one site's records lose their authors, dates, datelines and quotes.
	for d := range 30 {
		for _, site := range []string{"harbourpost.example", "valleynews.example"} {
			mustPut(t, db, qualityArticle(site, d, day0.Add(time.Duration(d)*24*time.Hour), true), nil)
		}
	}
	last := day0.Add(30 * 24 * time.Hour)
	for i := range 8 {
		at := last.Add(time.Duration(i) * time.Minute)
		mustPut(t, db, qualityArticle("harbourpost.example", 100+i, at, false), nil)
		mustPut(t, db, qualityArticle("valleynews.example", 100+i, at, true), nil)
	}
	qs, err := db.Quality(context.Background(), QualityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 2 || qs[0].Site != "harbourpost.example" || qs[1].Site != "valleynews.example" {
		t.Fatalf("sites %+v", qs)
	}
	h, v := qs[0], qs[1]
	if h.Recent.Records != 8 || h.History.Records != 30 || h.All.Records != 38 {
		t.Errorf("harbourpost: recent %d history %d all %d, want 8, 30, 38", h.Recent.Records, h.History.Records, h.All.Records)
	}
	for _, m := range []string{"authors", "date", "dateline", "quotes", "confidence"} {
		if !slices.ContainsFunc(h.Collapsed, func(s string) bool { return strings.HasPrefix(s, m+" ") }) {
			t.Errorf("harbourpost collapsed %q: %s missing", h.Collapsed, m)
		}
	}
	if len(v.Collapsed) > 0 {
		t.Errorf("valleynews collapsed %q, but it stayed healthy", v.Collapsed)
	}
	if got := h.All.Authors; got < 0.78 || got > 0.8 {
		t.Errorf("harbourpost authors share %.3f, want 30/38", got)
	}
	if got := v.All.Confidence; got < 0.949 || got > 0.951 {
		t.Errorf("valleynews mean confidence %.3f, want 0.95", got)
	}

	// A crawl's own records: those fetched since it started.
	qs, err = db.Quality(context.Background(), QualityOptions{Since: last.Add(4 * time.Minute)})
	if err != nil {
		t.Fatal(err)
	}
	if qs[0].Recent.Records != 4 || len(qs[0].Collapsed) != 0 {
		t.Errorf("since the 5th record: recent %d (want 4, under MinRecent), collapsed %q (want none)", qs[0].Recent.Records, qs[0].Collapsed)
	}
}

// TestQualityNeedsHistory: a new site, or a site with a short history, has
// nothing to fall from.
func TestQualityNeedsHistory(t *testing.T) {
	db := openTest(t)
	t0 := time.Date(2025, 2, 1, 6, 0, 0, 0, time.UTC)
	for i := range 10 {
		mustPut(t, db, qualityArticle("newcomer.example", i, t0.Add(time.Duration(i)*48*time.Hour), true), nil)
	}
	for i := range 10 {
		mustPut(t, db, qualityArticle("newcomer.example", 50+i, t0.Add(30*24*time.Hour), false), nil)
	}
	qs, err := db.Quality(context.Background(), QualityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 1 || len(qs[0].Collapsed) != 0 {
		t.Errorf("%+v: 10 earlier records are too few to judge", qs)
	}
}

func TestMinConfidenceFilter(t *testing.T) {
	db := openTest(t)
	t0 := time.Date(2025, 2, 1, 6, 0, 0, 0, time.UTC)
	for i := range 6 {
		mustPut(t, db, qualityArticle("harbourpost.example", i, t0, i%2 == 0), nil)
	}
	old := article("legacy", "harbourpost.example", "en", "")
	mustPut(t, db, old, nil) // stored before records had a confidence
	if got := len(ids(t, db, Filter{MinConfidence: 0.8})); got != 3 {
		t.Errorf("MinConfidence 0.8 kept %d records, want 3", got)
	}
	if got := len(ids(t, db, Filter{MinConfidence: 0.3})); got != 6 {
		t.Errorf("MinConfidence 0.3 kept %d records, want 6", got)
	}
	if got := len(ids(t, db, Filter{})); got != 7 {
		t.Errorf("no MinConfidence kept %d records, want 7", got)
	}
}

func TestCollapsedNeedsMoreThanChance(t *testing.T) {
	hist := Coverage{Records: 200, Authors: 1, Date: 1, Dateline: 0.6, Quotes: 0.6, Confidence: 0.9}
	cases := []struct {
		name   string
		recent Coverage
		want   []string
	}{
		{"a bad run of five is chance for a 60 % share",
			Coverage{Records: 5, Authors: 1, Date: 1, Dateline: 0.2, Quotes: 0, Confidence: 0.9}, nil},
		{"twelve without quotes is not",
			Coverage{Records: 12, Authors: 1, Date: 1, Dateline: 0.5, Quotes: 0, Confidence: 0.9}, []string{"quotes 0.60 -> 0.00"}},
		{"authors gone from every record",
			Coverage{Records: 5, Authors: 0, Date: 1, Dateline: 0.6, Quotes: 0.6, Confidence: 0.5}, []string{"authors 1.00 -> 0.00"}},
		{"confidence halved",
			Coverage{Records: 8, Authors: 1, Date: 1, Dateline: 0.6, Quotes: 0.6, Confidence: 0.3}, []string{"confidence 0.90 -> 0.30"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := collapsed(hist, c.recent); !slices.Equal(got, c.want) {
				t.Errorf("collapsed = %q, want %q", got, c.want)
			}
		})
	}
}

func TestBinomialTail(t *testing.T) {
	for _, c := range []struct {
		k, n int
		p    float64
		want float64
	}{
		{0, 5, 0.6, 0.01024},
		{1, 5, 0.6, 0.08704},
		{5, 5, 0.6, 1},
		{0, 3, 1, 0},
		{0, 3, 0, 1},
	} {
		if got := binomialTail(c.k, c.n, c.p); got < c.want-1e-9 || got > c.want+1e-9 {
			t.Errorf("binomialTail(%d, %d, %v) = %v, want %v", c.k, c.n, c.p, got, c.want)
		}
	}
}
