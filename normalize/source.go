package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSourceWords bounds the name of a cited outlet.
const maxSourceWords = 5

// readSources finds the outlets the text cites ("Dikutip dari Sputnik
// News", "seperti dilansir X", "according to Reuters", "X reported"),
// using the cue patterns of the lexicons. The site itself is not a source.
func (lx *lexicon) readSources(paras []string, site, domain string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		k := nameKey(name)
		if k == "" || seen[k] || namesSite(name, site, domain, true) {
			return
		}
		seen[k] = true
		out = append(out, name)
	}
	// The paragraphs' words, reused from one paragraph to the next.
	var toks, lower, bare []string
	for _, para := range paras {
		toks = joinColons(appendFields(toks[:0], para))
		if !lx.mayCite(toks) {
			continue
		}
		lower, bare = lower[:0], bare[:0]
		for _, t := range toks {
			l := strings.ToLower(t)
			lower = append(lower, l)
			bare = append(bare, strings.TrimRight(l, ",.;:)"))
		}
		for i, w := range bare {
			for _, cue := range lx.cuesByWord[w] {
				for _, name := range lx.matchCueAt(cue, i, toks, lower) {
					add(name)
				}
			}
		}
	}
	return out
}

// mayCite reports whether a word of toks, lower-cased and trimmed as
// readSources does, is the first word of a citation cue: most paragraphs
// have none, and need no lower-cased copy of their words.
func (lx *lexicon) mayCite(toks []string) bool {
	var buf [64]byte
	for _, t := range toks {
		// A word starting with an ASCII byte starts with it lower-cased
		// after appendLower.
		if c := t[0]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if !lx.cueFirst[c] {
				continue
			}
		}
		b := appendLower(buf[:0], t)
		for len(b) > 0 && strings.IndexByte(",.;:)", b[len(b)-1]) >= 0 {
			b = b[:len(b)-1]
		}
		if len(lx.cuesByWord[string(b)]) > 0 {
			return true
		}
	}
	return false
}

// matchCueAt reads the X that cue cites when the cue's first word is
// the word at i of a paragraph.
func (lx *lexicon) matchCueAt(cue sourceCue, i int, toks, lower []string) []string {
	pre, post := cue.beforeWords, cue.afterWords
	var name string
	if len(pre) > 0 {
		if !wordsAt(lower, i, pre) {
			return nil
		}
		// "Dikutip dari X": a prefix cue must not end its sentence.
		if last := lower[i+len(pre)-1]; strings.HasSuffix(last, ".") || strings.HasSuffix(last, ",") {
			return nil
		}
		at := i + len(pre)
		for _, f := range lx.sourceFillers {
			if wordsAt(lower, at, f) {
				at += len(f)
				break
			}
		}
		name = lx.nameFrom(toks[at:])
		if name == "" {
			return nil
		}
		if len(post) > 0 && !wordsAt(lower, at+countFields(name), post) {
			return nil
		}
	} else {
		// "X melaporkan": the name ends right before the cue.
		if !wordsAt(lower, i, post) || i == 0 {
			return nil
		}
		name = lx.nameUpTo(toks[:i])
		if name == "" {
			return nil
		}
	}
	if cue.outletOnly && !lx.isInstitution(name) {
		return nil
	}
	return []string{name}
}

// isInstitution says a cited name is an outlet, an agency or an
// institution rather than a person ("according to X" cites people too):
// kindOf's decision, an organisation or an outlet, or a name holding a
// place; a place alone is none.
func (lx *lexicon) isInstitution(name string) bool {
	switch lx.kindOf(name, "", "") {
	case kindOrganisation, kindOutlet:
		return true
	case kindPlace:
		return false // "according to Canada": a country cites nothing
	}
	// A place inside a longer name: "Jakarta Globe"-like names.
	ws := strings.Fields(name)
	for i := range ws {
		if lx.placeAt(ws[i:]) > 0 {
			return true
		}
	}
	return false
}

