package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isPlaceName says the words ws are a place's whole name, one of
// [places] ("Jane Roe / London": where she wrote from, no second writer).
func (lx *lexicon) isPlaceName(ws []string) bool {
	return len(ws) > 0 && lx.placeAt(ws) == len(ws)
}

// isFiledFrom says the words ws, set after a byline's names behind a
// slash, a bar or a dash ("Ana Soto / Madrid", "Ana Soto | Madrid"), are
// a place she filed from: one of [places] or of [dateline-places]. The
// two lists are one knowledge there: a city news is filed from is a
// place in a byline as much as in a dateline ([dateline-places] leaves
// out the cities that are also given names or surnames). After a comma
// only [places] count (see isPlaceName): fundus labels keep a city
// listed there as an author.
func (lx *lexicon) isFiledFrom(ws []string) bool {
	return lx.isPlaceName(ws) || len(ws) > 0 && lx.datelinePlaces[strings.ToLower(strings.Join(ws, " "))]
}

// holdsLabelWord says a word of s after its first is a byline label of
// one word written in lower case ("by", "oleh", "par") that is no name
// particle ("von", "de").
func (lx *lexicon) holdsLabelWord(s string) bool {
	ws := fields(s)
	for _, w := range ws[min(1, len(ws)):] {
		if l := strings.ToLower(w); l == w && lx.bylineTexts[l] && !lx.isParticle(l) {
			return true
		}
	}
	return false
}

