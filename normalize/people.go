package normalize

import (
	"strings"
	"unicode"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
)

// credit is one credited person (or agency) and the role the page gives.
type credit struct {
	name   string
	role   kabar.Role
	source string // the Page field's source, for structured credits
	// outlet says the name is an agency or outlet, not a person.
	outlet bool
}

// parseByline reads one credit line ("Penulis: X", "By X and Y",
// "Reporting by X; Editing by Y", "X - detikNews") into credits. A line
// with no label gives role def, unless needLabel is set: then ok is false,
// as it is whenever a part of the line is not a plausible name. Lines
// that are not credits (a sentence that happens to start with "Oleh") are
// thus refused whole rather than mined for names.
//
// A trusted line comes from structured data (JSON-LD, meta), whose names
// are meant as names: "dpa", "sportschau.de" and "BR24 Redaktion" stand.
func (lx *lexicon) parseByline(line string, def kabar.Role, needLabel, trusted bool) (out []credit, ok bool) {
	line = cleanText(line)
	if line == "" {
		return nil, false
	}
	var pending kabar.Role
	labelled := false
	segs := []string{line}
	if !trusted {
		segs = lx.bylineSegments(line)
	}
	for _, seg := range segs {
		seg = strings.TrimSpace(seg)
		if seg == "" {
			continue
		}
		role, rest, found := lx.cutLabel(seg)
		if found {
			// "Penulis: Kontributor Lhokseumawe, Masriadi": the first
			// label gives the role, a second one only goes.
			if _, r2, ok := lx.cutLabel(rest); ok && r2 != "" {
				rest = r2
			}
		}
		if !found {
			role, rest, found = lx.cutSuffix(seg)
		}
		switch {
		case found:
			labelled = true
			if strings.TrimFunc(rest, notWordRune) == "" {
				pending = role
				continue
			}
		case pending != "":
			role, rest = pending, seg
		case needLabel && !labelled:
			return nil, false
		case labelled && len(out) > 0:
			role, rest = out[len(out)-1].role, seg
		default:
			role, rest = def, seg
		}
		pending = ""
		names := lx.splitNames(rest)
		if len(names) == 0 {
			return nil, false
		}
		var persons []credit
		var outlets []credit
		for _, n := range names {
			name, outlet, valid := lx.cleanName(n, trusted)
			if !valid {
				if name == "" {
					continue // furniture such as "Email the author"
				}
				if len(persons) > 0 && lx.isAffiliation(name) {
					continue // "X, CNN Senior Supreme Court Analyst"
				}
				return nil, false
			}
			if len(persons) > 0 && !outlet && (lx.isAffiliation(name) || (isUpperWord(n) && !isUpperWord(names[0]))) {
				continue // "David Straub, MDR THÜRINGEN"
			}
			c := credit{name: name, role: role, outlet: outlet}
			if outlet {
				outlets = append(outlets, c)
			} else {
				persons = append(persons, c)
			}
		}
		// Outlets come back marked: whether "By X, CNN" makes CNN a
		// co-author or an affiliation is readPeople's call.
		out = append(out, persons...)
		out = append(out, outlets...)
	}
	if needLabel && !labelled {
		return nil, false
	}
	return out, len(out) > 0
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }

// bylineSegments splits a credit line where a new credit starts: at ";",
// "|", bullets and new lines, before a label followed by a colon in
// mid-line ("Penulis: X Editor: Y"), and at one-word labels written as
// capitalised words inside the line ("Author X Editor Y"), including
// labels that follow their names ("X Author Y Editor", which comes back
// as "Author: X", "Editor: Y").
func (lx *lexicon) bylineSegments(line string) []string {
	parts := strings.FieldsFunc(line, func(r rune) bool {
		return r == ';' || r == '|' || r == '\n' || r == '•' || r == '·'
	})
	var out []string
	for _, p := range parts {
		for {
			cut := -1
			lower := strings.ToLower(p)
			for _, l := range lx.bylines {
				i := strings.Index(lower, " "+l.text+":")
				if i <= 0 {
					i = strings.Index(lower, " "+l.text+" :")
				}
				if i > 0 && (cut < 0 || i < cut) {
					cut = i
				}
			}
			if cut < 0 {
				break
			}
			out = append(out, lx.inlineLabels(p[:cut])...)
			p = p[cut+1:]
		}
		out = append(out, lx.inlineLabels(p)...)
	}
	return out
}

