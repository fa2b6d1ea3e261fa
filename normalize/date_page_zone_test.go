package normalize

import (
	"testing"
	"time"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestPageZone24: on a site whose zone kabar does not know, a time with
// no zone takes the one non-zero offset the page's zoned dates name (the
// CMS writes them all in one zone), not UTC. Dates that name two
// offsets, or only zero, say nothing, and the time stays in UTC. The
// pages are invented.
func TestPageZone24(t *testing.T) {
	f := func(v, src string) extract.Field { return extract.Field{Value: v, Source: src} }
	tests := []struct {
		name      string
		pub, mod  []extract.Field
		published string
	}{
		{"modified tag names the offset",
			[]extract.Field{f("March 14, 2025 8:15 AM", "text")},
			[]extract.Field{f("2025-03-14T11:40:00+05:30", "meta:article:modified_time")},
			"2025-03-14T08:15:00+05:30"},
		{"a published tag in another minute names it",
			[]extract.Field{f("2025-03-14 08:15:00", "meta:datepublished"), f("2025-03-14T09:02:00-04:00", "time")},
			nil,
			"2025-03-14T08:15:00-04:00"},
		{"two offsets: no zone",
			[]extract.Field{f("2025-03-14 08:15:00", "meta:datepublished"), f("2025-03-14 08:15:00 UTC", "time"), f("March 14, 2025 at 4:15 am ET", "text")},
			nil,
			"2025-03-14T08:15:00Z"},
		{"only a zero offset: no zone",
			[]extract.Field{f("March 14, 2025 8:15 AM", "text")},
			[]extract.Field{f("2025-03-14T11:40:00Z", "meta:article:modified_time")},
			"2025-03-14T08:15:00Z"},
	}
	for _, tt := range tests {
		p := &extract.Page{URL: "https://www.harborgazette.example/news/ferry-returns", SiteName: "Harbor Gazette", Title: "Ferry returns",
			Published: tt.pub, Modified: tt.mod,
			Body: []body.Block{{Kind: body.Paragraph, Text: "The ferry returned to the harbor on Friday after a month of repairs, the operator said."}}}
		got := Normalize(p, Options{}).PublishedAt.Format(time.RFC3339)
		if got != tt.published {
			t.Errorf("%s: published %s, want %s", tt.name, got, tt.published)
		}
	}
}
