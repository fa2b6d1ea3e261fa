package normalize

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestWireCreditWithTail: a bracketed credit line that the desk's contact
// note, a story code or a correction follows on the same line still
// credits its reporters and editors, and no name keeps its label.
func TestWireCreditWithTail(t *testing.T) {
	tests := []struct {
		name, foot       string
		authors, editors []string
	}{
		{"contact note", `<p>(Reporting by Kalina Petrova; Editing by Owen Hartley) ((kalina.petrova@harbourwire.example; +359 2 555 0199))</p>`,
			[]string{"Kalina Petrova"}, []string{"Owen Hartley"}},
		{"telephone only", `<p>(Reporting by Kalina Petrova and Ivo Dimitrov; Editing by Owen Hartley) ((+359 2 555 0199))</p>`,
			[]string{"Kalina Petrova", "Ivo Dimitrov"}, []string{"Owen Hartley"}},
		{"correction note", `<p>(Reporting by Kalina Petrova; Editing by Owen Hartley) (This story corrects the spelling of the minister's name in paragraph 2)</p>`,
			[]string{"Kalina Petrova"}, []string{"Owen Hartley"}},
		{"story code", `<p>[Reporting by Kalina Petrova; Editing by Owen Hartley] [ID:nHW4K2Z]</p>`,
			[]string{"Kalina Petrova"}, []string{"Owen Hartley"}},
		// The template closed the bracket elsewhere, or split the line.
		{"bracket left open", `<p>(Reporting by Kalina Petrova; Editing by Owen Hartley</p>`,
			[]string{"Kalina Petrova"}, []string{"Owen Hartley"}},
		{"line split across paragraphs", `<p>(Reporting by Kalina Petrova and Ivo Dimitrov;</p><p>Editing by Owen Hartley)</p>`,
			[]string{"Kalina Petrova", "Ivo Dimitrov"}, []string{"Owen Hartley"}},
	}
	for _, tt := range tests {
		p, err := extract.Extract([]byte(wirePage(tt.foot)), "https://harbourwire.example/world/port-strike", extract.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		a := Normalize(p, Options{})
		if !reflect.DeepEqual(a.Authors, tt.authors) || !reflect.DeepEqual(a.Editors, tt.editors) {
			t.Errorf("%s: authors %q editors %q; want %q %q", tt.name, a.Authors, a.Editors, tt.authors, tt.editors)
		}
		if strings.Contains(a.Text, "Reporting by") {
			t.Errorf("%s: credit line left in text", tt.name)
		}
	}
}

// TestLeadingBracket: only the bracketed parts that follow a bracketed
// part opening the line go; a line the bracket closes, one that opens
// with no bracket, and one where prose follows the bracket stay whole.
func TestLeadingBracket(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"(Reporting by A; Editing by B) ((a@b.example))", "(Reporting by A; Editing by B)"},
		{"(Reporting by A (Sofia); Editing by B) (note)", "(Reporting by A (Sofia); Editing by B)"},
		{"(Reporting by A; Editing by B).", "(Reporting by A; Editing by B)."},
		{"(Photo: A) The bridge reopened on Tuesday.", "(Photo: A) The bridge reopened on Tuesday."},
		{"(Reporting by A) [ID:nX1]", "(Reporting by A)"},
		{"Reporting by A (Sofia)", "Reporting by A (Sofia)"},
		{"(Reporting by A", "(Reporting by A"},
	} {
		if got := leadingBracket(tc.in); got != tc.want {
			t.Errorf("leadingBracket(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
