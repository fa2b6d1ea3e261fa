package store

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Per-site extraction quality.
//
// Sites redesign their pages, and that is the usual way a news corpus rots
// unnoticed: the crawl keeps storing records, but their authors, dates or
// body are gone. Quality measures, per site, the share of records with
// authors, a publication date, a dateline and quotes, and the mean
// extraction confidence, over the site's recent records and over its
// history, and names the measures that collapsed.
//
// Recent and history are split by fetch time: with QualityOptions.Since
// set (a crawl checks the records it just fetched), records fetched at or
// after it are recent; otherwise a site's recent records are those fetched
// within Window before its newest fetch. History is the site's records
// fetched before that.

// Thresholds of a collapse: a measure collapsed when the site has at least
// MinHistory earlier records and MinRecent recent ones, the history's share
// was at least collapseFloor, and the recent share fell below half of it,
// by at least collapseDrop, and further than chance explains (see
// collapsed).
const (
	MinHistory    = 20
	MinRecent     = 5
	collapseFloor = 0.5
	collapseDrop  = 0.3
	// DefaultWindow is the default QualityOptions.Window.
	DefaultWindow = 24 * time.Hour
)

// QualityOptions choose the recent records (see Quality).
type QualityOptions struct {
	// Since, when set, makes records fetched at or after it recent.
	Since time.Time
	// Window is how far before a site's newest fetch its recent records go
	// when Since is zero (DefaultWindow when 0).
	Window time.Duration
}

// Coverage counts records and how many of them have each field.
type Coverage struct {
	Records    int     `json:"records"`
	Authors    float64 `json:"authors"`    // share of records with authors
	Date       float64 `json:"date"`       // ... with published_at
	Dateline   float64 `json:"dateline"`   // ... with a dateline
	Quotes     float64 `json:"quotes"`     // ... with at least one quote
	Confidence float64 `json:"confidence"` // mean extraction.confidence (0 when absent)
}

// SiteQuality is one site's coverage overall, recently and before.
type SiteQuality struct {
	Site    string   `json:"site"`
	All     Coverage `json:"all"`
	Recent  Coverage `json:"recent"`
	History Coverage `json:"history"`
	// Collapsed names the measures whose recent share fell sharply from
	// the history's ("authors 0.95 -> 0.10"), empty when none did.
	Collapsed []string `json:"collapsed,omitempty"`
}

// qualityRec is the part of a stored record Quality reads.
type qualityRec struct {
	Domain      string          `json:"domain"`
	Authors     []string        `json:"authors"`
	PublishedAt time.Time       `json:"published_at"`
	Dateline    json.RawMessage `json:"dateline"`
	Quotes      []struct{}      `json:"quotes"`
	FetchedAt   time.Time       `json:"fetched_at"`
	Extraction  *struct {
		Confidence float64 `json:"confidence"`
	} `json:"extraction"`
}

// tally sums the measures of a set of records.
type tally struct {
	n, authors, date, dateline, quotes int
	conf                               float64
}

func (t *tally) add(r *qualityRec) {
	t.n++
	if len(r.Authors) > 0 {
		t.authors++
	}
	if !r.PublishedAt.IsZero() {
		t.date++
	}
	if len(r.Dateline) > 0 && string(r.Dateline) != "null" {
		t.dateline++
	}
	if len(r.Quotes) > 0 {
		t.quotes++
	}
	if r.Extraction != nil {
		t.conf += r.Extraction.Confidence
	}
}

func (t tally) coverage() Coverage {
	if t.n == 0 {
		return Coverage{}
	}
	n := float64(t.n)
	return Coverage{Records: t.n, Authors: float64(t.authors) / n, Date: float64(t.date) / n,
		Dateline: float64(t.dateline) / n, Quotes: float64(t.quotes) / n, Confidence: t.conf / n}
}