// cleanName turns a raw name into one as a person would write it, or says
// it is not a name. An empty name with valid false is furniture to skip
// ("Email the author"); a non-empty one with valid false is not a name at
// all, and the whole credit is suspect.
func (lx *lexicon) cleanName(s string, trusted bool) (name string, outlet, valid bool) {
	s = cleanText(s)
	// "Hendra Kusuma © ANTARA 2023": a copyright notice after the name.
	if i := strings.IndexRune(s, '©'); i > 0 {
		s = s[:i]
	}
	// A parenthesised note ("(Tribunnews)", "(Reuters)") is not the name.
	if i := strings.IndexByte(s, '('); i > 0 {
		s = s[:i]
	}
	// "KOMPAS.com/NABILLA TASHANDRA": the outlet before the slash goes;
	// so does the place after it ("Ana Soto / London").
	// An editor's initials after it ("Rina Lestari/rls") go too, and
	// initials alone ("ags/rdk") name no one.
	if strings.Contains(s, "/") && !strings.Contains(s, "://") {
		var keep []string
		initials := 0
		for _, part := range strings.Split(s, "/") {
			part = strings.TrimSpace(part)
			if isLowerInitials(part) {
				initials++
				continue
			}
			if part != "" && !lx.isOutlet(part) && !lx.looksLikeOutlet(part) && !lx.isFiledFrom(fields(part)) {
				keep = append(keep, part)
			}
		}
		if len(keep) == 0 && initials > 0 {
			return "", false, false
		}
		if len(keep) == 1 {
			s = keep[0]
		}
	}
	// "J.R.", "A.S.W.": initials with their stops, no name.
	if t := strings.TrimSpace(s); dottedInitials(strings.TrimSuffix(t, ".")) {
		return "", false, false
	}
	// A label left on a structured value ("By JOHN SMITH").
	if _, rest, ok := lx.cutLabel(s); ok && rest != "" {
		s = rest
	}
	f := fields(s)
	kept := f[:0]
	for _, w := range f {
		if at := strings.IndexByte(w, '@'); at >= 0 {
			// An e-mail address goes; a handle glued to the name
			// ("Greg Iacurci@GregIacurci") leaves the name.
			if strings.Contains(w[at:], ".") || at == 0 {
				continue
			}
			w = w[:at]
		}
		if strings.Contains(w, "://") || strings.HasPrefix(strings.ToLower(w), "www.") {
			continue
		}
		kept = append(kept, w)
	}
	f = kept
	// "dpa", "l'AFP": a known outlet whole, whatever its case, and with
	// the elided article of French before it.
	if len(f) > 0 {
		o := trimPunct(strings.Join(f, " "))
		for _, el := range []string{"l'", "l’"} {
			if len(o) > len(el) && strings.HasPrefix(strings.ToLower(o), el) {
				o = o[len(el):]
			}
		}
		if lx.outlets[strings.ToLower(o)] {
			return o, true, true
		}
	}
	if !trusted {
		f = lx.dropGluedDate(lx.dropNoise(lx.unglueNoise(f)))
		// "View all posts by Jane Roe": the label that the furniture
		// words stood before opens what is left.
		if len(f) > 1 {
			if _, rest, ok := lx.cutLabel(strings.Join(f, " ")); ok && rest != "" {
				f = fields(rest)
			}
		}
	} else if len(lx.dropNoise(f)) == 0 {
		return "", false, false // "admin", "Editorial"
	}
	// "Laporan wartawan Kabarku.com Agus Santoso": an outlet's address
	// before a name, with no comma between, is no part of it. What
	// follows must be written as a name ("kabarku.com developer" is the
	// site's own label, kept whole).
	if len(f) >= 2 && strings.Contains(f[0], ".") && isDomainLike(trimPunct(f[0])) && lx.looksLikeOutlet(trimPunct(f[0])) &&
		!slices.ContainsFunc(f[1:], func(w string) bool { return !isCapitalised(w) }) {
		f = f[1:]
	}
	// "Tom Davies Associated Press": an outlet after the name; "Tom
	// Davies Getty Images": a picture agency, the photo's credit.
	for n := min(3, len(f)-2); n > 0; n-- {
		if k := strings.ToLower(strings.Join(f[len(f)-n:], " ")); lx.outlets[k] || lx.pictureAgencies[k] {
			f = f[:len(f)-n]
			break
		}
	}
	// "Tom Davies The Daily Gazette": an article after two words of a
	// name opens the outlet's name, which has an outlet's shape; a
	// name holds no article.
	for i := 2; i+1 < len(f); i++ {
		if isCapitalised(f[i]) && lx.titleArticles[strings.ToLower(f[i])] && (lx.isOutlet(strings.Join(f[i+1:], " ")) || lx.looksLikeOutlet(strings.Join(f[i+1:], " "))) {
			f = f[:i]
			break
		}
	}
	s = trimPunct(strings.Join(f, " "))
	if s == "" {
		return "", false, false
	}
	// "Sponsored by Acme", "Brought to you by Acme": a byline's label
	// word written small inside the words is a phrase the lexicons do
	// not know (a sponsor's line, an unknown credit), never a name
	// nor an outlet's.
	if lx.holdsLabelWord(s) {
		return s, false, false
	}
	if lx.isOutlet(s) || (trusted && lx.looksLikeOutlet(s)) {
		return s, true, true
	}
	if isLowerInitials(s) {
		return "", false, false // "rdk", "mea": an editor's initials, no name
	}
	if ws := fields(s); lx.isPlaceName(ws) {
		return s, false, false // "Washington": a dateline, not a writer
	} else if !trusted && len(ws) > 1 && lx.titleArticles[strings.ToLower(ws[0])] && !lx.looksLikeOutlet(s) {
		// "The Russian and Syrian defense ministries" in a byline
		// element: an article opens a noun phrase of prose, never a
		// person's name. A known outlet that opens so ("The
		// Associated Press") was taken above; structured fields name
		// publishers so too ("Les Echos") and are let be.
		return s, false, false
	}
	if trusted {
		if n := countFields(s) - lx.honorificWords(fields(s)); n > 6 || strings.IndexFunc(s, unicode.IsLetter) < 0 || unicode.IsDigit([]rune(s)[0]) {
			return s, false, false
		}
		if !strings.Contains(s, " ") && isUpperWord(s) && len(s) <= maxAgencyLen {
			return s, true, true // "SDA", "LTO", "NTV": an agency's initials
		}
		if isUpperWord(s) && countFields(s) > 1 {
			s = properCase(s)
		}
		return s, false, true
	}
	f = fields(s)
	if len(f)-lx.honorificWords(f) > 5 || strings.IndexFunc(s, notNameRune) >= 0 {
		return s, false, false
	}
	upper := true
	capital := 0
	for _, w := range f {
		r := []rune(w)[0]
		if !unicode.IsLetter(r) {
			return s, false, false
		}
		if unicode.IsUpper(r) {
			capital++
		} else if len(w) > 3 && !lx.isDegreeWord(w) {
			// Only short particles ("de", "van", "bin") are lower case,
			// and a doctorate's field ("Dr. med.").
			return s, false, false
		}
		if !isUpperWord(w) {
			upper = false
		}
	}
	if capital == 0 {
		return s, false, false
	}
	// "By KMBC Staff", "WXYZ-TV": a broadcaster's call sign is the
	// station, written in capitals, never a name to set in proper case
	// ("Kmbc"); a given name of its shape ("KATE") is a name.
	if len(f) == 1 && lx.isCallSign(s) && !lx.isGivenName(strings.ToLower(s)) {
		return s, true, true
	}
	if upper && len(s) > 3 {
		s = properCase(s)
	}
	return s, false, true
}

