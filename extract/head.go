package extract

import (
	"html"
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"

	"github.com/kabar-news/kabar/extract/body"
)

// canonical is rel=canonical, else og:url, else JSON-LD url, made absolute.
func canonical(idx *docIndex, meta metaTags, ld linkedData, base *url.URL) string {
	cands := []string{sel(idx.canonical).First().AttrOr("href", "")}
	if v, _ := meta.first("og:url"); v != "" {
		cands = append(cands, v)
	}
	if ld.main != nil {
		cands = append(cands, ld.main.str("url"))
		if m, ok := ld.main["mainEntityOfPage"].(string); ok {
			cands = append(cands, m)
		} else if m, ok := ld.main["mainEntityOfPage"].(map[string]any); ok {
			cands = append(cands, ldString(m["@id"]))
		}
	}
	for _, c := range cands {
		if u := absolute(base, c); u != "" {
			return u
		}
	}
	return ""
}

// readHead fills the page-level fields: site, language, type, title,
// description, section, tags and JSON-LD articleBody.
func readHead(p *Page, doc *goquery.Document, idx *docIndex, meta metaTags, ld linkedData, rule *SiteRule) {
	og, _ := meta.first("og:site_name", "application-name")
	if rule != nil {
		p.SiteName = rule.Name
	} else {
		p.SiteName = firstNonEmpty(og, ld.publisher)
	}

	htmlLang := sel(idx.html).First().AttrOr("lang", "")
	locale, _ := meta.first("og:locale", "content-language", "language", "dc.language")
	var ldLang string
	if ld.main != nil {
		ldLang = ld.main.str("inLanguage")
	}
	p.Lang = firstNonEmpty(htmlLang, locale, ldLang)
	if p.Lang == "" && rule != nil {
		p.Lang = rule.Lang
	}
	if rule != nil {
		p.TimeZone = rule.TimeZone
	}

	ogType, _ := meta.first("og:type")
	if ld.main != nil {
		p.Type = ld.main.typeName()
	}
	if p.Type == "" {
		p.Type = ogType
	}

	p.Title, p.TitleAlts = chooseTitle(titleCandidates(p, doc, idx, meta, ld, rule, og))

	desc, _ := meta.first("og:description", "description", "twitter:description", "dc.description")
	if desc == "" && ld.main != nil {
		desc = ld.main.str("description")
	}
	p.Description = collapse(desc)

	var ldSection string
	if ld.main != nil {
		ldSection = ld.main.str("articleSection")
	}
	sec, _ := meta.first(metaSectionKeys...)
	p.Section = collapse(firstNonEmpty(ldSection, sec))

	p.Tags = readTags(meta, ld)
	if ld.main != nil {
		p.ArticleBody = strings.TrimSpace(ld.articleBody())
	}
	p.Datelines = readDatelineProps(idx, ld)
}

// selItempropDateline finds schema.org microdata datelines.
var selItempropDateline = mustSel("[itemprop=dateline]")

// maxDatelineProp bounds a dateline property's text: a longer one is a
// paragraph the template marked, not the place a story was filed from.
const maxDatelineProp = 120

// readDatelineProps gives the schema.org dateline property: the JSON-LD
// article entity's "dateline", then each itemprop=dateline element (a
// <meta>'s content, another element's text), collapsed, empty and
// overlong values and repeats left out.
func readDatelineProps(idx *docIndex, ld linkedData) []Field {
	var out []Field
	add := func(v, src string) {
		v = collapse(v)
		if v == "" || len(v) > maxDatelineProp {
			return
		}
		for _, f := range out {
			if f.Value == v {
				return
			}
		}
		out = append(out, Field{Value: v, Source: src})
	}
	if ld.main != nil {
		add(ld.main.str("dateline"), "jsonld")
	}
	for _, n := range idx.datelines {
		if n.DataAtom == atom.Meta {
			// A <meta>'s content, like JSON-LD, is not shown: normalize
			// takes it only where the body prints the place.
			add(attr(n, "content"), "meta:dateline")
			continue
		}
		add(nodeText(n), "microdata")
	}
	return out
}

