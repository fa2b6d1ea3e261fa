package normalize

import (
	"strings"
	"unicode/utf8"
)

// The cast of an article: every person it names, each once, under the
// fullest form of the name the article gives. News introduces a person in
// full, often with an office ("Sekjen NATO Jens Stoltenberg", "PAHO
// Director Carissa F. Etienne"), and goes on with a surname, a first
// name, a shorter form, a role noun ("the Director", "pelatih itu") or a
// pronoun. The cast is what those later forms resolve to: a speaker is
// written as the member's name, never as the short form.
//
// The cast is built while the article is read, one paragraph after
// another, so a pronoun resolves to someone named before it; the fullest
// name is settled at the end (fullest), so a short form written before the
// full one still comes out full.
//
// Invariants: a member's name holds no titles, offices, places or ages
// (personName strips them before a name reaches the cast); a joined pair
// ("A/B", a doubles pair) is never one member; lookups cost one pass over
// the members, never a scan of the text.
type cast struct {
	members []*member
	// alias maps another name given to a member ("akrab disapa Dani"),
	// in lower case, to the member.
	alias map[string]*member
	// headline holds the names the headline gives, split into words:
	// only a last resort for a speaker the body names by one word
	// ("kata Ma'ruf" under "Wapres Ma'ruf Amin: …"), since a headline
	// in title case glues words to names ("Yuddy Ancam …").
	headline [][]string
	// byline holds the authors' names (nameKey): they are members, so
	// that their short forms resolve, but never the one a pronoun, a
	// role or a profile falls to.
	byline map[string]bool
	// orgs are the organisations the article names in full ("Philippine
	// Bureau of Fisheries and Aquatic Resources"), most recent last:
	// what "the bureau said" stands for. Their words are in orgWords,
	// lower case.
	orgs     []string
	orgWords [][]string
	// recent is the member mentioned last, speaker or not.
	recent *member
	clock  int // mention counter: members' last are its ticks
}

// member is one person of the cast.
type member struct {
	name  string   // the fullest form seen
	words []string // name split into words
	lower []string // words folded for matching (foldName)
	// roles are the lower-case title, role and honorific words seen
	// around the name ("director", "pelatih", "ministre", "mrs"): what a
	// role noun resolves by, and what tells the member's gender.
	roles    []string
	author   bool // the member wrote the article (cast.byline)
	mentions int  // how often named, authors never
	last     int  // clock tick of the last mention
}

func newCast() *cast { return &cast{alias: map[string]*member{}, byline: map[string]bool{}} }

// mention notes a person's name (two words or more; a single word only
// when it resolves) with the role words seen around it, and returns the
// member it belongs to. A name that is a part of a member's ("Budi
// Karya" of "Budi Karya Sumadi") or holds a member's name whole is that
// member, and the longer form becomes the member's name. A joined pair
// ("Fajar Alfian/Muhammad Rian Ardianto") notes each person and returns
// nil: a pair is no speaker.
func (c *cast) mention(name string, roles ...string) *member {
	if strings.Contains(name, "/") {
		for _, part := range strings.Split(name, "/") {
			if part = strings.TrimSpace(part); part != "" {
				c.mention(part, roles...)
			}
		}
		return nil
	}
	words := fields(name)
	if len(words) == 0 {
		return nil
	}
	c.clock++
	var m *member
	if len(words) == 1 {
		m = c.find(name)
		if m == nil {
			return nil
		}
	} else {
		lower := lowerAll(words)
		m = c.findWords(lower)
		if m == nil {
			m = &member{name: name, words: words, lower: lower}
			c.members = append(c.members, m)
		} else if len(words) > len(m.words) {
			m.name, m.words, m.lower = name, words, lower
		}
	}
	m.last = c.clock
	if c.byline[nameKey(m.name)] || m.author {
		m.author = true
		return m // an author: named, but no one's referent
	}
	m.mentions++
	for _, r := range roles {
		if !containsStr(m.roles, r) {
			m.roles = append(m.roles, r)
		}
	}
	c.recent = m
	return m
}

// titled notes a person the article names by one word after a personal
// title ("Prince Andrew": name "Andrew", title "prince"): a member of one
// word, which a fuller form named later takes over as mention does.
func (c *cast) titled(name, title string) *member {
	if c.find(name) == nil {
		words := fields(name)
		c.members = append(c.members, &member{name: name, words: words, lower: lowerAll(words)})
	}
	return c.mention(name, title)
}

