package store

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"

	"github.com/kabar-news/kabar"
)

// parquetRowGroup is how many records make one Parquet row group. The
// writer holds a whole row group in memory before encoding it, so this
// bounds an export's memory (about 5,000 records of a few KB of text each,
// some tens of MB) whatever the size of the corpus; it is large enough for
// readers to skip row groups by their statistics.
const parquetRowGroup = 5000

// parquetBatch is how many rows go to the writer in one call.
const parquetBatch = 128

// parquetArticle is the Parquet row of a record: the columns and their
// order are those of kabar.Article, named by its JSON names. Strings and
// numbers that JSON omits are null; lists are Parquet LIST columns (absent
// lists are null, never empty); dateline and extraction are optional
// groups. Times are TIMESTAMP(MICROS, UTC) instants; because an instant
// loses the page's own offset, published_at and modified_at have an
// *_offset column with the offset in seconds east of UTC.
type parquetArticle struct {
	ID           string `parquet:"id"`
	URL          string `parquet:"url,optional"`
	CanonicalURL string `parquet:"canonical_url,optional"`
	Site         string `parquet:"site,optional"`
	Domain       string `parquet:"domain,optional"`
	Lang         string `parquet:"lang,optional"`
	Title        string `parquet:"title,optional"`
	Description  string `parquet:"description,optional"`

	Authors      []string        `parquet:"authors,list,optional"`
	Editors      []string        `parquet:"editors,list,optional"`
	Contributors []parquetPerson `parquet:"contributors,list,optional"`

	PublishedAt       *time.Time `parquet:"published_at,timestamp(microsecond),optional"`
	PublishedAtOffset *int32     `parquet:"published_at_offset,optional"`
	ModifiedAt        *time.Time `parquet:"modified_at,timestamp(microsecond),optional"`
	ModifiedAtOffset  *int32     `parquet:"modified_at_offset,optional"`

	Dateline *parquetDateline `parquet:"dateline,optional"`
	Section  string           `parquet:"section,optional"`
	Tags     []string         `parquet:"tags,list,optional"`

	Text    string         `parquet:"text,optional"`
	Quotes  []parquetQuote `parquet:"quotes,list,optional"`
	Sources []string       `parquet:"sources,list,optional"`
	Images  []parquetImage `parquet:"images,list,optional"`
	Related []parquetLink  `parquet:"related,list,optional"`

	WordCount   *int64 `parquet:"word_count,optional"`
	ContentHash string `parquet:"content_hash,optional"`
	SimHash     string `parquet:"simhash,optional"`
	DuplicateOf string `parquet:"duplicate_of,optional"`
	Cluster     string `parquet:"cluster,optional"`

	FetchedAt  *time.Time `parquet:"fetched_at,timestamp(microsecond),optional"`
	SourceFile string     `parquet:"source_file,optional"`

	Extraction *parquetExtraction `parquet:"extraction,optional"`
	Error      string             `parquet:"error,optional"`
}

type parquetPerson struct {
	Name string `parquet:"name"`
	Role string `parquet:"role"`
}

type parquetDateline struct {
	Place  string `parquet:"place,optional"`
	Source string `parquet:"source,optional"`
}

type parquetQuote struct {
	Text      string `parquet:"text"`
	Speaker   string `parquet:"speaker,optional"`
	Cue       string `parquet:"cue,optional"`
	Paragraph *int32 `parquet:"paragraph,optional"`
}

type parquetImage struct {
	URL     string `parquet:"url"`
	Caption string `parquet:"caption,optional"`
	Credit  string `parquet:"credit,optional"`
}

type parquetLink struct {
	URL   string `parquet:"url"`
	Title string `parquet:"title,optional"`
}

type parquetExtraction struct {
	Version    string   `parquet:"version,optional"`
	Method     string   `parquet:"method,optional"`
	Confidence float64  `parquet:"confidence"`
	Warnings   []string `parquet:"warnings,list,optional"`
}

