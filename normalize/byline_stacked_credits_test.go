package normalize

import (
	"reflect"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// stackedPage is a story whose byline element sets its credits on lines
// of their own; extract joins the element's lines with spaces.
func stackedPage(lang, byline string) string {
	return `<!doctype html><html lang="` + lang + `"><head><meta charset="utf-8"><title>Ferry terminal approved</title>
<meta property="og:site_name" content="Millbrook Courier"></head><body>
<article><h1>Ferry terminal approved</h1><div class="byline">` + byline + `</div><div class="article-body">
<p>The town council voted on Tuesday to approve a new ferry terminal on the east quay, ending years of debate over the crossing and its cost.</p>
<p>The terminal is expected to cost about twelve million pounds and to open in the spring of next year, according to figures released by the council.</p>
<p>Opponents said the plan did little for residents of the west bank, who will still face long waits at the old slipway during the summer months.</p>
</div></article></body></html>`
}

// TestStackedBylineCredits: a byline element that sets the writer and
// the editor on lines of their own ("By A<br>Edited by B", a span each)
// reaches normalize as one line; a label of two words written with a
// capital after a labelled name starts the second credit. Before, the
// line read whole named no one and the writer was lost too.
func TestStackedBylineCredits(t *testing.T) {
	tests := []struct {
		lang, byline     string
		authors, editors []string
	}{
		{"en", `By Wendell Okoro<br>Edited by Gail Ferris`, []string{"Wendell Okoro"}, []string{"Gail Ferris"}},
		{"en", `<span>By Wendell Okoro</span> <span>Edited by Gail Ferris</span>`, []string{"Wendell Okoro"}, []string{"Gail Ferris"}},
		{"en", `<span>Written by Wendell Okoro and Priya Nandakumar</span><span>Edited By Gail Ferris</span>`, []string{"Wendell Okoro", "Priya Nandakumar"}, []string{"Gail Ferris"}},
		{"en", `<p>Reported by Wendell Okoro</p><p>Edited by Gail Ferris</p>`, []string{"Wendell Okoro"}, []string{"Gail Ferris"}},
		{"de", `Von Anna Kessler<br>Bearbeitet von Gail Ferris`, []string{"Anna Kessler"}, []string{"Gail Ferris"}},
		{"es", `Por Lucía Andrade<br>Editado por Gail Ferris`, []string{"Lucía Andrade"}, []string{"Gail Ferris"}},
		// Guard: a label that opens the line is the line's own.
		{"en", `Edited by Gail Ferris`, nil, []string{"Gail Ferris"}},
	}
	for _, tt := range tests {
		p, err := extract.Extract([]byte(stackedPage(tt.lang, tt.byline)), "https://www.millbrookcourier.example/news/ferry", extract.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.byline, err)
		}
		a := Normalize(p, Options{})
		if !reflect.DeepEqual(a.Authors, tt.authors) || !reflect.DeepEqual(a.Editors, tt.editors) {
			t.Errorf("%s: authors %q editors %q, want %q %q", tt.byline, a.Authors, a.Editors, tt.authors, tt.editors)
		}
	}
}
