package extract

import (
	"reflect"
	"testing"
)

// TestDatelineProperty: the schema.org dateline property is read from the
// JSON-LD article entity first, then from itemprop=dateline elements (a
// <meta>'s content, marked as a meta tag's since it is not shown; another
// element's text), collapsed, each value once.
func TestDatelineProperty(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Ferry order</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry order","dateline":"PORT ELLIS"}</script>
</head><body><article itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="dateline" content="PORT ELLIS">
<meta itemprop="dateline" content="Marlow">
<h1 itemprop="headline">Ferry order</h1>
<span itemprop="dateline">  Kestrelburg,
 Ore. </span>
<p>The ferry operator ordered six new vessels on Wednesday, its chief executive said in a statement to the press.</p>
<p>The first of the vessels is due in two years, and the last in five, the operator said on its website.</p>
</article></body></html>`
	p, err := Extract([]byte(page), "https://www.kestrelgazette.example/news/ferries", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Field{{Value: "PORT ELLIS", Source: "jsonld"}, {Value: "Marlow", Source: "meta:dateline"}, {Value: "Kestrelburg, Ore.", Source: "microdata"}}
	if !reflect.DeepEqual(p.Datelines, want) {
		t.Errorf("datelines %+v, want %+v", p.Datelines, want)
	}
}
