package normalize

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cleanText brings one string to the form kabar reads: entities decoded,
// NFC, zero-width characters and soft hyphens gone, whitespace folded to
// single spaces and trimmed.
func cleanText(s string) string {
	t, _ := clean(s, true)
	return t
}

// clean is cleanText, with NFC or in the Unicode form the page wrote (see
// pageForms). composed says NFC changed the text.
func clean(s string, nfc bool) (t string, composed bool) {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	if nfc && !isNFC(s) {
		s, composed = norm.NFC.String(s), true
	}
	if isClean(s) {
		return s, composed
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff':
			continue
		case isSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String(), composed
}

// isNFC is norm.NFC.IsNormalString(s), which reads an ASCII byte at a
// time, asked only of s from the last ASCII byte of its ASCII opening:
// every ASCII character is a starter that composes with nothing before
// it, so the opening's earlier bytes are in NFC whatever follows, and
// only its last may compose with a mark after it ("e" and U+0301, "<"
// and U+0338). An ASCII s, read eight bytes a load, is in NFC.
func isNFC(s string) bool {
	k := asciiPrefix(s)
	if k == len(s) {
		return true
	}
	return norm.NFC.IsNormalString(s[max(k-1, 0):])
}

// isClean says cleanText's loop would leave s as it is: valid UTF-8, no
// character it drops, no whitespace but single spaces between words.
func isClean(s string) bool {
	space := true // no space may open s
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch c {
			case ' ':
				if space {
					return false
				}
				space = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				space = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return false
		case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff':
			return false
		case r == ' ':
			if space {
				return false
			}
			space = true
		case isSpace(r):
			return false
		default:
			space = false
		}
		i += n
	}
	return !space || len(s) == 0
}

// isUpperWord says a word has letters and no lower-case ones.
func isUpperWord(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// isCapitalised says a word starts with an upper-case letter. An ASCII
// first byte is its own rune, upper case only from 'A' to 'Z' (as
// unicode.IsUpper says): most words are told by it without decoding.
func isCapitalised(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	if 0x2000 <= r && r <= 0x206f {
		// General Punctuation (quotation marks, dashes, spaces) holds
		// no capital: words that open with a quotation mark are asked
		// about often, and IsUpper searches its ranges for them.
		return false
	}
	return unicode.IsUpper(r)
}

// trimPunct trims spaces, punctuation and symbols from both ends of s.
func trimPunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return isSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
	})
}

// words splits s into words, dropping punctuation at their edges.
func words(s string) []string {
	f := fields(s)
	out := f[:0]
	for _, w := range f {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// noteLead says lead, the words before an author's name in an author's
// note, only describe the author ("Der Berliner Imam Abdul Adhim …",
// "Historian Jane Roe is …", "Former mayor Jane Roe is …"): up to four
// words opening with a capital, each capitalised or a title or office
// word of the lexicons, no clause ended among them ("Police said Jane
// Roe is …" has a verb).
func (lx *lexicon) noteLead(lead string) bool {
	lead = strings.TrimSpace(lead)
	if lead == "" || len(lead) > 40 || !isCapitalised(lead) || strings.ContainsAny(lead, ".,;:!?\"“”()") {
		return false
	}
	ws := fields(lead)
	if len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !isCapitalised(w) && !lx.isTitleWord(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// noteTail cuts the rest of an author's note that markup broke off into
// the story's last paragraph ("… Jane Roe" / "is a researcher at …"):
// when last opens with a [bio-verbs] word and prev ends with an author's
// full name, last goes and prev comes back without the name; ok is false
// otherwise.
func (lx *lexicon) noteTail(prev, last string, authors []string) (string, bool) {
	if len(last) > maxAuthorNote {
		return "", false
	}
	if w := strings.ToLower(firstField(last)); !lx.bioVerbs[w] {
		return "", false
	}
	for _, a := range authors {
		if strings.Contains(a, " ") && strings.HasSuffix(prev, a) {
			return strings.TrimSpace(strings.TrimSuffix(prev, a)), true
		}
	}
	return "", false
}

// isRoleNote says para is an author's note that names the author by
// role, not by name, as opinion pages close ("The writer is a professor
// of economics at …", "*) Penulis adalah pengamat …", "L'auteur est
// …"): an [author-nouns] phrase, after a note mark ("*)", "*") or none,
// then a [bio-verbs] word.
func (lx *lexicon) isRoleNote(para string) bool {
	s := strings.TrimLeft(para, "*() ")
	if s == "" {
		return false
	}
	for _, n := range lx.authorNouns {
		if len(s) <= len(n) || !strings.EqualFold(s[:len(n)], n) || s[len(n)] != ' ' {
			continue
		}
		if w := strings.ToLower(firstField(s[len(n)+1:])); lx.bioVerbs[w] {
			return true
		}
	}
	return false
}

// maxAuthorNote bounds an author's note closing a story, in bytes.
const maxAuthorNote = 400

// isAuthorNote says para, the story's last paragraph, is a note on one of
// its authors: it opens with the author's full name (two words or more),
// or with a few words that describe her and then it (noteLead), and then
// a [bio-verbs] word or a possessive ("Jane Roe is …", "Jane Roe's book
// …", "Jane Roe writes …", "Der Berliner Imam Jan Roth ist …"). A story about its own author is
// rare; a name alone, or the name inside the paragraph ("Dear Column is
// written by Jane Roe"), is no note.
func (lx *lexicon) isAuthorNote(para string, authors []string) bool {
	if len(para) > maxAuthorNote {
		return false
	}
	if lx.isRoleNote(para) {
		return true
	}
	for _, a := range authors {
		if !strings.Contains(a, " ") {
			continue
		}
		at := strings.Index(para, a)
		if at < 0 || at > 0 && !lx.noteLead(para[:at]) {
			continue
		}
		rest := para[at+len(a):]
		for _, p := range []string{"'s ", "’s "} {
			if strings.HasPrefix(rest, p) {
				return true
			}
		}
		if !strings.HasPrefix(rest, " ") {
			continue
		}
		if w := strings.ToLower(strings.TrimRight(firstField(rest), ",.;:")); lx.bioVerbs[w] {
			return true
		}
	}
	return false
}
