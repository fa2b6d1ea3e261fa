// Package normalize turns the raw fields that extract finds on a page into
// a kabar.Article: names with roles, dates with their zones, the dateline,
// quotes with their speakers, cited sources, the language, hashes.
//
// It is pure: values in, a value out, no I/O and no mutable state. The
// words it needs for each language (byline labels, months, zones,
// reporting verbs, source cues, stopwords) are data in lexicon/*.lex,
// embedded at build time; adding a language is adding a file.
package normalize

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// Options steer one normalisation.
type Options struct {
	// FetchedAt is when the page was fetched; dates after it (plus a day)
	// are rejected and relative dates ("3 hours ago") count back from it.
	FetchedAt time.Time
	// Version is the extractor's version, recorded in Extraction.
	Version string
	// SourceFile is the saved file the page was read from, if any.
	SourceFile string
}

// ID is the record ID of a canonical URL: the first 32 hex digits of its
// SHA-256. The same URL always gives the same ID.
func ID(canonicalURL string) string {
	sum := sha256.Sum256([]byte(canonicalURL))
	return hex.EncodeToString(sum[:16])
}

// Normalize turns one page's raw fields into an article record.
func Normalize(p *extract.Page, opts Options) kabar.Article {
	lx := loadLexicon()
	a := kabar.Article{
		URL:        p.URL,
		FetchedAt:  opts.FetchedAt,
		SourceFile: opts.SourceFile,
	}
	var warns []string
	warns = append(warns, p.Warnings...)

	a.CanonicalURL = canonicalURL(p.CanonicalURL, p.URL)
	if a.CanonicalURL != "" {
		a.ID = ID(a.CanonicalURL)
	} else if p.URL != "" {
		a.ID = ID(p.URL)
	}
	a.Domain = registrableDomain(firstNonEmpty(a.CanonicalURL, p.URL))
	a.Site = cleanText(p.SiteName)
	if a.Site == "" {
		a.Site = siteFromDomain(a.Domain)
	}

	// Body blocks, cleaned; credit lines and closing initials come out.
	blocks := make([]string, 0, len(p.Body))
	heading := map[string]bool{} // subheadings hold no quotes
	// listed holds the list items: a summary's bullets ("Key points")
	// set over the story are no part of where its dateline stands.
	listed := map[string]bool{}
	itemAt := map[int]bool{} // the blocks (by index) that are list items
	var forms pageForms
	for _, b := range p.Body {
		if t, composed := clean(b.Text, true); t != "" {
			if composed {
				forms.note(b.Text, t)
			}
			blocks = append(blocks, t)
			switch b.Kind {
			case body.Heading:
				heading[t] = true
			case body.ListItem:
				listed[t] = true
				itemAt[len(blocks)-1] = true
			}
		}
	}
	if len(blocks) == 0 && p.ArticleBody != "" {
		// No body found in the page: JSON-LD articleBody, one paragraph
		// a line, is the text the publisher meant.
		for _, line := range strings.Split(p.ArticleBody, "\n") {
			if t := cleanText(line); t != "" {
				blocks = append(blocks, t)
			}
		}
		warns = append(warns, "text from JSON-LD articleBody")
	}
	ppl := lx.readPeople(p, blocks)
	a.Authors, a.Editors, a.Contributors = ppl.authors, ppl.editors, ppl.contributors
	warns = append(warns, ppl.warnings...)
	paras := blocks[:0:0]
	var headings []int
	for i, b := range blocks {
		if t, ok := ppl.trimBlocks[i]; ok {
			b = t
		}
		edge := i < bylineWindow || i >= len(blocks)-bylineWindow
		if !ppl.dropBlocks[i] && !(edge && (lx.isDateLine(b) || lx.bareBylineLabel(b) && !amongItems(blocks, i, itemAt, ppl.dropBlocks))) {
			if heading[b] {
				headings = append(headings, len(paras))
			}
			paras = append(paras, b)
		}
	}
	// "Artikel ini telah tayang di X": a syndication line leaves the text;
	// its outlet is read into sources below.
	var syndication []string
	paras = slices.DeleteFunc(paras, func(para string) bool {
		if lx.isSyndicationLine(para, a.Site, a.Domain) {
			syndication = append(syndication, para)
			return true
		}
		return false
	})
	// The outlet's promotions of its newsletter, app or channel set
	// between the paragraphs leave the text; the lede, where a story may
	// well name its own outlet, is never taken for one.
	paras, headings = lx.dropSitePromos(paras, headings, a.Site, a.Domain, registrableDomain(p.URL))
	// Brackets of agencies ("(AFP/dpa)") look like initials but credit
	// outlets: they stay, and name sources.
	if n := len(paras); n > 0 {
		if _, outlets := lx.closingBracketOutlets(paras[n-1]); !outlets {
			paras[n-1] = trimClosingInitials(paras[n-1])
		}
	}
	// "Jane Roe is the paper's deals editor …" closing the story: an
	// author's note, which FIELDS.md keeps out of the text.
	// Several writers' notes, one after another, or one note that
	// markup broke over paragraphs ("… Sarah Charlton" / "is an
	// associate professor …"), come out one at a time from the end.
	for n := len(paras); n > 1; n = len(paras) {
		if lx.isAuthorNote(paras[n-1], a.Authors) {
			paras = paras[:n-1]
			continue
		}
		if prev, ok := lx.noteTail(paras[n-2], paras[n-1], a.Authors); ok && prev != "" {
			paras = append(paras[:n-2], prev)
			continue
		}
		break
	}
	a.Text = strings.Join(paras, "\n\n")

	a.Lang = lx.language(p.Lang, a.Text, a.Domain)
	a.Title = cleanText(p.Title)
	a.Description = cleanText(p.Description)
	a.Section = cleanText(p.Section)
	a.Tags = lx.cleanTags(p.Tags)

	loc := lx.siteZone(p.TimeZone, a.Lang, a.Domain)
	if loc == time.UTC && p.TimeZone == "" {
		// No zone known for the site (a site rule naming UTC is
		// known): a wall time without a zone takes the offset the
		// page's own zoned dates carry.
		loc = lx.pageZone(p.Published, p.Modified)
	}
	var dw []string
	a.PublishedAt, dw = lx.pickDate(p.Published, loc, opts.FetchedAt)
	warns = append(warns, dw...)
	a.ModifiedAt, dw = lx.pickDate(p.Modified, loc, opts.FetchedAt)
	warns = append(warns, dw...)
	if !a.ModifiedAt.IsZero() && !a.PublishedAt.IsZero() && a.ModifiedAt.Before(a.PublishedAt) {
		a.ModifiedAt = time.Time{}
	}

	// The dateline opens one of the first two paragraphs of prose; the
	// bullets of a summary over the story are read but not counted
	// (a template may set "AFP, MANILA" as a list item of its own).
	read := 0
	for _, para := range paras {
		if read >= 2 {
			break
		}
		if !listed[para] {
			read++
		}
		if dl := lx.readDateline(para, a.Site); dl != nil {
			a.Dateline = lx.witnessDateline(dl, para, p.Datelines, a.Site)
			// "AFP, MANILA" on a line of its own over the story is
			// its byline: where no person is credited, the agency
			// is the whole byline and so the author (FIELDS.md),
			// not the site's own name standing in from metadata.
			if !ppl.personNamed && dl.Source != "" && bylineDateline(para, dl) && !namesSite(dl.Source, a.Site, a.Domain, false) {
				a.Authors = []string{dl.Source}
			}
			break
		}
	}
	if a.Dateline == nil {
		a.Dateline = lx.cityStopDateline(paras)
	}
	if a.Dateline == nil {
		// A template that prints the dateline apart from the body marks
		// it as schema.org's dateline property.
		a.Dateline = lx.propertyDateline(p.Datelines, paras, a.Site)
	}
	if a.Dateline != nil {
		a.Authors = dropFiledFrom(a.Authors, a.Dateline.Place)
	}
	info := articleInfo{lang: a.Lang, title: a.Title, bylines: a.Authors}
	if a.Dateline != nil {
		info.place = a.Dateline.Place
	}
	a.Quotes = lx.readArticleQuotes(info, paras, headings...)
	// A wire agency in the dateline ("KATHMANDU (Reuters) -") stays the
	// dateline's source: the gold sets list no source for it.
	var speakers []string
	for _, q := range a.Quotes {
		if q.Speaker != "" {
			speakers = append(speakers, q.Speaker)
		}
	}
	// The authors are people of the story too: ", Vance reports." by
	// Petra Vance is her own report, no source.
	a.Sources = lx.readSources(slices.Concat(paras, syndication, p.SourceLines), a.Site, a.Domain, slices.Concat(speakers, a.Authors)...)
	for _, s := range slices.Concat(lx.bylineAgencies(slices.Concat(a.Authors, ppl.bylineOrgs)), ppl.creditOrgs) {
		if !namesSite(s, a.Site, a.Domain, false) {
			a.Sources = appendName(a.Sources, s)
		}
	}
	// The wire of the dateline wrote the story: its name further on
	// ("an email reviewed by Reuters" under "(Reuters) —") is the
	// story's own, as the site's is, not a citation.
	if a.Dateline != nil && a.Dateline.Source != "" {
		a.Sources = lx.dropAuthorOutlets(a.Sources, lx.datelineWires(a.Dateline.Source))
	}
	a.Sources = lx.dropShortForms(a.Sources)
	a.Authors = dropCitedOutletAuthors(a.Authors, a.Sources)
	a.Sources = lx.dropAuthorOutlets(a.Sources, a.Authors)
	a.Images = lx.readImages(p.Images)
	a.Related = cleanLinks(p.Related)

	a.WordCount = countFields(a.Text)
	if a.Text != "" {
		sum := textSum(a.Text)
		a.ContentHash = hex.EncodeToString(sum[:])
		a.SimHash = SimHash(a.Text)
	}
	forms.apply(&a, paras) // after the hashes, which are over NFC text

	conf, cw := Confidence(p, &a)
	warns = append(warns, cw...)
	method := "generic"
	switch {
	case strings.Contains(p.Rule, "/"): // a site config: "ftr/theguardian.com"
		method = "rules:" + p.Rule
	case p.Rule != "":
		method = "rules:kabar/" + p.Rule
	case ppl.fromSiteConfig && p.SiteConfig != "":
		method = "rules:" + p.SiteConfig // only its authors were taken
	}
	a.Extraction = &kabar.Extraction{Version: opts.Version, Method: method, Confidence: conf, Warnings: warns}
	return a
}

