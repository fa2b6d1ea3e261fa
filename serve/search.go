package serve

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/kabar-news/kabar"
)

// searchIndex is the full-text index of title and text, a bleve index in
// a folder beside the store. It remembers the store's change sequence it
// has indexed through, so a restart indexes only what changed since; a
// record changed again is indexed again under its id, replacing the old
// document.
type searchIndex struct {
	idx bleve.Index
}

// doc is what bleve indexes of a record. Title and text are analysed with
// bleve's standard analyser (Unicode words, lower case; no stemming, so
// that one index serves every language of a corpus alike); the filters are
// keywords, numbers and a date, so a search with filters is one bleve query.
type doc struct {
	Title     string    `json:"title"`
	Text      string    `json:"text"`
	Domain    string    `json:"domain"`
	Lang      string    `json:"lang"`
	Authors   string    `json:"authors"`
	Speakers  string    `json:"speakers"`
	Quotes    float64   `json:"quotes"`
	Published time.Time `json:"published"`
}

var seqKey = []byte("kabar.seq")

func indexMapping() mapping.IndexMapping {
	// Nothing is stored (records are read from the store), no field goes
	// into bleve's composite _all field, and only the sort key keeps doc
	// values: each would cost index time and space for no use here.
	text := bleve.NewTextFieldMapping()
	text.Analyzer = "standard"
	text.Store = false
	text.IncludeTermVectors = false
	text.IncludeInAll = false
	text.DocValues = false
	kw := bleve.NewTextFieldMapping()
	kw.Analyzer = keyword.Name
	kw.Store = false
	kw.IncludeTermVectors = false
	kw.IncludeInAll = false
	kw.DocValues = false
	num := bleve.NewNumericFieldMapping()
	num.Store = false
	num.IncludeInAll = false
	num.DocValues = false
	date := bleve.NewDateTimeFieldMapping()
	date.Store = false
	date.IncludeInAll = false
	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt("title", text)
	dm.AddFieldMappingsAt("text", text)
	dm.AddFieldMappingsAt("authors", text)
	dm.AddFieldMappingsAt("speakers", text)
	dm.AddFieldMappingsAt("domain", kw)
	dm.AddFieldMappingsAt("lang", kw)
	dm.AddFieldMappingsAt("quotes", num)
	dm.AddFieldMappingsAt("published", date)
	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = "standard"
	return im
}

func openSearch(dir string) (*searchIndex, error) {
	// bleve's scorch index keeps its root in a bbolt file, locked by one
	// process: a second kabar serve of the same store is told so at once.
	idx, err := bleve.OpenUsing(dir, map[string]any{"bolt_timeout": "1s"})
	if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		idx, err = bleve.New(dir, indexMapping())
	}
	switch {
	case err != nil && strings.Contains(err.Error(), "timeout"):
		return nil, fmt.Errorf("search index %s: in use by another kabar serve of this store", dir)
	case err != nil:
		return nil, fmt.Errorf("search index %s: %w (remove the folder to rebuild it)", dir, err)
	}
	return &searchIndex{idx: idx}, nil
}

func (s *searchIndex) Close() error { return s.idx.Close() }

// Seq is the change sequence indexed through, 0 for a new index.
func (s *searchIndex) Seq() uint64 {
	v, err := s.idx.GetInternal(seqKey)
	if err != nil || len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

// Index adds or replaces the records in one batch and moves the indexed
// sequence to seq; the sequence is written in the same batch, so a crash
// leaves the index and its sequence in step.
func (s *searchIndex) Index(recs []kabar.Article, seq uint64) error {
	b := s.idx.NewBatch()
	for _, a := range recs {
		d := doc{
			Title: a.Title, Text: a.Text, Domain: a.Domain, Lang: a.Lang,
			Authors: strings.Join(a.Authors, "; "), Quotes: float64(len(a.Quotes)),
			Published: a.PublishedAt,
		}
		var sp []string
		for _, q := range a.Quotes {
			sp = append(sp, q.Speaker)
		}
		d.Speakers = strings.Join(sp, "; ")
		if err := b.Index(a.ID, d); err != nil {
			return fmt.Errorf("index %s: %w", a.ID, err)
		}
	}
	v := make([]byte, 8)
	binary.BigEndian.PutUint64(v, seq)
	b.SetInternal(seqKey, v)
	if err := s.idx.Batch(b); err != nil {
		return fmt.Errorf("index batch: %w", err)
	}
	return nil
}

// Find runs q (words in title or text, every filter) and returns one page
// of ids, newest first.
func (s *searchIndex) Find(q Query, from, size int) ([]string, int, error) {
	words := bleve.NewMatchQuery(q.Q)
	words.SetField("text")
	words.SetOperator(query.MatchQueryOperatorAnd)
	title := bleve.NewMatchQuery(q.Q)
	title.SetField("title")
	title.SetOperator(query.MatchQueryOperatorAnd)
	must := []query.Query{bleve.NewDisjunctionQuery(words, title)}
	if len(q.Sites) > 0 {
		var ors []query.Query
		for _, site := range q.Sites {
			t := bleve.NewTermQuery(strings.ToLower(strings.TrimSpace(site)))
			t.SetField("domain")
			ors = append(ors, t)
			// A subdomain of the site: domains are registrable domains,
			// so this matters only for a site given as a public suffix.
			w := bleve.NewWildcardQuery("*." + strings.ToLower(strings.TrimSpace(site)))
			w.SetField("domain")
			ors = append(ors, w)
		}
		must = append(must, bleve.NewDisjunctionQuery(ors...))
	}
	if q.Lang != "" {
		t := bleve.NewTermQuery(strings.ToLower(q.Lang))
		t.SetField("lang")
		must = append(must, t)
	}
	if !q.Since.IsZero() || !q.Until.IsZero() {
		// A zero bound is an open one to bleve.
		since, until := q.Since, q.Until
		yes, no := true, false
		r := bleve.NewDateRangeInclusiveQuery(since, until, &yes, &no)
		r.SetField("published")
		must = append(must, r)
	}
	for _, f := range []struct{ field, v string }{{"authors", q.Author}, {"speakers", q.Speaker}} {
		if strings.TrimSpace(f.v) == "" {
			continue
		}
		m := bleve.NewMatchQuery(f.v)
		m.SetField(f.field)
		m.SetOperator(query.MatchQueryOperatorAnd)
		must = append(must, m)
	}
	if q.Quotes {
		one := 1.0
		r := bleve.NewNumericRangeQuery(&one, nil)
		r.SetField("quotes")
		must = append(must, r)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(must...), size, from, false)
	req.SortBy([]string{"-published", "_id"})
	res, err := s.idx.Search(req)
	if err != nil {
		return nil, 0, fmt.Errorf("search %q: %w", q.Q, err)
	}
	ids := make([]string, 0, len(res.Hits))
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return ids, int(res.Total), nil
}
