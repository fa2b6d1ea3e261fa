package body

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Shapes of boilerplate lines that no phrase list can name: their words
// are the reader's own (an address, a date), only their form tells them.

// boilerShape reports a line whose shape alone marks it as boilerplate.
// A line that only dates (dateLine) or says how long ago (agoLine) is a
// stamp. A line that opens with a byline label is left to normalize,
// which reads the people in it and takes it out itself.
func (lx *lexicon) boilerShape(s string) bool {
	return !lx.bylineLine(s) && (contactLine(s) || addressLine(s) || lx.dateLine(s) || lx.agoLine(s) ||
		lx.creditedCaption(s) || initialsLine(s) || identifierLine(s) || postSignature(s) || lx.pagerLine(s))
}

// maxPagerNumber bounds the page numbers of a pager line, so that two
// years in a row ("2023 2024") are no pager.
const maxPagerNumber = 99

// pagerLine reports the pager of an article split over pages, left in
// the text: two or more page numbers in a row ("1 2 3", "2 3 4"), with
// only pager words (pager.txt: "Halaman", "Next", "weiter"), arrows and
// separators around them. FIELDS.md keeps page markers out of the text;
// a sentence holds other words, and its numbers are seldom a run.
func (lx *lexicon) pagerLine(s string) bool {
	if len(s) > 120 {
		return false
	}
	nums, prev := 0, 0
	for f := range strings.FieldsSeq(s) {
		f = strings.Trim(f, ":|/()[]«»‹›<>←→…-.,")
		if f == "" {
			continue
		}
		if allDigits(f) && len(f) <= 2 {
			n := 0
			for i := 0; i < len(f); i++ {
				n = n*10 + int(f[i]-'0')
			}
			if n == 0 || n > maxPagerNumber || nums > 0 && n != prev+1 {
				return false
			}
			nums, prev = nums+1, n
			continue
		}
		if !lx.pagerWords[lowerFold(f)] {
			return false
		}
	}
	return nums >= 2
}

// postSignature reports the signature line of an embedded social post
// whose embed script did not run: a dash, the author and their handle in
// brackets, the date ("— Harbour Council (@harbourcouncil) May 6, 2024").
// FIELDS.md leaves embedded posts out; their text is the post's, the
// line is the widget's.
func postSignature(s string) bool {
	if len(s) > 200 {
		return false
	}
	rest, ok := "", false
	for _, d := range [...]string{"— ", "– ", "- ", "—", "&mdash; "} {
		if rest, ok = strings.CutPrefix(s, d); ok {
			break
		}
	}
	if !ok {
		return false
	}
	i := strings.Index(rest, "(@")
	if i <= 0 || !strings.Contains(rest[i:], ")") {
		return false
	}
	t := strings.TrimRight(rest, " .")
	if len(t) < 4 {
		return false
	}
	return allDigits(t[len(t)-4:])
}

// identifierLine reports a line that is one machine name and nothing else:
// three or more lowercase ASCII words joined by hyphens, no space
// ("narrow-browser-and-phone", "landscape-tablet-and-above"), the text of
// a page's layout or tracking element that a script reads, never a
// sentence or a heading a reader is shown. Digits are not let in, so a
// phone number ("02-751-1500") or a date stays.
func identifierLine(s string) bool {
	if len(s) > 80 || strings.Count(s, "-") < 2 {
		return false
	}
	for _, part := range strings.Split(s, "-") {
		if part == "" {
			return false
		}
		for i := 0; i < len(part); i++ {
			if c := part[i]; c < 'a' || c > 'z' {
				return false
			}
		}
	}
	return true
}

// contactLine reports a short line that gives an e-mail address: "Write
// to us at tips@example.org", "Puede escribirnos a ...", an advertising or
// reader-letters box. Article sentences rarely print an address; a long
// paragraph that does is kept.
func contactLine(s string) bool {
	return strings.IndexByte(s, '@') >= 0 && utf8.RuneCountInString(s) < 300 && hasEmail(s)
}

