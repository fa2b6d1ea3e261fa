package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/store"
)

// qualityStore writes a bbolt store holding two sites with a month of
// healthy records each; when collapse is set, the last day of one site
// (harbourpost.example) lost its authors, dates and confidence, as after a
// redesign the extractor does not understand.
func qualityStore(t *testing.T, collapse bool) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kabar.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	put := func(site string, i int, at time.Time, healthy bool) {
		a := kabar.Article{
			ID: fmt.Sprintf("%s-%03d", site, i), URL: fmt.Sprintf("https://%s/news/%d", site, i),
			Domain: site, Site: site, Lang: "en", Title: fmt.Sprintf("Story %d", i),
			Text: "The ferry resumed service on Monday.", FetchedAt: at,
			Extraction: &kabar.Extraction{Method: "generic", Confidence: 0.3},
		}
		if healthy {
			a.Authors = []string{"Noor Haddad"}
			a.PublishedAt = at.Add(-2 * time.Hour)
			a.Extraction.Confidence = 0.96
		}
		if _, err := db.Put(a, nil); err != nil {
			t.Fatal(err)
		}
	}
	t0 := time.Date(2025, 4, 1, 5, 0, 0, 0, time.UTC)
	for d := range 30 {
		put("harbourpost.example", d, t0.Add(time.Duration(d)*24*time.Hour), true)
		put("valleynews.example", d, t0.Add(time.Duration(d)*24*time.Hour), true)
	}
	for i := range 6 {
		at := t0.Add(30*24*time.Hour + time.Duration(i)*time.Hour)
		put("harbourpost.example", 100+i, at, !collapse)
		put("valleynews.example", 100+i, at, true)
	}
	return path
}

func TestStatsQualityCollapse(t *testing.T) {
	path := qualityStore(t, true)
	code, out, errOut := kabarRun(t, "stats", "--db", path)
	if code != exitFetchErrors {
		t.Fatalf("exit %d, want %d; stderr %s", code, exitFetchErrors, errOut)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "harbourpost.example") || !strings.Contains(lines[0], "authors 1.00 -> 0.00") {
		t.Errorf("stderr should name the collapsed site in one line:\n%s", errOut)
	}
	if strings.Contains(errOut, "valleynews") {
		t.Errorf("stderr names the healthy site:\n%s", errOut)
	}
	if !strings.Contains(out, "quality by site") || !strings.Contains(out, "valleynews.example") {
		t.Errorf("no per-site report:\n%s", out)
	}

	code, out, errOut = kabarRun(t, "stats", "--db", path, "--json")
	if code != exitFetchErrors {
		t.Fatalf("--json exit %d, want %d; stderr %s", code, exitFetchErrors, errOut)
	}
	var rep struct {
		Articles int                 `json:"articles"`
		Sites    []store.SiteQuality `json:"sites"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("--json output is not JSON: %v\n%s", err, out)
	}
	if rep.Articles != 72 || len(rep.Sites) != 2 {
		t.Fatalf("articles %d, sites %d; want 72 and 2", rep.Articles, len(rep.Sites))
	}
	h := rep.Sites[0]
	if h.Site != "harbourpost.example" || h.Recent.Records != 6 || h.Recent.Authors != 0 || len(h.Collapsed) == 0 {
		t.Errorf("harbourpost %+v", h)
	}
	if rep.Sites[1].All.Confidence < 0.95 {
		t.Errorf("valleynews mean confidence %.2f", rep.Sites[1].All.Confidence)
	}
}

func TestStatsQualityHealthy(t *testing.T) {
	path := qualityStore(t, false)
	code, out, errOut := kabarRun(t, "stats", "--db", path)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q; want 0 and nothing", code, errOut)
	}
	if !strings.Contains(out, "harbourpost.example") {
		t.Errorf("no per-site line:\n%s", out)
	}
	if code, _, _ := kabarRun(t, "stats", "--db", path, "--window", "0s"); code != exitUsage {
		t.Errorf("--window 0s: exit %d, want %d", code, exitUsage)
	}
}

func TestExportMinConfidence(t *testing.T) {
	path := qualityStore(t, true)
	outPath := filepath.Join(t.TempDir(), "out.jsonl")
	code, _, errOut := kabarRun(t, "export", "--db", path, "--out", outPath, "--min-confidence", "0.8")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	recs := readRecords(t, outPath)
	if len(recs) != 66 {
		t.Errorf("%d records, want the 66 of confidence >= 0.8", len(recs))
	}
	for _, a := range recs {
		if a.Extraction == nil || a.Extraction.Confidence < 0.8 {
			t.Fatalf("record %s with confidence under 0.8 exported", a.ID)
		}
	}
	for _, bad := range []string{"1.5", "-0.1", "x"} {
		if code, _, _ := kabarRun(t, "export", "--db", path, "--out", outPath, "--min-confidence", bad); code != exitUsage {
			t.Errorf("--min-confidence %s: exit %d, want %d", bad, code, exitUsage)
		}
	}
}

// TestCrawlCoverageCollapse: a cron crawl of a site whose pages changed
// under it (bylines and dates gone) stores what it finds, names the site on
// stderr and exits 3.
func TestCrawlCoverageCollapse(t *testing.T) {
	site := newGenSite(t, 24, 3)
	path := filepath.Join(t.TempDir(), "kabar.db")
	if code, _, errOut := kabarRun(t, "crawl", "--db", path, "--delay", "0", "--quiet", site.srv.URL+"/"); code != exitOK {
		t.Fatalf("first crawl: exit %d: %s", code, errOut)
	}
	// The site's earlier history: a month of records like the first crawl's.
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var domain string
	var first []kabar.Article
	if err := db.Each(t.Context(), store.Filter{}, func(a kabar.Article) error {
		domain = a.Domain
		first = append(first, a)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(first) != 24 || len(first[0].Authors) == 0 || first[0].PublishedAt.IsZero() {
		t.Fatalf("first crawl stored %d records (%+v)", len(first), first[0])
	}
	for i, a := range first {
		a.ID, a.URL, a.CanonicalURL = fmt.Sprintf("earlier-%d", i), a.URL+"?earlier", ""
		a.FetchedAt = time.Now().Add(-time.Duration(30+i) * 24 * time.Hour)
		if _, err := db.Put(a, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	// The redesign: no byline, no author or date in JSON-LD.
	site.setHook(func(w http.ResponseWriter, r *http.Request, i int64, page string) bool {
		page = strings.ReplaceAll(page, `<p class="byline">By Rina Hartati</p>`, "")
		page = strings.ReplaceAll(page, `"datePublished":"2024-03-05T10:00:00+07:00",`, "")
		page = strings.ReplaceAll(page, `,"author":{"@type":"Person","name":"Rina Hartati"}`, "")
		htmlOK(w, page)
		return true
	}, nil)
	code, _, errOut := kabarRun(t, "crawl", "--db", path, "--delay", "0", "--quiet", "--refresh-after", "1ns", site.srv.URL+"/")
	if code != exitFetchErrors {
		t.Fatalf("crawl after the redesign: exit %d, want %d; stderr:\n%s", code, exitFetchErrors, errOut)
	}
	if !strings.Contains(errOut, "site "+domain+":") || !strings.Contains(errOut, "authors 1.00 -> 0.00") {
		t.Errorf("stderr does not name the site and the measure:\n%s", errOut)
	}
}
