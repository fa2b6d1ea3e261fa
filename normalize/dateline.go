package normalize

import (
	"strings"
	"unicode"

	kabar "github.com/kabar-news/kabar"
)

// Limits on a dateline head (the part before the dash): longer heads are
// the first words of a sentence that happens to hold a dash.
const (
	maxDatelineHead  = 64
	maxDatelineWords = 8
	maxPlaceWords    = 4
)

// datelineDashes are the separators that end a dateline, longest first.
var datelineDashes = []string{" -- ", " — ", " – ", " - ", "—", "–"}

// readDateline finds the dateline opening a paragraph:
// "TRIBUNNEWS.COM, BRUSSELS -", "JAKARTA, KOMPAS.com -",
// "Mataram, NTB (ANTARA News) -", "KATHMANDU, April 25 (Reuters) -",
// "WASHINGTON (AP) —", "Merdeka.com -", "Jakarta -". The paragraph keeps it.
func (lx *lexicon) readDateline(para, site string) *kabar.Dateline {
	head := ""
	// A page may set the dateline apart as its own block ("Doha -").
	if p := strings.TrimSpace(para); len(p) <= maxDatelineHead {
		for _, d := range datelineDashes {
			if d = strings.TrimRight(d, " "); strings.HasSuffix(p, d) && len(p) > len(d) {
				head = p[:len(p)-len(d)]
				break
			}
		}
	}
	if head == "" {
		best := -1
		for _, d := range datelineDashes {
			if i := strings.Index(para, d); i > 0 && i <= maxDatelineHead && (best < 0 || i < best) {
				best = i
			}
		}
		if best > 0 {
			head = para[:best]
		}
	}
	head = strings.TrimSpace(head)
	if head == "" || countFields(head) > maxDatelineWords {
		return nil
	}
	var dl kabar.Dateline
	if strings.HasSuffix(head, ")") {
		open := strings.LastIndexByte(head, '(')
		if open < 0 {
			return nil
		}
		dl.Source = strings.TrimSpace(head[open+1 : len(head)-1])
		head = strings.TrimSpace(head[:open])
		if !lx.isSourceName(dl.Source, site) {
			return nil
		}
		head = lx.dropDate(head)
		head = strings.TrimRight(head, ", ")
		if head != "" && !lx.isPlace(head) {
			return nil
		}
		dl.Place = head
		return &dl
	}
	parts := strings.Split(head, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	switch len(parts) {
	case 1:
		if lx.isNamedOutlet(parts[0], site) {
			dl.Source = parts[0]
			dl.Place = lx.placeAfter(para[len(head):])
		} else if lx.isPlace(parts[0]) {
			dl.Place = parts[0]
		} else {
			return nil
		}
	case 2, 3:
		first, last := parts[0], parts[len(parts)-1]
		switch {
		case lx.isNamedOutlet(first, site):
			dl.Source, dl.Place = first, strings.Join(parts[1:], ", ")
		case lx.isNamedOutlet(last, site):
			dl.Source, dl.Place = last, strings.Join(parts[:len(parts)-1], ", ")
		case len(parts) == 2 && isUpperWord(strings.ReplaceAll(first, " ", "")) && countFields(last) <= 2 && lx.isPlace(first) && lx.isPlace(last):
			// "BUFFALO, N.Y. -", "SIOUX FALLS, S.D. -": city and state.
			dl.Place = head
		default:
			return nil
		}
		if !lx.isPlace(dl.Place) {
			return nil
		}
	default:
		return nil
	}
	return &dl
}

// isSourceName says s can be the source in a dateline: an outlet of the
// lexicon, a domain-like name, an all-caps agency, or the site's name.
func (lx *lexicon) isSourceName(s, site string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	if site != "" && strings.EqualFold(s, site) {
		return true
	}
	if lx.isOutlet(s) || lx.looksLikeOutlet(s) {
		return true
	}
	return isUpperWord(strings.ReplaceAll(s, " ", "")) && countFields(s) <= 3
}

// isNamedOutlet says s names an outlet outright (a known outlet, a
// domain-like name, the site), which an all-caps place name does not.
func (lx *lexicon) isNamedOutlet(s, site string) bool {
	if s == "" {
		return false
	}
	// The site's name counts only when written with its domain: a
	// "CLEVELAND, Ohio -" dateline on cleveland.com names a city.
	return (site != "" && strings.EqualFold(s, site) && strings.Contains(s, ".")) || lx.isOutlet(s) || lx.looksLikeOutlet(s)
}

// placeAfter reads the place some outlets put after the dash
// ("KONTAN.CO.ID - JAKARTA. Harga …"): one to three upper-case words
// closed by a full stop or a comma.
func (lx *lexicon) placeAfter(rest string) string {
	rest = strings.TrimLeft(rest, " -–—")
	end := strings.IndexAny(rest, ".,")
	if end <= 0 || end > 30 {
		return ""
	}
	p := strings.TrimSpace(rest[:end])
	if !isUpperWord(strings.ReplaceAll(p, " ", "")) || countFields(p) > 3 || !lx.isPlace(p) {
		return ""
	}
	return p
}

// looksLikeOutlet says s is written as a news outlet is in a dateline:
// with a domain ending of the lexicons ("Liputan6.com", "REPUBLIKA.CO.ID",
// "TEMPO.CO") or as one word ending in "news" ("Tribunnews", "detikNews").
func (lx *lexicon) looksLikeOutlet(s string) bool {
	l := strings.ToLower(s)
	for _, suf := range lx.outletSuffixes {
		if strings.HasSuffix(l, suf) || strings.Contains(l, suf+"/") {
			return true
		}
	}
	return strings.HasSuffix(l, " news") || (!strings.Contains(l, " ") && strings.HasSuffix(l, "news"))
}

// isPlace says s can be a place name: a few words, each capitalised (or a
// short particle), no digits, no reporting verb.
func (lx *lexicon) isPlace(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > maxPlaceWords {
		return false
	}
	for _, w := range f {
		w = strings.TrimRight(w, ",.")
		if w == "" {
			return false
		}
		r := []rune(w)[0]
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if unicode.IsDigit(c) {
				return false
			}
		}
		lw := strings.ToLower(w)
		if lx.verbs[lw] || lx.titles[lw] || lx.days[lw] {
			return false
		}
	}
	return true
}

// dropDate removes a trailing date from a dateline place
// ("KATHMANDU, April 25" → "KATHMANDU").
func (lx *lexicon) dropDate(s string) string {
	parts := strings.Split(s, ",")
	for len(parts) > 1 {
		last := strings.Fields(strings.ToLower(parts[len(parts)-1]))
		date := len(last) > 0
		for _, w := range last {
			w = strings.TrimRight(w, ".")
			if _, m := lx.months[w]; m || lx.days[w] {
				continue
			}
			if _, ok := parseOrdinal(w); ok {
				continue
			}
			date = false
		}
		if !date {
			break
		}
		parts = parts[:len(parts)-1]
	}
	return strings.TrimSpace(strings.Join(parts, ","))
}
