package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The credit-line reader. Wire copy and many newsrooms print their
// credits as a line of their own, wherever the template puts it: the
// head or the foot of the body, a box beside it, a paragraph in
// parentheses ("(Reporting by A in Kyiv and B; Editing by C)"), or the
// head of the first paragraph ("By A: The storm…"). The roles come from
// ONE table of labels per language, the [byline] sections of the
// lexicons; [byline-place] holds the words that add where a credited
// person filed from ("in"), [byline-closer] the phrases that credit the
// names before them ("… contributed to this report").

// readCreditLine reads line as a whole credit line, or says it is not
// one: every part must be a label or a plausible name, so a sentence that
// opens with "By" or "Oleh" is refused.
func (lx *lexicon) readCreditLine(line string) ([]credit, bool) {
	line = unwrapCredit(line)
	if line == "" || len(line) > maxCreditLine || !lx.creditGate.mayBeCredit(line) {
		return nil, false
	}
	return lx.readUnwrappedCredit(line)
}

// readUnwrappedCredit is readCreditLine's reader without the gate, for a
// line already unwrapped.
func (lx *lexicon) readUnwrappedCredit(line string) ([]credit, bool) {
	if cs, ok := lx.closerCredits(line); ok {
		return cs, true
	}
	if cs, ok := lx.parseByline(lx.dropCreditPlaces(line), "", true, false); ok {
		return cs, true
	}
	return lx.creditSentences(line)
}

// creditSentences reads a line of several sentences each of which is a
// credit line ("Jane Roe contributed reporting. Edited by Tom Okafor.",
// "Reporting by A in Kyiv. Additional reporting by B. Editing by C"):
// the credits of all, or ok false when any sentence is no credit.
func (lx *lexicon) creditSentences(line string) ([]credit, bool) {
	var out []credit
	f := fields(line)
	start := 0
	for i, w := range f {
		last := i == len(f)-1
		if !last && !(closesSentenceWord(w) && isCapitalised(f[i+1])) {
			continue
		}
		if start == 0 && last {
			return nil, false // one sentence: read as a whole above
		}
		cs, ok := lx.readUnwrappedCredit(strings.TrimSuffix(strings.Join(f[start:i+1], " "), "."))
		if !ok {
			return nil, false
		}
		out = append(out, cs...)
		start = i + 1
	}
	return out, len(out) > 0
}

// maxCreditHead bounds the credit that opens a paragraph of prose ("By
// Mary Kline: The council…"): a label and up to a few names.
const maxCreditHead = 80

// creditHead reads a credit that opens a paragraph and is cut from the
// prose after it by a colon or a dash ("By Mary Kline: The council…",
// "Oleh Rina Lestari — Pemerintah…"). It returns the credits and the
// prose; ok is false when the paragraph does not open so.
func (lx *lexicon) creditHead(block string) (cs []credit, rest string, ok bool) {
	cut := -1
	for _, sep := range []string{": ", " - ", " – ", " — ", " | "} {
		if i := strings.Index(block, sep); i > 0 && i <= maxCreditHead && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		return nil, block, false
	}
	head := block[:cut]
	rest = strings.TrimLeft(block[cut:], ":-–—| ")
	if countFieldsUpTo(rest, 3) < 3 {
		return nil, block, false // "Editor: Rina Kusuma" is a credit line, not a head
	}
	// The head must open with a label and hold only names after it.
	if _, _, found := lx.cutLabel(head); !found {
		return nil, block, false
	}
	// "By Jane Roe WASHINGTON (Wire) — The council…": the page ran the
	// byline into the dateline, which stays with the prose.
	if j := lx.datelineInHead(block, cut); j > 0 {
		head, rest = strings.TrimRight(block[:j], " ,"), block[j:]
	}
	cs, ok = lx.parseByline(head, "", true, false)
	if !ok {
		return nil, block, false
	}
	return cs, rest, true
}