// readTags takes the first non-empty tag source: JSON-LD keywords,
// article:tag, news_keywords, keywords. Comma-separated lists are split;
// duplicates (case-insensitive) dropped.
func readTags(meta metaTags, ld linkedData) []string {
	var sources [][]string
	if ld.main != nil {
		sources = append(sources, ld.main.strs("keywords"))
	}
	sources = append(sources, meta.all("article:tag"), meta.all("news_keywords"), meta.all("keywords"))
	for _, src := range sources {
		var tags []string
		seen := map[string]bool{}
		for _, v := range src {
			for t := range strings.SplitSeq(v, ",") {
				t = collapse(t)
				if t == "" || seen[strings.ToLower(t)] {
					continue
				}
				seen[strings.ToLower(t)] = true
				tags = append(tags, t)
			}
		}
		if len(tags) > 0 {
			return tags
		}
	}
	return nil
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// titleSeparators split a page title from the site name appended to it
// ("Headline - Kompas.com", "Headline | Education | The Guardian"). They
// include every separator the common publishing tools' SEO settings
// offer (the marks above and "*", "⋆", "<", ">", set between spaces:
// "Headline ⋆ Harbour Post", "Headline < Section < Article - Site" of a
// Korean news CMS), and doubled bars and slashes. A separator only cuts
// where the part after it names the site or is a short label after the
// site's name, so one inside a headline ("Growth > inflation") stays.
var titleSeparators = []string{" | ", " : ", " - ", " – ", " — ", " ― ", " ‒ ", " -- ", " :: ", " · ", " • ", " « ", " » ", " ‹ ", " › ", " ~ ", " ～ ", "｜", "︱", "丨", "：", " / ", "_", " * ", " ⋆ ", " < ", " > ", " || ", " // ", " ¦ ", " │ "}

// leadSeparators split a site's name, or a section label, put before the
// headline ("Tempo.co: Headline", "Example News | Headline").
var leadSeparators = []string{": ", " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " › ", "｜", "："}

// trimSiteName removes trailing title parts that name the site, as long as
// a real headline remains. Parts that do not name the site are kept: a
// title's own dash is not a separator.
func trimSiteName(title string, names []string) string {
	return trimSiteNameShown(title, names, nil)
}

// trimSiteNameShown is trimSiteName for a title whose headline the page
// shows: shown is the words (headlineWords) of the headline readers see
// (the visible <h1>, or the title itself when it is that heading), nil
// when the page shows none. A trailing part that only mentions the site
// ("Acme at the Fair 2025", "Kompas.com Regional": namesSite) is the
// site's tag line in a <title>, but part of the headline when the page
// shows it there; it goes only while shown's words remain whole at the
// start of the title. A part that is the site's name itself (isSiteName,
// a domain) goes wherever it stands.
//
// This is the one place that decides where a title's site name ends:
// normalize takes the title as extract chose it.
func trimSiteNameShown(title string, names, shown []string) string {
	title = collapse(title)
	if t := trimLeadingSite(title, names); t != title {
		// "Harbour Post | Business | Headline": a section label after the
		// site's name put first goes with it, as one before a trailing
		// name does (trimLeadingSection).
		title = trimLeadingSection(t)
	}
	title = trimBareSiteName(title, names)
	// cuts reports whether the part after title[:cut] is a site suffix.
	cuts := func(cut, sepLen int) bool {
		tail := title[cut+sepLen:]
		if isDomainLabel(tail) || isSiteName(siteLabel(tail), names) {
			return true
		}
		return namesSite(tail, names) && !cutsShown(title, cut, shown)
	}
	for trimmed := false; ; trimmed = true {
		cut, sepLen := lastTitleSeparator(title)
		if cut >= 10 && !cuts(cut, sepLen) {
			if t := trimBrandBeforeTail(title, names); t != title {
				// "Headline - Business - Harbour Post - News from the
				// valley": sections before the name go as below.
				title = trimSectionsBefore(t)
				continue
			}
		}
		if cut < 10 || !cuts(cut, sepLen) {
			// "Headline | Education | The Guardian": a section before the
			// site name goes too, but only when the site name follows.
			if trimmed {
				title = trimLeadingSection(title)
			}
			return trimPageMarker(title)
		}
		title = trimSectionsBefore(strings.TrimSpace(title[:cut]))
	}
}

// trimSectionsBefore removes the section labels left in front of a site
// name just cut from a title ("… | Education", "… | Editorial | Opinion",
// "… | World | News"): short parts (isSectionTail), at most
// maxBrandTailParts of them, as after the name.
func trimSectionsBefore(title string) string {
	for range maxBrandTailParts {
		i := lastSeparator(title)
		if i < 10 || len(title)-i >= 30 || !isSectionTail(title[i:]) {
			break
		}
		title = strings.TrimSpace(title[:i])
	}
	return title
}

// pageNumber reports a page's number: one to three digits.
func pageNumber(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// trimPageMarker removes the page marker that the title of one page of an
// article split over pages carries after the headline: a page noun
// (conventions.json's title_page_words) and the page's number, or a word
// for every page (title_page_all), after a separator ("Headline - Page
// 2", "Headline - Seite 2"), in brackets ("Headline (Page 2)") or, for
// every page and with a capital, after the headline's last word
// ("Headline Halaman all"; a number there may end a headline: "… on Page
// 3"). Three words of headline must remain; a marker inside the headline
// stays.
func trimPageMarker(title string) string {
	words := strings.Fields(title)
	if len(words) < 5 {
		return title
	}
	noun, num := words[len(words)-2], words[len(words)-1]
	bracketed := strings.HasPrefix(noun, "(") && strings.HasSuffix(num, ")")
	if bracketed {
		noun, num = noun[1:], num[:len(num)-1]
	}
	all := containsString(titlePageAll, strings.ToLower(num))
	if !containsString(titlePageWords, strings.ToLower(noun)) || !pageNumber(num) && !all {
		return title
	}
	head := strings.TrimSpace(title[:strings.LastIndex(title, words[len(words)-2])])
	sep := false
	for _, s := range titleSeparators {
		if t, ok := strings.CutSuffix(head+" ", s); ok {
			head, sep = strings.TrimSpace(t), true
			break
		}
	}
	if !sep && !bracketed && !(all && unicode.IsUpper(firstLetter(noun))) {
		// "… on Page 3" may end a headline; "Halaman all" does not.
		return title
	}
	if headlineWordCount(head) < 3 {
		return title
	}
	return head
}

// siteTrims remembers the last few results of trimSiteNameShown for one
// page's names, so that a title the page states several times is trimmed
// once. Its results are trimSiteNameShown's: the function is pure, and a
// nil and an empty shown mean the same to it.
type siteTrims struct {
	n       int
	entries [6]struct {
		title, out string
		shown      []string
	}
}

// trim returns trimSiteNameShown(title, names, shown); names must be the
// same at every call.
func (m *siteTrims) trim(title string, names, shown []string) string {
	for i := range min(m.n, len(m.entries)) {
		if e := &m.entries[i]; e.title == title && slices.Equal(e.shown, shown) {
			return e.out
		}
	}
	out := trimSiteNameShown(title, names, shown)
	e := &m.entries[m.n%len(m.entries)]
	e.title, e.out, e.shown = title, out, shown
	m.n++
	return out
}

// cutsShown reports whether cutting title at cut would cut into the
// headline the page shows (shown, its words): title starts with shown's
// words and title[:cut] holds fewer of them.
func cutsShown(title string, cut int, shown []string) bool {
	if len(shown) == 0 || headlineWordCount(title[:cut]) >= len(shown) {
		return false
	}
	words := headlineWords(title)
	return len(words) >= len(shown) && slices.Equal(words[:len(shown)], shown)
}

// Bounds of a section or tag line after the site's name in a title
// ("Headline - Harbour Post - Business"): the parts after the name, and
// their words.
const (
	// A headline in a script written without spaces is one "word";
	// after a bracketed name it must have this many characters.
	minBracketHeadlineRunes = 6
	maxBrandTailParts       = 2
	maxBrandTailWords       = 8
)

// trimBrandBeforeTail removes the site's name and what follows it when a
// section or a tag line comes after the name ("Headline - Harbour Post -
// Business", "Headline | Harbour Post | Latest news"). The name must be
// a whole part between separators (isSiteName: the name itself, not a
// part that merely mentions it), with at most maxBrandTailParts parts and
// maxBrandTailWords words after it; otherwise title is returned as it is.
func trimBrandBeforeTail(title string, names []string) string {
	end := len(title)
	for k := 0; k <= maxBrandTailParts; k++ {
		cut, n := lastTitleSeparator(title[:end])
		if cut < 10 {
			return title
		}
		if k > 0 && isSiteName(siteLabel(title[cut+n:end]), names) {
			if headlineWordCount(title[end:]) > maxBrandTailWords {
				return title
			}
			return strings.TrimSpace(title[:cut])
		}
		end = cut
	}
	return title
}

// lastTitleSeparator is where the last of titleSeparators in title starts
// and its length, or -1: the greatest strings.LastIndex of them, the first
// in the list where two start at the same byte, read in one pass from the
// end, stopping only at the bytes a separator starts with.
func lastTitleSeparator(title string) (int, int) {
	for i := len(title) - 1; i >= 0; i-- {
		if !titleSepFirst[title[i]] {
			continue
		}
		for _, sep := range titleSeparators {
			if strings.HasPrefix(title[i:], sep) {
				return i, len(sep)
			}
		}
	}
	return -1, 0
}

// titleSepFirst holds the first bytes of titleSeparators.
var titleSepFirst = func() (first [256]bool) {
	for _, sep := range titleSeparators {
		first[sep[0]] = true
	}
	return first
}()

// trimLeadingSite removes the site's name put before the headline
// ("Tempo.co: Headline", "Example News | Headline"). Only the name itself
// goes, not a part that merely mentions it, and two words of headline
// must remain.
func trimLeadingSite(title string, names []string) string {
	// "【Harbour Post】Headline", "[Harbour Post] Headline": the name in
	// brackets before the headline.
	for _, br := range [][2]string{{"【", "】"}, {"[", "]"}} {
		if rest, ok := strings.CutPrefix(title, br[0]); ok {
			if name, after, ok := strings.Cut(rest, br[1]); ok && len(name) <= 40 && isSiteName(siteLabel(name), names) &&
				(headlineWordCount(after) >= 2 || utf8.RuneCountInString(strings.TrimSpace(after)) >= minBracketHeadlineRunes) {
				title = strings.TrimSpace(after)
			}
		}
	}
	for {
		i, n := firstSeparator(title, leadSeparators)
		if i <= 0 || i > 40 || !isSiteName(siteLabel(title[:i]), names) {
			return title
		}
		rest := strings.TrimSpace(title[i+n:])
		// A headline in a script written without spaces is one "word":
		// it must have minBracketHeadlineRunes characters, as after a
		// bracketed name ("港湾新闻 | 渡轮票价再次上涨").
		if headlineWordCount(rest) < 2 && (utf8.RuneCountInString(rest) < minBracketHeadlineRunes || runeWeight(firstLetter(rest)) == 1) {
			return title
		}
		title = rest
	}
}

// siteBrackets are the brackets a site's name is set in after the
// headline ("…値上げ【ハーバーポスト】", "Headline (Harbour Post)").
var siteBrackets = [][2]string{{"【", "】"}, {"[", "]"}, {"（", "）"}, {"(", ")"}}

// trimBareSiteName removes the site's name joined to the end of the
// headline without the spaced separators of titleSeparators: set in
// brackets ("フェリー運賃が再び値上げ【ハーバーポスト】"), after a bar
// written without spaces ("Headline|Harbour Post"), or after a hyphen
// that touches a character of a script written without spaces
// ("渡轮票价再次上涨-港湾新闻"; between Latin letters a hyphen joins a
// word). Only the site's name itself goes (isSiteName, or a domain), and a
// headline must remain (headlineRemains); otherwise title is returned as
// it is.
func trimBareSiteName(title string, names []string) string {
	for _, br := range siteBrackets {
		rest, ok := strings.CutSuffix(title, br[1])
		if !ok {
			continue
		}
		if i := strings.LastIndex(rest, br[0]); i > 0 && len(rest)-i <= 40+len(br[0]) &&
			isSiteLabel(rest[i+len(br[0]):], names) && headlineRemains(rest[:i]) {
			return strings.TrimSpace(rest[:i])
		}
	}
	i := strings.LastIndexAny(title, "|-")
	if i <= 0 || i == len(title)-1 {
		return title
	}
	before, _ := utf8.DecodeLastRuneInString(title[:i])
	after, _ := utf8.DecodeRuneInString(title[i+1:])
	if unicode.IsSpace(before) || unicode.IsSpace(after) {
		// A spaced separator is titleSeparators'.
		return title
	}
	if title[i] == '-' && runeWeight(before) == 1 && runeWeight(after) == 1 {
		return title
	}
	if isSiteLabel(title[i+1:], names) && headlineRemains(title[:i]) {
		return strings.TrimSpace(title[:i])
	}
	return title
}

// isSiteLabel reports a title part that is the site's name or a domain.
func isSiteLabel(part string, names []string) bool {
	return isDomainLabel(part) || isSiteName(siteLabel(part), names)
}

// headlineRemains reports whether what is left of a title once a site's
// name or a label goes is a headline: two words, or, in a script written
// without spaces, minBracketHeadlineRunes characters.
func headlineRemains(s string) bool {
	s = strings.TrimSpace(s)
	return headlineWordCount(s) >= 2 || utf8.RuneCountInString(s) >= minBracketHeadlineRunes && runeWeight(firstLetter(s)) > 1
}

// firstLetter is the first letter of s, or 0.
func firstLetter(s string) rune {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return r
		}
	}
	return 0
}

// siteLabel is a title part with a domain ending dropped ("Tempo.co" reads
// "Tempo"), for comparison with the site's names.
func siteLabel(part string) string {
	part = strings.TrimSpace(part)
	if !strings.ContainsAny(part, " \t") {
		part = strings.TrimPrefix(strings.TrimPrefix(part, "www."), "WWW.")
		if before, _, ok := strings.Cut(part, "."); ok && before != "" {
			return before
		}
	}
	return part
}

// trimLeadingSection removes a section label put before the headline of a
// title whose site name was trimmed from its end ("Politics | Headline |
// Example"): one to three capitalised words before a bar or a guillemet,
// with four words of headline after them, or, in a script written
// without spaces, minBracketHeadlineRunes characters ("社会 | 渡轮票价再次上涨").
func trimLeadingSection(title string) string {
	i, n := firstSeparator(title, []string{" | ", " » ", " › ", "｜"})
	if i <= 0 || i > 30 || !isSectionTail(title[:i]) {
		return title
	}
	rest := strings.TrimSpace(title[i+n:])
	if headlineWordCount(rest) >= 4 || utf8.RuneCountInString(rest) >= minBracketHeadlineRunes && runeWeight(firstLetter(rest)) > 1 {
		return rest
	}
	return title
}

// firstSeparator returns where the first of seps occurs in s and its
// length (-1, 0 when none does).
func firstSeparator(s string, seps []string) (int, int) {
	at, n := -1, 0
	for _, sep := range seps {
		if i := strings.Index(s, sep); i >= 0 && (at < 0 || i < at) {
			at, n = i, len(sep)
		}
	}
	return at, n
}

func lastSeparator(s string) int {
	cut := -1
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(s, sep); i > cut {
			cut = i
		}
	}
	return cut
}

