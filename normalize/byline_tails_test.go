package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBylineTailsNameNoWriter: what a byline sets after its writers
// without naming another one — a degree written without full stops, the
// place of a wire's dateline after the agency, an opinion page's board —
// is no author; the writers and agencies before it stand.
func TestBylineTailsNameNoWriter(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"Written by Corinne Vasseur, PhD", []string{"Corinne Vasseur"}},
		{"By Tomás Ferreira, MSc", []string{"Tomás Ferreira"}},
		{"Orla Brennan, BSc, RD", []string{"Orla Brennan"}},
		{"By Adaeze Okonkwo, EdD", []string{"Adaeze Okonkwo"}},
		{"By Tomás Ferreira and Ana McKay", []string{"Tomás Ferreira", "Ana McKay"}},
		{"AFP, MANILA", []string{"AFP"}},
		{"AP, BOGOTA", []string{"AP"}},
		{"Reuters, NAIROBI", []string{"Reuters"}},
		{"AFP", []string{"AFP"}},
		{"By Corinne Vasseur, AFP", []string{"Corinne Vasseur"}},
		{"The Editorial Board", nil},
		{"By the Editorial Board", nil},
		{"Editorial Board", nil},
	}
	for _, tc := range tests {
		for _, src := range []string{"byline", "meta"} {
			p := &extract.Page{URL: "https://www.harbourtimes.example/news/ferry", SiteName: "Harbour Times", Title: "Ferry fares rise"}
			if src == "byline" {
				p.Bylines = []extract.Field{{Value: tc.byline, Source: "byline"}}
			} else {
				p.Authors = []extract.Field{{Value: tc.byline, Source: "meta:author"}}
			}
			got := Normalize(p, Options{}).Authors
			if len(got) == 0 {
				got = nil
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s %q: authors %q, want %q", src, tc.byline, got, tc.want)
			}
		}
	}
}
