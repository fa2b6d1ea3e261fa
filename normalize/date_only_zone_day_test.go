package normalize

import (
	"testing"
	"time"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestDateOnlyDayInItsZone24: a date without a time takes the time of a
// witness on the same day as the date's zone counts it: on a site in
// Europe/Berlin, "2025-03-15" and "2025-03-14T23:30:00Z" (00:30 in
// Berlin) are one day. A witness on another day in that zone leaves the
// date alone. The pages are invented.
func TestDateOnlyDayInItsZone24(t *testing.T) {
	f := func(v, src string) extract.Field { return extract.Field{Value: v, Source: src} }
	tests := []struct {
		name      string
		pub       []extract.Field
		published string
	}{
		{"same day in the site's zone",
			[]extract.Field{f("2025-03-15", "jsonld"), f("2025-03-14T23:30:00Z", "meta:article:published_time")},
			"2025-03-15T00:30:00+01:00"},
		{"another day in the site's zone",
			[]extract.Field{f("2025-03-15", "jsonld"), f("2025-03-14T20:00:00Z", "meta:article:published_time")},
			"2025-03-15T00:00:00+01:00"},
	}
	for _, tt := range tests {
		p := &extract.Page{URL: "https://www.rheinbote.example/lokal/faehre", SiteName: "Rheinbote", Title: "Fähre fährt wieder",
			TimeZone: "Europe/Berlin", Published: tt.pub,
			Body: []body.Block{{Kind: body.Paragraph, Text: "Die Fähre fährt nach einem Monat Reparatur wieder über den Fluss, sagte der Betreiber."}}}
		got := Normalize(p, Options{}).PublishedAt
		want, _ := time.Parse(time.RFC3339, tt.published)
		if !got.Equal(want) {
			t.Errorf("%s: published %s, want %s", tt.name, got.Format(time.RFC3339), tt.published)
		}
	}
}