// Quality returns the per-site quality of the stored records, sites sorted
// by name. It reads the records in chunks (twice when opts.Since is zero:
// first for each site's newest fetch), keeping only tallies per site.
// Records without fetched_at count as history.
func (db *DB) Quality(ctx context.Context, opts QualityOptions) ([]SiteQuality, error) {
	window := opts.Window
	if window <= 0 {
		window = DefaultWindow
	}
	cuts := map[string]time.Time{} // site -> first fetch time that is recent
	if opts.Since.IsZero() {
		err := db.eachQualityRec(ctx, func(site string, r *qualityRec) {
			if c, ok := cuts[site]; !ok || r.FetchedAt.Add(-window).After(c) {
				cuts[site] = r.FetchedAt.Add(-window)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	type tallies struct{ all, recent, hist tally }
	sites := map[string]*tallies{}
	err := db.eachQualityRec(ctx, func(site string, r *qualityRec) {
		t := sites[site]
		if t == nil {
			t = &tallies{}
			sites[site] = t
		}
		t.all.add(r)
		cut := opts.Since
		if cut.IsZero() {
			cut = cuts[site]
		}
		if !r.FetchedAt.IsZero() && !r.FetchedAt.Before(cut) {
			t.recent.add(r)
		} else {
			t.hist.add(r)
		}
	})
	if err != nil {
		return nil, err
	}
	out := make([]SiteQuality, 0, len(sites))
	for name, t := range sites {
		q := SiteQuality{Site: name, All: t.all.coverage(), Recent: t.recent.coverage(), History: t.hist.coverage()}
		q.Collapsed = collapsed(q.History, q.Recent)
		out = append(out, q)
	}
	slices.SortFunc(out, func(a, b SiteQuality) int { return strings.Compare(a.Site, b.Site) })
	return out, nil
}

// eachQualityRec calls fn with the site (lower-cased domain) and the
// quality fields of every stored record, reading a chunk of records per
// read transaction.
func (db *DB) eachQualityRec(ctx context.Context, fn func(site string, r *qualityRec)) error {
	var resume []byte
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		done := true
		err := db.view(func(tx *bolt.Tx) error {
			c := tx.Bucket(bucketArticles).Cursor()
			k, v := c.First()
			if resume != nil {
				if k, v = c.Seek(resume); k != nil && string(k) == string(resume) {
					k, v = c.Next()
				}
			}
			for n := 0; k != nil; k, v = c.Next() {
				if n == qualityChunk {
					resume, done = slices.Clone(k), false
					return nil
				}
				n++
				var r qualityRec
				if err := json.Unmarshal(v, &r); err != nil {
					return fmt.Errorf("decode record %q: %w", k, err)
				}
				fn(strings.ToLower(r.Domain), &r)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("quality of %s: %w", db.path, err)
		}
		if done {
			return nil
		}
	}
}

// qualityChunk is how many records one read transaction of Quality reads.
const qualityChunk = 2048

// collapsed names the measures of recent that fell sharply from hist (see
// the thresholds), as "authors 0.95 -> 0.10". A share must also have
// fallen further than chance explains: a site whose pages carry quotes 60 %
// of the time will now and then give five in a row without one, so the
// recent count must be below what the history's share gives with
// probability collapseChance (the binomial tail).
func collapsed(hist, recent Coverage) []string {
	if hist.Records < MinHistory || recent.Records < MinRecent {
		return nil
	}
	var out []string
	for _, m := range []struct {
		name  string
		h, r  float64
		share bool
	}{
		{"authors", hist.Authors, recent.Authors, true},
		{"date", hist.Date, recent.Date, true},
		{"dateline", hist.Dateline, recent.Dateline, true},
		{"quotes", hist.Quotes, recent.Quotes, true},
		{"confidence", hist.Confidence, recent.Confidence, false},
	} {
		if m.h < collapseFloor || m.r >= m.h/2 || m.h-m.r < collapseDrop {
			continue
		}
		if m.share {
			k := int(math.Round(m.r * float64(recent.Records)))
			if binomialTail(k, recent.Records, m.h) >= collapseChance {
				continue
			}
		}
		out = append(out, fmt.Sprintf("%s %.2f -> %.2f", m.name, m.h, m.r))
	}
	return out
}

// collapseChance is the probability under which a fall is taken for more
// than chance.
const collapseChance = 0.001

// binomialTail is P(X <= k) for X ~ Binomial(n, p).
func binomialTail(k, n int, p float64) float64 {
	if p <= 0 {
		return 1
	}
	if p >= 1 {
		if k >= n {
			return 1
		}
		return 0
	}
	lf := func(x int) float64 { v, _ := math.Lgamma(float64(x) + 1); return v }
	sum := 0.0
	for i := 0; i <= k && i <= n; i++ {
		lc := lf(n) - lf(i) - lf(n-i)
		sum += math.Exp(lc + float64(i)*math.Log(p) + float64(n-i)*math.Log1p(-p))
	}
	return min(1, sum)
}
