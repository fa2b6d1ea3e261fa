package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestCreditPolicyNote covers a wire credit line that closes with the
// wire's note on its policy in the same paragraph ("…; Editing by B; Our
// Standards: …"): the note is a label that credits no one ([labels]),
// so the line's credits stand as they do without it, and the note is
// read as no credit of its own (no outlet "Our Standards: …").
func TestCreditPolicyNote(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		lang, foot, p1, p2 string
		names              []string
	}{
		{"en", "Reporting by Hollis Grant; Editing by Mara Quill; Our Standards: The Harbour Wire Trust Principles.",
			"The council approved a new plan for the harbour on Tuesday after a long debate.",
			"The opposition voted against the plan and asked for more detail on its costs.",
			[]string{"Hollis Grant", "Mara Quill"}},
		{"en", "Reporting by Hollis Grant in Port Avalon. Editing by Mara Quill. Our Standards: The Harbour Wire Trust Principles.",
			"The council approved a new plan for the harbour on Tuesday after a long debate.",
			"The opposition voted against the plan and asked for more detail on its costs.",
			[]string{"Hollis Grant", "Mara Quill"}},
		{"de", "Von Lena Falk; Unsere Standards: Die Grundsätze der Hafenagentur.",
			"Der Stadtrat hat am Dienstag nach einer langen Debatte einen neuen Plan für den Hafen beschlossen.",
			"Die Opposition stimmte gegen den Plan und verlangte mehr Angaben zu den Kosten.",
			[]string{"Lena Falk"}},
		{"es", "Por Marta Ibarra; Nuestras normas: Los principios de la agencia del puerto.",
			"El concejo municipal aprobó el martes un nuevo plan para el puerto tras un largo debate.",
			"La oposición votó en contra del plan y pidió más información sobre los costos.",
			[]string{"Marta Ibarra"}},
	}
	for _, tc := range tests {
		cs, _ := lx.readCreditLine(tc.foot)
		var names []string
		for _, c := range cs {
			names = append(names, c.name)
		}
		if !slices.Equal(names, tc.names) {
			t.Errorf("%q: credits %q, want %q", tc.foot, names, tc.names)
		}
		p := &extract.Page{URL: "https://www.wire-example.com/world/plan", Lang: tc.lang, Title: "Plan",
			Body: []body.Block{{Text: tc.p1}, {Text: tc.p2}, {Text: tc.foot}}}
		a := Normalize(p, Options{})
		if got := append(slices.Clone(a.Authors), a.Editors...); !slices.Equal(got, tc.names) {
			t.Errorf("%q: authors and editors %q, want %q", tc.foot, got, tc.names)
		}
	}
}
