package body

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A paragraph's last sentence is sometimes a line of furniture the page
// set in the same <p> as the prose, with no element of its own: "Warga
// diminta bersabar. Baca juga: Dermaga utara ditutup", "… on Monday.
// Sign up for our daily newsletter.", "… am Montag. Foto: Jan Berg". The
// lexicon reads whole blocks, so such a tail passes it; boilerTail reads
// the tail as a block of its own.

// maxBoilerTail bounds the tail read, in bytes: a line, as the lexicon's
// short blocks ("*phrase*", "a * b" phrases: 200 bytes at most).
const maxBoilerTail = 200

// minTailHead is the least number of words the paragraph keeps before a
// tail cut from it: a paragraph that is mostly the line is the lexicon's
// (judge) to drop whole or keep, not boilerTail's to cut.
const minTailHead = 5

// boilerTail returns where a furniture line closing text starts and the
// lexicon's verdict on it, or -1 and keep (see the cases in its loop for
// which verdicts cut). The line starts a sentence:
// after a full stop, question or exclamation mark and a space, with a
// capital letter, a digit or an opening bracket (a quotation is someone's
// words and stays), within the last maxBoilerTail bytes of text; of the
// sentence starts that qualify, the earliest whose rest the lexicon does
// not keep is taken, so that "… Baca juga: A. Baca juga: B" goes whole.
func (lx *lexicon) boilerTail(text string) (int, verdict) {
	from := len(text) - maxBoilerTail
	if from < 0 {
		from = 0
	}
	for i := from; i+2 < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' || text[i+1] != ' ' {
			continue
		}
		at := i + 2
		r, _ := utf8.DecodeRuneInString(text[at:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '(' && r != '[' && r != '*' {
			continue
		}
		if strings.Count(text[:i], " ") < minTailHead-1 {
			continue
		}
		// A credit closing a caption is the caption's: captions and
		// credits go as a pair (creditLine, captionLine), not cut apart.
		// A prompt after one sentence may be that sentence's own ("Der
		// Newsletter kommt jeden Abend. Hier geht's zur Anmeldung"): the
		// pair is a promotion, read whole downstream (isSitePromo), so a
		// prompt is cut only from prose of two sentences or more; a
		// related line or a syndication line names another story or
		// outlet and goes after any prose.
		switch v := lx.judge(text[at:], 0); v {
		case keep, dropCredit:
		case drop:
			if sentenceEnds(text[:i]) > 0 {
				return at, v
			}
		case dropRelated:
			// "Baca juga: Harga cabai naik" names a headline; "Related:
			// the county has opened three shelters." goes on in prose.
			if _, after, ok := strings.Cut(text[at:], ":"); !ok || opensHeadline(after) {
				return at, v
			}
		default:
			return at, v
		}
	}
	return -1, keep
}

// linksIn returns the links whose text lies in tail: the links of a line
// cut from a paragraph, not those of the prose before it.
func linksIn(links []anchor, tail string) []anchor {
	var out []anchor
	for _, a := range links {
		if a.text != "" && strings.Contains(tail, a.text) {
			out = append(out, a)
		}
	}
	return out
}

// sentenceEnds counts the sentence ends inside s (as boilerTail finds
// them: a full stop, question or exclamation mark, a space, a capital).
func sentenceEnds(s string) int {
	n := 0
	for i := 0; i+2 < len(s); i++ {
		if c := s[i]; (c == '.' || c == '!' || c == '?') && s[i+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(s[i+2:]); unicode.IsUpper(r) {
				n++
			}
		}
	}
	return n
}

// opensHeadline reports whether s (after a label's colon) opens as a
// headline does: with a capital letter, a digit or a quotation mark.
func opensHeadline(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘«„", r)
}