// note adds a person's full name to the cast, for a later short form
// to resolve to, without making the person the most recent one.
func (c *cast) note(name string) {
	recent := c.recent
	if m := c.mention(name); m != nil && !m.author {
		m.mentions--
	}
	c.recent = recent
}

// noteOrg notes an organisation's full name, most recent last.
func (c *cast) noteOrg(name string) {
	for i, o := range c.orgs {
		if o == name {
			c.orgs = append(append(c.orgs[:i:i], c.orgs[i+1:]...), name)
			w := c.orgWords[i]
			c.orgWords = append(append(c.orgWords[:i:i], c.orgWords[i+1:]...), w)
			return
		}
	}
	c.orgs = append(c.orgs, name)
	c.orgWords = append(c.orgWords, lowerAll(fields(name)))
}

// orgByNoun is the organisation a noun stands for ("the bureau",
// "el organismo"): the last one named whose name holds the noun, or,
// when generic is set (the noun means any organisation), the last one
// named; "" when none.
func (c *cast) orgByNoun(noun string, generic bool) string {
	for i := len(c.orgs) - 1; i >= 0; i-- {
		if generic || containsStr(c.orgWords[i], noun) {
			return c.orgs[i]
		}
	}
	return ""
}

// minNamePrefix is the shortest short form that may stand for a longer
// first name ("Wisman" for "Wismandari").
const minNamePrefix = 5

// find is the member a surname, first name, other name, short form or
// shorter run of the name stands for, or nil. Among several, the one
// named most often wins, and of those the one named first: news
// introduces a person in full and goes on with the surname, and a
// stray run of capitals ("Nurani Holdbrooks", Holdbrooks' conscience)
// must not take the surname from the person introduced before.
func (c *cast) find(part string) *member {
	return c.findFolded(part, foldName(part))
}

// findLower is find(part) for a part whose lower case lower
// (strings.ToLower(part)) is known, as a token's is: the case is not
// folded again, and a cast that knows no one (no member, no other name)
// answers nil without folding anything.
func (c *cast) findLower(part, lower string) *member {
	if len(c.members) == 0 && len(c.alias) == 0 {
		return nil
	}
	return c.findFolded(part, foldLower(lower))
}

// findFolded is find(part) with lpart, foldName(part), known. (The
// shortest prefix is measured on part as written, as find always has.)
func (c *cast) findFolded(part, lpart string) *member {
	if m, ok := c.alias[lpart]; ok {
		return m
	}
	if strings.Contains(lpart, " ") {
		return c.findWords(fields(lpart))
	}
	var best *member
	for _, m := range c.members {
		if containsStr(m.lower, lpart) && better(m, best) {
			best = m
		}
	}
	if best != nil || len(part) < minNamePrefix {
		return best
	}
	for _, m := range c.members {
		for _, w := range m.lower {
			if len(w) > len(lpart) && strings.HasPrefix(w, lpart) && better(m, best) {
				best = m
			}
		}
	}
	return best
}

// better says m is a likelier referent than best (nil or a member found
// before it in the cast's order): named more often.
func better(m, best *member) bool {
	return best == nil || m.mentions > best.mentions
}

// findWords is the member whose name holds lower as a run of words, or
// whose name lower holds whole; as find picks among several.
func (c *cast) findWords(lower []string) *member {
	var best *member
	for _, m := range c.members {
		if (hasRun(m.lower, lower) || hasRun(lower, m.lower)) && better(m, best) {
			best = m
		}
	}
	return best
}

// bySurname is the member named in two words or more whose last word,
// before any generation suffix (lx.suffixesOnly: "Jr.", "III"), is the
// lower-case l ("Harriet King", "Harriet King Jr." for "king"), the most
// mentioned, or nil: a title word that is a surname too names that person
// when alone.
func (c *cast) bySurname(l string, lx *lexicon) *member {
	var best *member
	for _, m := range c.members {
		n := len(m.lower)
		for n > 2 && lx.suffixesOnly(m.words[n-1:n], m.lower[n-1:n]) {
			n--
		}
		if n >= 2 && m.lower[n-1] == l && better(m, best) {
			best = m
		}
	}
	return best
}

// lookup is the full name a short form stands for, or "".
func (c *cast) lookup(part string) string {
	if m := c.find(part); m != nil {
		return m.name
	}
	return ""
}