// isLowerInitials says s is initials in lower case ("rdk", "mea"), as
// Indonesian desks sign: one word of two to four letters, none capital.
// Agencies that write their names so ("dpa") are outlets, asked first.
func isLowerInitials(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) || !unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// maxAgencyLen is the longest all-caps single word taken for an
// agency's initials rather than a name.
const maxAgencyLen = 5

// notNameRune says r has no place in a person's name.
func notNameRune(r rune) bool {
	return !unicode.IsLetter(r) && !isSpace(r) && !unicode.IsMark(r) && !strings.ContainsRune(".-'’", r)
}

// dropGluedDate removes a date glued to a name ("Corry Anestia on 16 Feb 2016
// at 09:10 WIB"): the words from the first one with a digit on go (a
// part that opens with a date goes whole); then the date's words (months, days, zones, "on", "at") left at the ends.
// A name that is nothing but a day or month name is no name.
func (lx *lexicon) dropGluedDate(f []string) []string {
	first := -1
	for i, w := range f {
		if strings.ContainsAny(w, "0123456789") {
			first = i
			break
		}
	}
	switch {
	case first > 0:
		f = f[:first]
	case first == 0:
		return nil // "05:00 Uhr": a part that opens with a date is the date
	}
	dateWord := func(w string) bool {
		lw := strings.ToLower(trimPunct(w))
		_, m := lx.months[lw]
		return lw == "" || m || lx.isDay(lw) || lx.meridiem[lw] != "" || lx.zones[lw] != nil ||
			(isLower(w) && len(w) <= 4)
	}
	if first < 0 {
		// No date here: "Agus" is a name, not August; but a lone
		// "Jumat" is what is left of one.
		for _, w := range f {
			if !dateWord(w) {
				return f
			}
		}
		return nil
	}
	for len(f) > 0 && dateWord(f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	for len(f) > 0 && dateWord(f[0]) {
		f = f[1:]
	}
	return f
}

// isAffiliation says a credit part names an outlet or a job, not a
// person: "CNN Senior Supreme Court Analyst", "Reuters", or a title that
// opens with its article ("The Conversation", "Die Tageszeitung"): a
// person's name never does ([title-articles]).
func (lx *lexicon) isAffiliation(s string) bool {
	f := fields(s)
	if lx.isOutlet(s) || (len(f) > 1 && lx.isOutlet(f[0])) {
		return true // "CNN Business"
	}
	if len(f) > 1 && lx.titleArticles[strings.ToLower(f[0])] && isCapitalised(f[0]) && isCapitalised(f[1]) {
		return true // "The Conversation", "Die Zeitung": a title, never a name
	}
	for _, w := range fields(s) {
		if lx.isTitleWord(strings.ToLower(trimPunct(w))) {
			return true
		}
	}
	return false
}

// dropNoise removes furniture phrases ("Email the author", "Lihat Semua")
// from a name's words.
func (lx *lexicon) dropNoise(f []string) []string {
	if len(f) == 0 {
		return f
	}
	lower := make([]string, len(f))
	for i, w := range f {
		lower[i] = strings.ToLower(trimPunct(w))
	}
	drop := make([]bool, len(f))
	for _, pw := range lx.noiseWords {
		for i := 0; i+len(pw) <= len(f); i++ {
			match := true
			for j, p := range pw {
				if lower[i+j] != p {
					match = false
					break
				}
			}
			if match {
				for j := range pw {
					drop[i+j] = true
				}
			}
		}
	}
	// "Jane Roe Share on Facebook", "Jane Roe View Comments": a button
	// after the name ends it, and the words after the button are the
	// button's, never the name's ("Jane Roe on on"). Only after two
	// words of the name: "View all posts by Jane Roe" opens with its.
	kept := 0
	for i := range f {
		if !drop[i] {
			kept++
			continue
		}
		if kept >= 2 {
			for j := i; j < len(f); j++ {
				drop[j] = true
			}
			break
		}
	}
	out := f[:0:0]
	for i, w := range f {
		if !drop[i] {
			out = append(out, w)
		}
	}
	return out
}

// unglueNoise splits a word that a page glued to the button or job
// title after it by losing the space between two elements ("Hollis
// GrantSenior Reporter", "Jane RoeFollow"): the capital after a small
// letter opens a one-word [byline-noise] entry. Names with an inner
// capital ("McKenna", "DeArdo") open no such word there.
func (lx *lexicon) unglueNoise(f []string) []string {
	var out []string
	for i, w := range f {
		cut := 0
		for j := 1; j < len(w); j++ {
			if w[j] >= 'A' && w[j] <= 'Z' && w[j-1] >= 'a' && w[j-1] <= 'z' && lx.isNoiseWord(strings.ToLower(trimPunct(w[j:]))) {
				cut = j
				break
			}
		}
		if cut == 0 {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(f)+1), f[:i]...)
		}
		out = append(out, w[:cut], w[cut:])
	}
	if out == nil {
		return f
	}
	return out
}

