package body

import "testing"

// TestTeaserCardInBody: a card of another story set among the article's
// paragraphs leaves the text whole, its byline and date with its linked
// headline; a box whose linked heading stands over prose of its own, and
// the lines after a linked heading set straight in the article, stay.
func TestTeaserCardInBody(t *testing.T) {
	tests := []struct {
		name string
		box  string
		gone []string
		kept []string
	}{
		{"card with byline and date",
			`<section class="inline-story"><article><div><h4><a href="/2023/ferries">Island ferries to run all night in August</a></h4>
<span>by Marta Ilves</span> <time datetime="2023-07-02">2 July 2023</time></div></article></section>`,
			[]string{"Island ferries to run", "Marta Ilves", "2 July 2023"}, nil},
		{"card with its authors",
			`<div class="card"><div><h3><a href="/quay-walk">A walk along the old quay</a></h3><p>Juhan Tamm, Lea Kask</p></div></div>`,
			[]string{"old quay", "Juhan Tamm"}, nil},
		{"linked heading over prose of its own",
			`<div class="part"><div><h3><a href="/berths">Two berths closed</a></h3><p>The two berths on the eastern side will be closed first, the authority said in its notice to shippers.</p></div></div>`,
			nil, []string{"eastern side will be closed first"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, signupArticle(tt.box)), Options{}).Text()
			checkText(t, text, append([]string{"dredging of the northern channel", "public meeting in the town hall"}, tt.kept...), tt.gone)
		})
	}
}
