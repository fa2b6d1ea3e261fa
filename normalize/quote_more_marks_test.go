package normalize

import (
	"strings"
	"testing"
)

// TestMoreQuotationMarks holds quotations opened by marks other than the
// common ones: the low single mark (‚ … ‘ / ‚ … ’), the single
// guillemet (‹ … ›), the reversed double mark (‟ … ”), the full-width
// mark (＂ … ＂) and the Japanese double prime (〝 … 〟). Each is found
// and attributed like any quote; a quote within a quote stays inside the
// outer one. Invented wording.
func TestMoreQuotationMarks(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		lang  string
		paras []string
		want  []string
	}{
		{"de", []string{`‚Wir können nicht länger auf das Geld warten‘, sagte Hanne Vollrath.`},
			[]string{"Hanne Vollrath|sagte|Wir können"}},
		{"nl", []string{`‚We kunnen niet langer wachten op het geld’, zei Pieter de Vries.`},
			[]string{"Pieter de Vries|zei|We kunnen"}},
		{"fr", []string{`‹ Nous ne pouvons plus attendre l'argent de la région ›, a déclaré Étienne Labarthe.`},
			[]string{"Étienne Labarthe|déclaré|Nous ne"}},
		{"en", []string{`‟We cannot wait any longer for this money,” said Rosa Finch.`},
			[]string{"Rosa Finch|said|We cannot"}},
		{"en", []string{`＂We cannot wait any longer for this money,＂ said Rosa Finch.`},
			[]string{"Rosa Finch|said|We cannot"}},
		{"ja", []string{`田中一郎市長は〝これ以上国の予算を待つことはできない〟と述べた。`},
			[]string{"田中一郎|と述べた|これ以上国の予算を待つことはできない"}},
		{"de", []string{`„Er rief nur ‚Wir kommen morgen mit allen wieder‘ und ging dann nach Hause“, sagte Hanne Vollrath.`},
			[]string{"Hanne Vollrath|sagte|Er rief"}},
		{"fr", []string{`« Il a juste dit ‹ nous reviendrons demain avec tout le monde › et il est parti », a raconté Étienne Labarthe.`},
			[]string{"Étienne Labarthe|raconté|Il a"}},
	}
	for _, tt := range tests {
		got := speakerLines(lx, articleInfo{lang: tt.lang}, tt.paras)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("readArticleQuotes(%q)\n got %q\nwant %q", tt.paras, got, tt.want)
		}
	}
}
