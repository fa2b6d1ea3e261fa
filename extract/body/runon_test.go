package body

import "testing"

// TestRunOnSignal: a body that runs on into the next story, set under the
// article in the same element below that story's linked headline, is
// marked (Signals.RunOn); a teaser card among the article's paragraphs,
// the article going on outside it, and a round-up whose linked items each
// head a paragraph or two, are not.
func TestRunOnSignal(t *testing.T) {
	own := `<p>` + para("quarry", 2) + `</p><p>` + para("orchard", 2) + `</p><p>` + para("ferry", 2) + `</p><p>` + para("market", 2) + `</p>`
	next := `<p>` + para("lighthouse", 2) + `</p><p>` + para("tramway", 2) + `</p><p>` + para("harbour", 2) + `</p><p>` + para("library", 2) + `</p>`
	item := func(name string) string {
		return `<div class="item"><h3><a href="/p/` + name + `">The ` + name + ` model we liked best</a></h3><p>` + para(name, 2) + `</p></div>`
	}
	cases := []struct {
		name string
		html string
		want bool
	}{
		{"the next story in a box under its linked headline",
			`<main><div class="text">` + own + `</div><div class="more"><h3><a href="/n/2">Lighthouse keepers leave the island</a></h3><div>` + next + `</div></div></main>`, true},
		{"the next story in the same element under its linked headline",
			`<main><div class="text">` + own + `<h2><a href="/n/2">Lighthouse keepers leave the island</a></h2>` + next + `</div></main>`, true},
		{"a subheading linked to itself as an anchor",
			`<main><div class="text">` + own + `<h2><a href="#keepers">What the keepers will do next</a></h2>` + next + `</div></main>`, false},
		{"a teaser card among the article's paragraphs",
			`<main><div class="text">` + own + `<div class="card"><h3><a href="/n/2">Lighthouse keepers leave the island</a></h3></div>` + next + `</div></main>`, false},
		{"a round-up of linked items",
			`<main><div class="text">` + own + item("kettle") + item("toaster") + item("blender") + item("grinder") + `</div></main>`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(parse(t, "<html><body>"+c.html+"</body></html>"), Options{})
			if res.Signals.RunOn != c.want {
				t.Errorf("RunOn %v, want %v (text %q)", res.Signals.RunOn, c.want, res.Text())
			}
		})
	}
}