// isSectionTail reports whether a title tail (separator included) is a
// short label rather than part of a headline: one to three capitalised
// words ("Économie", "Общество", "Świat"), or words of a script without
// capitals ("社会", "기사본문", "اقتصاد"), which its callers bound in
// length instead.
func isSectionTail(tail string) bool {
	for _, sep := range titleSeparators {
		tail = strings.TrimPrefix(tail, sep)
	}
	words := strings.Fields(tail)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsTitle(r) && !unicode.Is(unicode.Lo, r) {
			return false
		}
	}
	return tail == strings.TrimSpace(tail) && !strings.ContainsAny(tail, ":?!\"'")
}

// isDomainLabel reports a title part that is a bare domain name
// ("Example.de", "www.example.co.uk", "NEWS.example.com"): a site's name
// as its address writes it, whichever site it is, since a headline does
// not end in an address set off by a separator.
func isDomainLabel(part string) bool {
	return body.IsDomainName(strings.TrimSpace(part))
}

// namesSite reports whether a title part mentions one of the site's names.
// The part is also read with its letters folded as domains write them
// ("Süddeutsche Zeitung" names sueddeutsche.de, "Le Progrès" leprogres.fr).
func namesSite(part string, names []string) bool {
	if abbreviates(part, names, 2) {
		return true
	}
	for _, k := range nameForms(part) {
		if k == "" {
			continue
		}
		for _, n := range names {
			if n != "" && (strings.Contains(k, n) || strings.Contains(n, k) && len(k) >= 4) {
				return true
			}
		}
	}
	return false
}

