package normalize

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
)

// Limits on a dateline: longer heads are the first words of a sentence
// that happens to hold a dash or a colon.
const (
	maxDatelineHead   = 80 // bytes before the separator
	maxDatelineTokens = 18
	maxPlaceWords     = 4
	maxPlaceParts     = 3 // "Washington, DC, United States"
	maxSourceInBrack  = 40
)

// The tokens of a dateline shape (lexicon/datelines.txt).
type dlElem uint8

const (
	dlPlace       dlElem = iota + 1
	dlStrongPlace        // PLACE!
	dlUpperPlace         // UPLACE
	dlCity               // CITY: one word
	dlKnownPlace         // KPLACE: a place the lexicons know
	dlOutlet
	dlAgency
	dlDate
	dlBracketed // (SOURCE)
	dlWire      // /SOURCE/
	dlComma
	dlDash
	dlColon
	dlStop
	dlEnd
	dlText
	dlBar
)

var dlElemNames = map[string]dlElem{
	"PLACE": dlPlace, "PLACE!": dlStrongPlace, "UPLACE": dlUpperPlace, "CITY": dlCity, "KPLACE": dlKnownPlace, "OUTLET": dlOutlet,
	"AGENCY": dlAgency, "DATE": dlDate, "(SOURCE)": dlBracketed, "/SOURCE/": dlWire, ",": dlComma,
	"DASH": dlDash, "COLON": dlColon, "STOP": dlStop, "END": dlEnd, "TEXT": dlText, "BAR": dlBar,
}

// datelineRow is one shape of the table and the example that documents it.
type datelineRow struct {
	elems   []dlElem
	shape   string
	example string
}

