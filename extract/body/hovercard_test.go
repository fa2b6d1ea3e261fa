package body

import "testing"

// TestHoverCard: the card a page keeps out of sight beside a linked name
// (the name again, a picture, the person's latest stories) leaves the
// sentence whole; a span after a link that links elsewhere, or only to
// the same place once, is text.
func TestHoverCard(t *testing.T) {
	tests := []struct {
		name string
		para string
		gone []string
		kept []string
	}{
		{"card with picture and stories",
			`<p>The levy was proposed by councillor <span class="who"><a href="/people/oskar-vein">Oskar Vein</a><span class="who-pop"><span><img src="/ov.jpg" alt=""><a href="/people/oskar-vein">Oskar Vein</a><a href="/s/1">Vein calls for night buses on the valley line</a> <a href="/s/2">Budget talks stall over the swimming pool</a> <a href="/people/oskar-vein">MORE</a></span></span></span> (Liberal), who sits on the finance board.</p>`,
			[]string{"night buses", "swimming pool", "Oskar VeinOskar", "MORE"},
			[]string{"proposed by councillor Oskar Vein (Liberal), who sits on the finance board."}},
		{"card without picture",
			`<p>Die Abgeordnete <a href="/p/ilse-moor">Ilse Moor</a><span class="pv"><a href="/p/ilse-moor">Ilse Moor</a> <a href="/t/1">Moor will Radwege an der Bundesstraße</a></span> stimmte gegen den Haushalt der Stadt.</p>`,
			[]string{"Radwege an der"},
			[]string{"Die Abgeordnete Ilse Moor stimmte gegen den Haushalt der Stadt."}},
		{"span of other links after a link",
			`<p>Tickets are sold at <a href="/venues/arena">the arena</a> <span>and at <a href="/venues/hall">the hall</a> or <a href="/shops">the shops in town</a></span> from Monday.</p>`,
			nil, []string{"the arena and at the hall or the shops in town from Monday."}},
		{"one link back to the same place",
			`<p>The report by <a href="/people/juta-sild">Juta Sild</a> <span>(<a href="/people/juta-sild">her earlier reports</a>)</span> was read out in the chamber.</p>`,
			nil, []string{"Juta Sild (her earlier reports) was read out"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, signupArticle(tt.para)), Options{}).Text()
			checkText(t, text, append([]string{"dredging of the northern channel", "public meeting in the town hall"}, tt.kept...), tt.gone)
		})
	}
}