// abbreviates reports whether one of the site's names (its domain's
// label, mostly) is the part written short: each word of the part, in
// order, either whole or by its first letter, a short article in front
// left out ("The New York Times" for nytimes, "Süddeutsche Zeitung" for
// sz, "Los Angeles Times" for latimes). Every word must be used, so a
// phrase that merely starts like the name does not match.
//
// minLen is the shortest name tried: two letters are a brand after the
// headline ("Headline - Financial Times" on ft), but before it they are
// as often a kicker whose initials happen to spell them.
func abbreviates(part string, names []string, minLen int) bool {
	words := headlineWords(part)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, n := range names {
		if len(n) >= minLen && spells(words, n, true) {
			return true
		}
	}
	return false
}

// spells reports whether rest is words spelt whole or by initials, in
// order (see abbreviates); lead allows leaving out a first word of three
// letters or fewer (an article: "the", "le", "die").
func spells(words []string, rest string, lead bool) bool {
	if len(words) == 0 {
		return rest == ""
	}
	if rest == "" {
		return false
	}
	w := words[0]
	if strings.HasPrefix(rest, w) && spells(words[1:], rest[len(w):], false) {
		return true
	}
	if r, n := utf8.DecodeRuneInString(w); strings.HasPrefix(rest, string(r)) && spells(words[1:], rest[n:], false) {
		return true
	}
	return lead && utf8.RuneCountInString(w) <= 3 && spells(words[1:], rest, false)
}