// minInlineLabel is the shortest one-word label recognised inside a line
// without a colon: shorter ones ("By", "Red") are too often other words.
const minInlineLabel = 4

// inlineLabel says w is a one-word label written as a capitalised word.
func (lx *lexicon) inlineLabel(w string) (label, bool) {
	if len(w) < minInlineLabel || !isCapitalised(w) {
		return label{}, false
	}
	lw := strings.ToLower(w)
	for _, l := range lx.bylines {
		if l.text == lw && !l.outlet {
			return l, true
		}
	}
	return label{}, false
}

// inlineLabels splits one part of a credit line at capitalised labels.
func (lx *lexicon) inlineLabels(p string) []string {
	// A label opening the part ("Laporan Wartawan Tribunnews, X") is
	// not split; only what follows it is looked at.
	if _, rest, ok := lx.cutLabel(p); ok && rest != "" {
		if i := strings.LastIndex(p, rest); i > 0 {
			out := lx.inlineLabels(rest)
			out[0] = p[:i] + out[0]
			return out
		}
	}
	var toks []string
	for _, t := range strings.Fields(p) {
		toks = append(toks, lx.unglue(t)...)
	}
	var at []int
	for i, t := range toks {
		if _, ok := lx.inlineLabel(t); ok {
			at = append(at, i)
		}
	}
	if len(at) == 0 || (len(at) == 1 && at[0] == 0) {
		return []string{p}
	}
	var out []string
	if at[len(at)-1] == len(toks)-1 && at[0] != 0 {
		// Labels after their names.
		start := 0
		for _, i := range at {
			if i > start {
				out = append(out, toks[i]+": "+strings.Join(toks[start:i], " "))
			}
			start = i + 1
		}
		return out
	}
	start := 0
	for _, i := range at {
		if i > start {
			out = append(out, strings.Join(toks[start:i], " "))
		}
		start = i
	}
	return append(out, strings.Join(toks[start:], " "))
}

// unglue splits a label glued to the word before it by a page that lost
// the space between two elements ("PrasastiAuthor" → "Prasasti",
// "Author").
func (lx *lexicon) unglue(t string) []string {
	for i := 1; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' || t[i-1] < 'a' || t[i-1] > 'z' {
			continue
		}
		if _, ok := lx.inlineLabel(t[i:]); ok {
			return []string{t[:i], t[i:]}
		}
	}
	return []string{t}
}

// cutLabel finds a byline label at the start of seg and returns its role
// and what follows it.
func (lx *lexicon) cutLabel(seg string) (kabar.Role, string, bool) {
	for _, l := range lx.bylines {
		n := len(l.text)
		if len(seg) < n || !strings.EqualFold(seg[:n], l.text) {
			continue
		}
		rest := seg[n:]
		if rest != "" {
			r := []rune(rest)[0]
			if unicode.IsLetter(r) || unicode.IsNumber(r) {
				continue
			}
		}
		if l.outlet {
			_, after, ok := strings.Cut(rest, ",")
			if !ok {
				continue
			}
			rest = after
		}
		return l.role, trimSeparators(rest), true
	}
	return "", "", false
}

// cutSuffix finds a closing byline label ("- detikNews") at the end of seg.
func (lx *lexicon) cutSuffix(seg string) (kabar.Role, string, bool) {
	lower := strings.ToLower(seg)
	for _, l := range lx.bylineSuffix {
		if l.wild {
			i := strings.LastIndex(lower, l.text)
			if i <= 0 || strings.ContainsAny(lower[i+len(l.text):], " \t") {
				continue
			}
			return l.role, trimSeparators(seg[:i]), true
		}
		if strings.HasSuffix(lower, " "+l.text) {
			return l.role, trimSeparators(seg[:len(seg)-len(l.text)]), true
		}
	}
	return "", "", false
}

