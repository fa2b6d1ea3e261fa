package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	kabar "github.com/kabar-news/kabar"
)

// maxCreditLine is the longest line read as credits: longer ones are
// prose or a page's whole byline box gone wrong.
const maxCreditLine = 400

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
	if line == "" || len(line) > maxCreditLine || lx.isFurnitureLine(line) {
		return nil, false
	}
	line = lx.cutBio(lx.unbracketWith(line))
	var pending kabar.Role
	labelled := false
	segs := []string{line}
	if !trusted {
		// "By Jane Roe Assistant Sports Editor Follow June 26": the
		// writer's job goes before its noun is read as a label.
		if dated := lx.cutDate(line); lx.cutJobTitles(dated) != dated {
			line = lx.cutJobTitles(dated)
		}
		// "By Jane Roe in Nairobi": where she filed from is no name.
		segs = lx.bylineSegments(lx.dropCreditPlaces(line))
		// "Home > News > Politics", "Startseite | Politik": a trail
		// of pieces opening with the site's home page is navigation
		// a byline element caught, whatever its last piece reads as.
		if len(segs) > 1 && lx.breadcrumbHeads[strings.ToLower(trimPunct(strings.TrimSpace(segs[0])))] {
			return nil, false
		}
	}
	for _, seg := range segs {
		if !trusted {
			seg = lx.cutDate(seg)
		}
		seg = strings.TrimSpace(seg)
		if seg == "" {
			continue
		}
		role, rest, found := lx.cutLabel(seg)
		if found && !trusted && opensProse(seg, rest) && !lx.opensWithOutlet(rest) {
			// "Editing in the new release…": a label word opening a
			// sentence, not a credit.
			return nil, false
		}
		if found {
			// "Penulis: Kontributor Lhokseumawe, Masriadi": the first
			// label gives the role, a second one only goes.
			if _, r2, ok := lx.cutLabel(rest); ok && r2 != "" {
				rest = r2
			}
		}
		suffixed := false
		if !found {
			role, rest, found = lx.cutSuffix(seg)
			suffixed = found
		}
		if !found {
			role, rest, found = lx.cutKindLabel(seg)
		}
		// "By Our Correspondent", "A Staff Reporter": a job title
		// with only an article or a first-person word before it
		// names no one.
		if found {
			if _, r, ok := lx.cutSuffix(rest); ok && lx.onlyDeterminers(r) || lx.onlyDeterminers(rest) {
				rest = ""
			}
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
				if (len(persons) > 0 || len(out) > 0) && (lx.isAffiliation(name) || isDegree(name) || lx.isPlaceName(fields(name)) || allLowerWords(name)) {
					// "X, CNN Senior Supreme Court Analyst", "X, M.Si.", "Von X,
					// Paris", "Par X, envoyé spécial à Kyiv": no second writer.
					continue
				}
				return nil, false
			}
			if len(persons) > 0 && isDegree(name) {
				continue // "Dr. Rina Lestari, M.Si."
			}
			name = undouble(name)
			if lx.onlyDeterminers(name) {
				continue // "Jane Roe, Our Correspondent": the job's "Our"
			}
			wasUpper := strings.Contains(n, strings.ToUpper(name))
			if len(persons) > 0 && !outlet && (lx.isAffiliation(name) || (wasUpper && !isUpperWord(names[0])) || lx.endsInRole(name)) {
				continue // "David Straub, MDR THÜRINGEN", "Jane Roe, Africa Editor"
			}
			if len(persons) == 0 && len(outlets) > 0 && !outlet && wasUpper && (countFields(name) == 1 || lx.isPlaceName(fields(name))) {
				// "AFP, MANILA": the wire's dateline, the place in
				// capitals after the agency, names no writer.
				continue
			}
			c := credit{name: name, role: role, outlet: outlet}
			if outlet {
				outlets = append(outlets, c)
			} else {
				persons = append(persons, c)
			}
		}
		if suffixed && len(persons) == 0 && len(outlets) == 1 {
			// "Guardian staff reporter": no one is named, and the credit
			// as written says more than the outlet's name alone.
			outlets[0].name = trimSeparators(seg)
		}
		// Outlets come back marked: whether "By X, CNN" makes CNN a
		// co-author or an affiliation is readPeople's call.
		out = append(out, persons...)
		out = append(out, outlets...)
	}
	if needLabel && !labelled {
		return nil, false
	}
	settleWriting(out)
	return out, len(out) > 0
}

// settleWriting gives the credits of a writing label (roleWriting) their
// role: contributor when the line credits a reporter too, reporter when
// it does not.
func settleWriting(cs []credit) {
	role := kabar.RoleReporter
	for _, c := range cs {
		if c.role == kabar.RoleReporter {
			role = kabar.RoleContributor
			break
		}
	}
	for i := range cs {
		if cs[i].role == roleWriting {
			cs[i].role = role
		}
	}
}