// datelineInHead gives where a dateline opens inside a credit's head
// (block[:cut]) that runs on into it: the first word in capitals after
// the label's from which the block reads as a dateline whose place
// or outlet opens there ("By Jane Roe WASHINGTON (Wire) —", "Laporan
// Wartawan Harian Kota, Rina Lestari HARIANKOTA.COM, JAKARTA —"); 0 when
// there is none. A place in mixed case is left:
// "By Jane Roe — The council" opens with no town.
func (lx *lexicon) datelineInHead(block string, cut int) int {
	for j := strings.IndexByte(block, ' ') + 1; j > 0 && j < cut; {
		if w := firstField(block[j:]); isUpperWord(w) && utf8.RuneCountInString(w) >= 3 {
			// The dateline opens there with its place or its outlet
			// ("TRIBUNNEWS.COM, JAKARTA —"), not with a name before them.
			if dl := lx.readDateline(block[j:], ""); dl != nil && dl.Place != "" &&
				(strings.HasPrefix(block[j:], dl.Place) || dl.Source != "" && strings.HasPrefix(block[j:], dl.Source)) {
				return j
			}
		}
		next := strings.IndexByte(block[j:], ' ')
		if next < 0 {
			break
		}
		j += next + 1
	}
	return 0
}

// creditTail reads a credit line closing a paragraph of prose in
// parentheses or brackets ("… the port said. (Reporting by A; Editing by
// B)"). It returns the credits and the prose before them.
func (lx *lexicon) creditTail(block string) (cs []credit, rest string, ok bool) {
	b := strings.TrimRight(block, " .")
	if !strings.HasSuffix(b, ")") && !strings.HasSuffix(b, "]") {
		return nil, block, false
	}
	open := strings.LastIndexAny(b, "([")
	if open <= 0 {
		return nil, block, false
	}
	cs, ok = lx.readCreditLine(b[open:])
	if !ok {
		return nil, block, false
	}
	return cs, strings.TrimSpace(b[:open]), true
}

// unwrapCredit takes off what frames a credit line: parentheses or
// brackets around it, dashes, bullets and stars before it, a full stop
// after it ("(Reporting by A; Editing by B)", "-- Reporting by A"), and
// what follows a bracketed credit (see leadingBracket).
func unwrapCredit(s string) string {
	s = cutLeadingDate(leadingBracket(strings.TrimSpace(s)))
	for {
		t := strings.TrimLeft(s, "-–—*•_ ")
		t = strings.TrimRight(t, ". ")
		// "(Reporting by A; Editing by B" where the template set the
		// closing bracket elsewhere: a bracket left open frames it.
		if len(t) >= 2 && (t[0] == '(' || t[0] == '[') && !strings.ContainsAny(t[1:], "()[]") {
			t = strings.TrimSpace(t[1:])
		}
		if len(t) >= 2 && (t[len(t)-1] == ')' || t[len(t)-1] == ']') && !strings.ContainsAny(t[:len(t)-1], "()[]") {
			t = strings.TrimSpace(t[:len(t)-1])
		}
		if len(t) >= 2 && (t[0] == '(' && t[len(t)-1] == ')' || t[0] == '[' && t[len(t)-1] == ']') {
			inner := t[1 : len(t)-1]
			if !strings.ContainsAny(inner, "()[]") {
				t = strings.TrimSpace(inner)
			}
		}
		if t == s {
			return s
		}
		s = t
	}
}

// cutLeadingDate cuts a date in figures and the separator after it from
// the start of a post's meta line ("05/10/2024 - Publicado por: X -
// Categoria: Y"): the credit follows it.
func cutLeadingDate(s string) string {
	first, rest, ok := strings.Cut(s, " ")
	if !ok || !isNumericDate(strings.TrimRight(first, ",")) {
		return s
	}
	sep, after, ok := strings.Cut(strings.TrimLeft(rest, " "), " ")
	if !ok || !slices.Contains([]string{"-", "–", "—", "|", "·", "•"}, sep) {
		return s
	}
	return strings.TrimLeft(after, " ")
}

// leadingBracket cuts the bracketed parts that follow a bracketed part
// opening s: wire copy sets a contact note, a story code or a correction
// after the bracketed credit line ("(Reporting by A; Editing by B) ((+44
// 20 1234 5678))", "(Reporting by A) (This story was refiled to …)"),
// which credits no one. s comes back as it is when it opens with no
// bracket, the bracket closes only at its end, or prose follows it.
func leadingBracket(s string) string {
	if s == "" || (s[0] != '(' && s[0] != '[') {
		return s
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
			if depth == 0 {
				// Only a bracketed tail goes: prose after a
				// bracket ("(Photo: A) The bridge …") is the
				// paragraph's own and stays whole.
				if tail := strings.TrimLeft(s[i+1:], ". "); tail == "" || tail[0] != '(' && tail[0] != '[' {
					return s
				}
				return s[:i+1]
			}
		}
	}
	return s
}