// bylineDateline says para holds the dateline dl and nothing else but
// punctuation ("AFP, MANILA", "(Reuters)"): a line set over the story
// as its byline is.
func bylineDateline(para string, dl *kabar.Dateline) bool {
	rest := para
	for _, part := range []string{dl.Place, dl.Source} {
		if part != "" {
			rest = strings.Replace(rest, part, "", 1)
		}
	}
	return strings.TrimFunc(rest, func(r rune) bool { return unicode.IsPunct(r) || isSpace(r) }) == ""
}

// dropFiledFrom drops from authors a name that is the dateline's place,
// or its first part ("Sevilla" of "Sevilla, España"), where another
// author stays: "Ana Ruiz | Sevilla" over "Sevilla, 4 mar (EFE).- …" names
// where the writer filed from, which no lexicon of places need know,
// never a second writer.
func dropFiledFrom(authors []string, place string) []string {
	if len(authors) < 2 || place == "" {
		return authors
	}
	town, _, _ := strings.Cut(place, ",")
	out := authors[:0:0]
	for _, a := range authors {
		if k := nameKey(a); k != nameKey(place) && k != nameKey(town) {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return authors
	}
	return out
}

// appendName appends name to names unless it is there already.
func appendName(names []string, name string) []string {
	for _, n := range names {
		if nameKey(n) == nameKey(name) {
			return names
		}
	}
	return append(names, name)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// canonicalURL resolves the canonical URL against the page URL and drops
// the fragment; with no usable canonical URL it is the page URL.
func canonicalURL(canon, page string) string {
	base, _ := url.Parse(strings.TrimSpace(page))
	c := strings.TrimSpace(canon)
	if c == "" {
		c = strings.TrimSpace(page)
	}
	u, err := url.Parse(c)
	if err != nil {
		return ""
	}
	if base != nil && !u.IsAbs() {
		u = base.ResolveReference(u)
	}
	if !u.IsAbs() || u.Host == "" {
		return ""
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}

// cleanTags cleans and dedupes tags, keeping their order; credits filed
// as tags ("Editor:Iskandar") are not topics and go.
func (lx *lexicon) cleanTags(tags []string) []string {
	// A sentence split at its spaces is not a tag list ("Para",
	// "tahanan", "itu", …): many of its "tags" are stopwords.
	stop := 0
	for _, t := range tags {
		if lx.isStopword(strings.ToLower(strings.TrimRight(t, ".,"))) {
			stop++
		}
	}
	if len(tags) >= 5 && stop*4 >= len(tags) {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, t := range tags {
		t = cleanText(t)
		k := strings.ToLower(t)
		if _, credit := lx.creditTag(t); t == "" || seen[k] || credit {
			continue
		}
		seen[k] = true
		out = append(out, t)
	}
	return out
}

// cleanLinks cleans related links and drops ones without a URL.
func cleanLinks(ls []kabar.Link) []kabar.Link {
	var out []kabar.Link
	seen := map[string]bool{}
	for _, l := range ls {
		l.URL = strings.TrimSpace(l.URL)
		l.Title = cleanText(l.Title)
		if l.URL == "" || seen[l.URL] {
			continue
		}
		seen[l.URL] = true
		out = append(out, l)
	}
	return out
}

// trimClosingInitials removes editors' initials closing the last
// paragraph ("… kata dia. (mea/mea)").
func trimClosingInitials(s string) string {
	i := strings.LastIndexByte(s, '(')
	if i <= 0 || !isClosingInitials(s[i:]) || !strings.Contains(s[i:], "/") {
		return s
	}
	return strings.TrimSpace(s[:i])
}

// siteZone is the zone for dates that name none: the site's own, else the
// zone of the country its top-level domain names ([tld-zones]), else the
// home zone of the domain's or the page's language, else UTC.
func (lx *lexicon) siteZone(tz, lang, domain string) *time.Location {
	if tz != "" {
		for _, loc := range lx.homeZone {
			if loc.String() == tz {
				return loc // loaded with the lexicon: no zoneinfo lookup
			}
		}
		if loc, err := time.LoadLocation(tz); err == nil {
			return loc
		}
	}
	if i := strings.LastIndexByte(domain, '.'); i >= 0 {
		if loc := lx.tldZone[domain[i+1:]]; loc != nil {
			return loc
		}
		if l, ok := lx.tldLang[domain[i+1:]]; ok {
			if loc := lx.homeZone[l]; loc != nil {
				return loc
			}
		}
	}
	if loc := lx.homeZone[lang]; loc != nil {
		return loc
	}
	return time.UTC
}
