package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestInitialsGiveWayToFullName: a name printed with initials for its
// first names gives way to the full name another credit on the page
// gives (FIELDS.md): the byline's "M. Quill" beside the meta tag's "Mara
// Quill", and the other way round. Look-alikes: another surname, first
// names that do not open with the initials, and two full names that fit
// (which stays as printed).
func TestInitialsGiveWayToFullName(t *testing.T) {
	tests := []struct {
		name       string
		structured []string
		byline     string
		lead       string
		want       []string
	}{
		{"meta initials, byline full", []string{"M. Quill"}, "By Mara Quill", "", []string{"Mara Quill"}},
		{"text byline initials, meta full", []string{"Mara Quill"}, "", "By M. Quill", []string{"Mara Quill"}},
		{"two initials", []string{"J.R. Okafor"}, "By Jay Rowan Okafor", "", []string{"Jay Rowan Okafor"}},
		{"no stop", []string{"M Quill"}, "By Mara Quill", "", []string{"Mara Quill"}},
		{"another surname", []string{"M. Quill"}, "By Mara Quint", "", []string{"M. Quill"}},
		{"another initial", []string{"M. Quill"}, "By Nora Quill", "", []string{"M. Quill"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &extract.Page{
				URL:      "https://www.valleyledger.example/news/2024/05/01/ferry",
				SiteName: "Valley Ledger",
				Lang:     "en",
				Title:    "Ferry service to resume on Friday",
				Body: paras("The ferry service to the outer islands will resume on Friday after three weeks of repairs to the landing stage, the port authority said.",
					"Tickets bought for cancelled crossings remain valid until the end of the month."),
			}
			for _, s := range tt.structured {
				p.Authors = append(p.Authors, extract.Field{Value: s, Source: "jsonld"})
			}
			if tt.byline != "" {
				p.Bylines = []extract.Field{{Value: tt.byline, Source: "byline"}}
			}
			if tt.lead != "" {
				p.Body = append(paras(tt.lead), p.Body...)
			}
			a := Normalize(p, Options{})
			if !slices.Equal(a.Authors, tt.want) {
				t.Errorf("authors = %q, want %q", a.Authors, tt.want)
			}
		})
	}
}

// TestExpandInitialsNeedsOneMatch: two different full names that both
// fit the initials leave the name as printed; an organisation is no full
// name; a name expanded to one already credited is listed once.
func TestExpandInitialsNeedsOneMatch(t *testing.T) {
	c := func(name string) credit { return credit{name: name, role: "reporter"} }
	org := credit{name: "Mara Quill", role: "reporter", outlet: true}
	names := func(cs []credit) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.name)
		}
		return out
	}
	if got := names(expandInitials([]credit{c("M. Quill")}, []credit{c("Mara Quill"), c("Milo Quill")})); !slices.Equal(got, []string{"M. Quill"}) {
		t.Errorf("two matches: %q", got)
	}
	if got := names(expandInitials([]credit{c("M. Quill")}, []credit{org})); !slices.Equal(got, []string{"M. Quill"}) {
		t.Errorf("organisation: %q", got)
	}
	if got := names(expandInitials([]credit{c("Mara Quill"), c("M. Quill")}, []credit{c("Mara Quill")})); !slices.Equal(got, []string{"Mara Quill"}) {
		t.Errorf("listed twice: %q", got)
	}
	if got := names(expandInitials([]credit{c("K.D. Lang")}, nil)); !slices.Equal(got, []string{"K.D. Lang"}) {
		t.Errorf("no pool: %q", got)
	}
}
