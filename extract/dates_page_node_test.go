package extract

import (
	"slices"
	"testing"
)

// TestPageNodeDates: a page whose JSON-LD has no article entity but a node
// for the page itself (a fact check's ClaimReview, a WebPage as SEO
// plug-ins write it) gives that node's datePublished and dateModified, after
// the meta tags; teasers of a listing and nodes of other types give none.
// The pages are invented.
func TestPageNodeDates(t *testing.T) {
	const story = `<h1>Did the mayor sell the old ferry?</h1><p>A post shared widely this week claimed that the mayor had sold the town's last ferry to a private buyer.</p>`
	tests := []struct {
		name, head string
		pub, mod   []Field
	}{
		{
			"a fact check's ClaimReview",
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","datePublished":"2025-03-04T09:20:00+00:00","claimReviewed":"The mayor sold the ferry"}</script>`,
			[]Field{{"2025-03-04T09:20:00+00:00", "jsonld:page"}}, nil,
		},
		{
			"a WebPage in a graph, after the meta tag",
			`<meta property="article:published_time" content="2025-03-04T09:20:00+01:00">` +
				`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Harbour Post"},{"@type":"WebPage","datePublished":"2025-03-04T08:20:00+00:00","dateModified":"2025-03-05T10:00:00+00:00"}]}</script>`,
			[]Field{{"2025-03-04T09:20:00+01:00", "meta:article:published_time"}, {"2025-03-04T08:20:00+00:00", "jsonld:page"}},
			[]Field{{"2025-03-05T10:00:00+00:00", "jsonld:page"}},
		},
		{
			"an article entity dates the page itself",
			`<script type="application/ld+json">[{"@type":"NewsArticle","headline":"Did the mayor sell the old ferry?","datePublished":"2025-03-04T09:20:00+00:00"},{"@type":"WebPage","datePublished":"2024-01-01T00:00:00+00:00"}]</script>`,
			[]Field{{"2025-03-04T09:20:00+00:00", "jsonld"}}, nil,
		},
		{
			"a video's date is not the page's",
			`<script type="application/ld+json">{"@type":"VideoObject","name":"Ferry at dawn","datePublished":"2023-06-01T05:00:00+00:00"}</script>`,
			nil, nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head>` + tt.head + `</head><body><article>` + story + `</article></body></html>`
			p, err := Extract([]byte(page), "https://harbourpost.example/checks/ferry", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(p.Published, tt.pub) || !slices.Equal(p.Modified, tt.mod) {
				t.Errorf("published %q modified %q, want %q and %q", p.Published, p.Modified, tt.pub, tt.mod)
			}
		})
	}
}
