package store

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/kabar-news/kabar"
)

// csvColumns are the CSV header, in order: the JSON names of kabar.Article,
// with dateline and extraction split into their fields.
var csvColumns = []string{
	"id", "url", "canonical_url", "site", "domain", "lang", "title", "description",
	"authors", "editors", "contributors", "published_at", "modified_at",
	"dateline_place", "dateline_source", "section", "tags", "text", "quotes",
	"sources", "images", "related", "word_count", "content_hash", "simhash",
	"duplicate_of", "cluster", "fetched_at", "source_file", "extraction_version", "extraction_method",
	"extraction_confidence", "extraction_warnings", "error",
}

// csvListSep joins lists of names and tags in one cell.
const csvListSep = " | "

// ExportCSV writes every record passing f to w as CSV (RFC 4180, a header
// row, then one row per record in Each's order) and returns how many rows it
// wrote. Flattening: lists of strings (authors, editors, tags, sources,
// extraction warnings) are joined with " | "; lists of objects
// (contributors, quotes, images, related) are the same JSON arrays as in
// JSON Lines; times are RFC 3339 with their own offset; absent values,
// zero word counts included, are empty cells.
func ExportCSV(ctx context.Context, db *DB, w io.Writer, f Filter) (int, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvColumns); err != nil {
		return 0, fmt.Errorf("export csv: %w", err)
	}
	n := 0
	row := make([]string, 0, len(csvColumns))
	err := db.Each(ctx, f, func(a kabar.Article) error {
		var err error
		if row, err = csvRow(row[:0], a); err != nil {
			return fmt.Errorf("record %q: %w", a.ID, err)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
		n++
		return nil
	})
	if err == nil {
		cw.Flush()
		err = cw.Error()
	}
	if err != nil {
		return n, fmt.Errorf("export csv: %w", err)
	}
	return n, nil
}

func csvRow(row []string, a kabar.Article) ([]string, error) {
	var place, source, version, method, confidence string
	var warnings []string
	if a.Dateline != nil {
		place, source = a.Dateline.Place, a.Dateline.Source
	}
	if a.Extraction != nil {
		version, method, warnings = a.Extraction.Version, a.Extraction.Method, a.Extraction.Warnings
		confidence = strconv.FormatFloat(a.Extraction.Confidence, 'f', -1, 64)
	}
	var objs [4]string
	for i, v := range []any{a.Contributors, a.Quotes, a.Images, a.Related} {
		s, err := jsonCell(v)
		if err != nil {
			return nil, err
		}
		objs[i] = s
	}
	wc := ""
	if a.WordCount != 0 {
		wc = strconv.Itoa(a.WordCount)
	}
	return append(row,
		a.ID, a.URL, a.CanonicalURL, a.Site, a.Domain, a.Lang, a.Title, a.Description,
		strings.Join(a.Authors, csvListSep), strings.Join(a.Editors, csvListSep), objs[0],
		timeCell(a.PublishedAt), timeCell(a.ModifiedAt),
		place, source, a.Section, strings.Join(a.Tags, csvListSep), a.Text, objs[1],
		strings.Join(a.Sources, csvListSep), objs[2], objs[3], wc, a.ContentHash, a.SimHash,
		a.DuplicateOf, a.Cluster, timeCell(a.FetchedAt), a.SourceFile, version, method, confidence,
		strings.Join(warnings, csvListSep), a.Error,
	), nil
}

func timeCell(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

// jsonCell is v as JSON without HTML escaping, or "" for an empty list.
func jsonCell(v any) (string, error) {
	b, err := encodeJSON(v)
	if err != nil || string(b) == "null" || string(b) == "[]" {
		return "", err
	}
	return string(b), nil
}
