package normalize

import (
	"strings"
	"testing"
	"unicode"

	"github.com/kabar-news/kabar"
)

// cutLabelAll is cutLabel before its first-byte prefilter: every label
// tried in order.
func cutLabelAll(lx *lexicon, seg string) (kabar.Role, string, bool) {
	saved := lx.bylinesByFirst
	defer func() { lx.bylinesByFirst = saved }()
	for b := range lx.bylinesByFirst {
		lx.bylinesByFirst[b] = lx.bylines
	}
	return lx.cutLabel(seg)
}

// cutLabelSegments builds segments that open with each label as written,
// in upper and title case, with its first letter swapped for every rune of
// its case-fold orbit (K for U+212A KELVIN SIGN, s for U+017F LONG S),
// cut inside a rune, and after broken UTF-8.
func cutLabelSegments(labels []label) []string {
	segs := []string{"", "x", "\xff", "\xc5", "K", "\u212a", "\u017f", "ſ: Jane Roe", "\xfey Jane Roe"}
	for _, l := range labels {
		for _, w := range []string{l.text, strings.ToUpper(l.text), titleFirst(l.text)} {
			segs = append(segs, w, w+" Jane Roe", w+": Jane Roe", w+", Outlet, Jane Roe", w+"’s picks", w[:len(w)/2], "\xff"+w)
		}
		if r := []rune(l.text); len(r) > 0 {
			for f := unicode.SimpleFold(r[0]); f != r[0]; f = unicode.SimpleFold(f) {
				w := string(f) + string(r[1:])
				segs = append(segs, w+" Jane Roe", w)
			}
		}
	}
	return segs
}

func TestCutLabelPrefilter(t *testing.T) {
	made := []label{
		{text: "kein bericht von", role: kabar.RoleReporter},
		{text: "story by", role: kabar.RoleReporter},
		{text: "édité par", role: kabar.RoleEditor},
		{text: "\ufffdx", role: kabar.RoleReporter},
		{text: "\xffy", role: kabar.RoleReporter}, // broken UTF-8 reads as RuneError, as any other broken byte does
		{text: "ks", role: kabar.RoleReporter},
		{text: "by", role: kabar.RoleReporter},
	}
	for _, lx := range []*lexicon{loadLexicon(), {bylines: made, bylinesByFirst: byFirstByte(made)}} {
		segs := cutLabelSegments(lx.bylines)
		found := 0
		for _, seg := range segs {
			role, rest, ok := lx.cutLabel(seg)
			wRole, wRest, wOK := cutLabelAll(lx, seg)
			if role != wRole || rest != wRest || ok != wOK {
				t.Errorf("cutLabel(%q) = %q %q %v, want %q %q %v", seg, role, rest, ok, wRole, wRest, wOK)
			}
			if ok {
				found++
			}
		}
		if found == 0 {
			t.Errorf("no segment of %d found a label", len(segs))
		}
	}
}

// titleFirst upper-cases s's first rune.
func titleFirst(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}