// wordsAt says the words of pat start lower at i (punctuation at a word's
// end ignored except on the last word).
func wordsAt(lower []string, i int, pat []string) bool {
	if len(pat) == 0 || i+len(pat) > len(lower) {
		return len(pat) == 0
	}
	for j, p := range pat {
		w := lower[i+j]
		if w == p {
			continue
		}
		if strings.TrimRight(w, ",.;:)") != strings.TrimRight(p, ",.;:") || strings.HasSuffix(p, ":") {
			return false
		}
	}
	return true
}

// nameFrom reads an outlet name at the start of toks: capitalised words
// (or a domain), up to a comma, a full stop or a lower-case word.
func (lx *lexicon) nameFrom(toks []string) string {
	if len(toks) > 1 && lx.joiners[toks[0]] {
		toks = toks[1:] // "according to the Himalayan Database"
	}
	var ws []string
	for _, t := range toks {
		w := strings.TrimLeft(t, "(\"'“")
		core := strings.TrimRight(w, ",.;:)\"'”")
		if core == "" {
			break
		}
		domain := strings.Count(core, ".") >= 1 && !strings.ContainsAny(core, " ") && isDomainLike(core)
		if !isCapitalised(core) && !domain && !(len(ws) > 0 && lx.joiners[strings.ToLower(core)]) {
			break
		}
		ws = append(ws, core)
		if core != w || len(ws) >= maxSourceWords {
			break
		}
	}
	for len(ws) > 0 && lx.joiners[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	name := strings.Join(ws, " ")
	if lx.isStopword(strings.ToLower(name)) || lx.days[strings.ToLower(name)] {
		return ""
	}
	return name
}

// nameUpTo reads an outlet name that ends toks.
func (lx *lexicon) nameUpTo(toks []string) string {
	i := len(toks)
	for i > 0 && len(toks)-i < maxSourceWords {
		w := strings.Trim(toks[i-1], "(\"'“”")
		if !isCapitalised(w) && !isDomainLike(w) {
			break
		}
		if i < len(toks) && strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") && !isDomainLike(strings.TrimRight(w, ".")) {
			break
		}
		i--
	}
	if i == len(toks) {
		return ""
	}
	return strings.Trim(strings.Join(toks[i:], " "), ",.;:()\"'“”")
}

// isDomainLike says s reads as a domain ("www.menpan.go.id").
func isDomainLike(s string) bool {
	if !strings.Contains(s, ".") || strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-') {
			return false
		}
	}
	// "N.Y", "S.D": initials, not a domain; a domain ends in a top-level
	// domain of two letters or more and has a label longer than that.
	labels := strings.Split(s, ".")
	long := false
	for _, l := range labels {
		if len(l) > 2 {
			long = true
		}
	}
	return long && len(labels[len(labels)-1]) >= 2
}

// joinColons joins a colon set apart ("Sumber : Antara") to the word
// before it, as the label cues are written ("sumber: X").
func joinColons(toks []string) []string {
	out := toks[:0]
	for _, t := range toks {
		if t == ":" && len(out) > 0 && !strings.HasSuffix(out[len(out)-1], ":") {
			out[len(out)-1] += ":"
			continue
		}
		out = append(out, t)
	}
	return out
}

// appendFields appends the fields of s, as strings.Fields splits it, to
// dst.
func appendFields(dst []string, s string) []string {
	start := -1
	for i := 0; i < len(s); {
		space, size := asciiSpace[s[i]], 1
		if s[i] >= utf8.RuneSelf {
			space, size = spaceRune(s[i:])
		}
		if space {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// countFields is len(strings.Fields(s)), without the slice.
func countFields(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		space, size := asciiSpace[s[i]], 1
		if s[i] >= utf8.RuneSelf {
			space, size = spaceRune(s[i:])
		}
		if space {
			in = false
		} else if !in {
			in = true
			n++
		}
		i += size
	}
	return n
}

// asciiSpace holds the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// spaceRune reports whether the rune s starts with is white space
// (unicode.IsSpace), and its length.
func spaceRune(s string) (space bool, size int) {
	r, size := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r), size
}
