package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/kabar-news/kabar"
)

// fullArticle fills every field of the record, so that a round trip through
// a format shows which fields it loses.
func fullArticle(id string) kabar.Article {
	a := article(id, "tribunnews.com", "id", "2022-11-30T14:21:00+07:00")
	a.Description = "Deck"
	a.Editors = []string{"Choirul Arifin", "Second Editor"}
	a.Contributors = []kabar.Person{{Name: "Fitri Wulandari", Role: kabar.RoleReporter}, {Name: "Foto Grafer", Role: kabar.RolePhotographer}}
	a.ModifiedAt = time.Date(2022, 12, 1, 9, 0, 0, 0, time.FixedZone("", -5*3600))
	a.Dateline = &kabar.Dateline{Place: "BRUSSELS", Source: "TRIBUNNEWS.COM"}
	a.Section = "Internasional"
	a.Tags = []string{"NATO", "Rusia"}
	a.Quotes = []kabar.Quote{{Text: "Kami tegas, | \"ya\".", Speaker: "Jens Stoltenberg", Cue: "tegas", Paragraph: 3}, {Text: "Tanpa pembicara"}}
	a.Sources = []string{"Sputnik News"}
	a.Images = []kabar.Image{{URL: "https://img/1.jpg", Caption: "Cap", Credit: "AFP"}}
	a.Related = []kabar.Link{{URL: "https://x/1", Title: "Baca"}, {URL: "https://x/2"}}
	a.SimHash = "0123456789abcdef"
	a.SourceFile = "saved/page.html"
	a.Extraction = &kabar.Extraction{Version: "v1", Method: "rules:tribunnews", Confidence: 0.625, Warnings: []string{"no dateline"}}
	return a
}

// fromParquet is the inverse of parquetRow, for the round-trip test.
func fromParquet(r parquetArticle) kabar.Article {
	a := kabar.Article{
		ID: r.ID, URL: r.URL, CanonicalURL: r.CanonicalURL, Site: r.Site, Domain: r.Domain,
		Lang: r.Lang, Title: r.Title, Description: r.Description, Authors: r.Authors, Editors: r.Editors,
		Section: r.Section, Tags: r.Tags, Text: r.Text, Sources: r.Sources,
		ContentHash: r.ContentHash, SimHash: r.SimHash, SourceFile: r.SourceFile, Error: r.Error,
	}
	at := func(t *time.Time, off *int32) time.Time {
		if t == nil {
			return time.Time{}
		}
		if off == nil {
			return *t
		}
		return t.In(time.FixedZone("", int(*off)))
	}
	a.PublishedAt = at(r.PublishedAt, r.PublishedAtOffset)
	a.ModifiedAt = at(r.ModifiedAt, r.ModifiedAtOffset)
	a.FetchedAt = at(r.FetchedAt, nil)
	for _, p := range r.Contributors {
		a.Contributors = append(a.Contributors, kabar.Person{Name: p.Name, Role: kabar.Role(p.Role)})
	}
	if r.Dateline != nil {
		a.Dateline = &kabar.Dateline{Place: r.Dateline.Place, Source: r.Dateline.Source}
	}
	for _, q := range r.Quotes {
		kq := kabar.Quote{Text: q.Text, Speaker: q.Speaker, Cue: q.Cue}
		if q.Paragraph != nil {
			kq.Paragraph = int(*q.Paragraph)
		}
		a.Quotes = append(a.Quotes, kq)
	}
	for _, im := range r.Images {
		a.Images = append(a.Images, kabar.Image(im))
	}
	for _, l := range r.Related {
		a.Related = append(a.Related, kabar.Link(l))
	}
	if r.WordCount != nil {
		a.WordCount = int(*r.WordCount)
	}
	if r.Extraction != nil {
		a.Extraction = &kabar.Extraction{Version: r.Extraction.Version, Method: r.Extraction.Method, Confidence: r.Extraction.Confidence, Warnings: r.Extraction.Warnings}
	}
	return a
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := encodeJSON(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestExportParquetRoundTrip writes a Parquet file through ExportFile and
// reads it back with the library: every field of every record survives
// (times to the microsecond, with their offsets), absent values are null,
// and lists are Parquet LIST columns, which pandas, DuckDB, Spark and
// Hugging Face datasets load as lists.
func TestExportParquetRoundTrip(t *testing.T) {
	db := openTest(t)
	want := []kabar.Article{fullArticle("full")}
	sparse := kabar.Article{ID: "sparse", URL: "https://example.com/s", Error: "not an article"}
	utc := article("utc", "reuters.com", "en", "2022-12-01T00:00:00Z")
	want = append(want, utc, sparse) // Each's order: dated by instant, then undated
	for _, a := range want {
		mustPut(t, db, a, nil)
	}
	var many []Entry
	for i := range parquetRowGroup + 10 { // more than one row group
		many = append(many, Entry{Article: article(fmt.Sprintf("m%05d", i), "example.com", "en", "2030-01-01T00:00:00Z")})
	}
	if _, err := db.PutMany(context.Background(), many); err != nil {
		t.Fatal(err)
	}

	path := filepath.Join(t.TempDir(), "corpus.parquet")
	n, err := ExportFile(context.Background(), db, path, Filter{})
	if err != nil || n != len(want)+len(many) {
		t.Fatalf("ExportFile = %d, %v", n, err)
	}
	rows, err := parquet.ReadFile[parquetArticle](path)
	if err != nil {
		t.Fatalf("read back: %v", err)
	}
	if len(rows) != n {
		t.Fatalf("read %d rows, wrote %d", len(rows), n)
	}
	got := map[string]kabar.Article{}
	for _, r := range rows {
		got[r.ID] = fromParquet(r)
	}
	for _, a := range want {
		if g, w := jsonOf(t, got[a.ID]), jsonOf(t, a); g != w {
			t.Errorf("record %s after Parquet:\n got %s\nwant %s", a.ID, g, w)
		}
	}

	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	pf, err := parquet.OpenFile(f, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	if len(pf.RowGroups()) < 2 {
		t.Errorf("%d row groups for %d rows: row groups are not bounded", len(pf.RowGroups()), n)
	}
	if v, ok := pf.Lookup("kabar.schema_version"); !ok || v != "1" {
		t.Errorf("kabar.schema_version metadata = %q, %v", v, ok)
	}
	// Lists are three-level LIST groups, times TIMESTAMP(MICROS), the two
	// objects optional groups: what readers expect of nested data.
	schema := pf.Schema().String()
	for _, col := range []string{"authors", "editors", "contributors", "tags", "quotes", "sources", "images", "related"} {
		if !strings.Contains(schema, "optional group "+col+" (LIST) {\n\t\trepeated group list {") {
			t.Errorf("column %s is not a LIST:\n%s", col, schema)
		}
	}
	for _, want := range []string{"optional int64 published_at (TIMESTAMP(isAdjustedToUTC=true,unit=MICROS))", "optional group dateline {", "optional group extraction {", "required binary id (STRING)"} {
		if !strings.Contains(schema, want) {
			t.Errorf("schema lacks %q:\n%s", want, schema)
		}
	}
}

func TestExportParquetRefusesCompressionSuffix(t *testing.T) {
	db := corpus(t)
	dir := t.TempDir()
	_, err := ExportFileAs(context.Background(), db, filepath.Join(dir, "c.parquet.gz"), Filter{}, Parquet)
	if err == nil || !strings.Contains(err.Error(), "compresses its columns itself") {
		t.Errorf("parquet.gz = %v", err)
	}
	assertNoTemp(t, dir)
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("folder holds %d entries", len(entries))
	}
}