// hasEmail reports whether s holds an e-mail address: letters or digits
// before the "@", a dotted domain with a top-level label of letters after.
func hasEmail(s string) bool {
	for i := strings.IndexByte(s, '@'); i >= 0; {
		if i > 0 && isAddrByte(s[i-1]) {
			host := s[i+1:]
			n := 0
			for n < len(host) && (isAddrByte(host[n]) || host[n] == '-') {
				n++
			}
			host = strings.TrimRight(host[:n], ".")
			if dot := strings.LastIndexByte(host, '.'); dot > 0 && len(host)-dot-1 >= 2 && allLetters(host[dot+1:]) {
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], '@')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isAddrByte(c byte) bool {
	return c == '.' || c == '_' || c == '+' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// addressLine reports a line that is one web address and nothing else,
// the credit of a picture taken from a profile ("Instagram.com/somebody",
// "twitter.com/agency/status/1"): a host with a dot, then a path.
func addressLine(s string) bool {
	if len(s) > 100 || strings.ContainsAny(s, " \t") {
		return false
	}
	t := s
	for _, p := range [...]string{"https://", "http://", "www.", "WWW."} {
		t = strings.TrimPrefix(t, p)
	}
	host, path, ok := strings.Cut(t, "/")
	if !ok || strings.Trim(path, "/") == "" {
		return false
	}
	dot := strings.LastIndexByte(host, '.')
	return dot > 0 && len(host)-dot-1 >= 2 && allLetters(host[dot+1:])
}

// maxAgoLine is the longest line (bytes) agoLine reads: a label and a
// relative time ("Aktualisiert vor 12 Minuten").
const maxAgoLine = 60

// agoLine reports a line that only says how long ago something was posted
// ("12 minutes ago", "Updated 2 hours ago", "vor 5 Minuten", "3 jam yang
// lalu"): a form of lexicon/ago.txt, after a date label of dates.txt. A
// live blog stamps its entries so, and a comment thread its comments; an
// article's sentences say more.
func (lx *lexicon) agoLine(s string) bool {
	if len(s) > maxAgoLine || len(lx.agoForms) == 0 {
		return false
	}
	key := strings.TrimRight(agoKey(s), " .·|")
	if lx.agoForms[key] {
		return true
	}
	first, rest, ok := strings.Cut(key, " ")
	return ok && lx.dateWords[strings.TrimRight(first, ":")] == dateLabel && lx.agoForms[strings.TrimRight(rest, " .·|")]
}

// agoKey writes s as the forms of lexicon/ago.txt are kept: lowercased,
// white space collapsed to single spaces, each run of digits as "{n}".
func agoKey(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 4)
	space, digits := false, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space, digits = b.Len() > 0, false
			continue
		case r >= '0' && r <= '9':
			if digits {
				continue
			}
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r >= '0' && r <= '9' {
			b.WriteString("{n}")
			digits = true
			continue
		}
		digits = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// dateLine reports a line that only states when the article was posted
// or updated ("Posted: Monday, May 6, 2024. 9:15 am EST", "6 May 2024
// 11:30 (Updated 11:54)", "Stand: 06.05.2024 18:00 Uhr"): every word is a
// number, a word of lexicon/dates.txt or a time-zone abbreviation, and it
// names a day (a month name or a written date), or labels a time
// ("Updated at 1:23 p.m."). A time alone ("4:14 p.m." over an entry of a
// live blog) is left.
func (lx *lexicon) dateLine(s string) bool {
	if len(s) > 120 || !strings.ContainsAny(s, "0123456789") || len(lx.dateWords) == 0 {
		return false
	}
	day, clock, label := false, false, false
	var run [2]string // the plain numbers before this word ("23. 12. 2024")
	for _, f := range dateFields(s) {
		w := strings.TrimFunc(f, func(r rune) bool { return unicode.IsPunct(r) && r != ':' || r == '|' })
		w = strings.Trim(w, ":")
		if w == "" {
			continue
		}
		if numeric(w) {
			day = day || writtenDate(w) || allDigits(w) && writtenDate(run[0]+"."+run[1]+"."+w)
			clock = clock || strings.Count(w, ":") == 1
			run[0], run[1] = run[1], ""
			if allDigits(w) {
				run[1] = w
			}
			continue
		}
		run = [2]string{}
		switch lx.dateWords[lowerFold(w)] {
		case dateMonth:
			day = true
		case dateLabel:
			label = true
		case dateWord:
		default:
			if !zoneWord(w) {
				return false
			}
		}
	}
	return day || label && clock
}

// dateFields splits a date line into words, also where two pieces of
// markup ran together without a space: a digit or a lower-case letter
// before a capital ("08:01Mis à jour", "18:50 UhrLesedauer").
func dateFields(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		start := 0
		var prev rune
		for i, r := range f {
			if i > start && unicode.IsUpper(r) && (unicode.IsDigit(prev) || unicode.IsLower(prev)) {
				out = append(out, f[start:i])
				start = i
			}
			prev = r
		}
		out = append(out, f[start:])
	}
	return out
}

// writtenDate reports a date written in digits: "06.05.2024", "6/5/24",
// "2024-05-06" (a phone number, "02-751-1500", is not one).
func writtenDate(w string) bool {
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '.' || r == '/' || r == '-' })
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if !allDigits(p) {
			return false
		}
	}
	a, b, c := len(parts[0]), len(parts[1]), len(parts[2])
	return a <= 2 && b <= 2 && (c == 2 || c == 4) || a == 4 && b <= 2 && c <= 2
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// numeric reports a number, a time or a written date ("2024", "11:54",
// "06.05.2024", "2024-05-06", "21st", "9h30").
func numeric(w string) bool {
	digits := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigit(c):
			digits++
		case c == ':' || c == '.' || c == '/' || c == '-' || c == 'h':
		default:
			rest := strings.ToLower(w[i:])
			return digits > 0 && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th" || rest == "am" || rest == "pm")
		}
	}
	return digits > 0
}

