package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kabar-news/kabar"
)

func TestExportCSV(t *testing.T) {
	db := openTest(t)
	rich := article("q", "tribunnews.com", "id", "2022-11-30T14:21:00+07:00")
	rich.Text = "TRIBUNNEWS.COM, BRUSSELS - Kalimat, dengan koma.\n\n\"Dialog gagal,\" kata Stoltenberg."
	rich.Editors = []string{"Choirul Arifin"}
	rich.Authors = []string{"Fitri Wulandari", "Tim <Redaksi>"}
	rich.Quotes = []kabar.Quote{{Text: "Dialog gagal,", Speaker: "Jens Stoltenberg", Cue: "kata", Paragraph: 2}}
	rich.Dateline = &kabar.Dateline{Place: "BRUSSELS", Source: "TRIBUNNEWS.COM"}
	rich.Extraction = &kabar.Extraction{Method: "rules:tribunnews", Confidence: 0.875, Warnings: []string{"a", "b"}}
	mustPut(t, db, rich, nil)
	plain := article("p", "kompas.com", "id", "")
	plain.WordCount = 0
	mustPut(t, db, plain, nil)

	var buf bytes.Buffer
	n, err := ExportCSV(context.Background(), db, &buf, Filter{})
	if err != nil || n != 2 {
		t.Fatalf("ExportCSV = %d, %v", n, err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("export is not CSV: %v", err)
	}
	if len(rows) != 3 || !slices.Equal(rows[0], csvColumns) {
		t.Fatalf("got %d rows, header %v", len(rows), rows[0])
	}
	col := func(row []string, name string) string { return row[slices.Index(csvColumns, name)] }
	q, p := rows[1], rows[2]
	for name, want := range map[string]string{
		"id": "q", "text": rich.Text, "authors": "Fitri Wulandari | Tim <Redaksi>",
		"editors": "Choirul Arifin", "published_at": "2022-11-30T14:21:00+07:00",
		"dateline_place": "BRUSSELS", "dateline_source": "TRIBUNNEWS.COM",
		"extraction_method": "rules:tribunnews", "extraction_warnings": "a | b", "word_count": "6",
		"extraction_confidence": "0.875",
	} {
		if got := col(q, name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	var quotes []kabar.Quote
	if err := json.Unmarshal([]byte(col(q, "quotes")), &quotes); err != nil || len(quotes) != 1 || quotes[0].Speaker != "Jens Stoltenberg" {
		t.Errorf("quotes cell %q: %v", col(q, "quotes"), err)
	}
	for _, name := range []string{"published_at", "word_count", "quotes", "dateline_place", "editors"} {
		if got := col(p, name); got != "" {
			t.Errorf("absent %s of p = %q, want empty", name, got)
		}
	}

	path := filepath.Join(t.TempDir(), "corpus.csv.gz")
	if n, err := ExportFile(context.Background(), db, path, Filter{Sites: []string{"kompas.com"}}); err != nil || n != 1 {
		t.Fatalf("ExportFile csv.gz = %d, %v", n, err)
	}
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		t.Fatal(err)
	}
	rows, err = csv.NewReader(zr).ReadAll()
	if err != nil || len(rows) != 2 || rows[1][0] != "p" {
		t.Errorf("csv.gz rows %v, %v", rows, err)
	}
}

func TestFormats(t *testing.T) {
	for path, want := range map[string]Format{"a.csv": CSV, "a.csv.gz": CSV, "a.csv.zst": CSV, "a.jsonl": JSONL, "a.jsonl.gz": JSONL, "a.jsonl.zst": JSONL, "-": JSONL, "csv": JSONL, "a.parquet": Parquet, "a.pq": Parquet} {
		if got := FormatOf(path); got != want {
			t.Errorf("FormatOf(%q) = %q, want %q", path, got, want)
		}
	}
	if f, err := ParseFormat("CSV"); err != nil || f != CSV {
		t.Errorf("ParseFormat(CSV) = %q, %v", f, err)
	}
	if f, err := ParseFormat("parquet"); err != nil || f != Parquet {
		t.Errorf("ParseFormat(parquet) = %q, %v", f, err)
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Error("ParseFormat(xml) succeeded")
	}
}
