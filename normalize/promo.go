package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// The outlet's own promotions inside the body. Sites set lines between
// and after the paragraphs that send the reader to the outlet's
// newsletter, app, channel or other guides ("Sie mögen den Tag kompakt
// zusammengefasst? Dann sind Sie beim täglichen WAZ-Newsletter richtig –
// hier entlang.", "Follow @CityDeals on Twitter to keep up …", "Stay
// tuned for more Harbour Times gift guides!"). Their wording differs from
// site to site, so no phrase list catches them; what they share is that
// they name the outlet itself and ask something of the reader. FIELDS.md
// keeps newsletter and app promotions out of the text.

// maxSitePromo bounds a promotion paragraph, in bytes: a line or two.
const maxSitePromo = 320

// isSitePromo says para is the outlet's promotion of itself: short, no
// quotation in it, and either naming the site (mentionsSite) with a
// request to the reader of [promo-cues] ("abonniere", "sign up", "follow
// @"), or holding a request that names the outlet as "our" or "us" of
// [promo-own] ("check out our", "folgen Sie uns"). A sentence of the
// story that names the outlet ("… told the Harbour Times.") asks nothing
// of the reader, and a quotation is someone's words, so both stay; a
// name in quotation marks (a channel's, "Harbour Times Update") is none.
func (lx *lexicon) isSitePromo(para, site string, domains ...string) bool {
	if len(para) > maxSitePromo || hasSpeech(para) {
		return false
	}
	// The paragraph lowered (lowerInto: strings.ToLower) into a buffer on
	// the stack; hasCues reads it and keeps no part of it, and the buffer
	// is not written after this line, so it is read as a string without a
	// copy.
	var buf [3 * maxSitePromo]byte
	lower := lowerInto(&buf, para)
	own, cue := hasCues(unsafe.String(unsafe.SliceData(lower), len(lower)), &lx.promoOwn, &lx.promoCues)
	if own {
		return true
	}
	if !cue {
		return false
	}
	return mentionsSite(para, site, domains...)
}

// lowerInto writes strings.ToLower(s), its typographic apostrophes read
// as the typewriter one (foldApostrophe), into buf, s at most maxSitePromo
// bytes long (a rune lowers to at most three times its bytes: an invalid
// byte to U+FFFD), and returns the part written; a longer s is lowered
// by appendLower (isSitePromo reads no paragraph that long). ASCII bytes,
// most of a paragraph, are lowered through a table and stored by index,
// without append's test of the capacity at each byte; other runes as
// appendLower does.
func lowerInto(buf *[3 * maxSitePromo]byte, s string) []byte {
	if len(s) > maxSitePromo {
		return appendLower(buf[:0], s)
	}
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			buf[n] = asciiLower[c]
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n += utf8.EncodeRune(buf[n:], foldApostrophe(toLower(r)))
		i += size
	}
	return buf[:n]
}

// foldApostrophe reads a typographic apostrophe (’, ʼ) as the typewriter
// one ('): publishers set either in the same request ("Hier geht’s zur
// Anmeldung", "Here's how to sign up"), and the cues, folded the same way
// (cueIndex.add), are written with one.
func foldApostrophe(r rune) rune {
	if r == '\u2019' || r == '\u02bc' {
		return '\''
	}
	return r
}