// parseDatelineRows reads the dateline table: "SHAPE | example" lines.
func parseDatelineRows(data string) ([]datelineRow, error) {
	var rows []datelineRow
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		shape, example, ok := strings.Cut(line, "|")
		if !ok {
			return nil, fmt.Errorf("datelines line %d: want SHAPE | example", n+1)
		}
		row := datelineRow{shape: strings.TrimSpace(shape), example: strings.TrimSpace(example)}
		for _, f := range fields(shape) {
			e, ok := dlElemNames[f]
			if !ok {
				return nil, fmt.Errorf("datelines line %d: unknown token %q", n+1, f)
			}
			row.elems = append(row.elems, e)
		}
		if len(row.elems) == 0 {
			return nil, fmt.Errorf("datelines line %d: empty shape", n+1)
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// The kinds of the tokens a paragraph's start is cut into.
type dlTokKind uint8

const (
	tWord dlTokKind = iota
	tComma
	tDash
	tColon
	tStop
	tBracket // "(…)": text is the inside
	tWire    // "/…/": text is the inside
	tEnd
	tBar // " | ", set apart on both sides
)

// dlTok is one token of a paragraph's start; start and end are byte
// offsets into the paragraph, so that a place is kept as printed.
type dlTok struct {
	kind       dlTokKind
	text       string
	start, end int
	// spaced says white space follows the token (a word glued to a
	// bracket, "(CNN)The", is not).
	spaced bool
	// square says a bracket token was printed in square brackets
	// ("New Delhi [India]").
	square bool
}

// dlDashes are the separators that end a dateline when set apart by
// spaces, longest first; em and en dashes end it unspaced too.
var dlDashes = []string{".-", ".—", "--", "—", "–", "―", "‒", "-", "·", "•"}

// tokenizeDateline cuts the start of para into dateline tokens: words,
// commas, dashes, colons, full stops closing a word, bracketed and
// slashed names, and the paragraph's end.
func tokenizeDateline(para string) []dlTok {
	var toks []dlTok
	i := 0
	for len(toks) < maxDatelineTokens {
		for i < len(para) {
			r, size := utf8.DecodeRuneInString(para[i:])
			if !isSpace(r) {
				break
			}
			i += size
		}
		if i >= len(para) {
			toks = append(toks, dlTok{kind: tEnd, start: i, end: i, spaced: true})
			return toks
		}
		if len(toks) > 0 && i > toks[len(toks)-1].end {
			toks[len(toks)-1].spaced = true
		}
		rest := para[i:]
		// A hyphen glued to a word is part of it ("Sino-US"); glued to a
		// bracket it closes a dateline ("(Reuters)- …").
		glued := len(toks) > 0 && !toks[len(toks)-1].spaced && toks[len(toks)-1].kind != tBracket && toks[len(toks)-1].kind != tWire
		// "Jakarta -Warga": a hyphen spaced from the word before and
		// glued to a capitalised word after is a dash all the same.
		if !glued && len(toks) > 0 && strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "--") && startsUpperLetter(rest[1:]) {
			toks = append(toks, dlTok{kind: tDash, text: "-", start: i, end: i + 1})
			i++
			continue
		}
		if d := dashAt(rest, glued); d > 0 {
			toks = append(toks, dlTok{kind: tDash, text: rest[:d], start: i, end: i + d})
			i += d
			continue
		}
		// "BERLIN taz | Die …": a vertical bar set apart by spaces
		// ends a dateline as a dash does.
		if b := barAt(rest); b > 0 && (len(toks) == 0 || toks[len(toks)-1].spaced) {
			toks = append(toks, dlTok{kind: tBar, text: rest[:b], start: i, end: i + b})
			i += b
			continue
		}
		switch rest[0] {
		case ',':
			toks = append(toks, dlTok{kind: tComma, start: i, end: i + 1})
			i++
			continue
		case '(', '/', '[':
			closer := byte(')')
			switch rest[0] {
			case '/':
				closer = '/'
			case '[':
				closer = ']'
			}
			if j := strings.IndexByte(rest[1:], closer); j >= 0 && j <= maxSourceInBrack {
				kind := tBracket
				if closer == '/' {
					kind = tWire
				}
				toks = append(toks, dlTok{kind: kind, text: strings.TrimSpace(rest[1 : j+1]), start: i, end: i + j + 2, square: closer == ']'})
				i += j + 2
				continue
			}
		}
		// A word runs to white space, a comma, a bracket or an
		// unspaced em or en dash; a closing colon or full stop is a
		// token of its own.
		j := 0
		for j < len(rest) {
			r, size := utf8.DecodeRuneInString(rest[j:])
			if isSpace(r) || r == ',' || r == '(' || r == '—' || r == '–' || r == '―' || r == '‒' || (r == ')' && j > 0) {
				break
			}
			// "SEATTLE--(", "Ciudad de México.- El": a doubled hyphen,
			// or a full stop and dash before a space, ends the word.
			if j > 0 && (strings.HasPrefix(rest[j:], "--") || dotDash(rest[j:])) {
				break
			}
			j += size
		}
		if j == 0 { // a stray ")"
			j = 1
		}
		w := rest[:j]
		if w == ":" && len(toks) > 0 && (toks[len(toks)-1].kind == tWord || toks[len(toks)-1].kind == tBracket) {
			// "DODOMA : The …", "PARIS : Le …": a colon set apart;
			// "Oslo (NTB): …": a colon closing a bracket.
			toks = append(toks, dlTok{kind: tColon, start: i, end: i + 1})
			i++
			continue
		}
		if w == "." {
			// A full stop of its own closes the token before it:
			// "MINSK, May 3. /BelTA/. Officials …".
			toks = append(toks, dlTok{kind: tStop, start: i, end: i + 1})
			i++
			continue
		}
		// "Jakarta- Warga": a hyphen glued to the word before and spaced
		// from the next is a dash ("pre- and post-war" goes on in lower case).
		if len(w) > 1 && strings.HasSuffix(w, "-") && !strings.HasSuffix(w, "--") && (j == len(rest) || rest[j] == ' ') {
			toks = append(toks, dlTok{kind: tWord, text: w[:len(w)-1], start: i, end: i + j - 1},
				dlTok{kind: tDash, text: "-", start: i + j - 1, end: i + j})
			i += j
			continue
		}
		var tail dlTokKind
		switch {
		case len(w) > 1 && strings.HasSuffix(w, ":"):
			tail = tColon
		case len(w) > 1 && strings.HasSuffix(w, ".") && !strings.HasSuffix(w, "..") && !shortForm(w, rest[j:]):
			tail = tStop
		}
		if tail != 0 {
			toks = append(toks, dlTok{kind: tWord, text: w[:len(w)-1], start: i, end: i + j - 1},
				dlTok{kind: tail, start: i + j - 1, end: i + j})
		} else {
			toks = append(toks, dlTok{kind: tWord, text: w, start: i, end: i + j})
		}
		i += j
	}
	return toks
}

// barAt is the length of the vertical bar rest opens with when white
// space or the paragraph's end follows it, or 0.
func barAt(rest string) int {
	for _, b := range []string{"|", "｜", "│"} {
		if after, ok := strings.CutPrefix(rest, b); ok {
			if after == "" || after[0] == ' ' || after[0] == '\t' || strings.HasPrefix(after, "\u00a0") {
				return len(b)
			}
		}
	}
	return 0
}

// dotDash says s opens with ".-" or ".—" set apart from what follows,
// the separator of Spanish-language datelines ("Lima.- El Gobierno").
func dotDash(s string) bool {
	for _, d := range []string{".-", ".—"} {
		if strings.HasPrefix(s, d) {
			after := s[len(d):]
			return after == "" || after[0] == ' ' || strings.HasPrefix(after, "\u00a0")
		}
	}
	return false
}

// shortForm says the full stop of w is that of a short form inside a
// name ("St. Louis", "MT. PLEASANT"): w is capitalised, at most four
// letters long, and a capitalised word follows.
func shortForm(w, after string) bool {
	if utf8.RuneCountInString(w) > 4 || !isCapitalised(w) {
		return false
	}
	after = strings.TrimLeft(after, " ")
	r, _ := utf8.DecodeRuneInString(after)
	return after != "" && unicode.IsUpper(r)
}

// dashAt is the length of the dateline dash rest starts with, or 0. A
// hyphen must stand apart ("Jakarta - X", not "Sino-US"); an em or en
// dash may be glued to the word before ("WASHINGTON—The").
func dashAt(rest string, glued bool) int {
	for _, d := range dlDashes {
		if !strings.HasPrefix(rest, d) {
			continue
		}
		after := rest[len(d):]
		apart := after == "" || after[0] == ' ' || after[0] == '\t' || strings.HasPrefix(after, "\u00a0")
		// A doubled hyphen is never inside a word: press-release wires
		// glue it ("SEATTLE--(BUSINESS WIRE)--Acme announced").
		if d == "—" || d == "–" || d == "―" || d == "‒" || d == "--" || d[0] == '.' && apart || apart && !glued {
			return len(d)
		}
	}
	return 0
}

// dlMatch is what a row read from a paragraph.
type dlMatch struct {
	placeStart, placeEnd int // byte offsets of the place in the paragraph
	source               string
	end                  int  // the token after the dateline
	placeUpper           bool // the place is in upper case
}

// spanMemo keeps, for one paragraph's tokens, the place readings
// (placeSpans) and date readings (dateSpans) made at a token: the rows
// of datelines.txt are tried one after another on the same tokens, and
// most open with a place or go on with a date at the same token, so
// each row would read them again. Both are pure in the tokens, the
// token's index and the element's kind, so a reading kept is the one
// made again. The slices kept are shared and only read (matchFrom does
// not change them). A paragraph needing more readings than the memo
// holds has the rest made each time.
type spanMemo struct {
	place  [12]placeReading
	nPlace int
	date   [6]dateReading
	nDate  int
}

type placeReading struct {
	i     int
	e     dlElem
	spans []int
}

type dateReading struct {
	i     int
	spans []int
}

// placeSpans is lx.placeSpans(toks, i, e), kept in memo when memo is
// set.
func (memo *spanMemo) placeSpans(lx *lexicon, toks []dlTok, i int, e dlElem) []int {
	if memo == nil {
		return lx.placeSpans(toks, i, e)
	}
	for k := range memo.nPlace {
		if r := &memo.place[k]; r.i == i && r.e == e {
			return r.spans
		}
	}
	spans := lx.placeSpans(toks, i, e)
	if memo.nPlace < len(memo.place) {
		memo.place[memo.nPlace] = placeReading{i, e, spans}
		memo.nPlace++
	}
	return spans
}

// dateSpans is lx.dateSpans(toks, i), kept in memo when memo is set.
func (memo *spanMemo) dateSpans(lx *lexicon, toks []dlTok, i int) []int {
	if memo == nil {
		return lx.dateSpans(toks, i)
	}
	for k := range memo.nDate {
		if r := &memo.date[k]; r.i == i {
			return r.spans
		}
	}
	spans := lx.dateSpans(toks, i)
	if memo.nDate < len(memo.date) {
		memo.date[memo.nDate] = dateReading{i, spans}
		memo.nDate++
	}
	return spans
}

// readDateline finds the dateline opening a paragraph by trying the
// shapes of lexicon/datelines.txt in order ("TRIBUNNEWS.COM, BRUSSELS -",
// "KATHMANDU, April 25 (Reuters) -", "LINDI:", "AFP, MANILA" …). The
// paragraph keeps it.
func (lx *lexicon) readDateline(para, site string) *kabar.Dateline {
	// "From Our Correspondent, Lahore —": the newsroom's credit for its
	// own correspondent opens the paragraph before the place (and would
	// otherwise read as a place with a region).
	if rest, ok := lx.cutLeadIn(para); ok {
		return lx.readDatelineAt(rest, site)
	}
	if dl := lx.readDatelineAt(para, site); dl != nil {
		return dl
	}
	// "BREAKING: LONDON (Reuters) - …", "Exclusive: KUPANG - …": a label
	// and its colon may lead in to the dateline.
	if rest, ok := lx.cutLeadLabel(para); ok {
		return lx.readDatelineAt(rest, site)
	}
	return nil
}

// propertyDateline reads the schema.org dateline property (props, most
// trusted first) where no row read the body's opening: a value must read
// as a dateline does ("PARIS (AFP) —", "KUCHING, Dec 2", "WASHINGTON"),
// or the whole of it as one place ("Springfield, Ill.", "Lyon"), which
// the property itself says it is. A date, a sentence or a name of more
// words than a place has reads as none. Where the head of one of the
// first two paragraphs holds the place, it is taken as printed there.
// The dateline is what the page prints (FIELDS.md): a value the reader
// never sees (JSON-LD, a <meta>'s content) counts only where the body
// prints its place; an itemprop=dateline element's text is printed.
func (lx *lexicon) propertyDateline(props []extract.Field, paras []string, site string) *kabar.Dateline {
	for _, f := range props {
		dl := lx.readProperty(f.Value, site)
		if dl == nil {
			continue
		}
		printed := ""
		for _, para := range paras[:min(2, len(paras))] {
			if printed = printedIn(para, dl.Place); printed != "" {
				dl.Place = printed
				break
			}
		}
		if printed == "" && unseenField(f.Source) {
			continue
		}
		return dl
	}
	return nil
}

// unseenField says a field's source is none a reader sees on the page:
// JSON-LD or a <meta>'s content.
func unseenField(source string) bool {
	return strings.HasPrefix(source, "jsonld") || strings.HasPrefix(source, "meta:")
}

// readProperty reads one value of the dateline property (see
// propertyDateline); nil when it names no place.
func (lx *lexicon) readProperty(v, site string) *kabar.Dateline {
	if dl := lx.readDateline(v, site); dl != nil && dl.Place != "" {
		return dl
	}
	toks := tokenizeDateline(v)
	for _, elems := range propertyShapes {
		if m, ok := lx.matchDateline(elems, toks, v, site); ok && m.placeEnd > m.placeStart {
			return &kabar.Dateline{Place: strings.TrimSpace(v[m.placeStart:m.placeEnd])}
		}
	}
	return nil
}

// witnessDateline weighs the body's dateline dl, read from para, against
// the dateline property: where the first value that names a place names
// another one, which para's dateline head holds as a whole phrase ("From
// Our Correspondent, Lahore —" read whole, the property "Lahore"), the
// place is the property's, as para prints it; the source stays the
// body's. A body's place that opens with the property's ("WASHINGTON,
// D.C." and "Washington") stands, as does dl otherwise.
func (lx *lexicon) witnessDateline(dl *kabar.Dateline, para string, props []extract.Field, site string) *kabar.Dateline {
	for _, f := range props {
		w := lx.readProperty(f.Value, site)
		if w == nil {
			continue
		}
		// "WASHINGTON, D.C." read, the property "Washington": the
		// body's reading is the fuller.
		if len(dl.Place) >= len(w.Place) && strings.EqualFold(dl.Place[:len(w.Place)], w.Place) {
			return dl
		}
		if printed := printedIn(para, w.Place); printed != "" {
			return &kabar.Dateline{Place: printed, Source: dl.Source}
		}
		return dl
	}
	return dl
}

// printedIn gives place as para's dateline head (its first
// maxDatelineHead bytes) prints it, case aside, as a whole phrase: after
// the start, a space or a comma, and before no letter or digit; "" when
// the head does not hold it.
func printedIn(para, place string) string {
	head := para[:min(len(para), maxDatelineHead)]
	at := indexFold(head, place)
	if at < 0 || at > 0 && head[at-1] != ' ' && head[at-1] != ',' ||
		at+len(place) < len(head) && isWordByte(head[at+len(place)]) {
		return ""
	}
	return head[at : at+len(place)]
}

// indexFold is the byte offset of the first match of sub in s with case
// folded (same byte lengths only), or -1.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) && utf8.ValidString(s[i:i+len(sub)]) {
			return i
		}
	}
	return -1
}