// isOutlet says s names an agency or outlet rather than a person.
func (lx *lexicon) isOutlet(s string) bool {
	t := trimPunct(s)
	// An ASCII name is lowered on the stack, as strings.ToLower would
	// lower it: this runs on every name a credit or quote reader weighs.
	var buf [32]byte
	if n, ok := lowerASCIIInto(&buf, t); ok {
		return lx.isOutletLower(string(buf[:n]))
	}
	return lx.isOutletLower(strings.ToLower(t))
}

// maxOutletWords is the most words outletAt reads as one outlet's name
// ("the new york times").
const maxOutletWords = 4

// outletAt is how many of the lower-case words lws, from the first, name
// a known outlet of two words or more ([outlets]: "daily mail", "el
// país", "the new york times"), the longest such run; 0 when none does.
// A single word is isOutletWord's: one word of a multi-word outlet
// ("mail", "post", "país") is no outlet alone.
func (lx *lexicon) outletAt(lws []string) int {
	var arr [96]byte
	buf := arr[:0]
	n := 0
	for k := 0; k < len(lws) && k < maxOutletWords; k++ {
		if k > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, trimPunct(lws[k])...)
		if k > 0 && lx.outlets[string(buf)] {
			n = k + 1
		}
	}
	return n
}

// lowerASCIIInto writes s into buf in lower case when s is ASCII and
// fits, and returns its length; strings.ToLower(s) is then
// string(buf[:n]), which a caller that keeps no part of it converts
// without a heap copy. ok is false otherwise, and buf is not to be read.
func lowerASCIIInto(buf *[32]byte, s string) (n int, ok bool) {
	if len(s) > len(buf) {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return len(s), true
}

// isOutletWord is isOutlet(w) for a word w whose lower case l is known,
// as a token's is. For an ASCII w, strings.ToLower(trimPunct(w)) is
// trimPunct(l) (lowering changes only letters, which trimPunct never
// trims), and a word of no ASCII white space is its only field: no
// string is built. Other words take isOutlet's way.
func (lx *lexicon) isOutletWord(w, l string) bool {
	if !isASCIIString(w) || strings.ContainsAny(w, " \t\n\v\f\r") {
		return lx.isOutlet(w)
	}
	l = trimPunct(l)
	if lx.outlets[l] || isDomainLike(l) {
		return true
	}
	for _, suf := range lx.outletSuffixes {
		if strings.Contains(l, suf) {
			return true
		}
	}
	return l != "" && lx.outletWordSet[l]
}

// isOutletLower is isOutlet of l, s trimmed of punctuation and in lower
// case.
func (lx *lexicon) isOutletLower(l string) bool {
	l = strings.TrimPrefix(l, "the ")
	if lx.outlets[l] || isDomainLike(l) {
		return true
	}
	// Every suffix opens with "." (the lexicon files it so): a name
	// without one holds none.
	if strings.IndexByte(l, '.') >= 0 {
		for _, suf := range lx.outletSuffixes {
			if strings.Contains(l, suf) {
				return true
			}
		}
	}
	// nextField, not strings.FieldsSeq: l then does not escape, and
	// isOutlet's stack copy stays on the stack.
	for start, end := nextField(l, 0); start >= 0; start, end = nextField(l, end) {
		if lx.outletWordSet[l[start:end]] {
			return true
		}
	}
	return false
}

// properCase turns "JOHN SMITH-JONES" into "John Smith-Jones".
func properCase(s string) string {
	var b strings.Builder
	start := true
	for _, r := range s {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(toLower(r))
		}
		start = !unicode.IsLetter(r) && r != '\''
	}
	return b.String()
}

// nameKey is what two spellings of one name share.
func nameKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	// Rune by rune as strings.ToLower maps them (an invalid byte is
	// U+FFFD either way, and no letter), without the lower-cased copy.
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
				b.WriteByte(byte(r))
			}
			continue
		}
		if r = toLower(r); isLetterOrNumber(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
