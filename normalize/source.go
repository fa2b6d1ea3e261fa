package normalize

import (
	"strings"
	"unicode"
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
	for _, para := range paras {
		toks := strings.Fields(para)
		lower := make([]string, len(toks))
		for i, t := range toks {
			lower[i] = strings.ToLower(t)
		}
		for _, cue := range lx.sources {
			for _, name := range lx.matchCue(cue, toks, lower) {
				add(name)
			}
		}
	}
	return out
}

// matchCue finds every X that cue cites in the words of one paragraph.
func (lx *lexicon) matchCue(cue sourceCue, toks, lower []string) []string {
	var out []string
	pre, post := strings.Fields(cue.before), strings.Fields(cue.after)
	for i := 0; i+len(pre) <= len(lower); i++ {
		if !wordsAt(lower, i, pre) {
			continue
		}
		var name string
		if len(pre) > 0 {
			// "Dikutip dari X": a prefix cue must not end its sentence.
			if last := lower[i+len(pre)-1]; strings.HasSuffix(last, ".") || strings.HasSuffix(last, ",") {
				continue
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
				continue
			}
			if len(post) > 0 && !wordsAt(lower, at+len(strings.Fields(name)), post) {
				continue
			}
		} else {
			// "X melaporkan": the name ends right before the cue.
			if !wordsAt(lower, i, post) || i == 0 {
				continue
			}
			name = lx.nameUpTo(toks[:i])
			if name == "" {
				continue
			}
		}
		if cue.outletOnly && !lx.isOutlet(name) && !looksLikeOutlet(name) {
			continue
		}
		out = append(out, name)
	}
	return out
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
	var ws []string
	for _, t := range toks {
		w := strings.TrimLeft(t, "(\"'“")
		core := strings.TrimRight(w, ",.;:)\"'”")
		if core == "" {
			break
		}
		domain := strings.Count(core, ".") >= 1 && !strings.ContainsAny(core, " ") && isDomainLike(core)
		if !isCapitalised(core) && !domain && !(len(ws) > 0 && isJoiner(core)) {
			break
		}
		ws = append(ws, core)
		if core != w || len(ws) >= maxSourceWords {
			break
		}
	}
	for len(ws) > 0 && isJoiner(ws[len(ws)-1]) {
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

// isJoiner says w may join the words of an outlet's name ("New York
// Daily News", "The Wall Street Journal", "Agence France-Presse").
func isJoiner(w string) bool {
	switch strings.ToLower(w) {
	case "of", "the", "de", "du", "la":
		return true
	}
	return false
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
	return true
}