// trimSeparators trims the punctuation that sits between a label and the
// names (": ", " | ", " - ").
func trimSeparators(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(":|-–—,.", r)
	})
}

// splitNames splits "X, Y and Z" and "X dan Y" into names.
func (lx *lexicon) splitNames(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		f := strings.Fields(part)
		start := 0
		upper := isUpperWord(strings.Join(f, ""))
		for i, w := range f {
			// "Dan Jervis-Bardy" is a name; only a lower-case "dan"
			// joins two (or an upper-case one in an upper-case line).
			if lx.conjunctions[w] || (upper && lx.conjunctions[strings.ToLower(w)]) {
				if i > start {
					out = append(out, strings.Join(f[start:i], " "))
				}
				start = i + 1
			}
		}
		if start < len(f) {
			out = append(out, strings.Join(f[start:], " "))
		}
	}
	return out
}

// cleanName turns a raw name into one as a person would write it, or says
// it is not a name. An empty name with valid false is furniture to skip
// ("Email the author"); a non-empty one with valid false is not a name at
// all, and the whole credit is suspect.
func (lx *lexicon) cleanName(s string, trusted bool) (name string, outlet, valid bool) {
	s = cleanText(s)
	// A parenthesised note ("(Tribunnews)", "(Reuters)") is not the name.
	if i := strings.IndexByte(s, '('); i > 0 {
		s = s[:i]
	}
	// "KOMPAS.com/NABILLA TASHANDRA": the outlet before the slash goes.
	if strings.Contains(s, "/") && !strings.Contains(s, "://") {
		var keep []string
		for _, part := range strings.Split(s, "/") {
			if part = strings.TrimSpace(part); part != "" && !lx.isOutlet(part) && !looksLikeOutlet(part) {
				keep = append(keep, part)
			}
		}
		if len(keep) == 1 {
			s = keep[0]
		}
	}
	// A label left on a structured value ("By JOHN SMITH").
	if _, rest, ok := lx.cutLabel(s); ok && rest != "" {
		s = rest
	}
	f := strings.Fields(s)
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
	if !trusted {
		f = lx.dropGluedDate(lx.dropNoise(f))
	}
	s = trimPunct(strings.Join(f, " "))
	if s == "" {
		return "", false, false
	}
	if lx.isOutlet(s) || (trusted && looksLikeOutlet(s)) {
		return s, true, true
	}
	if trusted {
		if n := len(strings.Fields(s)); n > 6 || strings.IndexFunc(s, unicode.IsLetter) < 0 || unicode.IsDigit([]rune(s)[0]) {
			return s, false, false
		}
		if !strings.Contains(s, " ") && isUpperWord(s) && len(s) <= maxAgencyLen {
			return s, true, true // "SDA", "LTO", "NTV": an agency's initials
		}
		if isUpperWord(s) && len(strings.Fields(s)) > 1 {
			s = properCase(s)
		}
		return s, false, true
	}
	f = strings.Fields(s)
	if len(f) > 5 || strings.IndexFunc(s, notNameRune) >= 0 {
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
		} else if len(w) > 3 {
			// Only short particles ("de", "van", "bin") are lower case.
			return s, false, false
		}
		if !isUpperWord(w) {
			upper = false
		}
	}
	if capital == 0 {
		return s, false, false
	}
	if upper && len(s) > 3 {
		s = properCase(s)
	}
	return s, false, true
}

// maxAgencyLen is the longest all-caps single word taken for an
// agency's initials rather than a name.
const maxAgencyLen = 5

