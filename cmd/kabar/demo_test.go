package main

import (
	"path/filepath"
	"strings"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDemo runs the main job end to end: the embedded site on loopback, the
// real crawler, the bbolt store, the export. The seed article's record must
// hold what issue 2 lists.
func TestDemo(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := kabarRun(t, "demo", "--dir", dir)
	if code != exitOK {
		t.Fatalf("demo exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	for _, want := range []string{"kabar-demo.db", "kabar-demo.jsonl", "pages fetched"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary does not mention %q:\n%s", want, stdout)
		}
	}
	recs := readRecords(t, filepath.Join(dir, "kabar-demo.jsonl"))
	if len(recs) < 12 {
		t.Errorf("%d records, want at least 12", len(recs))
	}
	var seed *kabar.Article
	for i, r := range recs {
		if strings.Contains(r.URL, "/private/") {
			t.Errorf("crawl entered a path robots.txt disallows: %s", r.URL)
		}
		if r.Title == "Sekjen NATO: Dialog Konstruktif dengan Rusia Gagal" {
			seed = &recs[i]
		}
	}
	if seed == nil {
		t.Fatalf("no record for the seed article among %d", len(recs))
	}
	checkSeed(t, *seed)

	// Running the demo again starts afresh and gives the same number of records.
	code, _, stderr = kabarRun(t, "demo", "--dir", dir)
	if code != exitOK {
		t.Fatalf("second demo exit %d: %s", code, stderr)
	}
	if again := readRecords(t, filepath.Join(dir, "kabar-demo.jsonl")); len(again) != len(recs) {
		t.Errorf("second demo wrote %d records, first %d", len(again), len(recs))
	}
}

// checkSeed asserts the seed article's record (issue 2).
func checkSeed(t *testing.T, a kabar.Article) {
	t.Helper()
	eq := func(field string, got, want []string) {
		t.Helper()
		if g, w := strings.Join(got, "; "), strings.Join(want, "; "); g != w {
			t.Errorf("seed %s = [%s], want [%s]", field, g, w)
		}
	}
	eq("authors", a.Authors, []string{"Fitri Wulandari"})
	eq("editors", a.Editors, []string{"Choirul Arifin"})
	if _, off := a.PublishedAt.Zone(); a.PublishedAt.IsZero() || off != 7*3600 {
		t.Errorf("seed published_at %v, want a time at +07:00", a.PublishedAt)
	}
	if a.Dateline == nil || a.Dateline.Place != "BRUSSELS" || a.Dateline.Source != "TRIBUNNEWS.COM" {
		t.Errorf("seed dateline %+v, want BRUSSELS / TRIBUNNEWS.COM", a.Dateline)
	}
	if len(a.Quotes) != 2 {
		t.Errorf("seed has %d quotes, want 2: %+v", len(a.Quotes), a.Quotes)
	}
	for _, q := range a.Quotes {
		if q.Speaker != "Jens Stoltenberg" {
			t.Errorf("quote %.40q speaker %q, want Jens Stoltenberg", q.Text, q.Speaker)
		}
		if strings.Contains(q.Text, "tidak berhasil") && len(strings.Fields(q.Text)) < 4 {
			t.Errorf("scare quote taken as a quote: %q", q.Text)
		}
	}
	eq("sources", a.Sources, []string{"Sputnik News"})
	credit := false
	for _, im := range a.Images {
		credit = credit || im.Credit == "François WALSCHAERTS / POOL / AFP"
	}
	if !credit {
		t.Errorf("no image credited François WALSCHAERTS / POOL / AFP: %+v", a.Images)
	}
	if len(a.Related) != 2 {
		t.Errorf("seed related %+v, want the two Baca juga links", a.Related)
	}
	for _, bad := range []string{"Nikmati berita interaktif", "Penulis:", "Editor:", "Laporan Wartawan", "WALSCHAERTS",
		"Baca juga", "BERITA REKOMENDASI", "WhatsApp", "Ikuti kami di", "All Right Reserved", "©"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("seed text still holds boilerplate %q", bad)
		}
	}
	for _, want := range []string{"TRIBUNNEWS.COM, BRUSSELS - Sekretaris Jenderal NATO", "berkomitmen untuk tidak menyebarkan senjata nuklir di Eropa Timur."} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("seed text lacks %q", want)
		}
	}
}
