package body

import "testing"

// TestLinkNote: the note a page sets inside a link for screen readers
// ("(opens in a new window)", in several languages) leaves the sentence;
// brackets of the link's own words, and such words outside a link, stay.
func TestLinkNote(t *testing.T) {
	tests := []struct {
		name string
		para string
		want string
	}{
		{"english note",
			`<p>The figures come from <a href="https://stats.example.org/ports">the port statistics office<span class="vh">(opens in a new window)</span></a>, which publishes them each quarter.</p>`,
			"The figures come from the port statistics office, which publishes them each quarter."},
		{"german note, spaced",
			`<p>Die Zahlen stammen vom <a href="https://amt.example.de/hafen">Statistikamt<svg></svg><span class="sr"> ( Öffnet im neuen Fenster ) </span></a> und gelten für das erste Quartal.</p>`,
			"Die Zahlen stammen vom Statistikamt und gelten für das erste Quartal."},
		{"brackets of the link's own words",
			`<p>The plan was filed by <a href="/people/vein">Oskar Vein <span>(Liberal)</span></a> on Tuesday after a long debate in the chamber.</p>`,
			"filed by Oskar Vein (Liberal) on Tuesday"},
		{"the words outside a link",
			`<p>Readers often asked what the small arrow meant, and the answer was printed beside it: <span>(opens in a new window)</span> for links that leave the site.</p>`,
			"printed beside it: (opens in a new window) for links"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, signupArticle(tt.para)), Options{}).Text()
			checkText(t, text, []string{"dredging of the northern channel", tt.want}, nil)
		})
	}
}
