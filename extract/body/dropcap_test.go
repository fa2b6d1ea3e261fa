package body

import "testing"

// TestDropCap: the first letter a page sets large in an element of its own,
// with white space after it in the markup, joins the rest of its word; a
// letter that is a word of its own, a capital before a capital, and a
// letter in an element no class calls a drop cap keep their space.
func TestDropCap(t *testing.T) {
	tests := []struct {
		name string
		para string
		want string
	}{
		{"space after the initial",
			`<p><span class="dropcap">T</span> he lock keepers voted on Friday to stop work for two days next week.</p>`,
			"The lock keepers voted on Friday"},
		{"nested initial, next word in a span",
			`<p class="first"><span class="initial-outer"><span class="initial-letter">M</span></span>
<span class="inline">ehrere Tage vor der Wahl hat der Stadtrat den Haushalt beschlossen.</span></p>`,
			"Mehrere Tage vor der Wahl"},
		{"french lettrine",
			`<p><span class="Lettrine">L</span> <em>e</em> conseil municipal a voté le budget du port mardi soir.</p>`,
			"Le conseil municipal a voté"},
		{"a letter that is a word",
			`<p><span class="drop-cap">A</span> ferry ran aground near the northern pier on Sunday night.</p>`,
			"A ferry ran aground"},
		{"capital after the initial",
			`<p><span class="dropcap">N</span> NORTH QUAY — the harbour master closed the berth on Sunday.</p>`,
			"N NORTH QUAY"},
		{"no drop-cap class",
			`<p><b>Q</b> uestions remain about the cost of the new berths, the auditor said.</p>`,
			"Q uestions remain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, signupArticle(tt.para)), Options{}).Text()
			checkText(t, text, []string{"dredging of the northern channel", tt.want}, nil)
		})
	}
}