// isWordByte says b continues a word: a letter or digit of ASCII, or a
// byte of a multi-byte rune.
func isWordByte(b byte) bool {
	return b >= utf8.RuneSelf || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// propertyShapes are the shapes a dateline property's whole value may
// take beyond the table's: a place of any kind, alone, before a dash, or
// with a date.
var propertyShapes = [][]dlElem{
	{dlPlace, dlEnd},
	{dlPlace, dlDash, dlEnd},
	{dlPlace, dlComma, dlDate, dlEnd},
	{dlPlace, dlComma, dlDate, dlDash, dlEnd},
}

// cutLeadIn cuts a correspondent's lead-in of [dateline-leadins] ("From
// our correspondent", "De notre correspondant") and the comma after it
// from the start of para. The comma is required: without it the words
// open a sentence.
func (lx *lexicon) cutLeadIn(para string) (string, bool) {
	for _, l := range lx.datelineLeadIns {
		if len(para) <= len(l) || !strings.EqualFold(para[:len(l)], l) {
			continue
		}
		rest, ok := strings.CutPrefix(para[len(l):], ",")
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " \u00a0")
		return rest, rest != ""
	}
	return "", false
}

// cutLeadLabel cuts a label of the lexicons ([labels]) and its colon ("UPDATE:",
// "Exclusive:") from the start of para.
func (lx *lexicon) cutLeadLabel(para string) (string, bool) {
	head, rest, ok := strings.Cut(para, ":")
	l := strings.ToLower(strings.TrimSpace(head))
	// A byline's or credit's label ("Reporter:", "Foto:") leads in to a
	// name, not to the body.
	// A label of several words ("Baca juga:", "Read more:") leads in to
	// another story's title.
	if !ok || strings.Contains(l, " ") || !lx.labels[l] || lx.bylineTexts[l] || slices.Contains(lx.creditLabels, l) {
		return "", false
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	return rest, rest != ""
}

// readDatelineAt reads the dateline opening para (see readDateline).
func (lx *lexicon) readDatelineAt(para, site string) *kabar.Dateline {
	toks := tokenizeDateline(para)
	var memo spanMemo
	for _, row := range lx.datelineRows {
		m, ok := lx.matchDatelineMemo(row.elems, toks, para, site, &memo)
		if !ok {
			continue
		}
		dl := &kabar.Dateline{Source: m.source}
		if m.placeEnd > m.placeStart {
			dl.Place = upperPlaceAfterName(strings.TrimSpace(para[m.placeStart:m.placeEnd]))
		}
		return dl
	}
	return nil
}

// maxGluedNameWords is the most words of a byline's name that a page may
// set before the dateline in one paragraph ("Jane Q. Roe WASHINGTON —").
const maxGluedNameWords = 4

// upperPlaceAfterName gives the place in capitals that ends place when
// the words before it are in mixed case with no comma between them: a
// byline the page set in the dateline's paragraph ("Jane Roe WASHINGTON
// —", the name's element and the place's run together), whose name is
// no part of the place. A dateline's place is in one case throughout
// ("PORT ELLIS", "Port Ellis"); a region after a comma may differ
// ("FORT WORTH, Texas", "Mataram, NTB"), and stays.
func upperPlaceAfterName(place string) string {
	if strings.IndexByte(place, ',') >= 0 || !strings.ContainsRune(place, ' ') {
		return place
	}
	ws := strings.Fields(place)
	k := len(ws)
	for k > 0 && isUpperWord(ws[k-1]) {
		k--
	}
	if k == 0 || k == len(ws) || k > maxGluedNameWords || len([]rune(strings.Join(ws[k:], ""))) < 3 {
		return place
	}
	for _, w := range ws[:k] {
		// "Q.", "J.R.": a name's initials are in capitals.
		initial := dottedInitials(w) || strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) == 2
		if !isCapitalised(w) || isUpperWord(w) && !initial {
			return place
		}
	}
	return place[strings.Index(place, ws[k]):]
}

