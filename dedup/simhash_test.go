package dedup_test

import (
	"testing"

	"github.com/kabar-news/kabar/dedup"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
	"github.com/kabar-news/kabar/normalize"
)

// TestSimHashMatchesNormalize keeps dedup.SimHash equal to the simhash
// normalize stores, which the store's band index is built from.
func TestSimHashMatchesNormalize(t *testing.T) {
	docs := genCorpus(6, 12)
	for _, d := range docs[:8] {
		p := &extract.Page{URL: "https://" + d.domain + "/a", Title: d.title}
		p.Body = append(p.Body, body.Block{Kind: body.Paragraph, Text: d.text})
		a := normalize.Normalize(p, normalize.Options{})
		if a.Text == "" {
			t.Fatalf("%s: normalize kept no text", d.id)
		}
		if got := dedup.SimHash(a.Text); got != a.SimHash {
			t.Errorf("%s: dedup.SimHash %s, normalize %s", d.id, got, a.SimHash)
		}
	}
}