// parquetSchema names the message "kabar_article" rather than after the
// Go type.
var parquetSchema = parquet.NewSchema("kabar_article", parquet.SchemaOf(new(parquetArticle)))

// ExportParquet writes every record passing f to w as one Parquet file
// (zstd-compressed columns, a row group per parquetRowGroup records) in
// Each's order and returns how many rows it wrote. The schema is that of
// parquetArticle; the file's key/value metadata carries
// "kabar.schema_version". Memory is bounded by one row group, not by the
// number of records.
func ExportParquet(ctx context.Context, db *DB, w io.Writer, f Filter) (int, error) {
	pw := parquet.NewGenericWriter[parquetArticle](w,
		parquetSchema,
		parquet.Compression(&zstd.Codec{}),
		parquet.MaxRowsPerRowGroup(parquetRowGroup),
		parquet.CreatedBy("kabar", kabar.Version, ""),
		parquet.KeyValueMetadata("kabar.schema_version", strconv.Itoa(kabar.SchemaVersion)),
	)
	n := 0
	rows := make([]parquetArticle, 0, parquetBatch)
	flush := func() error {
		if _, err := pw.Write(rows); err != nil {
			return err
		}
		n += len(rows)
		clear(rows)
		rows = rows[:0]
		return nil
	}
	err := db.Each(ctx, f, func(a kabar.Article) error {
		rows = append(rows, parquetRow(a))
		if len(rows) == cap(rows) {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err == nil {
		err = pw.Close()
	}
	if err != nil {
		return n, fmt.Errorf("export parquet: %w", err)
	}
	return n, nil
}

// parquetRow converts a record to its Parquet row.
func parquetRow(a kabar.Article) parquetArticle {
	r := parquetArticle{
		ID: a.ID, URL: a.URL, CanonicalURL: a.CanonicalURL, Site: a.Site, Domain: a.Domain,
		Lang: a.Lang, Title: a.Title, Description: a.Description,
		Authors: a.Authors, Editors: a.Editors,
		Section: a.Section, Tags: a.Tags, Text: a.Text, Sources: a.Sources,
		ContentHash: a.ContentHash, SimHash: a.SimHash,
		DuplicateOf: a.DuplicateOf, Cluster: a.Cluster, SourceFile: a.SourceFile, Error: a.Error,
	}
	r.PublishedAt, r.PublishedAtOffset = parquetTime(a.PublishedAt)
	r.ModifiedAt, r.ModifiedAtOffset = parquetTime(a.ModifiedAt)
	r.FetchedAt, _ = parquetTime(a.FetchedAt)
	for _, p := range a.Contributors {
		r.Contributors = append(r.Contributors, parquetPerson{Name: p.Name, Role: string(p.Role)})
	}
	if d := a.Dateline; d != nil {
		r.Dateline = &parquetDateline{Place: d.Place, Source: d.Source}
	}
	for _, q := range a.Quotes {
		pq := parquetQuote{Text: q.Text, Speaker: q.Speaker, Cue: q.Cue}
		if q.Paragraph != 0 {
			p := int32(q.Paragraph)
			pq.Paragraph = &p
		}
		r.Quotes = append(r.Quotes, pq)
	}
	for _, im := range a.Images {
		r.Images = append(r.Images, parquetImage(im))
	}
	for _, l := range a.Related {
		r.Related = append(r.Related, parquetLink(l))
	}
	if a.WordCount != 0 {
		wc := int64(a.WordCount)
		r.WordCount = &wc
	}
	if e := a.Extraction; e != nil {
		r.Extraction = &parquetExtraction{Version: e.Version, Method: e.Method, Confidence: e.Confidence, Warnings: e.Warnings}
	}
	return r
}

// parquetTime splits t into a UTC instant and its offset in seconds, both
// nil for the zero time.
func parquetTime(t time.Time) (*time.Time, *int32) {
	if t.IsZero() {
		return nil, nil
	}
	u := t.UTC()
	_, off := t.Zone()
	o := int32(off)
	return &u, &o
}