// resolve is the name a speaker named so is written as: the member's name
// when the cast knows the person, else the name as given (a new person,
// noted when it is a full name).
func (c *cast) resolve(name string) string {
	if strings.Contains(name, "/") {
		c.mention(name)
		return name
	}
	if m := c.mention(name); m != nil {
		return m.name
	}
	return name
}

// genderOf is the gender ("m", "f") the titles seen around the member
// named name give ("Mrs", "spokeswoman", "Ibu", "husband"), or "" when
// they disagree; when no title tells it, the gender the member's given
// name tells ("Marjorie Ellison"), or "". A title wins over the name: it
// is what the article itself says.
func (c *cast) genderOf(name string, lx *lexicon, lang string) string {
	m := c.find(name)
	if m == nil {
		// A speaker the cast does not hold (a name that is also a
		// place's): its given name alone.
		if ws := fields(name); len(ws) >= 2 {
			if g := lx.givenGender[foldName(ws[0])]; g != "" {
				return g
			}
			return lx.surnameGender(name, lang)
		}
		// A single word the cast does not hold came in after a title
		// ("Prince Andrew", "Queen Sofia") or as a subject: its given
		// name, when the lexicon gives it a gender, tells whom a
		// gendered pronoun may stand for.
		if g := lx.givenGender[foldName(name)]; g != "" {
			return g
		}
		return lx.surnameGender(name, lang)
	}
	g := ""
	for _, r := range m.roles {
		switch rg := lx.genderOfTitle(r, lang); {
		case rg == "":
		case g == "":
			g = rg
		case g != rg:
			return ""
		}
	}
	if g == "" && len(m.words) >= 2 {
		// A single word may be a surname alone; the given name opens
		// a name of two words or more.
		g = lx.givenGender[m.lower[0]]
	}
	if g == "" {
		// Where the language marks it, the surname's form ("Horáková",
		// "Nowicka", "Орлова").
		g = lx.surnameGender(m.name, lang)
	}
	return g
}

// byRole is the member last mentioned with the role word role ("the
// Director" after "PAHO Director Carissa F. Etienne"), or nil.
//
// quals are the words of the role noun between its title and its
// determiner ("dinas" of "kepala dinas itu"): a member whose roles hold
// them all wins over one mentioned later whose roles do not.
func (c *cast) byRole(role string, quals ...string) *member {
	var best *member
	bestQ := false
	for _, m := range c.members {
		if !hasRole(m.roles, role) {
			continue
		}
		q := len(quals) > 0
		for _, w := range quals {
			q = q && containsStr(m.roles, w)
		}
		if best == nil || q && !bestQ || q == bestQ && m.last > best.last {
			best, bestQ = m, q
		}
	}
	return best
}

// holdsRole says some member holds the role word role.
func (c *cast) holdsRole(role string) bool {
	for _, m := range c.members {
		if containsStr(m.roles, role) {
			return true
		}
	}
	return false
}

// hasRole says roles hold role, or a compound whose head it is: "die
// Ministerin" stands for the "Bundesministerin", "der Sprecher" for the
// "Polizeisprecher" (German writes an office as one word).
func hasRole(roles []string, role string) bool {
	for _, r := range roles {
		if r == role || len(r) >= len(role)+minTitleStem && strings.HasSuffix(r, role) {
			return true
		}
	}
	return false
}

// fullest is the fullest name of the member a speaker's name belongs to,
// settled after the whole article is read, or name itself when no member
// holds it.
func (c *cast) fullest(name string) string {
	if name == "" || strings.Contains(name, "/") {
		return name
	}
	lower := lowerAll(fields(name))
	var best *member
	for _, m := range c.members {
		if hasRun(m.lower, lower) && (best == nil || len(m.words) > len(best.words) || len(m.words) == len(best.words) && m.last > best.last) {
			best = m
		}
	}
	if best != nil {
		return best.name
	}
	if len(lower) == 1 {
		for _, h := range c.headline {
			if hl := lowerAll(h); hl[0] == lower[0] || hl[len(hl)-1] == lower[0] {
				return strings.Join(h, " ")
			}
		}
	}
	return name
}

// headlineSurname says l, a word in lower case, is the last word of a
// name of two words or more the headline gives: the surname a body that
// never names the person in full goes on with ("Lena Kranz siegt" over
// "…, sagt Kranz"). fullest then writes the headline's name.
func (c *cast) headlineSurname(l string) bool {
	for _, h := range c.headline {
		if len(h) >= 2 && strings.ToLower(h[len(h)-1]) == l {
			return true
		}
	}
	return false
}