// unbracketWith opens a bracket that closes a byline and credits a
// known outlet beside the writers ("Par Julie Moreau (avec AFP)", "By
// Jane Roe (with AP)") or is a credit of its own ("(with files from
// Reuters)", "(with additional reporting by Tom Okafor)"), so that it
// reads as the unbracketed form does ("… avec AFP"): a bracketed note
// is otherwise no part of a name, and the agency would be lost as the
// story's source. Any other line comes back as it is.
func (lx *lexicon) unbracketWith(line string) string {
	t := strings.TrimSpace(line)
	if !strings.HasSuffix(t, ")") {
		return line
	}
	open := strings.LastIndexByte(t, '(')
	if open <= 0 {
		return line
	}
	inner := strings.TrimSpace(t[open+1 : len(t)-1])
	w, rest, ok := strings.Cut(inner, " ")
	if !ok || !lx.bylineWith[strings.ToLower(w)] {
		return line
	}
	if _, credit := lx.readCreditLine(inner); !credit && !lx.isOutlet(rest) && !lx.looksLikeOutlet(rest) {
		return line
	}
	return strings.TrimSpace(t[:open]) + " " + inner
}

// onlyDeterminers says s holds words and every one is an article or a
// first-person word of the lexicons ("Our", "A", "Unser"): what stands
// before a job title when the byline names no one.
func (lx *lexicon) onlyDeterminers(s string) bool {
	ws := fields(s)
	for _, w := range ws {
		w = strings.ToLower(trimPunct(w))
		if !lx.articles[w] && !lx.firstPersons[w] {
			return false
		}
	}
	return len(ws) > 0
}

// allLowerWords says s has letters and no capitalised word: a job written
// after a name ("envoyé spécial", "corresponsal"), never a name.
func allLowerWords(s string) bool {
	letters := false
	for _, w := range fields(s) {
		if isCapitalised(w) {
			return false
		}
		letters = letters || strings.ContainsFunc(w, unicode.IsLetter)
	}
	return letters
}

// isFurnitureLine says line, less punctuation and case, is a phrase of
// [byline-noise] of two words or more: a heading or link of page
// furniture ("Pilihan Editor", "Letters to the Editor") whose label word
// credits no one.
func (lx *lexicon) isFurnitureLine(line string) bool {
	ws := fields(strings.ToLower(trimPunct(line)))
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	for _, pw := range lx.noiseWords {
		if slices.Equal(pw, ws) {
			return true
		}
	}
	return false
}

// isDegree says s is an academic degree written after a name ("M.Si.",
// "S.H.", "Ph.D.", "PhD", "MSc"): one or two short words, each an
// abbreviation with full stops or one that mixes capitals and small
// letters as no name word does (see mixedAbbrev).
func isDegree(s string) bool {
	f := fields(strings.TrimSpace(s))
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	for _, w := range f {
		if len(w) > 8 || !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
		if mixedAbbrev(w) {
			continue
		}
		if !strings.Contains(w, ".") {
			return false // "MBA" could as well be an agency's code
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' {
				return false
			}
		}
	}
	return true
}

// mixedAbbrev says w is an abbreviation written without full stops that
// mixes capitals and small letters, as degrees are ("PhD", "MSc", "BSc",
// "EdD"): at most four letters, two capitals or more, a small letter
// among them. A name word has one capital ("Roe"), or all (a line in
// capitals), or is longer ("McKay", "DeShawn").
func mixedAbbrev(w string) bool {
	n, upper, lower := 0, 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		default:
			return false
		}
		n++
	}
	return n <= 4 && upper >= 2 && lower > 0
}

// undouble gives a name printed twice in a row once ("Jane Roe Jane
// Roe": an avatar's text beside the link's).
func undouble(name string) string {
	f := fields(name)
	if n := len(f); n >= 4 && n%2 == 0 && strings.Join(f[:n/2], " ") == strings.Join(f[n/2:], " ") {
		return strings.Join(f[:n/2], " ")
	}
	return name
}

// maxBioLead bounds the words before the verb of an author's short
// biography: a label and a name ("By Jane van der Roe is …").
const maxBioLead = 6

// cutBio cuts an author box that holds a short biography ("Jane Roe is a
// reporter at …", "Jane Roe covers energy for …", "Jane Roe adalah
// wartawan …") to the name it opens with. The sentence's verb is a
// [bio-verbs] word written in lower case after two capitalised words or
// more (name particles may stand between them), with words after it: a
// name that merely holds such a word is capitalised there ("Odile Was")
// and stays whole. Any other line comes back as it is.
func (lx *lexicon) cutBio(line string) string {
	caps := 0
	for i, w := range fields(line) {
		if i > maxBioLead {
			return line
		}
		switch {
		case isCapitalised(w):
			if strings.ContainsAny(w, ",;:|") {
				return line // "Jane Roe, a reporter, is …": no plain name before the verb
			}
			caps++
		case lx.bioVerbs[w] && caps >= 2:
			at := nthFieldStart(line, i)
			if rest := strings.TrimSpace(line[at+len(w):]); strings.TrimFunc(rest, notWordRune) == "" {
				return line
			}
			return strings.TrimSpace(line[:at])
		case lx.isParticle(w):
		default:
			return line
		}
	}
	return line
}

// nthFieldStart is the byte offset in s of its field n (from 0), as
// strings.Fields splits s; len(s) when s has fewer fields.
func nthFieldStart(s string, n int) int {
	in := false
	for i, r := range s {
		if isSpace(r) {
			in = false
			continue
		}
		if !in {
			if n == 0 {
				return i
			}
			n--
			in = true
		}
	}
	return len(s)
}

// opensProse says the words after a label, set off by a space only, run
// on in lower case: the label word opens a sentence ("Editing in the
// app", "Oleh karena itu") rather than names.
func opensProse(seg, rest string) bool {
	i := strings.LastIndex(seg, rest)
	if i <= 0 || rest == "" {
		return false
	}
	between := seg[:i]
	if strings.ContainsAny(between, ":|-–—,") {
		return false
	}
	r := []rune(rest)[0]
	return unicode.IsLower(r)
}

