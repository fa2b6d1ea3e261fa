package extract

import "testing"

// TestBareDateLine: an unnamed element near the headline that holds only a
// date with a time of day is the page's visible date, whichever way the
// clock is written.
func TestBareDateLine(t *testing.T) {
	for _, c := range []struct{ name, line string }{
		{"24-hour clock", "Rabu, 4 November 2015 | 21:04 WIB"},
		{"half of the day glued to the clock", "Thursday, March 5, 2026 9:12PM"},
		{"glued, lower case with stops", "Mar 5, 2026, 11.05p.m"},
		{"glued after a time with a space before the date", "09:30am 12 February 2026"},
		{"French clock with an h", "12 février 2026 à 09h30"},
		{"Portuguese clock with an h", "12/02/2026 09h30"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := `<html><body><main><div><h1>Harbour ferry fares rise again this spring</h1><div><div>` + c.line +
				`</div></div></div><p>The ferry company said on Thursday that fares would rise.</p></main></body></html>`
			p, err := Extract([]byte(page), "https://example.org/x", Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range p.Published {
				if f.Source == "text" && f.Value == c.line {
					return
				}
			}
			t.Errorf("published %q, want the text %q among them", p.Published, c.line)
		})
	}
	t.Run("a sentence with a clock is no date line", func(t *testing.T) {
		page := `<html><body><main><div><h1>Harbour ferry fares rise again this spring</h1><div><div>The last ferry leaves at 9:12PM on 5 March 2026.</div></div></div></main></body></html>`
		p, err := Extract([]byte(page), "https://example.org/x", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range p.Published {
			if f.Source == "text" {
				t.Errorf("published %q from a sentence", f.Value)
			}
		}
	})
}
