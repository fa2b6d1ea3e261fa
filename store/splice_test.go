package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
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

// TestDecodeCandidate: what detection reads of a stored record is what
// json.Unmarshal reads, for texts with every escape encodeJSON writes,
// other scripts, emoji, invalid UTF-8 and control characters.
func TestDecodeCandidate(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	parts := []string{"Kata", " ", "\n\n", `"`, `\`, "/", "<b>&amp;</b>", "ölçü 日本", "\u2028\u2029", "😀", "\xff\xfe", "\x00\x01\x1f\x7f", "\b\f\r\t", "\ufffd", "x"}
	for n := range 3000 {
		var b strings.Builder
		for k := r.IntN(40); k > 0; k-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		a := article(fmt.Sprint("id", n), "example.com", "id", "2024-03-04T08:00:00+07:00")
		a.Text = b.String()
		a.SimHash, a.ContentHash, a.Site = "0123456789abcdef", fmt.Sprint("h", n), parts[r.IntN(len(parts))]
		if r.IntN(2) == 0 {
			a.Sources = []string{parts[r.IntN(len(parts))], "Kompas.com"}
			a.DuplicateOf, a.Cluster = "c", "c"
		}
		rec, err := encodeArticle(a)
		if err != nil {
			t.Fatal(err)
		}
		var want candMeta
		if err := json.Unmarshal(rec, &want); err != nil {
			t.Fatal(err)
		}
		got, err := decodeCandidate(rec)
		if err == nil {
			err = got.decodeText()
		}
		if err != nil {
			t.Fatalf("%s: %v", rec, err)
		}
		if got.Text != want.Text || got.SimHash != want.SimHash || got.ContentHash != want.ContentHash ||
			!got.PublishedAt.Equal(want.PublishedAt) || got.Site != want.Site || got.Domain != want.Domain ||
			!slices.Equal(got.Sources, want.Sources) || got.Cluster != want.Cluster || got.DuplicateOf != want.DuplicateOf {
			t.Fatalf("%s: got %+v, want %+v", rec, got, want)
		}
	}
	// unquoteText on strings encodeJSON does not write declines or agrees.
	for _, s := range []string{`"a\ud83d\ude00b"`, `"\u00e9\u0041"`, "\"raw\x01\"", `"bad\x"`, `"\u12"`, `"tail\"`, `"ok\/\b"`} {
		var want string
		werr := json.Unmarshal([]byte(s), &want)
		if got, ok := unquoteText([]byte(s)); ok && (werr != nil || got != want) {
			t.Errorf("unquoteText(%q) = %q, json gives %q (%v)", s, got, want, werr)
		}
	}
}