// opensWithOutlet says the first name of a credit is a known outlet,
// which may be written in lower case ("Mit Material von dpa", "Avec les
// informations de l'AFP"): no prose.
func (lx *lexicon) opensWithOutlet(rest string) bool {
	names := lx.splitNames(rest)
	if len(names) == 0 {
		return false
	}
	_, outlet, valid := lx.cleanName(names[0], false)
	return outlet && valid
}

// cutDate cuts a byline before the date that follows the names ("By A
// Thursday, November 9, 2023 4:41AM", "Oleh B Senin, 3 Juni 2024"): at
// a day or month name followed by a number or a month name.
func (lx *lexicon) cutDate(line string) string {
	toks := fields(line)
	for i := 1; i+1 < len(toks); i++ {
		if !lx.isDayOrMonth(strings.TrimRight(toks[i], ",.")) {
			continue
		}
		w := strings.ToLower(strings.TrimRight(toks[i], ",."))
		_, month := lx.months[w]
		if !lx.isDay(w) && !month {
			continue
		}
		next := strings.ToLower(strings.TrimRight(toks[i+1], ",."))
		_, nextMonth := lx.months[next]
		if strings.ContainsAny(next, "0123456789") || nextMonth {
			// "Jane Doe on Monday, 3 June": the date's own small
			// words ("on", "at", "pada") go with it.
			j := i
			for j > 1 && isLower(toks[j-1]) && len(toks[j-1]) <= 4 {
				j--
			}
			// "Posted on 3 June 2024 by Jane Doe": a byline label
			// after the date opens the names, which stay.
			if rest := lx.afterDate(toks, i); rest != "" {
				// The day's number before its month ("on 3 June")
				// is the date's too.
				for j > 1 && (strings.IndexFunc(toks[j-1], unicode.IsLetter) < 0 || isLower(toks[j-1]) && len(toks[j-1]) <= 4) {
					j--
				}
				return strings.Join(toks[:j], " ") + " " + rest
			}
			return strings.Join(toks[:j], " ")
		}
	}
	return line
}

// afterDate returns what follows the date that toks[i] opens, when it
// opens with a byline label ("by Jane Doe" after "Posted on 3 June
// 2024"), or "" when nothing does: the date is the day, the month, a
// year and a clock time at most, the words of dates around them.
func (lx *lexicon) afterDate(toks []string, i int) string {
	k := i
	for k < len(toks) && k < i+8 {
		w := strings.ToLower(strings.TrimRight(toks[k], ",."))
		_, month := lx.months[w]
		if !(month || lx.isDay(w) || lx.meridiem[w] != "" || lx.zones[w] != nil || strings.IndexFunc(w, unicode.IsLetter) < 0 || lx.clockWords[w]) {
			break
		}
		k++
	}
	if k <= i+1 || k >= len(toks) {
		return ""
	}
	rest := strings.Join(toks[k:], " ")
	if _, names, ok := lx.cutLabel(rest); !ok || strings.TrimSpace(names) == "" {
		return ""
	}
	return rest
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }

// slashLabelBreaks turns a slash set right before a credit label and
// its colon into a break ("Pewarta: Rina/Editor: Agus"): the slash parts
// two credits there, where between names it parts writers or a writer
// and a place.
func (lx *lexicon) slashLabelBreaks(line string) string {
	if strings.IndexByte(line, '/') < 0 || strings.IndexByte(line, ':') < 0 {
		return line
	}
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		if line[i] == '/' && i > 0 {
			seg := strings.TrimLeft(line[i+1:], " ")
			if _, rest, ok := lx.cutLabel(seg); ok && strings.Contains(seg[:len(seg)-len(rest)], ":") {
				b.WriteByte('|')
				continue
			}
		}
		b.WriteByte(line[i])
	}
	return b.String()
}

