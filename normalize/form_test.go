package normalize

import (
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
	"golang.org/x/text/unicode/norm"
)

// A page that writes its letters decomposed keeps them so in the text and
// in the quoted words (FIELDS.md: the publisher's characters); everything
// read from it (speakers, the dateline, hashes) is what the same page in
// NFC gives.
func TestPageFormKept(t *testing.T) {
	nfc := []string{
		"MÜNCHEN – Die Bürgerinitiative hat am Dienstag ihre Unterschriften übergeben.",
		"„Wir haben über zwölftausend Stimmen gesammelt“, sagte die Sprecherin Jürgen Mößner.",
		"Die Übergabe fand vor dem Rathaus statt; der Stadtrat berät im Frühjahr darüber.",
	}
	page := func(form norm.Form, mixed bool) *extract.Page {
		var texts []string
		for i, s := range nfc {
			if mixed && i == 2 {
				texts = append(texts, s) // one paragraph precomposed
				continue
			}
			texts = append(texts, form.String(s))
		}
		return &extract.Page{URL: "https://www.example.de/lokal/1", Title: "Unterschriften übergeben", Body: paras(texts...)}
	}
	want := Normalize(page(norm.NFC, false), Options{})
	if len(want.Quotes) != 1 || want.Quotes[0].Speaker == "" || want.Dateline == nil {
		t.Fatalf("the NFC page reads no quote, speaker or dateline: %+v %+v", want.Quotes, want.Dateline)
	}
	for _, tc := range []struct {
		name  string
		form  norm.Form
		mixed bool
	}{
		{"decomposed", norm.NFD, false},
		{"decomposed with one precomposed paragraph", norm.NFD, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := page(tc.form, tc.mixed)
			got := Normalize(p, Options{})
			var wantText []string
			for _, b := range p.Body {
				wantText = append(wantText, b.Text)
			}
			if got.Text != strings.Join(wantText, "\n\n") {
				t.Errorf("text not in the page's form:\n got %+q\nwant %+q", got.Text, strings.Join(wantText, "\n\n"))
			}
			if norm.NFC.String(got.Text) != want.Text {
				t.Errorf("text differs from the NFC page's beyond its form")
			}
			if len(got.Quotes) != 1 {
				t.Fatalf("quotes = %+v", got.Quotes)
			}
			q := got.Quotes[0]
			if !strings.Contains(got.Text, q.Text) || norm.NFC.String(q.Text) != want.Quotes[0].Text || q.Text == want.Quotes[0].Text {
				t.Errorf("quote %+q: want the NFC page's quote %+q in the page's form, inside the text", q.Text, want.Quotes[0].Text)
			}
			if q.Speaker != want.Quotes[0].Speaker || got.Dateline == nil || *got.Dateline != *want.Dateline {
				t.Errorf("speaker %q dateline %+v, want %q %+v", q.Speaker, got.Dateline, want.Quotes[0].Speaker, want.Dateline)
			}
			if got.ContentHash != want.ContentHash || got.SimHash != want.SimHash {
				t.Errorf("hashes differ from the NFC page's: a copy in another form is the same content")
			}
		})
	}
	// An NFC page is left as it is.
	if got := Normalize(page(norm.NFC, false), Options{}); got.Text != strings.Join(nfc, "\n\n") {
		t.Errorf("NFC page text = %q", got.Text)
	}
}

func TestSameStretch(t *testing.T) {
	orig := norm.NFD.String("Sie sagte: „Für uns zählt nur das Ergebnis“, und ging.")
	for _, tc := range []struct {
		sub  string
		want string
		ok   bool
	}{
		{"Für uns zählt nur das Ergebnis", norm.NFD.String("Für uns zählt nur das Ergebnis"), true},
		{"Sie sagte", "Sie sagte", true},
		{"und ging.", "und ging.", true},
		{"zählt", norm.NFD.String("zählt"), true},
		{"nicht da", "", false},
		// "a" alone is no boundary inside "ä" of the page: u+0308 follows.
		{"Ergebnis“, und", "Ergebnis“, und", true},
	} {
		got, ok := sameStretch(tc.sub, orig)
		if got != tc.want || ok != tc.ok {
			t.Errorf("sameStretch(%q) = %+q, %v; want %+q, %v", tc.sub, got, ok, tc.want, tc.ok)
		}
	}
	// Letters decomposed one after another: each is a stretch of its own.
	if got, ok := sameStretch("ö", norm.NFD.String("äöü")); !ok || got != norm.NFD.String("ö") {
		t.Errorf("ö in äöü: %+q %v", got, ok)
	}
}