// zoneWord reports a time-zone abbreviation: two to five capitals
// ("WIB", "CST", "CEST", "GMT").
func zoneWord(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// creditedCaption reports a caption printed with its credit in the text:
// a short line that goes on, after its words, with a credit label of the
// lexicon and a colon ("Sam Fried. Foto: Agency", "Ilustrasi banjir
// (Foto: Dok. Warga)", "The quay in 1920, photo: City Archive").
// Article sentences do not carry a "Photo:" after their words.
func (lx *lexicon) creditedCaption(s string) bool {
	if len(s) > 300 || !strings.Contains(s, ":") {
		return false
	}
	lower := lowerFold(s)
	for _, i := range lx.credits {
		label := lx.phrases[i].text + ":"
		for from := 0; ; {
			j := strings.Index(lower[from:], label)
			if j < 0 {
				break
			}
			j += from
			from = j + len(label)
			if j == 0 {
				continue // a credit line of its own: the lexicon's
			}
			before := strings.TrimRight(lower[:j], " ")
			if before == "" || !strings.ContainsAny(before[len(before)-1:], "(.,|-") {
				continue
			}
			if after := lower[from:]; len(after) <= 80 && !endsSentence(after) {
				return true
			}
		}
	}
	return false
}

// initialsLine reports a closing marker of initials or an agency with the
// editor's initials, unbracketed: "SDA/sep", "mea/rdk", "AFP/jl". One
// word of letters, two or three parts joined by slashes, each part of two
// to five letters.
func initialsLine(s string) bool {
	if len(s) > 17 || strings.ContainsAny(s, " .") {
		return false
	}
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if len(p) < 2 || len(p) > 5 || !allLetters(p) {
			return false
		}
	}
	return true
}