// nameForms are the voting key of a site name as written and, when it
// has letters outside ASCII, as a domain would spell it: umlauts as two
// letters ("ü" as "ue", "ß" as "ss"), other accents dropped ("é" as "e").
func nameForms(s string) []string {
	k := alnumLower(s)
	ascii := true
	for i := 0; i < len(k); i++ {
		if k[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return []string{k}
	}
	var digraph, bare strings.Builder
	for _, r := range norm.NFD.String(k) {
		if unicode.Is(unicode.Mn, r) {
			if r == '\u0308' { // diaeresis: the German umlaut
				digraph.WriteByte('e')
			}
			continue
		}
		if r == 'ß' {
			digraph.WriteString("ss")
			bare.WriteString("ss")
			continue
		}
		digraph.WriteRune(r)
		bare.WriteRune(r)
	}
	return []string{k, digraph.String(), bare.String()}
}

// siteNames gathers the forms a site's name takes in titles: its declared
// names and the first label of its registrable domain ("kompas"), reduced
// to lower-case letters and digits.
func siteNames(declared ...string) []string {
	var out []string
	for _, d := range declared {
		if looksLikeURL(d) {
			if rd := RegistrableDomain(d); rd != "" {
				label, _, _ := strings.Cut(rd, ".")
				out = append(out, alnumLower(label))
			}
			continue
		}
		if k := alnumLower(d); len(k) >= 3 {
			out = append(out, k)
		}
	}
	return out
}

func alnumLower(s string) string {
	// A word already in key form (lower-case ASCII letters and digits,
	// most words of a headline but its first) is its own key: no copy.
	i := keyFormPrefix(s)
	if i == len(s) {
		return s
	}
	// The rest rune by rune as strings.ToLower maps them, without the
	// lower-cased copy; b is not written again, so it is the string.
	b := appendAlnumLower(append(make([]byte, 0, len(s)), s[:i]...), s[i:])
	return bytesString(b)
}

// keyFormPrefix is the length of the longest prefix of s that is in key
// form already: lower-case ASCII letters and digits, which alnumLower
// keeps as they are.
func keyFormPrefix(s string) int {
	i := 0
	for i < len(s) && ('a' <= s[i] && s[i] <= 'z' || '0' <= s[i] && s[i] <= '9') {
		i++
	}
	return i
}

// appendAlnumLower appends alnumLower(s) to dst. Runes map as
// strings.ToLower maps them (an invalid byte is U+FFFD either way).
func appendAlnumLower(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			dst = append(dst, byte(r))
		case r > 127 && (r < 0x2000 || r > 0x206f):
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// titleCandidate is one place a page states its headline.
type titleCandidate struct {
	value  string
	weight float64
}

// Votes of the title sources. A site rule's element is trusted most; then
// the visible headline, the article's first plausible <h1>; the <title>
// element votes least, as it often carries a longer SEO title.
const (
	ruleTitleWeight    = 3
	visibleTitleWeight = 1
	metaTitleWeight    = 1
	matchedH1Weight    = 1
	docTitleWeight     = 0.5
	firstH1Weight      = 0.5
	strangerH1Weight   = 0.125
	minHeadlineRunes   = 3
	// twitter:title mostly echoes og:title; it breaks ties only.
	echoTitleWeight = 0.25
	// seoTitleFactor scales the vote of a source that repeats the SEO
	// heading of the breadcrumb trail: the page shows readers another.
	seoTitleFactor = 0.25
	// A shorter title whose words all appear, in order, in a longer one
	// (the SEO version with words added; not a kicker put in front, see
	// isCore) takes the longer one's votes, when it has at least minCoreWords
	// words and coreShare of the longer one's, and a vote of a main
	// source of its own (an echo alone may be cut short).
	minCoreWords = 4
	coreShare    = 0.4
)

// titleCandidates lists the headline as each source gives it, in order of
// preference, with site names trimmed and entities decoded.
func titleCandidates(p *Page, doc *goquery.Document, idx *docIndex, meta metaTags, ld linkedData, rule *SiteRule, og string) []titleCandidate {
	root := doc.Nodes[0]
	names := siteNames(p.SiteName, og, ld.publisher, p.URL, p.CanonicalURL)
	clean := func(v string) string {
		if strings.Contains(v, "&") {
			v = html.UnescapeString(v)
		}
		return collapse(v)
	}
	var ldHeadline string
	if ld.main != nil {
		ldHeadline = ld.main.str("headline")
	}
	ogTitle, _ := meta.first("og:title")
	twTitle, _ := meta.first("twitter:title", "dc.title")
	docTitle := selText(sel(idx.title).First())
	desc, _ := meta.first("og:description", "description", "twitter:description")
	var stated []string
	for _, s := range []string{ldHeadline, ogTitle, twTitle, docTitle} {
		if s = trimSiteName(clean(s), names); s != "" {
			stated = append(stated, s)
		}
	}
	// The visible headline; failing that, a heading that repeats a stated
	// title (after an SEO heading, the one readers see); failing that, the
	// first <h1> with a lesser vote.
	// A kicker set apart inside the heading is left out of it (see
	// headlineText); a stated title that runs kicker and headline together
	// still votes for itself.
	heading, headWeight := "", 0.0
	if h, t := visibleHeadline(idx, names, append(stated, clean(desc))); h != nil {
		heading, headWeight = t, visibleTitleWeight
	} else if h, _ := statedHeading(idx, stated); h != nil {
		heading, headWeight = headlineText(h), matchedH1Weight
	} else if h := firstHeading(idx); h != nil {
		heading, headWeight = headlineText(h), firstH1Weight
		if len(stated) > 0 && !sharesWord(heading, stated) {
			// A heading in no word like the titles the page states
			// is the site's name or a section's, not this headline.
			headWeight = strangerH1Weight
		}
	}
	seoKey := seoTitleKey(idx, names, heading, clean(ldHeadline), clean(ogTitle))
	sections := sectionNames(meta, ld)
	visible := ""
	if headWeight == visibleTitleWeight {
		visible = heading
	}
	// The headline the page shows keeps a part that only mentions the
	// site (see trimSiteNameShown): in the heading itself, and in a stated
	// title that begins with the visible headline.
	// The same title often comes several times (headline, og:title,
	// twitter:title, the heading): each is trimmed once (see siteTrims).
	var trims siteTrims
	var shown, headingWords []string
	if heading != "" {
		headingWords = headlineWords(clean(heading))
	}
	if visible != "" {
		// visible is heading.
		shown = headlineWords(trims.trim(clean(visible), names, headingWords))
	}
	var cands []titleCandidate
	addShown := func(v string, w float64, seo bool, shown []string) {
		v = clean(v)
		t := trimLabelBefore(trimSectionLabels(trims.trim(v, names, shown), sections), visible)
		if seo && seoKey != "" && alnumLower(t) == seoKey {
			w *= seoTitleFactor
		}
		cands = append(cands, titleCandidate{t, w}, titleCandidate{v, 0})
	}
	add := func(v string, w float64) { addShown(v, w, true, shown) }
	if rule != nil {
		// A site rule knows which headline the publisher means, even one
		// that repeats the SEO heading.
		if t := rule.title(root, ld); t != "" {
			addShown(t, ruleTitleWeight, false, shown)
		}
	}
	add(ldHeadline, metaTitleWeight)
	add(ogTitle, metaTitleWeight)
	if heading != "" {
		// A heading is shown as it reads.
		addShown(heading, headWeight, true, headingWords)
	}
	add(twTitle, echoTitleWeight)
	add(docTitle, docTitleWeight)
	if ld.main != nil {
		add(ld.main.str("name"), 0)
	}
	return cands
}

// minCutRunes is the length from which a title that stops where a longer
// one goes on is taken for one cut at a length limit (structured data and
// social cards cut headlines at about 100 or 110 characters) rather than
// a shorter headline of its own.
const minCutRunes = 90

// looksCut reports a title that may have been cut at a length limit: it
// ends with an ellipsis, or it is as long as such limits allow.
func looksCut(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") || utf8.RuneCountInString(t) >= minCutRunes
}

// labelAfter reports whether a title goes on after its first n words
// only behind a separator ("Headline - Site Name"): a label added to the
// headline, not the rest of a headline that another source cut short.
func labelAfter(title string, n int) bool {
	cut, _ := lastTitleSeparator(title)
	return cut >= 0 && headlineWordCount(title[:cut]) <= n
}

// chooseTitle picks the headline most sources agree on (compared on
// letters and digits only, so quote styles do not split the vote); ties go
// to the earlier candidate, and of the candidates that agree the earliest
// is written out. A title that is the core of a longer one (see
// minCoreWords) also gets the longer one's votes. The other distinct
// values become alternatives.
func chooseTitle(cands []titleCandidate) (string, []string) {
	own := map[string]float64{}
	words := map[string][]string{}
	cut := map[string]bool{}
	value := map[string]string{}
	var keys []string
	for _, c := range cands {
		if k := alnumLower(c.value); len([]rune(k)) >= minHeadlineRunes {
			if _, ok := own[k]; !ok {
				keys = append(keys, k)
				words[k] = headlineWords(c.value)
				value[k] = c.value
			}
			own[k] += c.weight
			cut[k] = cut[k] || looksCut(c.value)
		}
	}
	votes := map[string]float64{}
	for _, a := range keys {
		votes[a] += own[a]
		wa := words[a]
		if len(wa) < minCoreWords || own[a] < metaTitleWeight {
			continue
		}
		for _, b := range keys {
			wb := words[b]
			if cut[a] && own[b] > 0 && len(wa) < len(wb) && slices.Equal(wa, wb[:len(wa)]) && !labelAfter(value[b], len(wa)) {
				// a is b cut short: its vote is b's.
				votes[b] += own[a]
				votes[a] -= own[a]
				break
			}
			if float64(len(wa)) >= coreShare*float64(len(wb)) && isCore(wa, wb) {
				votes[a] += own[b]
			}
		}
	}
	bestKey, bestVotes := "", -1.0
	for _, k := range keys {
		if votes[k] > bestVotes {
			bestKey, bestVotes = k, votes[k]
		}
	}
	// Of the spellings of the winning headline (the marks between its
	// words: "Kicker - Headline", "Kicker: Headline"), the one most votes
	// give is written out; of equal ones the earlier.
	var best string
	form := map[string]float64{}
	for _, c := range cands {
		if bestKey != "" && alnumLower(c.value) == bestKey {
			form[c.value] += c.weight
		}
	}
	bestForm := -1.0
	for _, c := range cands {
		if w, ok := form[c.value]; ok && w > bestForm {
			best, bestForm = c.value, w
		}
	}
	var alts []string
	for _, c := range cands {
		if c.value != "" && c.value != best && !containsString(alts, c.value) {
			alts = append(alts, c.value)
		}
	}
	return best, alts
}

// labelSeparators end a section label put before a headline ("Opinion |
// Headline"). A colon is not among them: what a colon joins to the
// headline is a kicker the publisher writes as part of it ("Hochwasser:
// Pegel steigt"), even where the <h1> sets it apart.
var labelSeparators = []string{" | ", " » ", " › ", " :: ", "｜"}

// maxLabelWords bounds a label put before the headline in a stated title.
const maxLabelWords = 6

// trimLabelBefore drops a label that a stated title puts before the
// headline the page shows ("Opinion | Headline", "Akkutechnik: Headline"
// where the <h1> reads "Headline"): a section, a series or a kicker the
// reader does not see in the headline is not part of it (FIELDS.md). The
// label is a few words ended by a separator, and what follows it is the
// visible headline word for word. visible is "" when no visible headline
// was found; then title is returned unchanged.
func trimLabelBefore(title, visible string) string {
	wv := headlineWords(visible)
	if len(wv) < 2 {
		return title
	}
	// Each separator in turn ends a candidate label: "A | B | Headline"
	// tries "A" and then "A | B".
	for from := 0; ; {
		i, n := firstSeparator(title[from:], labelSeparators)
		if i < 0 {
			return title
		}
		end := from + i
		if end == 0 || headlineWordCount(title[:end]) > maxLabelWords {
			return title
		}
		rest := strings.TrimSpace(title[end+n:])
		if slices.Equal(headlineWords(rest), wv) {
			return rest
		}
		from = end + n
	}
}

// sectionNames are the voting keys of the sections the page declares
// itself in (JSON-LD articleSection, the section meta tags), which a
// title may carry as a label ("Headline - Politik", "Sport | Headline").
func sectionNames(meta metaTags, ld linkedData) []string {
	var vals []string
	if ld.main != nil {
		switch v := ld.main["articleSection"].(type) {
		case []any:
			for _, e := range v {
				vals = append(vals, ldString(e))
			}
		default:
			vals = append(vals, ldString(v))
		}
	}
	for _, k := range metaSectionKeys {
		vals = append(vals, meta.all(k)...)
	}
	var out []string
	for _, v := range vals {
		if k := alnumLower(v); k != "" && !containsString(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// trimSectionLabels removes a title part that is one of the page's
// declared sections, set off after the headline by a title separator
// ("Headline - Politik") or before it by a label separator ("Politik |
// Headline"; not a colon, which joins a kicker), while two words of
// headline remain.
func trimSectionLabels(title string, sections []string) string {
	if len(sections) == 0 {
		return title
	}
	for {
		if cut, n := lastTitleSeparator(title); cut > 0 && containsString(sections, alnumLower(title[cut+n:])) &&
			headlineWordCount(title[:cut]) >= 2 {
			title = strings.TrimSpace(title[:cut])
			continue
		}
		if i, n := firstSeparator(title, labelSeparators); i > 0 && containsString(sections, alnumLower(title[:i])) &&
			headlineWordCount(title[i+n:]) >= 2 {
			title = strings.TrimSpace(title[i+n:])
			continue
		}
		return title
	}
}