// bylineSegments splits a credit line where a new credit starts: at ";",
// "|", bullets and new lines, before a label followed by a colon in
// mid-line ("Penulis: X Editor: Y"), and at one-word labels written as
// capitalised words inside the line ("Author X Editor Y"), including
// labels that follow their names ("X Author Y Editor", which comes back
// as "Author: X", "Editor: Y").
func (lx *lexicon) bylineSegments(line string) []string {
	// "Jane Roe - Harbour Times - 3 March 2024": spaced dashes part the
	// byline's pieces too, unless the line closes with a label that
	// takes its dash ("X - detikNews").
	if _, _, suffixed := lx.cutSuffix(line); !suffixed {
		line = dashSeparators.Replace(line)
	}
	// "Home > News > Politics": a breadcrumb's spaced arrows part its
	// pieces as bars do, so no piece reads as a name with an arrow in
	// it; each piece is then a navigation or taxonomy word, no one.
	line = breadcrumbSeparators.Replace(line)
	line = lx.noiseBreaks(lx.capitalLabelBreaks(lx.phraseLabelBreaks(lx.slashLabelBreaks(line))))
	parts := strings.FieldsFunc(line, func(r rune) bool {
		return r == ';' || r == '|' || r == '\n' || r == '•' || r == '·'
	})
	parts = lx.splitAtCommaLabels(parts)
	var out []string
	for _, p := range parts {
		// " Publicado por: X" after a dash: the label the piece opens
		// with is found only once the space before it is gone.
		p = strings.TrimSpace(lx.cutOtherLabel(p))
		// Every mid-line label has a colon.
		for strings.IndexByte(p, ':') >= 0 {
			cut := -1
			lower := strings.ToLower(p)
			// The label the piece opens with is whole: "Written by:
			// Jane Roe" is not "Written" and "by: Jane Roe".
			opening := 0
			if _, rest, ok := lx.cutLabel(p); ok {
				opening = len(p) - len(rest)
			}
			for _, l := range lx.bylines {
				i := strings.Index(lower, l.midLine[0])
				if i <= 0 {
					i = strings.Index(lower, l.midLine[1])
				}
				if i > 0 && i < opening {
					i = -1
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

// minPhraseLabel is how many words a label needs to start a credit in
// mid-line with no colon: shorter ones ("written by") also run inside a
// phrase ("Story written by").
const minPhraseLabel = 3

// phraseLabelBreaks starts a new credit before a label of three words or
// more in mid-line ("Von Anna Kessler mit Material von dpa", "By Jane
// Roe with files from Reuters").
func (lx *lexicon) phraseLabelBreaks(line string) string {
	lower := strings.ToLower(line)
	for _, l := range lx.bylines {
		if l.spaced == "" {
			continue
		}
		if i := strings.Index(lower, l.spaced); i > 0 && len(lower) == len(line) {
			line = line[:i] + " |" + line[i:]
			lower = strings.ToLower(line)
		}
	}
	return line
}

// capitalLabelBreaks starts a new credit before a label of two words
// written with a capital in mid-line ("By Jane Roe Edited by Tom Hale",
// "Von Anna Kessler Bearbeitet von Tom Hale"): a byline element that
// sets its credits on lines of their own (a <br>, a span each) reaches
// here as one line, and read whole it names no one. The capital and a
// labelled name before it tell a new line from a phrase: "Story written
// by" runs on in lower case, and the part before must open with a label
// and name someone.
func (lx *lexicon) capitalLabelBreaks(line string) string {
	if len(line) > maxCreditLine {
		return line
	}
	// The labels are many (every language's): a line folded once rules
	// most of them out with one substring search each, before the
	// position is looked for in the line as printed.
	folded := strings.ToLower(line)
	for _, l := range lx.lineBreakLabels {
		if !strings.Contains(folded, l.text) {
			continue
		}
		i := indexFold(line, " "+l.text+" ")
		if i <= 0 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(line[i+1:]); !unicode.IsUpper(r) {
			continue
		}
		before := strings.TrimSpace(line[:i])
		if strings.ContainsAny(before, "|;•·") {
			continue
		}
		if _, rest, ok := lx.cutLabel(before); !ok || countFields(rest) < 2 {
			continue
		}
		line = line[:i] + " |" + line[i:]
	}
	return line
}

// noiseBreaks turns a one-word button between two names into a break
// ("Jane Roe Follow Tom Hale Follow": two writers, each with a Follow
// button). Only a word of [byline-noise] that stands alone there, is no
// label, and has two capitalised words on each side counts.
func (lx *lexicon) noiseBreaks(line string) string {
	toks := fields(line)
	changed := false
	for i := 2; i+2 < len(toks); i++ {
		l := strings.ToLower(toks[i])
		// A name of two words or more on each side, no comma between.
		if !isCapitalised(toks[i-2]) || !isCapitalised(toks[i-1]) || !isCapitalised(toks[i+1]) || !isCapitalised(toks[i+2]) ||
			strings.ContainsAny(toks[i-2]+toks[i-1]+toks[i], ",;") || !lx.isNoiseWord(l) {
			continue
		}
		if _, _, label := lx.cutLabel(toks[i] + " " + toks[i+1]); label {
			continue
		}
		toks[i] = "|"
		changed = true
	}
	if !changed {
		return line
	}
	return strings.Join(toks, " ")
}

// isNoiseWord says l (lower case) is a one-word entry of [byline-noise].
func (lx *lexicon) isNoiseWord(l string) bool {
	for _, pw := range lx.noiseWords {
		if len(pw) == 1 && pw[0] == l {
			return true
		}
	}
	return false
}

// dashSeparators turns the spaced dashes between a byline's pieces into
// the bar bylineSegments splits at.
var dashSeparators = strings.NewReplacer(" - ", " | ", " – ", " | ", " — ", " | ")

// breadcrumbSeparators turns the spaced arrows of a breadcrumb ("Home >
// News", "Home › Sport") into the bar bylineSegments splits at. The
// guillemet is left alone: French prints it spaced as a quotation mark.
var breadcrumbSeparators = strings.NewReplacer(" > ", " | ", " › ", " | ", " → ", " | ")

// splitAtCommaLabels splits parts where a comma is followed by a label of
// several words and a space, in any case: "Reporting by A, additional
// reporting by B, Editing by C" is three credits.
func (lx *lexicon) splitAtCommaLabels(parts []string) []string {
	var out []string
	for _, p := range parts {
		// Every cut is at ", ", which lower-casing neither makes nor
		// unmakes: a part without one is kept whole, uncopied.
		for strings.Contains(p, ", ") {
			lower := strings.ToLower(p)
			cut, skip := -1, 0
			for _, l := range lx.bylines {
				if l.commaSpaced == "" {
					continue
				}
				if i := strings.Index(lower, l.commaSpaced); i > 0 && (cut < 0 || i < cut) {
					cut, skip = i, 2
				}
			}
			if i := lx.commaWordLabel(p); i > 0 && (cut < 0 || i < cut) {
				cut, skip = i, 2
			}
			if cut < 0 {
				break
			}
			out = append(out, p[:cut])
			p = p[cut+skip:]
		}
		out = append(out, p)
	}
	return out
}

// commaWordLabel is where in p a comma opens a credit with a label of
// one word written in lower case and a capitalised name after it
// ("Tradotto da Carla Neri, editing Paolo Serra", "Texto de A, fotos
// B"), or -1. Written so, the word is no part of a name nor the writer's
// job ("Jane Roe, editor" has no name after it; "Jane Roe, Editor Tom
// Ng" is left to the names' reader); a label shorter than
// minInlineLabel ("by", "di") is too often another word.
func (lx *lexicon) commaWordLabel(p string) int {
	for from := 0; ; {
		i := strings.Index(p[from:], ", ")
		if i < 0 {
			return -1
		}
		i += from
		from = i + 2
		w, rest, ok := strings.Cut(p[from:], " ")
		if !ok || len(w) < minInlineLabel || strings.ToLower(w) != w {
			continue
		}
		if l, known := lx.labelByText[w]; !known || l.outlet {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			return i
		}
	}
}

// endsInRole says a credit part of two words or more ends in a role's
// label word ("Africa Editor", "Managing Editor", "Chief Photographer"):
// after a writer's name it is the writer's title, never a second name.
func (lx *lexicon) endsInRole(name string) bool {
	f := fields(name)
	if len(f) < 2 {
		return false
	}
	_, ok := lx.inlineLabel(f[len(f)-1])
	return ok
}

// minInlineLabel is the shortest one-word label recognised inside a line
// without a colon: shorter ones ("By", "Red") are too often other words.
const minInlineLabel = 4

// inlineLabel says w is a one-word label written as a capitalised word.
func (lx *lexicon) inlineLabel(w string) (label, bool) {
	if len(w) < minInlineLabel || !isCapitalised(w) {
		return label{}, false
	}
	// An ASCII word is lowered into a buffer on the stack: this runs on
	// every capitalised word of every line that may be a credit.
	var buf [32]byte
	if len(w) <= len(buf) && isASCIIString(w) {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		l, ok := lx.labelByText[string(buf[:len(w)])]
		return l, ok
	}
	l, ok := lx.labelByText[strings.ToLower(w)]
	return l, ok
}

// isASCIIString says s has no byte outside ASCII.
func isASCIIString(s string) bool { return asciiPrefix(s) == len(s) }

// asciiPrefix is the length of the run of ASCII bytes s opens with, read
// eight bytes a load.
func asciiPrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		if (uint64(t[0])|uint64(t[1])<<8|uint64(t[2])<<16|uint64(t[3])<<24|
			uint64(t[4])<<32|uint64(t[5])<<40|uint64(t[6])<<48|uint64(t[7])<<56)&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
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
	for _, t := range fields(p) {
		toks = lx.unglue(toks, t)
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
	if len(at) == 1 && at[0] == len(toks)-1 {
		// "Jane Roe, Political Editor": a job after a comma that ends
		// in a label's word is the writer's title, not a label.
		names := strings.Join(toks[:at[0]], " ")
		if i := strings.LastIndexByte(names, ','); i > 0 {
			return []string{names[:i]}
		}
		// "Jane Roe Middle East Editor": a region before the label
		// makes it the writer's title too (a desk word does so in
		// cutJobTitle). Two words of the name must be left.
		for n := min(3, at[0]-2); n > 0; n-- {
			if lx.isPlaceName(toks[at[0]-n : at[0]]) {
				return []string{strings.Join(toks[:at[0]-n], " ")}
			}
		}
	}
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
// The words are appended to dst (no slice of its own per word).
func (lx *lexicon) unglue(dst []string, t string) []string {
	for i := 1; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' || t[i-1] < 'a' || t[i-1] > 'z' {
			continue
		}
		if _, ok := lx.inlineLabel(t[i:]); ok {
			return append(dst, t[:i], t[i:])
		}
	}
	return append(dst, t)
}

// cutLabel finds a byline label at the start of seg and returns its role
// and what follows it.
func (lx *lexicon) cutLabel(seg string) (kabar.Role, string, bool) {
	labels := lx.bylines
	if seg != "" {
		labels = lx.bylinesByFirst[seg[0]]
	}
	for _, l := range labels {
		n := len(l.text)
		if len(seg) < n || !strings.EqualFold(seg[:n], l.text) {
			continue
		}
		rest := seg[n:]
		if rest != "" && rest[0] == '.' && lx.bylineOffices[strings.ToLower(l.text)] {
			// "Rep. Jane Roe (D-Ore.) said …": a label of one language
			// (Indonesian "Rep: X") written with an abbreviation's
			// period is the office another language abbreviates so
			// ([byline-offices]), and the line is prose about its
			// holder.
			continue
		}
		if rest != "" {
			r := []rune(rest)[0]
			// "Editor’s Picks", "Editor's note": a possessive is no
			// label.
			if unicode.IsLetter(r) || unicode.IsNumber(r) || r == '\'' || r == '’' {
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
		if l.placeFirst {
			rest = lx.cutDeskPlace(rest)
		}
		return l.role, trimSeparators(rest), true
	}
	return "", "", false
}

// cutDeskPlace cuts the place a placeFirst label names before the
// names ("a Roma Luca Verdi" after "in redazione" is read "Roma Luca
// Verdi" → "Luca Verdi"): a place the lexicons know, else one
// capitalised word when two more follow it, as a name needs. Without
// two words left for a name, rest is kept.
func (lx *lexicon) cutDeskPlace(rest string) string {
	ws := fields(rest)
	n := lx.placeAt(ws)
	if n == 0 && len(ws) >= 3 && isCapitalised(ws[0]) && !strings.HasSuffix(ws[0], ",") {
		n = 1
	}
	if n == 0 || len(ws)-n < 2 {
		return rest
	}
	return " " + strings.Join(ws[n:], " ")
}

// byFirstByte files each label under every first byte that a string
// strings.EqualFold-equal to its text can open with, keeping the labels'
// order in each list. strings.EqualFold(seg[:n], text) needs seg[:n]'s
// first rune to be in the simple-fold orbit of text's first rune ('k':
// 'K' and U+212A KELVIN SIGN; 's': 'S' and U+017F LONG S), so a label
// missing from seg[0]'s list cannot match. A label whose first rune is
// utf8.RuneError (or the empty label) is filed under every byte: a
// segment cut inside a rune, or holding broken UTF-8, reads as
// RuneError too.
func byFirstByte(labels []label) [256][]label {
	var out [256][]label
	var buf [utf8.UTFMax]byte
	for _, l := range labels {
		r, _ := utf8.DecodeRuneInString(l.text)
		var firsts [256]bool
		if r == utf8.RuneError {
			for b := range firsts {
				firsts[b] = true
			}
		} else {
			for f := r; ; {
				utf8.EncodeRune(buf[:], f)
				firsts[buf[0]] = true
				if f = unicode.SimpleFold(f); f == r {
					break
				}
			}
		}
		for b, ok := range firsts {
			if ok {
				out[b] = append(out[b], l)
			}
		}
	}
	return out
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
		if hasSuffixAfter(lower, ' ', l.text) {
			return l.role, trimSeparators(seg[:len(seg)-len(l.text)]), true
		}
	}
	return "", "", false
}

// maxKindHead is how many words may stand before a piece's kind noun in
// a byline that opens with it: an article and an adjective ("An opinion
// piece by", "A guest column by").
const maxKindHead = 2

// cutKindLabel reads a byline that opens by naming the piece's kind, a
// noun of [byline-kinds] with up to maxKindHead words before it, then a
// word of [byline-kind-preps] written small, then the writer ("Kommentar
// von Anna Kessler", "A column by Hollis Grant", "Une chronique de
// Claire Morel", "Columna de Lucía Andrade"): a label of the phrase's
// own words, which no table need list whole. Read as names, the phrase
// became one ("Kommentar von Anna Kessler" has the shape of "Karl von
// Habsburg"), or refused the byline. Both the noun and the word after it
// must be there, and a capitalised name after them.
func (lx *lexicon) cutKindLabel(seg string) (kabar.Role, string, bool) {
	ws := fields(seg)
	for k := 1; k <= maxKindHead+1 && k+1 < len(ws); k++ {
		prep := ws[k]
		if prep != strings.ToLower(prep) || !lx.bylineKindPreps[prep] {
			continue
		}
		if !lx.bylineKinds[strings.ToLower(trimPunct(ws[k-1]))] || !isCapitalised(ws[0]) || !isCapitalised(ws[k+1]) {
			return "", "", false
		}
		return kabar.RoleReporter, strings.Join(ws[k+1:], " "), true
	}
	return "", "", false
}

// trimSeparators trims the punctuation that sits between a label and the
// names (": ", " | ", " - ").
func trimSeparators(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return isSpace(r) || strings.ContainsRune(":|-–—,.", r)
	})
}

// splitSlashNames splits "Jane Doe/John Roe" into its names when every
// part has two words or more; "Reuters/Jane Roe" and
// "KOMPAS.com/NABILLA" stay for cleanName, which drops the outlet.
func splitSlashNames(parts []string) []string {
	var out []string
	for _, p := range parts {
		if !strings.Contains(p, "/") || strings.Contains(p, "://") {
			out = append(out, p)
			continue
		}
		sub := strings.Split(p, "/")
		whole := true
		for _, x := range sub {
			if countFields(x) < 2 {
				whole = false
			}
		}
		if whole {
			out = append(out, sub...)
		} else {
			out = append(out, p)
		}
	}
	return out
}

// isNameListSeparator says r sets apart the names of a list of writers.
func isNameListSeparator(r rune) bool { return r == ',' || r == ';' || r == '|' }

// splitNames splits "X, Y and Z" and "X dan Y" into names.
func (lx *lexicon) splitNames(s string) []string {
	var out []string
	// "Finian Cunningham. Sputnik International": a full stop after a
	// word of more than one letter ends a name ("Sarah E. Needleman"
	// keeps its initial).
	// An honorific ("Dr. Max Kolter") keeps its full stop.
	for from := 0; ; {
		k := strings.Index(s[from:], ". ")
		if k < 0 {
			break
		}
		i := from + k
		j := strings.LastIndexByte(s[:i], ' ')
		if i <= 1 || i-j <= 2 {
			break
		}
		if w := s[j+1 : i]; lx.honorifics[strings.ToLower(w)] || dottedInitials(w) || isLower(w) && lx.isDegreeWord(w) {
			// "Ringo H.W. Chiu": initials run together keep their
			// full stop as a single one does; so does a doctorate's
			// field after its title ("Dr. med. Max Kolter").
			from = i + 2
			continue
		}
		if w := s[j+1 : i]; lx.bylineOffices[strings.ToLower(w)] && lx.opensNamePart(s[:j+1]) {
			// "Sen. Jane Roe", "Lt. Gen. Tom Okafor": an office's
			// abbreviation before a writer's name is no writer of its
			// own, and no part of the name (FIELDS.md: no job titles).
			s = s[:j+1] + s[i+2:]
			from = j + 1
			continue
		}
		s = s[:i] + "," + s[i+1:]
	}
	// "Jane Roe; Tom Okafor", "Jane Roe | Tom Okafor": metadata lists
	// its writers with any separator, and no name holds one.
	for pi, part := range splitSlashNames(strings.FieldsFunc(s, isNameListSeparator)) {
		f := fields(part)
		start := 0
		// "Por Marta Quiroga, de EFE", "Par Claire Dubois, du Monde":
		// a part after the first that opens with a lower-case
		// preposition names where the writer works, not a writer; the
		// preposition goes, and the organisation is left to be told
		// apart (personsFirst).
		if pi > 0 && len(f) > 1 && lx.isJoiner(f[0]) && isLower(f[0]) && isCapitalised(f[1]) {
			start = 1
		}
		upper := isUpperWord(strings.Join(f, ""))
		for i, w := range f {
			// "Dan Jervis-Bardy" is a name; only a lower-case "dan"
			// joins two (or an upper-case one in an upper-case line,
			// or between upper-case names: "JANE ROE AND TOM OKAFOR"
			// before an outlet's name in mixed case).
			if lx.isConjunction(w) || ((upper || upperBetween(f, i) || lx.titleCaseJoin(f, i)) && lx.isConjunction(strings.ToLower(w))) || lx.bylineWith[w] {
				if i > start {
					out = append(out, strings.Join(f[start:i], " "))
				}
				start = i + 1
				// "de l'AFP et de Julien Moreau": the label's
				// preposition said again after the conjunction.
				if start+2 < len(f) && lx.isJoiner(f[start]) && isCapitalised(f[start+1]) {
					start++
				}
			}
		}
		if start < len(f) {
			out = append(out, strings.Join(f[start:], " "))
		}
	}
	return out
}

// opensNamePart says a word after before opens one of a byline's names:
// before is empty or ends with a separator (",", "/", "|", ";", "&") or
// a conjunction ("Sen. Jane Roe and Rep. Tom Okafor").
func (lx *lexicon) opensNamePart(before string) bool {
	before = strings.TrimSpace(before)
	if before == "" || strings.ContainsAny(before[len(before)-1:], ",/|;&") {
		return true
	}
	last := before[strings.LastIndexByte(before, ' ')+1:]
	return lx.isConjunction(strings.ToLower(last))
}

// titleCaseJoin says f[i] is a conjunction written in title case between
// two names of two capitalised words or more, as a title-case byline
// writes it ("Jane Roe And Tom Okafor", "Anna Weber Und Jonas Keller").
// A conjunction that is also a given name ("Dan") or of one letter
// ("Y", "E", an initial) joins nothing so, nor does one between single
// words ("Marks And Spencer").
func (lx *lexicon) titleCaseJoin(f []string, i int) bool {
	w := f[i]
	if utf8.RuneCountInString(w) < 2 || !isCapitalised(w) || isUpperWord(w) || lx.isGivenName(strings.ToLower(w)) {
		return false
	}
	if i < 2 || i+2 >= len(f) {
		return false
	}
	for _, x := range []string{f[i-2], f[i-1], f[i+1], f[i+2]} {
		if !isCapitalised(x) || lx.isConjunction(strings.ToLower(x)) {
			return false
		}
	}
	return true
}

// upperBetween says f[i] is an upper-case word between two upper-case
// words of two letters or more ("ROE AND TOM").
func upperBetween(f []string, i int) bool {
	return i > 0 && i+1 < len(f) && isUpperWord(f[i]) && len(f[i-1]) > 1 && len(f[i+1]) > 1 && isUpperWord(f[i-1]) && isUpperWord(f[i+1])
}

// dottedInitials says w is initials run together with full stops, the
// last one cut off ("H.W", "J.R.R"): single capital letters between dots.
func dottedInitials(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		rs := []rune(p)
		if len(rs) != 1 || !unicode.IsUpper(rs[0]) {
			return false
		}
	}
	return true
}

// isDayOrMonth says the word t, in lower case, is a day or month name of
// the lexicons; an ASCII word is lowered on the stack (cutDate asks it
// of every word of every line that may be a credit).
func (lx *lexicon) isDayOrMonth(t string) bool {
	var buf [32]byte
	if len(t) <= len(buf) && isASCIIString(t) {
		for i := 0; i < len(t); i++ {
			c := t[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		b := buf[:len(t)]
		_, month := lx.months[string(b)]
		return month || lx.isDay(string(b))
	}
	w := strings.ToLower(t)
	_, month := lx.months[w]
	return month || lx.isDay(w)
}

// cutJobTitle cuts the writer's job printed after the names in a byline
// element ("Jane Roe Political Correspondent @janeroe", "By Sam Lee
// Senior Sports Writer Follow"): a run of desk words closed by a job
// noun ([byline-job]), with any handles and furniture words after it.
// The run needs a desk word, and two words must stay before it: "Jane
// Roe Editor" keeps its last word for the label readers to judge, and
// a surname is never taken for a desk.
func (lx *lexicon) cutJobTitle(seg string) string {
	toks := fields(seg)
	end := len(toks)
	for end > 0 {
		w := strings.ToLower(trimPunct(toks[end-1]))
		if !strings.ContainsFunc(w, unicode.IsLetter) || strings.HasPrefix(toks[end-1], "@") || (!lx.jobNouns[w] && lx.isNoiseWord(w)) {
			end--
			continue
		}
		break
	}
	if end == 0 || !lx.jobNouns[strings.ToLower(trimPunct(toks[end-1]))] {
		return seg
	}
	i := end - 1
	// A comma closes the name: "Robert Deputy, Staff Writer" keeps a
	// surname that is also a desk word.
	// "Health and Science Reporter", "Reporter and Editor": a
	// conjunction between two words of a job belongs to the job.
	for i > 0 && !strings.HasSuffix(toks[i-1], ",") {
		if w := strings.ToLower(trimPunct(toks[i-1])); lx.jobDesks[w] {
			i--
			continue
		}
		if i > 1 && lx.joinsWriters(toks[i-1]) && !strings.HasSuffix(toks[i-2], ",") && lx.isJobWord(toks[i-2]) {
			i -= 2
			continue
		}
		break
	}
	if i == end-1 || i < 2 {
		return seg
	}
	return strings.TrimRight(strings.Join(toks[:i], " "), ",;-–—|")
}

// cutJobTitles is cutJobTitle for each writer of a byline that prints
// a job after every name ("By Jane Roe, Health Reporter and John Doe,
// Political Editor"): the line is split after each job noun that a
// conjunction, "&", "|" or ";" follows, or a comma and the next name,
// each piece loses its job, and
// the pieces are joined again as they were. A line with no such job
// comes back as cutJobTitle gives it.
func (lx *lexicon) cutJobTitles(line string) string {
	toks := fields(line)
	var pieces, joins []string
	start := 0
	for i := 0; i+1 < len(toks); i++ {
		if !lx.jobNouns[strings.ToLower(trimPunct(toks[i]))] {
			continue
		}
		switch {
		case lx.joinsWriters(toks[i+1]) && (i+2 >= len(toks) || !lx.isJobWord(toks[i+2])):
			pieces = append(pieces, strings.Join(toks[start:i+1], " "))
			joins = append(joins, toks[i+1])
			start = i + 2
		case strings.HasSuffix(toks[i], ",") && isCapitalised(toks[i+1]):
			// "A, Business Writer, B, Science Editor and C".
			pieces = append(pieces, strings.Join(toks[start:i+1], " "))
			joins = append(joins, ",")
			start = i + 1
		}
	}
	if len(pieces) == 0 {
		return lx.cutJobTitle(line)
	}
	pieces = append(pieces, strings.Join(toks[start:], " "))
	var b strings.Builder
	for k, p := range pieces {
		switch {
		case k == 0:
		case joins[k-1] == ",":
			b.WriteString(", ")
		default:
			b.WriteString(" " + joins[k-1] + " ")
		}
		b.WriteString(strings.TrimRight(lx.cutJobTitle(p), ","))
	}
	return b.String()
}

// isJobWord says the byline token w is a desk word or a job noun of
// [byline-job] ("Health", "Reporter").
func (lx *lexicon) isJobWord(w string) bool {
	l := strings.ToLower(trimPunct(w))
	return lx.jobDesks[l] || lx.jobNouns[l]
}

// joinsWriters says the byline token w joins two writers: a lower-case
// conjunction of the lexicons ("and", "dan", "und"), "&", "|" or ";".
func (lx *lexicon) joinsWriters(w string) bool {
	return w == "&" || w == "|" || w == ";" || lx.isConjunction(w)
}

// cutOtherLabel ends a credit at a label that credits no one, written
// with its colon in mid-line ("Editor: Jane Roe Sumber: Antara", "By Jane
// Roe Source: AP"): what follows is no name. A piece that opens with
// such a label ("Reporter: X | Sumber: Antara") is no credit at all and
// comes back empty, so that it does not spoil the pieces before it.
func (lx *lexicon) cutOtherLabel(p string) string {
	i := strings.IndexByte(p, ':')
	if i <= 0 {
		return p
	}
	tp := strings.TrimSpace(p)
	lower := " " + strings.ToLower(tp) // lower[j] is tp[j-1]
	// A label l stands at j when lower holds " "+l+":" or " "+l+" :"
	// there: it ends at a colon. Each colon is asked about each label
	// (lx.otherLabels, which leaves out the bylines' texts: "Foto:"
	// credits a photographer); a label at 0 opens p, which is then
	// wholly another label's; otherwise p ends before the first.
	cut := -1
	for c := strings.IndexByte(lower, ':'); c >= 0; {
		for _, l := range lx.otherLabels {
			j := c - len(l) - 1 // " "+l+":"
			if j >= 0 && lower[j] == ' ' && lower[j+1:c] == l {
				if j == 0 {
					return ""
				}
				if cut < 0 || j < cut {
					cut = j
				}
			}
			j-- // " "+l+" :"
			if j >= 0 && lower[c-1] == ' ' && lower[j] == ' ' && lower[j+1:c-1] == l {
				if j == 0 {
					return ""
				}
				if cut < 0 || j < cut {
					cut = j
				}
			}
		}
		k := strings.IndexByte(lower[c+1:], ':')
		if k < 0 {
			break
		}
		c += 1 + k
	}
	if cut < 0 {
		return p
	}
	return tp[:cut-1]
}
