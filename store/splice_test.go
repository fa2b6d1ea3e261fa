package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/dedup"
)

// TestSpliceGroupFields: setting duplicate_of and cluster in the stored
// bytes gives exactly what decoding, setting and encoding gives, for
// records with every field (strings holding quotes, braces, commas,
// escapes, HTML and other scripts) or few, and every change of the two.
func TestSpliceGroupFields(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	tricky := []string{"", "a", `"quoted", {braced} [x]`, `back\slash`, "<b>&amp;</b>", "ölçü 日本 \u2028", "line\nbreak\ttab", `"cluster":"x"`, "\x7f\x01"}
	pick := func() string { return tricky[r.IntN(len(tricky))] }
	ids := []string{"", "abc", "0123456789abcdef0123456789abcdef", `we"ird<id>`}
	for n := range 3000 {
		a := kabar.Article{ID: fmt.Sprint("id", n, pick())}
		if r.IntN(2) == 0 {
			a = article(a.ID, "example.com", "id", "2024-03-04T08:00:00+07:00")
		}
		if r.IntN(2) == 0 {
			a.Title, a.Text, a.Site, a.Lang = pick(), pick(), pick(), pick()
			a.Authors = []string{pick(), pick()}
			a.Contributors = []kabar.Person{{Name: pick(), Role: kabar.Role(pick())}}
			a.ModifiedAt = time.Date(2024, 1, 2, 3, 4, 5, 6, time.UTC)
			a.Dateline = &kabar.Dateline{Place: pick()}
			a.Quotes = []kabar.Quote{{Text: pick(), Speaker: pick(), Paragraph: r.IntN(3)}}
			a.Sources = []string{pick()}
			a.Images = []kabar.Image{{URL: pick(), Caption: pick()}}
			a.Related = []kabar.Link{{URL: pick()}}
			a.WordCount = r.IntN(500)
		}
		if r.IntN(2) == 0 {
			a.FetchedAt = time.Date(2024, 5, 6, 7, 8, 9, 0, time.FixedZone("", 7*3600))
			a.SourceFile, a.Error = pick(), pick()
		}
		if r.IntN(2) == 0 {
			a.Extraction = &kabar.Extraction{Version: pick(), Confidence: r.Float64(), Warnings: []string{pick()}}
		}
		a.DuplicateOf, a.Cluster = ids[r.IntN(len(ids))], ids[r.IntN(len(ids))]
		rec, err := encodeArticle(a)
		if err != nil {
			t.Fatal(err)
		}
		f := dedup.Fields{DuplicateOf: ids[r.IntN(len(ids))], Cluster: ids[r.IntN(len(ids))]}
		got, meta, ok := spliceGroupFields(rec, f)
		if !ok {
			t.Fatalf("record %s not spliced", rec)
		}
		var d kabar.Article
		if err := json.Unmarshal(rec, &d); err != nil {
			t.Fatal(err)
		}
		if meta.ID != d.ID || !meta.PublishedAt.Equal(d.PublishedAt) || meta.Domain != d.Domain || meta.Lang != d.Lang || meta.Cluster != d.Cluster || meta.DuplicateOf != d.DuplicateOf {
			t.Fatalf("fields read from %s: %+v", rec, meta)
		}
		d.DuplicateOf, d.Cluster = f.DuplicateOf, f.Cluster
		want, err := encodeArticle(d)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("spliced\n%s\nwant\n%s", got, want)
		}
	}
	for _, bad := range []string{``, `{`, `[]`, `{"id":"a",}`, `{"unknown":1}`, `{"url":"u","id":"a"}`, `{"id":"a" }`, `{"id":"a"`} {
		if _, _, ok := spliceGroupFields([]byte(bad), dedup.Fields{Cluster: "c"}); ok {
			t.Errorf("%q spliced, want the decoding path", bad)
		}
	}
}