// closesPlaceFirstLabel says the words toks close with a placeFirst
// label ("… in redazione a").
func (lx *lexicon) closesPlaceFirstLabel(toks []string) bool {
	for _, l := range lx.bylines {
		if !l.placeFirst {
			continue
		}
		m := countFields(l.text)
		if m <= len(toks) && strings.EqualFold(strings.Join(toks[len(toks)-m:], " "), l.text) {
			return true
		}
	}
	return false
}

// dropCreditPlaces takes out where credited people filed from: "A in
// Kyiv and B" → "A and B"; "C in Wilmington, Delaware; Editing by D" → "C;
// Editing by D". A place is the capitalised words after a word of
// [byline-place], and a one-word region after a comma when the credit
// ends there.
func (lx *lexicon) dropCreditPlaces(line string) string {
	if len(lx.bylinePlace) == 0 || plainWords(line, lx.bylinePlace) && plainWords(line, lx.bylinePlaceTitle) {
		return line // no place word: the words rejoined are the line
	}
	toks := fields(line)
	var out []string
	for i := 0; i < len(toks); i++ {
		w := toks[i]
		// "for the Harbour Times": an article may stand before the name.
		next := i + 1
		if next+1 < len(toks) && lx.isJoiner(toks[next]) && isCapitalised(toks[next+1]) {
			next++
		}
		// A title-case byline writes the word capitalised too ("Jane
		// Roe For The Harbour Times"), after a name of two words.
		place := lx.bylinePlace[w] || i >= 2 && lx.bylinePlaceTitle[w]
		if place && lx.closesPlaceFirstLabel(toks[:i+1]) {
			// "In redazione a Roma Luca Verdi": the label's own
			// preposition, whose place cutLabel cuts.
			place = false
		}
		if !place || i == 0 || next >= len(toks) || !isCapitalised(toks[next]) || endsCredit(toks[i-1]) {
			out = append(out, w)
			continue
		}
		// Skip the place: capitalised words and short lower-case
		// particles inside it ("Rio de Janeiro"), up to a joiner or
		// the end of the credit.
		j := i + 1
		end := ""
		for ; j < len(toks); j++ {
			t := toks[j]
			core := strings.TrimRight(t, ",;)]")
			if lx.isConjunction(t) || lx.isConjunction(strings.ToLower(t)) && !isCapitalised(t) {
				break
			}
			if _, _, isLabel := lx.cutLabel(t); isLabel && j > i+1 {
				break
			}
			if !isCapitalised(core) && !(len(core) <= 3 && isLower(core) && j+1 < len(toks) && isCapitalised(toks[j+1])) {
				break
			}
			if core != t {
				end = t[len(core):]
				j++
				break
			}
		}
		// "Wilmington, Delaware;": a one-word region closing the credit.
		if strings.HasPrefix(end, ",") && j < len(toks) {
			core := strings.TrimRight(toks[j], ";)]")
			if isCapitalised(core) && core != toks[j] {
				end = toks[j][len(core):]
				j++
			} else if isCapitalised(core) && j+1 == len(toks) {
				end = ""
				j++
			}
		}
		if len(out) > 0 {
			out[len(out)-1] += end
		}
		i = j - 1
	}
	return strings.Join(out, " ")
}

// endsCredit says a word closes a credit part, so what follows is no
// place of it.
func endsCredit(w string) bool {
	return strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":")
}

// hasSpacedSuffix is strings.HasSuffix(s, " "+t) without building the
// string.
func hasSpacedSuffix(s, t string) bool {
	return len(s) > len(t) && strings.HasSuffix(s, t) && s[len(s)-len(t)-1] == ' '
}

