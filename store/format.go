package store

import (
	"fmt"
	"strings"
)

// Format is the layout of an export.
type Format string

// The export formats.
const (
	// JSONL is JSON Lines: one kabar.Article per line, the schema in full.
	JSONL Format = "jsonl"
	// CSV is one row per record with the columns of csvColumns; see
	// ExportCSV for how lists are flattened.
	CSV Format = "csv"
	// Parquet is one row per record with nested columns that keep lists as
	// lists; see ExportParquet for the schema.
	Parquet Format = "parquet"
)

// compression is how an export file is compressed, chosen by its name.
type compression int

const (
	uncompressed compression = iota
	gzipped
	zstded
)

// compressions maps a file name suffix to its compression.
var compressions = []struct {
	suffix string
	c      compression
}{
	{".gz", gzipped},
	{".zst", zstded},
}

// unsupportedSuffixes are compressions that a name asks for but this build
// cannot write; writing plain JSON under such a name would mislead.
var unsupportedSuffixes = []string{".bz2", ".xz", ".lz4", ".zip", ".br"}

// compressionOf returns the compression a file name asks for and the name
// without that suffix. An unsupported compression suffix is an error.
func compressionOf(path string) (compression, string, error) {
	for _, s := range compressions {
		if strings.HasSuffix(path, s.suffix) {
			return s.c, strings.TrimSuffix(path, s.suffix), nil
		}
	}
	for _, s := range unsupportedSuffixes {
		if strings.HasSuffix(path, s) {
			return uncompressed, path, fmt.Errorf("%s compression is not supported (use .gz, .zst or no suffix)", s)
		}
	}
	return uncompressed, path, nil
}

// FormatOf picks the format from a file name, after any .gz or .zst
// suffix: ".csv" is CSV, ".parquet" or ".pq" Parquet, anything else
// (".jsonl", ".ndjson", "-") JSON Lines.
func FormatOf(path string) Format {
	_, base, _ := compressionOf(path)
	switch {
	case strings.HasSuffix(base, ".csv"):
		return CSV
	case strings.HasSuffix(base, ".parquet"), strings.HasSuffix(base, ".pq"):
		return Parquet
	}
	return JSONL
}

// ParseFormat reads a --format value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case JSONL, CSV, Parquet:
		return f, nil
	case "json", "ndjson":
		return JSONL, nil
	}
	return "", fmt.Errorf("unknown export format %q (want jsonl, csv or parquet)", s)
}
