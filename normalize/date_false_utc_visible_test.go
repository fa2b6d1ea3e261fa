package normalize

import (
	"testing"
	"time"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestFalseUTCUnderVisibleZone24: a tag's "Z" over the same wall clock
// as the page's visible date line, which names a zone ("10:15 PHT"), is
// false: the page's time is the line's, on a site whose zone kabar does
// not know as well. A line in another minute, or naming no zone, leaves
// the tag as it is. The pages are invented.
func TestFalseUTCUnderVisibleZone24(t *testing.T) {
	f := func(v, src string) extract.Field { return extract.Field{Value: v, Source: src} }
	tests := []struct {
		name      string
		pub       []extract.Field
		published string
	}{
		{"same wall clock, zone named",
			[]extract.Field{f("2025-03-14T10:15:00Z", "meta:article:published_time"), f("March 14, 2025 10:15 AM PHT", "text")},
			"2025-03-14T10:15:00+08:00"},
		{"another minute",
			[]extract.Field{f("2025-03-14T10:15:00Z", "meta:article:published_time"), f("March 14, 2025 6:40 PM PHT", "text")},
			"2025-03-14T10:15:00Z"},
		{"no zone named",
			[]extract.Field{f("2025-03-14T10:15:00Z", "meta:article:published_time"), f("March 14, 2025 10:15 AM", "text")},
			"2025-03-14T10:15:00Z"},
	}
	for _, tt := range tests {
		p := &extract.Page{URL: "https://www.baywatchtimes.example/news/ferry-returns", SiteName: "Bay Times", Title: "Ferry returns",
			Published: tt.pub,
			Body:      []body.Block{{Kind: body.Paragraph, Text: "The ferry returned to the harbor on Friday after a month of repairs, the operator said."}}}
		got := Normalize(p, Options{}).PublishedAt.Format(time.RFC3339)
		if got != tt.published {
			t.Errorf("%s: published %s, want %s", tt.name, got, tt.published)
		}
	}
}