// protagonist is the person a profile is about: the member named most,
// at least minProfileMentions times and more often than anyone else; nil
// when there is no such one.
func (c *cast) protagonist() *member {
	var top, second *member
	for _, m := range c.members {
		if m.author {
			continue
		}
		switch {
		case top == nil || m.mentions > top.mentions:
			top, second = m, top
		case second == nil || m.mentions > second.mentions:
			second = m
		}
	}
	if top == nil || top.mentions < minProfileMentions || second != nil && second.mentions >= top.mentions {
		return nil
	}
	return top
}

// minProfileMentions is how often a profile names its subject at least.
const minProfileMentions = 2

// hasRun says small appears in big as consecutive words.
func hasRun(big, small []string) bool {
	if len(small) == 0 || len(small) > len(big) {
		return false
	}
outer:
	for i := 0; i+len(small) <= len(big); i++ {
		for j, w := range small {
			if big[i+j] != w {
				continue outer
			}
		}
		return true
	}
	return false
}

// lowerAll is ws folded for matching (foldName).
func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = foldName(w)
	}
	return out
}

// apostrophes folds the apostrophes a name may be printed with to one:
// "Ma’ruf" and "Ma'ruf" are one name.
var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'", "`", "'")

// foldName is w as names are matched: lower case, one apostrophe.
func foldName(w string) string { return foldLower(strings.ToLower(w)) }

// foldLower is foldName of a word whose lower case l is known:
// foldName(w) == foldLower(strings.ToLower(w)).
func foldLower(l string) string {
	if !hasApostrophe(l) {
		return l
	}
	return apostrophes.Replace(l)
}

// hasApostrophe is strings.ContainsAny(w, "\u2019\u2018\u02bc`") without
// its search of the set for every rune of w.
func hasApostrophe(w string) bool {
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b == '`':
			return true
		case b >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(w[i:])
			if r == '\u2019' || r == '\u2018' || r == '\u02bc' {
				return true
			}
			i += size - 1
		}
	}
	return false
}

func containsStr(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// genderOfTitle is the gender the lower-case title word r tells in a text
// in lang, or "": a listed word, or a compound whose head is one
// ("bundesministerin", "polizeisprecher"), the head at least minTitleStem
// letters from the compound's start.
func (lx *lexicon) genderOfTitle(r, lang string) string {
	if g := lx.titleGenderIn(r, lang); g != "" {
		return g
	}
	if g := lx.pairedTitleGender(r, lang); g != "" {
		return g
	}
	for i := minTitleStem; i < len(r)-3; i++ {
		if utf8.RuneStart(r[i]) {
			if g := lx.titleGenderIn(r[i:], lang); g != "" {
				return g
			}
			if g := lx.pairedTitleGender(r[i:], lang); g != "" {
				return g
			}
		}
	}
	return ""
}

// pairedTitleGender is the gender a title r tells in lang by its pair:
// where lang makes a woman's title by an ending ([feminine-suffixes]) and
// both forms are titles, the one with the ending is a woman's
// ("aktivistin"), the one without a man's ("aktivist"). A title listed
// in one form only tells nothing by this.
func (lx *lexicon) pairedTitleGender(r, lang string) string {
	if !lx.titles[r] {
		return ""
	}
	for _, suf := range lx.feminineSuffixes[lang] {
		if stem, ok := strings.CutSuffix(r, suf); ok && len(stem) >= minTitleStem && lx.titles[stem] {
			return "f"
		}
		if lx.titles[r+suf] {
			return "m"
		}
	}
	return ""
}

// titleGenderIn is the gender the title r tells in lang: a title's
// gender is its language's grammar ("Minister" is a man in German, anyone
// in English; "director" a man in Spanish only), so a word counts in the
// languages that list it, and English ones ("Mrs", "spokeswoman") in every
// text. With lang "" the word counts when every language listing it
// agrees.
func (lx *lexicon) titleGenderIn(r, lang string) string {
	gs := lx.titleGender[r]
	if len(gs) == 0 {
		return ""
	}
	if lang != "" {
		if g := gs[lang]; g != "" {
			return g
		}
		return gs["en"]
	}
	g := ""
	for _, x := range gs {
		if g != "" && x != g {
			return ""
		}
		g = x
	}
	return g
}