// matchDateline tries one row on toks; the body must not go on with a
// lower-case word after the dateline ("Budi - yang …" is an aside).
func (lx *lexicon) matchDateline(elems []dlElem, toks []dlTok, para, site string) (dlMatch, bool) {
	return lx.matchDatelineMemo(elems, toks, para, site, nil)
}

// matchDatelineMemo is matchDateline keeping its readings in memo, which
// may be nil.
func (lx *lexicon) matchDatelineMemo(elems []dlElem, toks []dlTok, para, site string, memo *spanMemo) (dlMatch, bool) {
	m := dlMatch{placeStart: -1}
	if !lx.matchFrom(elems, toks, 0, para, site, &m, memo) {
		return m, false
	}
	if m.placeStart < 0 {
		m.placeStart, m.placeEnd = 0, 0
	}
	if m.end < len(toks) && m.end > 0 && toks[m.end-1].kind != tComma && toks[m.end].kind == tWord && lowerWord(toks[m.end].text) {
		return m, false
	}
	last := elems[len(elems)-1]
	if last != dlEnd && last != dlText && (m.end >= len(toks) || toks[m.end-1].end > maxDatelineHead) {
		return m, false
	}
	// "Budi Santoso - ketua RT - mengatakan": a name in mixed case set
	// off by a pair of dashes is an aside, not a dateline.
	if len(elems) == 2 && elems[0] == dlPlace && elems[1] == dlDash && !m.placeUpper &&
		countFields(para[m.placeStart:m.placeEnd]) > 1 {
		rest := para[toks[m.end-1].end:]
		if len(rest) > 100 {
			rest = rest[:100]
		}
		if strings.Contains(rest, " "+toks[m.end-1].text+" ") {
			return m, false
		}
	}
	return m, true
}

// matchFrom matches elems against toks from token i, trying the longer
// readings of a place or date first and backing off. memo, which may be
// nil, keeps the readings for the other rows tried on toks.
func (lx *lexicon) matchFrom(elems []dlElem, toks []dlTok, i int, para, site string, m *dlMatch, memo *spanMemo) bool {
	if len(elems) == 0 {
		m.end = i
		return true
	}
	if i >= len(toks) {
		return false
	}
	e, rest := elems[0], elems[1:]
	t := toks[i]
	switch e {
	case dlComma, dlDash, dlColon, dlStop, dlEnd, dlBar:
		return t.kind == separatorKind(e) && lx.matchFrom(rest, toks, i+1, para, site, m, memo)
	case dlText:
		return t.kind == tWord && !lowerWord(t.text) && lx.matchFrom(rest, toks, i, para, site, m, memo)
	case dlBracketed, dlWire:
		want := tBracket
		if e == dlWire {
			want = tWire
		}
		// A bracket opening the paragraph must name an outlet outright;
		// after a place, the shape itself says it is the source.
		if t.kind != want || !(lx.isBracketSource(t.text) && (i > 0 || lx.isNamedOutlet(t.text, site))) {
			return false
		}
		// "Halle (Saale) -", "Sète (Hérault) –": after a place, the
		// bracket is the town's, never its agency.
		if want == tBracket && i > 0 && lx.regionBracket(t.text) {
			return false
		}
		old := m.source
		m.source = t.text
		if lx.matchFrom(rest, toks, i+1, para, site, m, memo) {
			return true
		}
		m.source = old
		return false
	case dlOutlet, dlAgency:
		// "AFP, AP and Reuters, KYIV", "AFP/Reuters, PARIS": a list of
		// wires, longest first.
		for _, n := range lx.wireList(toks, i, e, site) {
			old := m.source
			m.source = para[t.start:toks[i+n-1].end]
			if lx.matchFrom(rest, toks, i+n, para, site, m, memo) {
				return true
			}
			m.source = old
		}
		for n := min(3, wordsAhead(toks, i)); n >= 1; n-- {
			s := para[t.start:toks[i+n-1].end]
			// An outlet of several words has no domain in it ("CNN
			// Indonesia", "IDN Times"; not "Laporan Wartawan X.com").
			if n > 1 && strings.Contains(s, ".") {
				continue
			}
			// "Jakarta, IDN Times -": a lone word of outlet names
			// ("Times", "Post") glued to the word before ends a longer
			// name, which is no place.
			if n == 1 && i > 0 && toks[i-1].kind == tWord && !lx.outlets[strings.ToLower(s)] && lx.outletWordSet[strings.ToLower(s)] {
				continue
			}
			// "BREAKING NEWS — …": a label is no outlet.
			if lx.isLabel(strings.ToLower(s)) {
				continue
			}
			var ok bool
			if e == dlAgency {
				ok = lx.isAgency(s)
			} else {
				// After a place, the site's own name is its outlet
				// even without its domain ("Jakarta, Beritaku —" on
				// Beritaku); opening the dateline it may be the city
				// ("CLEVELAND, Ohio" on cleveland.com).
				//
				// "Beritaku — Medan, …", "KABARKU - KENDARI -",
				// "KABARKU, KENDARI -": opening the dateline, the
				// site's own name is its outlet when a dash and a place
				// follow, or a comma and a place in capitals, which a
				// city's name never has ("CLEVELAND, Ohio" on
				// cleveland.com is the city and its state). The cheap
				// tests go before the site keys.
				//
				// "BERLIN taz |", "HAMBURG epd |": before a bar, a
				// short lower-case mark is the outlet's, as in brackets.
				ok = lx.isNamedOutlet(s, site) || len(rest) > 0 && rest[0] == dlBar && lowerWord(s) && lx.lowerMark(s) ||
					site != "" && (i > 0 || len(rest) > 1 && isPlaceElem(rest[1]) &&
						(rest[0] == dlDash || rest[0] == dlComma && i+n+1 < len(toks) && isUpperWord(toks[i+n+1].text))) &&
						siteKey(s) == siteKey(site)
			}
			if !ok {
				continue
			}
			old := m.source
			m.source = s
			if lx.matchFrom(rest, toks, i+n, para, site, m, memo) {
				return true
			}
			m.source = old
		}
		return false
	case dlDate:
		for _, n := range memo.dateSpans(lx, toks, i) {
			if lx.matchFrom(rest, toks, i+n, para, site, m, memo) {
				return true
			}
		}
		return false
	case dlPlace, dlStrongPlace, dlUpperPlace, dlCity, dlKnownPlace:
		spans := memo.placeSpans(lx, toks, i, e)
		if len(rest) > 0 && rest[0] == dlText {
			spans = lx.gluedPlaceSpans(toks, i, spans)
		}
		for _, n := range spans {
			old := *m
			m.placeStart, m.placeEnd = t.start, toks[i+n-1].end
			m.placeUpper = isUpperWord(strings.ReplaceAll(para[m.placeStart:m.placeEnd], " ", ""))
			if lx.matchFrom(rest, toks, i+n, para, site, m, memo) {
				return true
			}
			*m = old
		}
		return false
	}
	return false
}