// asciiLower maps an ASCII byte to its lower case.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// hasCues is hasCue(lower, own), and when that is false hasCue(lower,
// cues), in one pass over lower's word starts for both indexes: own is
// true as soon as an own cue is found (cue is then not asked).
func hasCues(lower string, own, cues *cueIndex) (ownFound, cueFound bool) {
	prevWord := false
	for i := 0; i < len(lower); {
		r, size := rune(lower[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(lower[i:])
		}
		word := isWordRune(r)
		if word && !prevWord {
			for _, c := range own.byFirst[lower[i]] {
				if strings.HasPrefix(lower[i:], c) && edgeOK(lower, i+len(c), c, false) {
					return true, false
				}
			}
			if !cueFound {
				for _, c := range cues.byFirst[lower[i]] {
					if strings.HasPrefix(lower[i:], c) && edgeOK(lower, i+len(c), c, false) {
						cueFound = true
						break
					}
				}
			}
		}
		prevWord = word
		i += size
	}
	if hasLooseCue(lower, own) {
		return true, false
	}
	return false, cueFound || hasLooseCue(lower, cues)
}

// hasLooseCue says lower holds one of cues' loose cues (see hasCue).
func hasLooseCue(lower string, cues *cueIndex) bool {
	for _, cue := range cues.loose {
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], cue)
			if i < 0 {
				break
			}
			i += from
			if edgeOK(lower, i+len(cue), cue, false) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// cueIndex holds whole-word cues for hasCue. A paragraph is tested
// against every cue of every language, most of them absent, so the cues
// are kept by their first byte and tried only where a word starts: a cue
// opening with a letter or digit can only match there (edgeOK). Cues
// opening with no word rune ("@handle" forms) may match anywhere and are
// searched for one by one.
type cueIndex struct {
	byFirst [256][]string
	loose   []string
	n       int
}

// add takes a lower-case cue, its apostrophes folded as the text's are
// (foldApostrophe).
func (c *cueIndex) add(cue string) {
	if cue == "" {
		return
	}
	cue = strings.Map(foldApostrophe, cue)
	c.n++
	if r, _ := utf8.DecodeRuneInString(cue); isWordRune(r) {
		c.byFirst[cue[0]] = append(c.byFirst[cue[0]], cue)
		return
	}
	c.loose = append(c.loose, cue)
}

// empty says no cue was added.
func (c *cueIndex) empty() bool { return c.n == 0 }

// edgeOK says the cue found in s ends a word at its edge at: the byte
// before its start (start set) or at its end is no letter or digit. A
// cue whose own edge is no letter ("follow @") needs no boundary there.
func edgeOK(s string, at int, cue string, start bool) bool {
	var own rune
	if start {
		own, _ = utf8.DecodeRuneInString(cue)
	} else {
		own, _ = utf8.DecodeLastRuneInString(cue)
	}
	if !isWordRune(own) {
		return true
	}
	var r rune
	if start {
		if at == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(s[:at])
	} else {
		if at >= len(s) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(s[at:])
	}
	return !isWordRune(r)
}

// maxSiteWords is how many words a site's name may run to ("Harbour
// Times Daily").
const maxSiteWords = 4

// mentionsSite says para names the site itself: its name as printed in
// one or several words ("20 Minuten", "junge Welt"), one of its domains
// ("VOGUE.de": the canonical address's and the page's may differ) or a
// domain's first label, as a word, as a part of a
// compound ("WAZ-Newsletter", "IGN's") or as the head of a handle in
// camel case ("@BGRDeals"). Names shorter than three letters are never
// taken: "AP" or "RT" inside a word says nothing.
func mentionsSite(para, site string, domains ...string) bool {
	var cands []string
	keys := []string{siteKey(site)}
	for _, d := range domains {
		label, _, _ := strings.Cut(d, ".")
		keys = append(keys, siteKey(d), siteKey(label))
	}
	for _, c := range keys {
		if len([]rune(c)) >= 3 && !containsString(cands, c) {
			cands = append(cands, c)
		}
	}
	if len(cands) == 0 {
		return false
	}
	ws := fields(para)
	for i, w := range ws {
		// Several words: the name as printed ("20 Minuten").
		k := siteKey(w)
		for j := i + 1; j < len(ws) && j < i+maxSiteWords; j++ {
			k += siteKey(ws[j])
			if containsString(cands, k) {
				return true
			}
		}
		// One word, whole or a part of a compound or a handle.
		opens := i == 0 || strings.ContainsAny(ws[i-1][len(ws[i-1])-1:], ".!?:")
		parts := strings.FieldsFunc(w, func(r rune) bool {
			return r == '-' || r == '/' || r == '@' || r == '#' || r == '\'' || r == '’'
		})
		for _, part := range parts {
			part = strings.TrimFunc(part, func(r rune) bool { return !isWordRune(r) })
			pk := siteKey(part)
			for _, c := range cands {
				if camelHead(part, c) || pk == c && writtenAsName(part, w, opens) {
					return true
				}
			}
		}
	}
	return false
}

// writtenAsName says part, a word of w that spells the site's name, is
// written as a name, not as the common word many sites are named for
// ("Independent candidates must sign up", "a legal guardian"): it opens
// with a capital or a digit, and where a sentence opens with it, where
// every word is capitalised, it is in capitals, a domain ("VOGUE.de"),
// or a part of a compound or handle ("WAZ-App", "@HarbourPost").
func writtenAsName(part, w string, opens bool) bool {
	r, _ := utf8.DecodeRuneInString(part)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	if !opens {
		return true
	}
	return isUpperWord(part) && utf8.RuneCountInString(part) > 1 || strings.Contains(part, ".") || part != strings.TrimFunc(w, func(r rune) bool { return !isWordRune(r) })
}

// camelHead says word, of letters and digits only, opens with key (a
// siteKey) and goes on with a capital: "BGRDeals" for "bgr", not
// "Wazirs" for "waz".
func camelHead(word, key string) bool {
	if len(word) <= len(key) || !strings.EqualFold(word[:len(key)], key) {
		return false
	}
	for _, r := range word {
		if !isWordRune(r) || r >= utf8.RuneSelf {
			return false
		}
	}
	return unicode.IsUpper(rune(word[len(key)]))
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// dropSitePromos takes the outlet's promotions (isSitePromo) out of
// paras, all but the first, and moves the heading indexes that follow
// one down with it, so they still point at their headings.
func (lx *lexicon) dropSitePromos(paras []string, headings []int, site string, domains ...string) ([]string, []int) {
	if lx.promoCues.empty() && lx.promoOwn.empty() {
		return paras, headings
	}
	out := paras[:0:0]
	var hs []int
	hi := 0
	for i, p := range paras {
		isHeading := hi < len(headings) && headings[hi] == i
		if isHeading {
			hi++
		}
		if i > 0 && lx.isSitePromo(p, site, domains...) {
			continue
		}
		if isHeading {
			hs = append(hs, len(out))
		}
		out = append(out, p)
	}
	if len(out) == len(paras) {
		return paras, headings
	}
	return out, hs
}

// speechOpen and speechClose are hasSpeech's opening and closing marks.
var speechOpen, speechClose = newRuneSet(speechOpenMarks), newRuneSet(speechCloseMarks)

const speechOpenMarks, speechCloseMarks = "\"“„«「", "\"”“»」"

// minSpeechWords is how many words a quotation holds at least to be
// someone's words rather than a name in quotation marks.
const minSpeechWords = 5

// hasSpeech says para holds a quotation of minSpeechWords words or more
// (straight, curly, low or angle marks, or corner brackets), or an
// opening mark that is never closed.
func hasSpeech(para string) bool {
	for i := 0; i < len(para); {
		j := speechOpen.index(para[i:])
		if j < 0 {
			return false
		}
		j += i
		_, n := utf8.DecodeRuneInString(para[j:])
		k := speechClose.index(para[j+n:])
		if k < 0 {
			return true
		}
		if countFieldsUpTo(para[j+n:j+n+k], minSpeechWords) >= minSpeechWords {
			return true
		}
		_, m := utf8.DecodeRuneInString(para[j+n+k:])
		i = j + n + k + m
	}
	return false
}
