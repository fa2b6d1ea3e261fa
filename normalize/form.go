package normalize

import (
	"strings"

	kabar "github.com/kabar-news/kabar"
	"golang.org/x/text/unicode/norm"
)

// pageForms keeps the Unicode form of a page's paragraphs. kabar reads
// every text in NFC, so that lexicons, names and hashes match whatever
// form a page uses; but some pages write letters decomposed ("u" and a
// combining diaeresis for "ü", as text pasted from some editors is), and
// FIELDS.md keeps the publisher's characters: NFC can always be applied by
// a reader afterwards, the page's own form cannot be recovered from it.
// So the text written keeps each paragraph as the page wrote it, and the
// quoted words the same stretch of it; content_hash and simhash stay over
// the NFC text, so that a copy in another form is the same content.
//
// The map goes from a paragraph in NFC to the page's form; it is nil for
// the pages (nearly all) written in NFC.
type pageForms map[string]string

// note records block's form, which is not NFC; t is cleanText(block).
func (f *pageForms) note(block, t string) {
	orig, _ := clean(block, false)
	if orig == t || norm.NFC.String(orig) != t {
		return // the same, or dropping characters met the combining marks: NFC it stays
	}
	if *f == nil {
		*f = pageForms{}
	}
	(*f)[t] = orig
}

// apply writes a's text from paras in the page's forms, and each quote's
// words as the same stretch of its paragraph. Paragraphs changed after
// reading (a byline or initials cut off) stay NFC.
func (f pageForms) apply(a *kabar.Article, paras []string) {
	if f == nil {
		return
	}
	out := make([]string, len(paras))
	changed := false
	for i, p := range paras {
		out[i] = p
		if orig, ok := f[p]; ok {
			out[i], changed = orig, true
		}
	}
	if !changed {
		return
	}
	a.Text = strings.Join(out, "\n\n")
	for i, q := range a.Quotes {
		if n := q.Paragraph - 1; n >= 0 && n < len(paras) && out[n] != paras[n] {
			if s, ok := sameStretch(q.Text, out[n]); ok {
				a.Quotes[i].Text = s
			}
		}
	}
}

// sameStretch finds sub, a substring of NFC(orig), in orig: the stretch of
// orig whose NFC form is sub. ok is false when sub is not there or does
// not begin and end on a boundary of orig's characters.
func sameStretch(sub, orig string) (string, bool) {
	// Segments of orig with their NFC forms: ends in the NFC text (n) and
	// in orig (o). Within a segment that NFC left as it was, offsets map
	// one to one.
	type end struct{ n, o int }
	ends := []end{{0, 0}}
	var nfc strings.Builder
	var it norm.Iter
	it.InitString(norm.NFC, orig)
	for !it.Done() {
		nfc.Write(it.Next())
		ends = append(ends, end{nfc.Len(), it.Pos()})
	}
	text := nfc.String()
	i := strings.Index(text, sub)
	if i < 0 {
		return "", false
	}
	at := func(x int) (int, bool) {
		for k := 1; k < len(ends); k++ {
			a, b := ends[k-1], ends[k]
			switch {
			case x == a.n:
				return a.o, true
			case x == b.n:
				return b.o, true
			case x > a.n && x < b.n:
				if b.n-a.n == b.o-a.o && text[a.n:b.n] == orig[a.o:b.o] {
					return a.o + x - a.n, true
				}
				return 0, false
			}
		}
		return 0, false
	}
	s, ok1 := at(i)
	e, ok2 := at(i + len(sub))
	if !ok1 || !ok2 {
		return "", false
	}
	return orig[s:e], true
}
