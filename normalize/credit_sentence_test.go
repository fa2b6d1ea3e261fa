package normalize

import (
	"fmt"
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestCloserCreditSentence covers a closing credit sentence ("… contributed
// reporting") that follows another sentence on the same line: its names
// open after the full stop, and the place the sentence before ended on
// ("… reported from Kyiv.") is never taken for a contributor. Initials and
// short forms closed by a full stop stay inside the names.
func TestCloserCreditSentence(t *testing.T) {
	lx := loadLexicon()
	con := kabar.RoleContributor
	checkCreditLines(t, lx, []creditLineCase{
		{"Marta Kovacs reported from Lviv. Jonah Price contributed reporting from Warsaw.",
			[]credit{{name: "Jonah Price", role: con}}},
		{"This story was filed from Harbour City. Ines Duarte and Felix Brandt contributed to this report.",
			[]credit{{name: "Ines Duarte", role: con}, {name: "Felix Brandt", role: con}}},
		{"The desk checked the figures with Marlow. Priya Sen contributed research.",
			[]credit{{name: "Priya Sen", role: con}}},
		// Full stops that close no sentence.
		{"Samuel T. Okoro contributed to this report.", []credit{{name: "Samuel T. Okoro", role: con}}},
		{"Dale Hutton Jr. contributed reporting.", []credit{{name: "Dale Hutton Jr", role: con}}},
	})
}

// creditLineCase is a line and the credits readCreditLine must read from
// it, names and roles only (nil: no credit line).
type creditLineCase struct {
	line string
	want []credit
}

// checkCreditLines runs readCreditLine over each case.
func checkCreditLines(t *testing.T, lx *lexicon, cases []creditLineCase) {
	t.Helper()
	for _, tc := range cases {
		got, _ := lx.readCreditLine(tc.line)
		for i := range got {
			got[i].source, got[i].outlet, got[i].orgSource = "", false, false
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %+v, want %+v", tc.line, got, tc.want)
		}
	}
}

// TestCreditSentencesOnOneLine covers a foot line of several credit
// sentences ("Jane Roe contributed reporting. Edited by Tom Okafor.",
// "Reporting by A in Kyiv. Additional reporting by B. Editing by C"):
// each sentence is read as a credit line of its own. A line whose
// sentences are not all credits is none.
func TestCreditSentencesOnOneLine(t *testing.T) {
	lx := loadLexicon()
	rep, ed, con := kabar.RoleReporter, kabar.RoleEditor, kabar.RoleContributor
	checkCreditLines(t, lx, []creditLineCase{
		{"Ines Duarte contributed reporting. Edited by Hollis Grant.",
			[]credit{{name: "Ines Duarte", role: con}, {name: "Hollis Grant", role: ed}}},
		{"Felix Brandt contributed to this report. Editing by Mira Osei and Ada Nwosu.",
			[]credit{{name: "Felix Brandt", role: con}, {name: "Mira Osei", role: ed}, {name: "Ada Nwosu", role: ed}}},
		{"Reporting by Tomasz Wilk in Gdansk. Additional reporting by Priya Sen. Editing by Hollis Grant",
			[]credit{{name: "Tomasz Wilk", role: rep}, {name: "Priya Sen", role: con}, {name: "Hollis Grant", role: ed}}},
		{"Ines Duarte contributed reporting. The council meets again in May.", nil},
	})
}

// creditRoleCase is a credit line of a page in lang ("" for none) and
// what readCreditLine must read from it, printed as "[{name role} …]"
// ("[]" for no credit line).
type creditRoleCase struct{ lang, line, want string }

// checkCreditRoles runs each case's line through the language's byline
// view and compares names and roles.
func checkCreditRoles(t *testing.T, lx *lexicon, cases []creditRoleCase) {
	t.Helper()
	for _, tc := range cases {
		cs, _ := lx.bylineView(tc.lang).readCreditLine(tc.line)
		got := []struct{ name, role string }{}
		for _, c := range cs {
			got = append(got, struct{ name, role string }{c.name, string(c.role)})
		}
		if s := fmt.Sprint(got); s != tc.want {
			t.Errorf("%s %q: %s, want %s", tc.lang, tc.line, s, tc.want)
		}
	}
}
