package normalize

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestSignOffCreditsWriter covers a writer's sign-off closing the story:
// a short paragraph opened by a dash after the last paragraph of prose
// ("— Name, Outlet", "-- Name", in emphasis or not). extract hands it to
// normalize as a byline, and the names in it are the authors, as in any
// byline; the line stays out of the text. A dash line inside a quotation,
// one with a date (an embedded post's signature), one that more prose
// follows, a mark framed by dashes and a single word credit no one, and the page's metadata author stands.
func TestSignOffCreditsWriter(t *testing.T) {
	site := []string{"Harbour Wire"}
	tests := []struct {
		foot    string
		authors []string
	}{
		{`<p>— Olena Marchuk, Valley Ledger</p>`, []string{"Olena Marchuk"}},
		{`<p>-- Olena Marchuk</p>`, []string{"Olena Marchuk"}},
		{`<p><em>— Olena Marchuk and Dmytro Savchenko</em></p>`, []string{"Olena Marchuk", "Dmytro Savchenko"}},
		{`<p>– Olena Marchuk, Odesa</p>`, []string{"Olena Marchuk"}},
		// A town no lexicon knows, after a comma or a slash: where the
		// writer filed from, never a second writer.
		{`<p>— Olena Marchuk / Brackenfield</p>`, []string{"Olena Marchuk"}},
		{`<p>— Olena Marchuk/Brackenfield</p>`, []string{"Olena Marchuk"}},
		{`<p>— Olena Marchuk, Brackenfield</p>`, []string{"Olena Marchuk"}},
		{`<p><em>– Olena Marchuk and Dmytro Savchenko, Quarrington</em></p>`, []string{"Olena Marchuk", "Dmytro Savchenko"}},
		{`<p>-- Ivo Brandt / Wexcombe</p>`, []string{"Ivo Brandt"}},
		// Guards.
		{`<blockquote><p>The sea keeps what the harbour forgets, and the harbour forgets a great deal every winter.</p><p>— Ivo Brandt</p></blockquote>`, site},
		{`<p>— Olena Marchuk (@olenam) March 4, 2025</p>`, site},
		{`<p>— Olena Marchuk</p><p>Talks are due to resume on Thursday at the labour ministry in the capital, officials said.</p>`, site},
		{`<p>— the union's own figures</p>`, site},
		{`<p>—Ends—</p>`, site},
		{`<p>— Olena</p>`, site},
	}
	for _, tt := range tests {
		p, err := extract.Extract([]byte(wirePage(tt.foot)), "https://harbourwire.example/world/port-strike", extract.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.foot, err)
		}
		a := Normalize(p, Options{})
		if !reflect.DeepEqual(a.Authors, tt.authors) {
			t.Errorf("%s: authors %q, want %q", tt.foot, a.Authors, tt.authors)
		}
		if reflect.DeepEqual(tt.authors, site) {
			continue
		}
		if strings.Contains(a.Text, "Olena Marchuk") {
			t.Errorf("%s: sign-off left in text", tt.foot)
		}
	}
}