// isPlaceElem says e stands for a place.
func isPlaceElem(e dlElem) bool {
	return e == dlPlace || e == dlStrongPlace || e == dlUpperPlace || e == dlCity || e == dlKnownPlace
}

// wireList lists the token counts, longest first, of a list of two or
// more wires from i: single words each of which the row's element takes
// alone (isAgency for AGENCY, isNamedOutlet for OUTLET) or a newsroom
// word for the wires ("Agencies"), joined by commas, a conjunction or a
// slash ("AFP, AP and Reuters", "AFP/Reuters"). A list of one slashed
// word counts ("AFP/Reuters"); one ending in a separator does not.
func (lx *lexicon) wireList(toks []dlTok, i int, e dlElem, site string) []int {
	one := func(w string) bool {
		if w == "" {
			return false
		}
		for _, p := range strings.Split(w, "/") {
			if lx.newsroomWires[strings.ToLower(p)] {
				continue
			}
			if e == dlAgency && !lx.isAgency(p) || e == dlOutlet && !lx.isNamedOutlet(p, site) {
				return false
			}
		}
		return true
	}
	var out []int
	items := 0
	for j := i; j < len(toks) && j-i < maxDatelineTokens; {
		t := toks[j]
		if t.kind != tWord || !one(t.text) {
			break
		}
		items++
		if items >= 2 || strings.Contains(t.text, "/") {
			out = append([]int{j - i + 1}, out...)
		}
		// The separator before the next wire.
		k := j + 1
		if k < len(toks) && (toks[k].kind == tComma || toks[k].kind == tWord && lx.isConjunction(strings.ToLower(toks[k].text))) {
			j = k + 1
			continue
		}
		break
	}
	// "Agencies" alone credits the wires as a newsroom word does.
	if len(out) == 0 && i < len(toks) && toks[i].kind == tWord && lx.newsroomWires[strings.ToLower(toks[i].text)] {
		out = append(out, 1)
	}
	return out
}

// knownPlaces says phrase is two or more places the lexicons know joined
// by slashes ("brüssel/berlin", "london/teheran"): a dateline of a story
// filed from several cities.
func (lx *lexicon) knownPlaces(phrase string) bool {
	parts := strings.Split(phrase, "/")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "" || !lx.datelinePlaces[p] && lx.placeAt(fields(p)) != countFields(p) {
			return false
		}
	}
	return true
}

// datelineWires splits a dateline's source into its wires: "AFP, AP and
// Reuters", "dpa/AFP" give each name; one outlet gives itself.
func (lx *lexicon) datelineWires(src string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(src, func(r rune) bool { return r == ',' || r == '/' }) {
		var cur []string
		for _, w := range fields(part) {
			if lx.isConjunction(strings.ToLower(w)) {
				if len(cur) > 0 {
					out = append(out, strings.Join(cur, " "))
				}
				cur = cur[:0]
				continue
			}
			cur = append(cur, w)
		}
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
		}
	}
	return out
}

// placeBracket says the bracket at toks[i] belongs to the place before
// it: a river or region of a town's official name ("Halle (Saale)",
// "Frankfurt (Oder)"), or a capitalised name no lexicon knows as an
// outlet that another bracket follows, which is then the agency ("Weiden
// (Oberpfalz) (dpa)"), or that a comma and a date follow ("Kestrelpur
// (Veloria), Dec. 3 —").
func (lx *lexicon) placeBracket(toks []dlTok, i int) bool {
	t := toks[i]
	if t.kind != tBracket || t.text == "" {
		return false
	}
	if lx.regionBracket(t.text) {
		return true
	}
	// "New Delhi [India], Nov 3 (ANI):": the country in square
	// brackets, which no agency is printed in, is the place's.
	if t.square {
		return isCapitalised(t.text) && countFields(t.text) <= 3 && !lx.isOutlet(t.text) && !lx.isAgency(t.text)
	}
	if !isCapitalised(t.text) || countFields(t.text) > 2 || lx.isOutlet(t.text) || lx.isAgency(t.text) {
		return false
	}
	// "Kestrelpur (Veloria), Dec. 3 —": a comma and a date after the
	// bracket; a wire names its agency after the date, never before.
	if i+2 < len(toks) && toks[i+1].kind == tComma && len(lx.dateSpans(toks, i+2)) > 0 {
		return true
	}
	return i+1 < len(toks) && toks[i+1].kind == tBracket && t.spaced
}

// regionBracket says s, bracketed after a town, names the region the
// town lies in, not an agency: a river or region of [place-regions]
// ("Saale", "Hérault", "Asturias") or a place the lexicons know
// ("Marbella (Málaga)", "Springfield (Illinois)"), spelled out, that no
// lexicon lists as an outlet. The wires a dateline brackets are agencies, never
// places.
func (lx *lexicon) regionBracket(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	if lx.placeRegions[l] {
		return true
	}
	// An acronym the lexicons list as a place may be an agency's too
	// ("NTB"): only a spelled-out name counts here.
	if l == "" || !isCapitalised(s) || isUpperWord(strings.ReplaceAll(s, " ", "")) || lx.outlets[l] || lx.isOutlet(s) {
		return false
	}
	return lx.places[l] || lx.datelinePlaces[l]
}

// separatorKind is the token kind a separator of the table stands for.
func separatorKind(e dlElem) dlTokKind {
	switch e {
	case dlComma:
		return tComma
	case dlDash:
		return tDash
	case dlColon:
		return tColon
	case dlStop:
		return tStop
	case dlBar:
		return tBar
	}
	return tEnd
}

// wordsAhead counts the word tokens from i on.
func wordsAhead(toks []dlTok, i int) int {
	n := 0
	for i+n < len(toks) && toks[i+n].kind == tWord {
		n++
	}
	return n
}