// closerCredits reads a credit sentence closed by a phrase of
// [byline-closer] ("Jane Roe in Kyiv contributed to this report.",
// "Associated Press writers A and B contributed reporting"). Words before
// the names that describe them ("Associated Press writers") go: the
// names are the capitalised run after the last lower-case word.
func (lx *lexicon) closerCredits(line string) ([]credit, bool) {
	lower := strings.ToLower(line)
	for _, c := range lx.bylineCloser {
		end := len(line)
		// (The forms with spaces are built only for a line that holds
		// the phrase: most hold none.)
		if !hasSpacedSuffix(lower, c.text) {
			// "Jane Roe contributed reporting from Hong Kong": where
			// the credited filed from may close the sentence.
			if !strings.Contains(lower, c.text) {
				continue
			}
			i := strings.LastIndex(lower, " "+c.text+" ")
			if i < 0 || !lx.filedFrom(line[i+1+len(c.text):]) {
				continue
			}
			end = i + 1 + len(c.text)
		}
		names := strings.TrimSpace(line[:end-len(c.text)])
		names = lx.dropCreditPlaces(names)
		f := fields(names)
		// "Jane Roe of Reuters contributed…", "… of the Harbour
		// Times": the outlet she works for closes the names.
		for i := len(f) - 2; i > 0; i-- {
			if f[i] == "of" && allCapitalised(f[i+1:], lx.joiners) {
				f = f[:i]
				break
			}
		}
		start := 0
		for i, w := range f {
			if i+1 < len(f) && isLower(w) && len(w) > 3 && !lx.isConjunction(w) {
				start = i + 1
			}
			// "Jane Roe reported from Kyiv. Tom Okafor contributed
			// reporting": the credit sentence opens after the last
			// full stop before it, never with the place the sentence
			// before ended on.
			if i+1 < len(f) && closesSentenceWord(w) && isCapitalised(f[i+1]) {
				start = i + 1
			}
			// "Harbour News’ Jane Roe": an outlet's possessive.
			if i+1 < len(f) && (strings.HasSuffix(w, "’") || strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")) {
				start = i + 1
			}
		}
		if start >= len(f) {
			return nil, false
		}
		cs, ok := lx.parseByline(strings.Join(f[start:], " "), c.role, false, false)
		if !ok {
			return nil, false
		}
		for i := range cs {
			cs[i].role = c.role
		}
		return cs, true
	}
	return nil, false
}