// notNameRune says r has no place in a person's name.
func notNameRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsSpace(r) && !unicode.IsMark(r) && !strings.ContainsRune(".-'’", r)
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
		return lw == "" || m || lx.days[lw] || lx.meridiem[lw] != "" || lx.zones[lw] != nil ||
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
// person: "CNN Senior Supreme Court Analyst", "Reuters".
func (lx *lexicon) isAffiliation(s string) bool {
	if lx.isOutlet(s) {
		return true
	}
	for _, w := range strings.Fields(s) {
		if lx.titles[strings.ToLower(trimPunct(w))] {
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
	for _, phrase := range lx.noise {
		pw := strings.Fields(phrase)
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
	out := f[:0:0]
	for i, w := range f {
		if !drop[i] {
			out = append(out, w)
		}
	}
	return out
}

// isOutlet says s names an agency or outlet rather than a person.
func (lx *lexicon) isOutlet(s string) bool {
	l := strings.ToLower(trimPunct(s))
	if lx.outlets[l] {
		return true
	}
	for _, w := range lx.outletWords {
		if strings.HasPrefix(w, ".") {
			if strings.Contains(l, w) {
				return true
			}
			continue
		}
		for _, x := range strings.Fields(l) {
			if x == w {
				return true
			}
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
			b.WriteRune(unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r) && r != '\''
	}
	return b.String()
}

// nameKey is what two spellings of one name share.
func nameKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// people is the outcome of reading every credit on a page.
type people struct {
	authors, editors []string
	contributors     []kabar.Person
	// dropBlocks marks body blocks that were credit lines.
	dropBlocks map[int]bool
}

// bylineWindow is how many blocks at each end of the body may hold
// credit lines, and maxBylineLen how long such a line may be.
const (
	bylineWindow = 3
	maxBylineLen = 120
)

// readPeople gathers credits from the body's first and last lines, the
// structured fields (JSON-LD, meta) and the visible byline elements, and
// decides who wrote and who edited. In order of trust:
//
//  1. credit lines inside the article text ("Laporan Wartawan Tribunnews,
//     X", "Penulis: X"): the article itself says so;
//  2. structured authors that are people, less anyone credited as editor
//     (some publishers put the editor in JSON-LD author);
//  3. byline elements, which on many pages also hold related articles'
//     bylines, dates and "Follow" buttons;
//  4. an outlet or agency, when no person is named.
func (lx *lexicon) readPeople(p *extract.Page, blocks []string) people {
	res := people{dropBlocks: map[int]bool{}}
	var inText, structured, visible []credit
	for i, b := range blocks {
		if i >= bylineWindow && i < len(blocks)-bylineWindow {
			continue
		}
		if len(b) > maxBylineLen {
			continue
		}
		if isClosingInitials(b) {
			res.dropBlocks[i] = true
			continue
		}
		if cs, ok := lx.parseByline(b, "", true, false); ok {
			inText = append(inText, cs...)
			res.dropBlocks[i] = true
		}
	}
	for _, f := range p.Authors {
		if cs, ok := lx.parseByline(f.Value, kabar.RoleReporter, false, true); ok {
			structured = append(structured, withSource(cs, f.Source)...)
		}
	}
	for _, f := range p.Editors {
		if cs, ok := lx.parseByline(f.Value, kabar.RoleEditor, false, true); ok {
			structured = append(structured, withSource(cs, f.Source)...)
		}
	}
	// Some sites file credits as tags ("Editor:Iskandar").
	for _, tag := range p.Tags {
		if cs, ok := lx.creditTag(tag); ok {
			visible = append(visible, cs...)
		}
	}
	reporterSeen := false
	for _, f := range p.Bylines {
		cs, ok := lx.parseByline(f.Value, kabar.RoleReporter, false, false)
		if !ok {
			continue
		}
		// Byline elements after the first that names a writer mostly
		// belong to related articles: only their other roles count.
		has := false
		for _, c := range cs {
			if c.role == kabar.RoleReporter && !c.outlet {
				has = true
				if reporterSeen {
					continue
				}
			}
			visible = append(visible, c)
		}
		reporterSeen = reporterSeen || has
	}

	editors := map[string]bool{}
	var all []credit
	seen := map[string]bool{}
	add := func(c credit) {
		k := string(c.role) + "\x00" + nameKey(c.name)
		if nameKey(c.name) == "" || seen[k] {
			return
		}
		seen[k] = true
		all = append(all, c)
	}
	for _, group := range [][]credit{inText, visible, structured} {
		for _, c := range group {
			if c.role == kabar.RoleEditor {
				editors[nameKey(c.name)] = true
				add(c)
			}
		}
	}
	pick := func(cs []credit, outlets bool) []credit {
		var out []credit
		for _, c := range cs {
			if c.role == kabar.RoleReporter && !editors[nameKey(c.name)] && c.outlet == outlets {
				out = append(out, c)
			}
		}
		return out
	}
	var authors []credit
	switch {
	case len(pick(inText, false)) > 0:
		authors = pick(inText, false)
	case len(pick(structured, false)) > 0:
		// The most trusted source that names people speaks for all:
		// meta author often holds the publisher ("Condé Nast").
		persons := pick(structured, false)
		for _, c := range persons {
			if c.source == persons[0].source {
				authors = append(authors, c)
			}
		}
		// An agency listed beside the people in the same source is a
		// co-author ("Felix Schröder und Jörg Soldwisch, dpa").
		for _, c := range pick(structured, true) {
			for _, a := range authors {
				if a.source == c.source {
					authors = append(authors, c)
					break
				}
			}
		}
	case len(pick(visible, false)) > 0:
		authors = pick(visible, false)
	case len(pick(structured, true)) > 0:
		authors = pick(structured, true)
	default:
		authors = pick(append(inText, visible...), true)
	}
	for _, c := range authors {
		add(c)
	}
	for _, group := range [][]credit{inText, visible, structured} {
		for _, c := range group {
			if c.role != kabar.RoleReporter && c.role != kabar.RoleEditor {
				add(c)
			}
		}
	}
	all = dropPartNames(all)
	for _, c := range all {
		switch c.role {
		case kabar.RoleReporter:
			res.authors = append(res.authors, c.name)
		case kabar.RoleEditor:
			res.editors = append(res.editors, c.name)
		}
		res.contributors = append(res.contributors, kabar.Person{Name: c.name, Role: c.role})
	}
	return res
}

// withSource marks credits with the Page field's source. A source that
// extract marks as an organisation ("jsonld:org") names an outlet; the
// source's kind ("jsonld" of "jsonld:org") is what groups co-authors.
// creditTag reads a tag that is a labelled credit ("Editor:Iskandar")
// rather than a topic.
func (lx *lexicon) creditTag(tag string) ([]credit, bool) {
	if !strings.Contains(tag, ":") {
		return nil, false
	}
	return lx.parseByline(tag, "", true, false)
}

func withSource(cs []credit, source string) []credit {
	kind, sub, _ := strings.Cut(source, ":")
	for i := range cs {
		cs[i].source = kind
		if sub == "org" {
			cs[i].outlet = true
		}
	}
	return cs
}

// dropPartNames drops a one-word name that is a word of another name
// with the same role: "Brazil, Rachel" (dc.creator) beside "Rachel
// Brazil", a first name left by a cut byline.
func dropPartNames(cs []credit) []credit {
	out := cs[:0:0]
	for _, c := range cs {
		part := false
		if !strings.Contains(c.name, " ") && !c.outlet {
			for _, o := range cs {
				if o.role != c.role || !strings.Contains(o.name, " ") {
					continue
				}
				for _, w := range strings.Fields(o.name) {
					if nameKey(w) == nameKey(c.name) {
						part = true
					}
				}
			}
		}
		if !part {
			out = append(out, c)
		}
	}
	return out
}

// isClosingInitials recognises the editors' initials that close some
// Indonesian articles: "(mea/mea)", "(ant/rdn)", "(nwy/nwy)".
func isClosingInitials(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 4 || len(s) > 24 || s[0] != '(' || s[len(s)-1] != ')' {
		return false
	}
	inner := s[1 : len(s)-1]
	if !strings.ContainsAny(inner, "/") && len(inner) > 4 {
		return false
	}
	for _, r := range inner {
		if !(unicode.IsLower(r) || r == '/' || r == ' ' || r == '-') {
			return false
		}
	}
	return true
}