// placeSpans lists the token counts, longest first, that read as a place
// from i: one to four words, with up to two ", region" parts ("BUFFALO,
// N.Y.", "Dekalb, Ill."), a short abbreviation keeping its full stop.
func (lx *lexicon) placeSpans(toks []dlTok, i int, e dlElem) []int {
	var ends []int
	at := i
	for parts := 0; parts < maxPlaceParts; parts++ {
		n := 0
		for n < maxPlaceWords && at+n < len(toks) && toks[at+n].kind == tWord {
			w := toks[at+n].text
			// "Belize City, Mon. Nov. 3 –": a day or a month after the
			// comma opens the date, never a region.
			if parts > 0 && n == 0 {
				if lw := strings.ToLower(strings.TrimSuffix(w, ".")); lx.isDay(lw) || lx.isMonth(lw) {
					break
				}
			}
			// "Rio de Janeiro": a small word inside a name.
			if !lx.isPlaceWord(w) && !(n > 0 && (lx.isJoiner(w) || lx.placeJoiners[w])) {
				break
			}
			n++
			ends = append(ends, at+n)
		}
		if n == 0 {
			break
		}
		end := at + n
		// "Wis.", "N.Y.": an abbreviated region keeps its full stop.
		if end < len(toks) && toks[end].kind == tStop && isAbbreviation(toks[end-1].text) {
			end++
			ends = append(ends, end)
		}
		// "Halle (Saale)": a bracket belonging to the town's name;
		// "Mumbai (Maharashtra) [India]": a state and a country.
		for b := 0; b < 2 && end < len(toks) && lx.placeBracket(toks, end); b++ {
			end++
			ends = append(ends, end)
		}
		if end >= len(toks) || toks[end].kind != tComma {
			break
		}
		at = end + 1
	}
	// "Dar es Salaam", "Ho Chi Minh City": a place the lexicons list may
	// hold a small word no joiner list has.
	if w := wordsAhead(toks, i); w > 1 {
		var buf [64]byte // the words lowered, joined by spaces
		for k := min(w, maxPlaceWords); k > 1; k-- {
			if slices.Contains(ends, i+k) {
				continue
			}
			b := buf[:0]
			for j, t := range toks[i : i+k] {
				if j > 0 {
					b = append(b, ' ')
				}
				b = appendLower(b, t.text) // strings.ToLower, without a copy
			}
			if lx.datelinePlaces[string(b)] {
				ends = append(ends, i+k)
				slices.Sort(ends)
				break
			}
		}
	}
	var out []int
	for k := len(ends) - 1; k >= 0; k-- {
		if n := ends[k] - i; lx.placeOK(toks, i, n, e) {
			out = append(out, n)
		}
	}
	return out
}

// gluedPlaceSpans picks, for a place the body follows with no separator
// ("Liputan6.com, Jakarta Warga …"), where the place ends: an upper-case
// run ("JAKARTA Warga"), else a place the lexicons know ("Bandar
// Lampung"), else one word.
func (lx *lexicon) gluedPlaceSpans(toks []dlTok, i int, spans []int) []int {
	n := wordsAhead(toks, i)
	up := 0
	for up < n && up < maxPlaceWords && isUpperWord(toks[i+up].text) {
		up++
	}
	var ws []string
	for k := 0; k < n && k < 3; k++ {
		ws = append(ws, toks[i+k].text)
	}
	want := 1
	switch {
	case up > 0:
		// "JAKARTA Warga …"; a run all in upper case up to a comma
		// ("Reuters, SAN FRANCISCO, California") is one place, which
		// the TEXT row then leaves to a row without it.
		want = up
	case n > 2 && lx.placeAt(ws) < 2 && lx.isPlaceHead(strings.ToLower(ws[0])) && isCapitalised(ws[1]):
		want = 2 // "Kabupaten Bogor Warga …": a head is followed by its name
	case lx.placeAt(ws) > 0:
		want = lx.placeAt(ws)
	}
	for _, s := range spans {
		if s == want {
			return []int{s}
		}
	}
	return nil
}

// placeOK says the n tokens from i make a place of the kind e asks for.
func (lx *lexicon) placeOK(toks []dlTok, i, n int, e dlElem) bool {
	var ws []string
	parts := 1
	region := false // a region in brackets: "Sète (Hérault)", "Pune [India]"
	for _, t := range toks[i : i+n] {
		switch t.kind {
		case tWord:
			ws = append(ws, t.text)
		case tComma:
			parts++
		case tBracket:
			region = region || t.square || lx.regionBracket(t.text)
		}
	}
	if len(ws) == 0 || !isCapitalised(ws[len(ws)-1]) {
		return false
	}
	// The words joined and lowered: an ASCII run that fits is lowered on
	// the stack, first its leading word (as strings.ToLower would give
	// them; lowering ASCII keeps every byte's place). phrase must not
	// escape: knownPlaces, which keeps parts of it, is given a copy, and
	// only for a phrase with a slash (it says no to any other).
	var buf [64]byte
	var first, phrase string
	if n, ok := lowerJoinASCII(&buf, ws); ok {
		phrase = string(buf[:n])
		first = phrase[:len(ws[0])]
	} else {
		first, phrase = strings.ToLower(ws[0]), strings.ToLower(strings.Join(ws, " "))
	}
	if len(ws) == 1 && (lx.isStopword(first) || lx.isMonth(first)) {
		return false
	}
	// "Frankfurt am Main", not "Scholz im Interview": a town's small
	// word stands before the river or region that ends its name.
	for _, w := range ws[1:] {
		if lx.placeJoiners[w] && !lx.isJoiner(w) && !lx.placeRegions[strings.ToLower(ws[len(ws)-1])] {
			return false
		}
	}
	if lx.isLabel(phrase) || len(ws) > 1 && (lx.labels[first] || lx.isLabel(first)) || lx.outlets[phrase] || slices.Contains(lx.creditAgency, phrase) {
		return false
	}
	// "Laporan Wartawan X", "By Jane Roe": a byline's label opens it.
	// (hasPrefixBefore(phrase, b.text, ' ') for some byline b, by
	// looking up each prefix of phrase that a space follows)
	for i := 0; i < len(phrase); i++ {
		if phrase[i] == ' ' && lx.bylineTexts[phrase[:i]] {
			return false
		}
	}
	// "Serie A –", "Coppa Italia –", "Bundesliga –": a sports page opens
	// on the competition its story is about, set off as a dateline is.
	// No town's name holds a word of [competitions], in any case.
	for _, w := range ws {
		if lx.competitions[strings.ToLower(w)] {
			return false
		}
	}
	upper := true
	for _, w := range ws {
		if !isUpperWord(w) {
			upper = false
		}
	}
	// "Big Win For Locals –": a headline set in title case before the
	// dash capitalises its small words; a town's name keeps them lower
	// case ("Isle of Wight") or has only its joiners ("Rio De Janeiro").
	if !upper && len(ws) > 2 {
		for _, w := range ws[1:] {
			lw := strings.ToLower(w)
			if isCapitalised(w) && lx.isStopword(lw) && !lx.isJoiner(lw) && !lx.placeJoiners[lw] && !lx.datelinePlaces[phrase] {
				return false
			}
		}
	}
	// "Jane Whitaker – The council …": two words in mixed case that open
	// with a given name are a person's name, unless the lexicons know the
	// place ("Austin" alone, "Victoria, B.C." with its region, stay places).
	if !upper && parts == 1 && len(ws) == 2 && !lx.isJoiner(strings.ToLower(ws[1])) && lx.isGivenName(first) &&
		lx.placeAt(ws) != 2 && !lx.datelinePlaces[phrase] {
		return false
	}
	// "Manchester United –", "Chelsea FC —": a name in mixed case with
	// a word of organisations is a club or a body, unless the lexicons
	// know the place ("Kansas City" keeps its "City").
	if !upper && parts == 1 && len(ws) > 1 && lx.placeAt(ws) != len(ws) && !lx.datelinePlaces[phrase] {
		for _, w := range ws[1:] {
			if lw := strings.ToLower(w); lx.isOrgWord(lw) && lw != "city" {
				return false
			}
		}
	}
	switch e {
	case dlCity:
		return parts == 1 && len(ws) == 1
	case dlUpperPlace:
		return upper && len([]rune(strings.Join(ws, ""))) >= 3
	case dlStrongPlace:
		return upper && len([]rune(strings.Join(ws, ""))) >= 3 || parts > 1 || region || lx.placeAt(ws) == len(ws) || lx.datelinePlaces[phrase] ||
			strings.IndexByte(phrase, '/') >= 0 && lx.knownPlaces(strings.Clone(phrase))
	case dlKnownPlace:
		// A word in capitals alone over the story may be a section's
		// kicker ("POLITICS"), one in mixed case a topic's tag
		// ("Indonesia"); a town the lexicons know in capitals, or one
		// in capitals with its region ("SPRINGFIELD, Ill."), is neither.
		return isUpperWord(ws[0]) && (parts == 1 && upper && (lx.placeAt(ws) == len(ws) || lx.datelinePlaces[phrase]) || parts > 1)
	}
	return true
}