// closesSentenceWord says w ends a sentence: a word of three letters or
// more closed by a full stop, which initials ("A.", "D.C.") and short
// forms ("Jr.", "St.") are not.
func closesSentenceWord(w string) bool {
	core, ok := strings.CutSuffix(w, ".")
	if !ok || strings.Contains(core, ".") {
		return false
	}
	n := 0
	for _, r := range core {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// allCapitalised says every word of f is capitalised, or a joiner
// ("the") before a capitalised one.
func allCapitalised(f []string, joiners map[string]bool) bool {
	for i, w := range f {
		if !isCapitalised(w) && !(joiners[w] && i+1 < len(f)) {
			return false
		}
	}
	return len(f) > 0
}

// filedFrom says tail, what follows a closer phrase, only says where the
// credited people filed from: "from" or a word of [byline-place], then a
// short run of capitalised words ("from Hong Kong", "in Rio de Janeiro,
// Brazil"), with the lower-case particles places hold.
func (lx *lexicon) filedFrom(tail string) bool {
	f := fields(tail)
	if len(f) < 2 || len(f) > 7 || (f[0] != "from" && !lx.bylinePlace[f[0]]) || !isCapitalised(f[1]) {
		return false
	}
	for _, w := range f[2:] {
		w = strings.TrimRight(w, ",")
		if !isCapitalised(w) && !(len(w) <= 3 && isLower(w)) {
			return false
		}
	}
	return true
}

// isOrganisation says a credited name is an organisation rather than a
// person: an outlet or agency ("AP", "Reuters"), the site itself, a
// newsroom label ([newsroom]: "Tim Redaksi", "NYT Staff"), or a company
// label with an outlet word ("Kompas Cyber Media").
// Organisation words of [org-words] are not asked: they are first names
// and surnames too ("Tim", "Church"). It is the one place the credit readers ask this, so
// that a shared person/organisation decision can take its place.
func (lx *lexicon) isOrganisation(c credit, siteName, pageURL string) bool {
	if c.outlet || sameSite(c.name, siteName, pageURL) || lx.isOutlet(c.name) || lx.looksLikeOutlet(c.name) ||
		slices.Contains(lx.creditAgency, strings.ToLower(c.name)) {
		return true // … or a picture agency ("Getty Images")
	}
	if lx.ownDesk(fields(c.name)) {
		return true // "Our Foreign Staff"
	}
	words := strings.FieldsFunc(strings.ToLower(c.name), func(r rune) bool { return isSpace(r) || r == '-' || r == '/' })
	for _, w := range words {
		if w = trimPunct(w); lx.newsroom[w] || lx.outletWordSet[w] {
			return true // "Tim Redaksi", "MM-Redaktion", "NYT Staff", "Presse-Agentur"
		}
		// "Tim Kabarku", "Kabarku Desk": a word that is the site's own
		// name makes the credit the site's team.
		if len(words) > 1 && sameSite(w, siteName, pageURL) {
			return true
		}
	}
	f := fields(c.name)
	if len(f) == 1 {
		// A team account's one-word name ("Metroteam", "Webdesk").
		l := strings.ToLower(c.name)
		for w := range lx.newsroom {
			if len(w) >= 4 && len(l) > len(w) && strings.HasSuffix(l, w) {
				return true
			}
		}
	}
	if len(f) == 1 && isCapitals(c.name) && len([]rune(c.name)) <= maxAgencyLen {
		return true // "AP", "SDA": an agency's initials
	}
	// Script alone says nothing: a Japanese reporter on a site named in
	// Latin letters is a person; a brand in another script ("台北時報")
	// comes marked as an organisation by its source.
	return lx.orgByShape(f)
}

// orgByShape is the shared person/organisation decision (kindOf) as a
// byline asks it. A byline names people far more often than anything
// else, and an organisation's word is often a given name or a surname
// ("Tim", "Church", "Bank"): so a credit is an organisation only when
// kindOf says so and the name has an organisation's shape as well:
// its organisation word joined to a name by a lower-case joiner
// ("Ministry of Health", "Bureau de Bruxelles"), or three words or more
// with the organisation word after the first ("Harbour City Council",
// "Marie Curie Institute"). Words of a script without case are never
// an organisation's here: they are a person's name.
func (lx *lexicon) orgByShape(f []string) bool {
	if len(f) < 2 || len(f) > maxPersonWords+1 {
		return false
	}
	if lx.kindOf(strings.Join(f, " "), "", "") != kindOrganisation {
		return false
	}
	if lx.hasJoiner(f) {
		return true
	}
	if len(f) < 3 {
		return false
	}
	for _, w := range f[1:] {
		if l := strings.ToLower(trimPunct(w)); isCapitalised(w) && (lx.isOrgWordIn(l, "") || lx.hasOrgSuffix(l)) {
			return true
		}
	}
	return false
}

// hasJoiner says a lower-case joiner ("of", "de", "der") stands inside f.
func (lx *lexicon) hasJoiner(f []string) bool {
	for i := 1; i < len(f)-1; i++ {
		if lx.isJoiner(f[i]) {
			return true
		}
	}
	return false
}

// dropSiteParts takes the site's own name out of a credit that joins it
// to another with a slash ("AFP/The Local", "Harbour Times/Lerato
// Mokoena"): the other part is the credit.
func dropSiteParts(v, siteName, pageURL string) string {
	if !strings.Contains(v, "/") || strings.Contains(v, "://") {
		return v
	}
	parts := strings.Split(v, "/")
	keep := parts[:0:0]
	for _, part := range parts {
		head := part
		// "The Local - jane@example.com": the site's name before a dash.
		if i := strings.Index(head, " - "); i > 0 {
			head = head[:i]
		}
		if !sameSite(strings.TrimSpace(head), siteName, pageURL) {
			keep = append(keep, part)
		}
	}
	if len(keep) == 0 || len(keep) == len(parts) {
		return v
	}
	return strings.Join(keep, "/")
}

// dropSiteTail cuts the site's own name glued after a person's name in
// a byline ("Elliot Brownstein Florida Today" on floridatoday.com, "Rina
// Lestari Kabarku"): one to three trailing words that together are the
// site's name or its domain's label. Two words of the name must stay.
// So it does with the site's name glued before the person's, where what
// is left reads as a person's name.
// A credit read as an outlet for the site's name in it ("Jane Roe Harbour
// Times": "Times" is an outlet's word) is cut too when what is left reads
// as a person's name (kindOf), and is then no longer an outlet; a credit
// its source marks as an organisation is left as it is.
func (lx *lexicon) dropSiteTail(cs []credit, siteName, pageURL string) []credit {
	for i, c := range cs {
		if c.orgSource {
			continue
		}
		f := fields(c.name)
		cut := false
		for n := min(3, len(f)-2); n > 0; n-- {
			if sameSite(strings.Join(f[len(f)-n:], " "), siteName, pageURL) {
				head := strings.Join(f[:len(f)-n], " ")
				if c.outlet && lx.kindOf(head, "", "") != kindPerson {
					break
				}
				cs[i].name, cs[i].outlet = head, false
				cut = true
				break
			}
		}
		// "Laporan Wartawan Harbour Times Rina Lestari": the site's
		// name before the writer's, with no comma between (the label
		// is gone by now). What is left must read as a person's name.
		for n := min(3, len(f)-2); n > 0 && !cut; n-- {
			if sameSite(strings.Join(f[:n], " "), siteName, pageURL) {
				if rest := strings.Join(f[n:], " "); lx.kindOf(rest, "", "") == kindPerson {
					cs[i].name, cs[i].outlet = rest, false
				}
				break
			}
		}
	}
	return cs
}

// isCapitals says every letter of s is an upper-case one of a script
// with case ("AP", "SDA"); "松岡" has no case and is no agency code.
func isCapitals(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// personsFirst applies the rule that an organisation never stands beside
// a person as an author: when the authors name a person, organisations
// among them go ("Adam Vidler and AP", "Rina Lestari, Kompas Cyber
// Media"). An organisation alone stays: it is the whole byline.
func (lx *lexicon) personsFirst(authors []credit, siteName, pageURL string) (persons, orgs []credit) {
	person := false
	for _, c := range authors {
		if !lx.isOrganisation(c, siteName, pageURL) {
			person = true
			break
		}
	}
	if !person {
		// A newsroom label and nothing else ("Rédaction", "Staff
		// Reports", "La Redaksi") names no outlet and no one: FIELDS.md
		// never takes it for an author, even as the whole byline. A
		// label that carries a name of its own ("BR24 Redaktion", "MND
		// Staff") is the site's team and stays as before.
		kept := authors[:0:0]
		for _, c := range authors {
			if lx.bareNewsroom(c.name) {
				orgs = append(orgs, c)
			} else {
				kept = append(kept, c)
			}
		}
		return kept, orgs
	}
	persons = authors[:0:0]
	for _, c := range authors {
		if lx.isOrganisation(c, siteName, pageURL) {
			orgs = append(orgs, c)
		} else {
			persons = append(persons, c)
		}
	}
	return persons, orgs
}

// ownDesk says a credit opens with a first-person word ([first-person]:
// "By Our Foreign Staff", "Our Correspondent", "From our correspondent
// in Kyiv"): the paper speaking of its own desk, never a person's name.
// The word has three letters or more, and it stands alone (what is left
// once a job is cut: "Our") or before a newsroom or job word: "I Made
// Sudarma" and "My Linh Tran" are names.
func (lx *lexicon) ownDesk(words []string) bool {
	i := 0
	if len(words) > 1 && strings.EqualFold(words[0], "from") {
		i = 1
	}
	if len(words) <= i {
		return false
	}
	if w := strings.ToLower(trimPunct(words[i])); !lx.firstPersons[w] || utf8.RuneCountInString(w) < 3 {
		return false
	}
	if len(words) == i+1 {
		return true
	}
	for _, w := range words[i+1:] {
		if k := strings.ToLower(trimPunct(w)); lx.newsroom[k] || lx.isTitleWord(k) {
			return true
		}
	}
	return false
}

// bareNewsroom says whether every word of v is a newsroom word
// ([newsroom]: "staff", "rédaction") or a short function word ("la",
// "the", three letters at most): a label with no name in it. Words of
// [newsroom-wires] ("agencies", "Agenturen") are not bare: "Agencies"
// alone credits the wires.
func (lx *lexicon) bareNewsroom(v string) bool {
	words := fields(v)
	if lx.ownDesk(words) {
		return true
	}
	newsroom := false
	for _, w := range words {
		k := strings.ToLower(trimPunct(w))
		switch {
		case k == "":
		case lx.newsroomWires[k]:
			return false
		case lx.newsroom[k]:
			newsroom = true
		case utf8.RuneCountInString(k) <= 3 && (utf8.RuneCountInString(k) < 2 || strings.ToUpper(w) != w):
			// "The", "la"; capitals ("MND") are an acronym: a name.
		default:
			return false
		}
	}
	return newsroom
}