// lowerJoinASCII writes strings.ToLower(strings.Join(ws, " ")) into buf
// when every word is ASCII and the whole fits, and returns its length;
// ok is false otherwise, and buf is not to be read.
func lowerJoinASCII(buf *[64]byte, ws []string) (n int, ok bool) {
	for k, w := range ws {
		if k > 0 {
			if n == len(buf) {
				return 0, false
			}
			buf[n] = ' '
			n++
		}
		if len(w) > len(buf)-n {
			return 0, false
		}
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= utf8.RuneSelf {
				return 0, false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
		}
	}
	return n, true
}

// isPlaceWord says w can be a word of a place name: capitalised (or a
// short particle inside a name), no digits, not a reporting verb, title,
// day or outlet.
func (lx *lexicon) isPlaceWord(w string) bool {
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w {
		if unicode.IsDigit(c) || c == '@' || c == '#' {
			return false
		}
	}
	lw := strings.ToLower(w)
	if lx.isVerb(lw) || lx.isTitleWord(lw) || lx.isDay(lw) || lx.outlets[lw] {
		return false
	}
	// "Dr. Jane Roe –": a title or honorific abbreviated with its full
	// stop opens a person's name.
	if t := strings.TrimSuffix(lw, "."); t != lw && (lx.isTitleWord(t) || lx.honorifics[t]) {
		return false
	}
	return !(isDomainLike(w) && !isAbbreviation(w))
}

// isAbbreviation says w is an abbreviation that keeps a full stop:
// initials ("N.Y", "D.C") or a short capitalised word ("Calif", "Wis").
func isAbbreviation(w string) bool {
	if strings.Contains(w, ".") {
		for _, p := range strings.Split(w, ".") {
			if utf8.RuneCountInString(p) > 2 {
				return false
			}
		}
		return true
	}
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 5 && isCapitalised(w) && !isUpperWord(w)
}

// dateSpans lists the token counts, longest first, that read as a date
// from i: month and day names, numbers, years and numeric dates, with
// the commas and full stops between them ("April 25, 2024", "3 Mei
// 2024", "Nov. 22", "22/11/2024"). A date has a month or is numeric.
func (lx *lexicon) dateSpans(toks []dlTok, i int) []int {
	var spans []int
	month, year := false, false
	for j := i; j < len(toks) && j-i < 8; j++ {
		t := toks[j]
		afterYear := year
		year = false
		switch t.kind {
		case tWord:
			w := strings.ToLower(t.text)
			// "Mon.", "Tues.": an abbreviated day keeps its full stop
			// in the word.
			if d := strings.TrimSuffix(w, "."); d != w && lx.isDay(d) {
				w = d
			}
			switch {
			case lx.isMonth(w):
				month = true
			case isNumericDate(w):
				month = true
			case lx.isDay(w):
				month = true // "Jakarta, Selasa (ANTARA) -"
			case utf8.RuneCountInString(w) <= 3 && lx.isStopword(w) && !isCapitalised(t.text):
				// "le 3 mai", "3 de diciembre", "am 3. Mai"
			case afterYear && lx.yearMarks[w]:
				// "3 maja 2024 r.": the word a language writes after
				// the year belongs to the date.
			default:
				d, ok := parseOrdinal(w)
				if !ok {
					return spans
				}
				year = d >= minYear && d <= 2200
				// "MADRID, 25 (EUROPA PRESS) -": the day of the month
				// alone, before the agency.
				if j == i && d >= 1 && d <= 31 && j+1 < len(toks) && toks[j+1].kind == tBracket {
					spans = append([]int{1}, spans...)
				}
			}
			if month {
				spans = append([]int{j - i + 1}, spans...)
			}
		case tStop:
			if month {
				spans = append([]int{j - i + 1}, spans...)
			}
		case tComma:
		case tBracket:
			// "Selasa (25/11)": a day and its date in brackets.
			if !month || !isNumericDate(t.text) {
				return spans
			}
			spans = append([]int{j - i + 1}, spans...)
		default:
			return spans
		}
	}
	return spans
}

// isMonth says w is a month name of the lexicons or its abbreviation of
// three or four letters ("dic", "sept").
func (lx *lexicon) isMonth(w string) bool {
	if _, ok := lx.months[w]; ok {
		return true
	}
	if n := utf8.RuneCountInString(w); n < 3 || n > 4 {
		return false
	}
	return lx.monthHeads[w] // a month's name opens with w
}

// isNumericDate reads "22/11/2024", "15.04.2026", "2024-11-22".
func isNumericDate(w string) bool {
	seps := 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
		case r == '/' || r == '.' || r == '-':
			seps++
		default:
			return false
		}
	}
	// "3/6": a day and a month of one digit each are written so too
	// ("Bandung, 3/6 (ANTARA) -"); "3.5" or "3-1" so short is a number
	// or a score.
	return seps >= 1 && (len(w) >= 4 || len(w) == 3 && w[1] == '/')
}

// isBracketSource says s, bracketed after a place, can be the source of
// a dateline: a short capitalised name or a domain.
func (lx *lexicon) isBracketSource(s string) bool {
	if s == "" || len(s) > maxSourceInBrack || !hasLetter(s) {
		return false
	}
	if lx.isSourceName(s, "") {
		return true
	}
	// "(dpa/AFP)": agencies joined by a slash.
	if parts := strings.Split(s, "/"); len(parts) > 1 {
		for _, p := range parts {
			if !lx.isBracketSource(strings.TrimSpace(p)) {
				return false
			}
		}
		return true
	}
	ws := fields(s)
	// "(ots)", "(ant)": a short lower-case agency mark.
	if len(ws) == 1 && lx.lowerMark(s) {
		return true
	}
	if len(ws) > 4 || !isCapitalised(ws[0]) {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(w)
		if lx.isVerb(lw) || lx.isDay(lw) || lx.isMonth(lw) || !isCapitalised(w) && !lx.isJoiner(lw) {
			return false
		}
	}
	return true
}

// lowerMark says s is one short word of letters that is no stopword,
// as an agency's or paper's mark in lower case is ("ots", "taz", "epd").
// Only a shape that sets it apart (brackets, a bar) reads it so.
func (lx *lexicon) lowerMark(s string) bool {
	return utf8.RuneCountInString(s) <= 5 && isLetters(s) && !lx.isStopword(strings.ToLower(s))
}

// isAgency says s is written as a wire agency: a known outlet or an
// all-caps acronym of up to three letters that is no place the lexicons
// know.
func (lx *lexicon) isAgency(s string) bool {
	l := strings.ToLower(s)
	if lx.outlets[l] {
		return true
	}
	// An acronym no lexicon knows is taken up to three letters ("PNA",
	// "BSS"): longer capitals over a story are mostly a city the
	// lexicons do not list ("MANILA, Philippines", "LAGOS, NIGERIA"),
	// which must not become an agency and so the byline.
	n := utf8.RuneCountInString(s)
	return !strings.Contains(s, " ") && isUpperWord(s) && n >= 2 && n <= maxUnknownAgencyRunes && !lx.places[l] && !lx.isLabel(l)
}

// maxUnknownAgencyRunes is the longest all-caps word read as an agency
// that no lexicon lists (see isAgency).
const maxUnknownAgencyRunes = 3

// isLabel says a paragraph's first words are a label ("UPDATE", "Foto",
// "Reporter"), which a colon or dash follows as it would a place.
func (lx *lexicon) isLabel(l string) bool {
	return lx.labelSet[l] // labels, the bylines' texts, creditLabels
}

// isLetters says s is letters only.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// hasLetter says s has a letter.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// startsUpperLetter says s starts with an upper-case letter.
func startsUpperLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// lowerWord says s is a lower-case word: it starts with a lower-case
// letter and has no capital after it. A name written with a lower-case
// first letter and a capital inside ("eBay", "iPhone", "mRNA") opens a
// sentence as a capitalised word does.
func lowerWord(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) && !strings.ContainsFunc(s[size:], unicode.IsUpper)
}

// isSourceName says s can be the source in a dateline: an outlet of the
// lexicon, a domain-like name, an all-caps agency, or the site's name.
func (lx *lexicon) isSourceName(s, site string) bool {
	if s == "" || len(s) > 40 || !hasLetter(s) {
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
	if s == "" || !hasLetter(s) {
		return false
	}
	// The site's name counts only when written with its domain: a
	// "CLEVELAND, Ohio -" dateline on cleveland.com names a city.
	if (site != "" && strings.EqualFold(s, site) && strings.Contains(s, ".")) || lx.isOutlet(s) || lx.looksLikeOutlet(s) {
		return true
	}
	if brandCased(s) {
		return true
	}
	// "CNBC Indonesia", "Kompas TV": a known outlet's edition.
	first, rest, ok := strings.Cut(s, " ")
	return ok && lx.outlets[strings.ToLower(first)] && countFields(rest) <= 2 && isCapitalised(rest)
}

// brandCased says s is one word written as a brand is, a capital inside
// it after a first part of four letters or more ("InfoPublik", "HarianPos",
// "TechWire"): no town's name is, and a surname's inner capital follows
// a particle of two or three letters ("McAllen", "DeKalb", "MacArthur").
// Only the dateline reads it so: a given name may be cased so too.
func brandCased(s string) bool {
	lower := 0
	for i, r := range s {
		switch {
		case i == 0:
			if !unicode.IsUpper(r) {
				return false
			}
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r):
			return lower >= 3 && i+1 < len(s)
		default:
			return false
		}
	}
	return false
}

// looksLikeOutlet says s is written as a news outlet is in a dateline:
// with a domain ending of the lexicons ("Liputan6.com", "REPUBLIKA.CO.ID",
// "TEMPO.CO") or as one word ending in "news" ("Tribunnews", "detikNews").
func (lx *lexicon) looksLikeOutlet(s string) bool {
	var buf [32]byte
	if n, ok := lowerASCIIInto(&buf, s); ok {
		return lx.looksLikeOutletLower(string(buf[:n]))
	}
	return lx.looksLikeOutletLower(strings.ToLower(s))
}

// looksLikeOutletLower is looksLikeOutlet for l in lower case.
func (lx *lexicon) looksLikeOutletLower(l string) bool {
	// Every suffix opens with "." (the lexicon files it so): a name
	// without one ends with none and holds none.
	if strings.IndexByte(l, '.') >= 0 {
		for _, suf := range lx.outletSuffixes {
			if strings.HasSuffix(l, suf) || containsFollowedBy(l, suf, '/') {
				return true
			}
		}
	}
	return strings.HasSuffix(l, " news") || (!strings.Contains(l, " ") && strings.HasSuffix(l, "news"))
}

// cityStopDateline reads the dateline German papers set as a sentence of
// its own ("Duisburg. Erste Entwürfe zeigen …", "Bad Homburg. Die Stadt
// …", "Frankfurt am Main. Die Börse …") when the place is none the
// lexicons know, so that the PLACE! STOP row cannot take it: one to four
// capitalised words (with a town's small words between them) and a full
// stop open the first paragraph, the body goes on with a capital, and
// the article elsewhere puts the same words after a preposition of place
// ("in Duisburg", "aus Bad Homburg"). Without that the words may as well
// be a short sentence ("Endlich. Nach …", "Neue Regeln. Ab …").
func (lx *lexicon) cityStopDateline(paras []string) *kabar.Dateline {
	if len(paras) == 0 {
		return nil
	}
	first := paras[0]
	head, rest, ok := strings.Cut(first, ". ")
	if !ok || strings.ContainsRune(head, '\t') || !isCapitalised(rest) {
		return nil
	}
	ws := fields(head)
	if len(ws) == 0 || len(ws) > maxPlaceWords || len(ws) == 1 && utf8.RuneCountInString(ws[0]) < 3 {
		return nil
	}
	for k, w := range ws {
		if k > 0 && k < len(ws)-1 && lx.placeJoiners[w] {
			continue
		}
		lw := strings.ToLower(w)
		if !lx.isPlaceWord(w) || isUpperWord(w) || lx.isStopword(lw) || lx.isMonth(lw) || lx.isDay(lw) || lx.isLabel(lw) || lx.isTitleWord(lw) || lx.isOrgWord(lw) {
			return nil
		}
	}
	for i, p := range paras {
		text := p
		if i == 0 {
			text = rest
		}
		toks := fields(text)
		for j := 1; j+len(ws) <= len(toks); j++ {
			if !lx.placePreps[strings.ToLower(toks[j-1])] {
				continue
			}
			// "in Scholz’ Kabinett": a possessive is a person's.
			n := len(ws) - 1
			if !slices.Equal(toks[j:j+n], ws[:n]) || strings.TrimRight(toks[j+n], ".,;:!?)»«“”\"") != ws[n] {
				continue
			}
			return &kabar.Dateline{Place: head}
		}
	}
	return nil
}
