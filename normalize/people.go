package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// orgSource says the page's own markup calls the name an
	// organisation (JSON-LD author of @type Organization).
	orgSource bool
}

// people is the outcome of reading every credit on a page.
type people struct {
	authors, editors []string
	contributors     []kabar.Person
	// dropBlocks marks body blocks that were credit lines.
	dropBlocks map[int]bool
	// trimBlocks holds the prose of body blocks that a credit opened or
	// closed ("By A: The storm…"), by block index.
	trimBlocks map[int]string
	// bylineOrgs are the organisations the byline named beside a person
	// ("Jane Roe, AP"): not authors (FIELDS.md), but an agency among them
	// is where the story came from, so it is a cited source.
	bylineOrgs []string
	// warnings say which of a site config's author names were not
	// taken, and why.
	warnings []string
	// personNamed says some author is a person, not an outlet.
	personNamed bool
	// fromSiteConfig says the authors are a site config's names.
	fromSiteConfig bool
	// creditOrgs are the organisations a contributor credit names ("With
	// files from Reuters and Jane Roe", "Con información de EFE"): the
	// outlets the story draws on, so cited sources, never contributors.
	creditOrgs []string
}

// bylineWindow is how many blocks at each end of the body may hold
// credit lines, and maxBylineLen how long such a line may be.
const (
	bylineWindow = 5
	maxBylineLen = 120
	// bylineLangBlocks is how many of the first blocks tell the
	// language the credits are read in (see readPeople).
	bylineLangBlocks = 4
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
//     bylines, dates and "Follow" buttons; then credit lines at the foot;
//  4. the people a site config's author expression names: community
//     files are many and some are stale, so they never outvote a person
//     the page itself credits, but they do fill an empty byline and stand
//     in for an organisation (a newsroom label, the site's name);
//  5. an outlet or agency, when no person is named.
func (lx *lexicon) readPeople(p *extract.Page, blocks []string) people {
	res := people{dropBlocks: map[int]bool{}, trimBlocks: map[int]string{}}
	// The credits are read in the page's language: its conjunctions
	// join writers ("Jan Smit en Piet Bos"), though another language
	// reads them as prepositions (see bylineView). The declared
	// language stands (telling it from the text again on every page, as
	// language does, cost 1-3 % of normalize's instructions); a page
	// that declares none is told by the stopwords of its opening
	// paragraphs (a language without stopwords, as Turkish, is not).
	lang := declaredLang(p.Lang)
	if lang == "" {
		lang, _, _ = lx.detect(strings.Join(blocks[:min(len(blocks), bylineLangBlocks)], "\n\n"))
	}
	lx = lx.bylineView(lang)
	// foot holds credit lines in the second half of the text or found
	// outside it ("Reporting by A and B; Editing by C" after the story):
	// their editors and contributors count; their reporters when no
	// byline names a person or the byline names none of them. Where the
	// byline shares a name with the foot line, the byline's list stands:
	// foot lines also list the desk's writers and spell names as the
	// byline does not.
	var inText, structured, visible, foot []credit
	// configured holds the names a site config's author expression
	// gives (extract.SourceSiteConfig): a witness ranked after every
	// person the page names and before any organisation.
	var configured []credit
	// visibleFirst is the first byline element that names a writer: its
	// outlets stand beside its people ("By Jane Roe with AP").
	var visibleFirst []credit
	// bodyFoot is how many of foot's credits come from the text itself,
	// first; the rest were found by extract outside it.
	bodyFoot := 0
	for i, b := range blocks {
		edge := i < bylineWindow || i >= len(blocks)-bylineWindow
		if edge && len(b) <= maxBylineLen && isClosingInitials(b) {
			res.dropBlocks[i] = true
			continue
		}
		// A credit line stands anywhere: wire copy prints it at the
		// foot, some templates between the lead and the rest. Inside
		// the text its names must be full ones: an interview's
		// "Reporter: Yes." is no credit.
		if cs, ok := lx.readCreditLine(b); ok && (edge || fullNames(cs)) {
			if i > 0 && i >= len(blocks)/2 {
				foot = append(foot, cs...)
			} else {
				inText = append(inText, cs...)
			}
			res.dropBlocks[i] = true
			continue
		}
		// "Par Les Echos" at an edge of the text: a byline that names
		// the site itself in a form the credit reader refuses (an
		// article opens it) is page furniture all the same, and
		// credits no one.
		if edge && len(b) <= maxBylineLen {
			if rest, ok := lx.cutByLabel(b); ok && sameSite(trimPunct(rest), p.SiteName, p.URL) {
				res.dropBlocks[i] = true
				continue
			}
		}
		if i < 2 {
			if cs, rest, ok := lx.creditHead(b); ok {
				inText = append(inText, cs...)
				res.trimBlocks[i] = rest
				continue
			}
		}
		if i >= len(blocks)-2 {
			if cs, rest, ok := lx.creditTail(b); ok {
				foot = append(foot, cs...)
				res.trimBlocks[i] = rest
			}
		}
	}
	for _, f := range p.Authors {
		if lx.isNewsroomLabel(f.Value, p.SiteName, p.URL) {
			continue
		}
		v := lx.structuredName(f, p)
		// A value that labels its roles ("Text: Jane Roe Photos: Tom
		// Okafor") is a credit line set into metadata: it is read as a
		// visible one is, piece by piece; a name never holds a label.
		trusted := !strings.Contains(v, ":")
		if cs, ok := lx.parseByline(dropSiteParts(v, p.SiteName, p.URL), kabar.RoleReporter, false, trusted); ok {
			cs = withSource(lx.dropSiteTail(cs, p.SiteName, p.URL), f.Source)
			if f.Source == extract.SourceSiteConfig {
				kept := lx.configuredCredits(cs, p)
				for _, c := range cs {
					if !slices.ContainsFunc(kept, func(k credit) bool { return k.name == c.name }) {
						res.warnings = append(res.warnings, "site config author not taken (not a person's name): "+c.name)
					}
				}
				configured = append(configured, kept...)
				continue
			}
			for i := range cs {
				// A JSON-LD or meta author that is the site itself
				// ("Lesotho Times" on lestimes.com) is the outlet.
				cs[i].outlet = cs[i].outlet || sameSite(cs[i].name, p.SiteName, p.URL)
			}
			structured = append(structured, cs...)
		}
	}
	for _, f := range p.Editors {
		// An editor in metadata is written as an author there is
		// ("Roe, Jane" in JSON-LD editor): one person, not two.
		if cs, ok := lx.parseByline(lx.structuredName(f, p), kabar.RoleEditor, false, true); ok {
			structured = append(structured, withSource(cs, f.Source)...)
		}
	}
	// Some sites file credits as tags ("Editor:Iskandar").
	for _, tag := range p.Tags {
		if cs, ok := lx.creditTag(tag); ok {
			visible = append(visible, cs...)
		}
	}
	bodyFoot = len(foot)
	reporterSeen, outletSeen := false, false
	for _, f := range p.Bylines {
		// A labelled credit line that extract found by its words
		// outside the body ("Reporting by A; Editing by B" after the
		// story) is as good as one inside it.
		if f.Source == "text" {
			if cs, ok := lx.readCreditLine(f.Value); ok {
				foot = append(foot, cs...)
				continue
			}
		}
		// "Foto: Jane Roe / AP" under a picture, caught by a byline
		// element too: the picture's credit (images), no credit of the
		// story's.
		if picturesCredit(f.Value, p.Images) {
			continue
		}
		// "(Editing by Jane Roe)": a credit in brackets reads as
		// the credit.
		v := unwrapCredit(f.Value)
		if lx.isNewsroomLabel(lx.cutByWord(v), p.SiteName, p.URL) {
			continue
		}
		if f.Source == "text" && opensWithDash(f.Value) {
			v = lx.dropSignOffTail(v)
		}
		cs, ok := lx.parseByline(lx.dropPlaceTail(dropSiteParts(v, p.SiteName, p.URL)), kabar.RoleReporter, false, false)
		if !ok {
			continue
		}
		cs = lx.dropSiteTail(cs, p.SiteName, p.URL)
		// Byline elements after the first that names a writer mostly
		// belong to related articles: only their other roles count.
		// So do their outlets: "By STAFF" over the story, then "By
		// AGENCY" over each teaser beside it.
		has, hasOutlet := false, false
		for _, c := range cs {
			if c.role == kabar.RoleReporter && !c.outlet {
				has = true
				if reporterSeen {
					continue
				}
			}
			if c.role == kabar.RoleReporter && c.outlet {
				hasOutlet = true
				if reporterSeen || outletSeen {
					continue
				}
			}
			visible = append(visible, c)
		}
		if has && !reporterSeen {
			visibleFirst = cs
		}
		reporterSeen = reporterSeen || has
		outletSeen = outletSeen || hasOutlet
	}

	// The page's section standing in a byline ("Politics") names no
	// one; nor does a word that names papers in general standing alone
	// ("Nachrichten", "News", "Berita" in meta author): a navigation
	// label, not a writer or an outlet.
	// Nor does a word that labels a post's kind or topic ("Opinion",
	// "Sport", "Video"), left of a breadcrumb or a kicker: it is the
	// page's taxonomy ([labels]), no writer's name.
	// Two capitals alone ("AS") are initials, which FIELDS.md never
	// takes for an author, unless they are a known agency ("AP"), the
	// site itself, or marked as an organisation by their source.
	section := nameKey(p.Section)
	for _, g := range []*[]credit{&inText, &visible, &structured, &foot, &configured} {
		*g = slices.DeleteFunc(*g, func(c credit) bool {
			return section != "" && nameKey(c.name) == section || lx.outletWordSet[strings.ToLower(trimPunct(c.name))] || lx.labels[strings.ToLower(trimPunct(c.name))] ||
				lx.isNewsroomLabel(c.name, p.SiteName, p.URL) || lx.pictureAgencies[strings.ToLower(trimPunct(c.name))] ||
				!c.orgSource && isCapitals(c.name) && utf8.RuneCountInString(c.name) == 2 && !lx.isOutlet(c.name) && !sameSite(c.name, p.SiteName, p.URL)
		})
	}
	// Whether a credit names a person or an organisation is decided in
	// one place for every source: a team account or newsroom label in a
	// byline gives way to a person named anywhere else.
	for _, group := range [][]credit{inText, visible, structured, foot, configured, visibleFirst} {
		for i := range group {
			group[i].outlet = group[i].outlet || lx.isOrganisation(group[i], p.SiteName, p.URL)
		}
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
	for _, group := range [][]credit{inText, visible, structured, foot} {
		for _, c := range group {
			// An editor is a person: the site's own name or an outlet
			// after an editing credit ("Editing by Jane Roe | Harbour
			// Wire") edits nothing.
			if c.role == kabar.RoleEditor && !c.outlet {
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
		// Metadata often names only the first of the byline's writers:
		// a visible byline that holds them all and more speaks for all.
		// The others must read as full names: bylines also hold
		// "Posted", "Last updated" and the like.
		if shown := pick(visible, false); len(shown) > len(authors) && coversAll(shown, authors) && fullNames(shown) {
			authors = shown
		}
		// Metadata that disagrees with itself: the most trusted source
		// names someone the visible byline does not (a CMS account that
		// posted the story, a web producer), while a weaker source names
		// the byline's writers. The byline, seconded by metadata, is the
		// page's word for who wrote it.
		if shown := pick(visible, false); len(shown) > 0 && fullNames(shown) && !sharesName(shown, authors) && sharesName(shown, persons) {
			authors = shown
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
		// "By Jane Roe with AP": the byline's outlets stand beside its
		// people, for personsFirst to set apart.
		authors = append(pick(visible, false), pick(visibleFirst, true)...)
	case len(pick(foot, false)) > 0:
		authors = pick(foot, false)
	case len(pick(configured, false)) > 0 && !lx.namesAgency(slices.Concat(inText, visible, structured, foot), p):
		// No person on the page itself: the site config's names
		// stand in for an empty byline, a newsroom label or the
		// site's own name in metadata. An agency the page names
		// (a wire story's whole byline) is an author in its own
		// right (FIELDS.md) and stands.
		authors = pick(configured, false)
		res.fromSiteConfig = true
	case len(pick(structured, true)) > 0 && len(pick(visible, true)) > 0 &&
		lx.allOwnLabels(pick(structured, true), p) && lx.namesOtherOrganisation(pick(visible, true), p):
		// Metadata names the site itself or its newsroom ("Harbour
		// Times", "Metro Desk"), the visible byline an agency or another
		// organisation ("By Reuters"): the site's name standing in for
		// a byline in metadata is no author (FIELDS.md), the byline is.
		authors = pick(visible, true)
	case len(pick(structured, true)) > 0:
		outlets := pick(structured, true)
		for _, c := range outlets {
			if c.source == outlets[0].source {
				authors = append(authors, c)
			}
		}
	case len(pick(configured, true)) > 0:
		// An agency the site config names, and nothing else.
		authors = pick(configured, true)
		res.fromSiteConfig = true
	default:
		authors = pick(slices.Concat(inText, visible, foot), true)
	}
	// A foot credit line that shares no one with the byline is the
	// page's own word against metadata or a byline element that named
	// someone else (an uploader, a desk account): it stands.
	// Lines found outside the text may belong to a teaser: they do not
	// overrule.
	if shown := pick(foot[:bodyFoot], false); len(shown) > 0 && len(pick(inText, false)) == 0 && !sharesName(shown, authors) {
		authors = shown
		res.fromSiteConfig = false
	}
	authors, orgs := lx.personsFirst(authors, p.SiteName, p.URL)
	for _, c := range configured {
		if !c.outlet && !slices.ContainsFunc(authors, func(a credit) bool { return nameKey(a.name) == nameKey(c.name) }) {
			res.warnings = append(res.warnings, "site config author not taken (the page names its own): "+c.name)
		}
	}
	for _, o := range orgs {
		res.bylineOrgs = append(res.bylineOrgs, o.name)
	}
	for _, c := range authors {
		add(c)
		res.personNamed = res.personNamed || !c.outlet
	}
	credited := map[string]bool{}
	for _, c := range all {
		credited[nameKey(c.name)] = true
	}
	for _, group := range [][]credit{inText, visible, structured, foot} {
		for _, c := range group {
			// Authors and editors have their own fields; contributors
			// hold everyone else, so no name is listed twice.
			if c.role != kabar.RoleReporter && c.role != kabar.RoleEditor && !credited[nameKey(c.name)] {
				if c.outlet {
					// "Photo: AP" credits no person; "With files
					// from Reuters" names a source.
					if c.role == kabar.RoleContributor {
						res.creditOrgs = appendName(res.creditOrgs, c.name)
					}
					continue
				}
				add(c)
			}
		}
	}
	// "M. Quill" in the byline, "Mara Quill" in the author meta tag:
	// the full name the page gives stands for the initials.
	all = dropPartNames(expandInitials(all, slices.Concat(inText, visible, structured, foot, configured)))
	for _, c := range all {
		switch c.role {
		case kabar.RoleReporter:
			res.authors = append(res.authors, c.name)
		case kabar.RoleEditor:
			res.editors = append(res.editors, c.name)
		default:
			// Authors and editors have their own fields; contributors
			// hold everyone else, so no name is listed twice.
			res.contributors = append(res.contributors, kabar.Person{Name: c.name, Role: c.role})
		}
	}
	return res
}

// configuredCredits keeps of a site config's author credits those that
// pass the person checks, and the agencies among them (marked as
// outlets). A site config is a weaker witness than the page's own fields
// (community files go stale, and an author expression may catch a desk
// label, a photo credit or a heading), so its names must read as a
// person's by the one person/organisation decision (kindOf: two to five
// capitalised words, no outlet, organisation or site word among them; or
// one capitalised word that is no acronym, a one-name writer) and hold no
// label (a colon); an organisation is kept only when it is an
// outlet other than the site itself ("Reuters"), which FIELDS.md lets
// stand as the whole byline. The rest (the site's name, a newsroom or
// desk, initials, a heading) is dropped, and so is prose, which names
// the site and so would pass for the outlet. An author expression that
// catches an author box's sentence ("Jane Roe is a transport reporter at
// the Harbour Courier") reaches here as the name it opens with (cutBio).
func (lx *lexicon) configuredCredits(cs []credit, p *extract.Page) []credit {
	domain := registrableDomain(firstNonEmpty(p.CanonicalURL, p.URL))
	var out []credit
	for _, c := range cs {
		if strings.ContainsAny(c.name, ":|@/") || lx.readsAsProse(c.name) {
			continue
		}
		own := sameSite(c.name, p.SiteName, p.URL) || namesSite(c.name, p.SiteName, domain, false)
		switch kind := lx.kindOf(c.name, p.SiteName, domain); {
		case own:
		case kind == kindOutlet || c.outlet:
			if !lx.isNewsroom(c.name) {
				c.outlet = true
				out = append(out, c)
			}
		case (kind == kindPerson || mononym(c.name)) && !lx.isOrganisation(c, p.SiteName, p.URL) && !lx.isNamedOutlet(c.name, p.SiteName):
			out = append(out, c)
		}
	}
	return out
}

// maxNameLowerWords is how many lower-case words, other than a name's
// particles ("bin", "van") and an outlet's joiners ("of", "the"), a
// credit may hold and still be a name: a brand written small ("dpa
// Sport"), not a sentence's verbs and nouns.
const maxNameLowerWords = 1

// readsAsProse says name holds more lower-case words than a person's or
// an outlet's name does (maxNameLowerWords): a sentence from an author
// box or a teaser, not a credit.
func (lx *lexicon) readsAsProse(name string) bool {
	n := 0
	for _, w := range fields(name) {
		w = strings.Trim(w, ",;:.()\"“”‘’")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsLower(r) {
			continue
		}
		if l := strings.ToLower(w); lx.isParticle(l) || lx.isJoiner(l) || lx.isNameOpener(l) {
			continue
		}
		if n++; n > maxNameLowerWords {
			return true
		}
	}
	return false
}

// namesAgency says some reporter credit of cs is an agency or outlet
// other than the site itself ("Reuters" on a paper's page): not the
// site's name, a newsroom or a desk.
func (lx *lexicon) namesAgency(cs []credit, p *extract.Page) bool {
	domain := registrableDomain(firstNonEmpty(p.CanonicalURL, p.URL))
	for _, c := range cs {
		if c.role != kabar.RoleReporter || !c.outlet || lx.isNewsroom(c.name) ||
			sameSite(c.name, p.SiteName, p.URL) || namesSite(c.name, p.SiteName, domain, false) {
			continue
		}
		if lx.kindOf(c.name, p.SiteName, domain) == kindOutlet {
			return true
		}
	}
	return false
}

// mononym says name can be a one-name writer ("Suparman", common in
// Indonesian bylines): one capitalised word of letters, not in capitals
// (an acronym), of three letters or more (not initials).
func mononym(name string) bool {
	rs := []rune(name)
	if len(rs) < 3 || strings.ContainsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
		return false
	}
	return unicode.IsUpper(rs[0]) && !isCapitals(name)
}

// isNewsroom says a word of name is a newsroom's ("Desk", "Team",
// "Redaktion") or ends in one ("Newsdesk", "Metroteam"): a label, not an
// agency.
func (lx *lexicon) isNewsroom(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return isSpace(r) || r == '-' || r == '/' }) {
		w = trimPunct(w)
		if lx.newsroom[w] {
			return true
		}
		for n := range lx.newsroom {
			if len(n) >= 4 && len(w) > len(n) && strings.HasSuffix(w, n) {
				return true
			}
		}
	}
	return false
}

// isNewsroomLabel says v is a newsroom label made of a [newsroom-heads]
// or [newsroom] word and the site's or an outlet's name ("Tim detikcom",
// "Tim Liputan6.com", "Redaksi KabarKita"): FIELDS.md takes no author
// from it, where reading it as a label and a name would credit the site
// itself, or a given name ("Tim") alone. A head word before anything else
// ("Tim Santoso") is a person's name and stands.
func (lx *lexicon) isNewsroomLabel(v, siteName, pageURL string) bool {
	ws := fields(v)
	if len(ws) < 2 {
		return false
	}
	head := strings.ToLower(trimPunct(ws[0]))
	if !lx.newsroomHeads[head] && !lx.newsroom[head] {
		return false
	}
	rest := trimPunct(strings.Join(ws[1:], " "))
	return sameSite(rest, siteName, pageURL) || lx.isOutlet(rest) || lx.looksLikeOutlet(rest)
}

// cutByWord cuts a byline's opening one-word label ("By", "Oleh:",
// "Par") with its colon, so that the label-free value can be judged; any
// other v comes back as it is.
func (lx *lexicon) cutByWord(v string) string {
	rest, _ := lx.cutByLabel(v)
	return rest
}

// cutByLabel is cutByWord that also says whether a label was cut.
func (lx *lexicon) cutByLabel(v string) (string, bool) {
	v = strings.TrimSpace(v)
	w, rest, ok := strings.Cut(v, " ")
	if !ok {
		return v, false
	}
	if lx.bylineTexts[strings.ToLower(strings.TrimRight(w, ":"))] {
		return strings.TrimLeft(rest, ": "), true
	}
	return v, false
}

// structuredName reads a name from metadata as the name is written: a
// catalogue's "Surname, Given" turned round (Dublin Core always writes it
// so; JSON-LD and other meta tags when both parts read as a name), and
// the site, an outlet or a job set after it cut (see dropNameTail). A
// value from elsewhere comes back as it is.
func (lx *lexicon) structuredName(f extract.Field, p *extract.Page) string {
	switch {
	case strings.HasPrefix(f.Source, "meta:dc"):
		return uninvert(f.Value)
	case f.Source == "jsonld" || strings.HasPrefix(f.Source, "meta:"):
		return lx.dropNameTail(lx.uninvertPerson(f.Value), p.SiteName, p.URL)
	}
	return f.Value
}

// uninvert turns a catalogue's "Surname, Given" (Dublin Core's
// dc.creator: "Roe, Jane", "Lestari, Rina A.") into the name as written,
// "Jane Roe"; anything else comes back as it is.
func uninvert(v string) string {
	sur, given, ok := strings.Cut(strings.TrimSpace(v), ", ")
	if !ok || strings.ContainsAny(given, ",;/&") || countFields(sur) != 1 || countFields(given) < 1 || countFields(given) > 2 ||
		!isCapitalised(sur) || !isCapitalised(given) {
		return v
	}
	return given + " " + sur
}

// dropSignOffTail cuts the town a writer's sign-off closing the story
// (a line that opens with a dash: opensWithDash) sets after the names
// behind a comma or a slash ("— Tom Okafor / Riverton", "– Ana Soto,
// Valdoria"), which no lexicon need know: a sign-off joins a second
// writer with "and", so one capitalised word there that no given name,
// title, newsroom word or outlet is (barPlaceTail) is where the story
// was filed from, never a writer.
func (lx *lexicon) dropSignOffTail(v string) string {
	t := strings.TrimSpace(v)
	for _, sep := range []string{" / ", "/", ", "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head := strings.TrimSpace(strings.TrimLeft(t[:i], "—–- "))
		if tail := trimPunct(strings.TrimSpace(t[i+len(sep):])); tail != "" && lx.barPlaceTail(head, tail) {
			return t[:i]
		}
	}
	return v
}

// picturesCredit says v is, as written, the credit of one of the page's
// pictures ("Photo: Jane Roe, AP"): a byline element that caught it
// credits the picture, which FIELDS.md sets in images, not the story.
func picturesCredit(v string, images []kabar.Image) bool {
	v = strings.Join(strings.Fields(v), " ")
	if v == "" {
		return false
	}
	for _, im := range images {
		if c := strings.Join(strings.Fields(im.Credit), " "); c != "" && strings.EqualFold(c, v) {
			return true
		}
	}
	return false
}

// opensWithDash says v opens with a dash ("— Name", "– Name", "-- Name"),
// as a writer's sign-off does.
func opensWithDash(v string) bool {
	t := strings.TrimSpace(v)
	return strings.HasPrefix(t, "—") || strings.HasPrefix(t, "–") || strings.HasPrefix(t, "--")
}

// dropPlaceTail cuts a known place set after a byline's names behind
// " | " or " - " ("Ana Soto | Madrid", "Por Ana Soto - Londres"): where
// the story was filed from, never a second writer. (A place after a comma
// is left: fundus labels keep it, and "Name, Place" also reads as a
// list.) Behind a bar or a spaced dash, a town no lexicon knows goes too
// ("Giulia Ferri - Bellavista"; see barPlaceTail).
func (lx *lexicon) dropPlaceTail(v string) string {
	for _, sep := range []string{" | ", " - ", " – "} {
		i := strings.LastIndex(v, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(v[i+len(sep):])
		if tail != "" && (lx.isFiledFrom(fields(tail)) || lx.barPlaceTail(v[:i], tail)) {
			return strings.TrimSpace(v[:i])
		}
	}
	return v
}

// barPlaceTail says tail, set behind the one bar of a byline "Name |
// Tail", is where the writer filed from though no lexicon lists it
// ("Ana Soto | Valdoria"): a single capitalised word that no given name,
// title, newsroom word or outlet is, after a name of two words or more.
// A place is what a bar after a full name usually sets there; a second
// writer is written in full ("Ana Soto | Tom Reyes") and a lone given
// name ("Ana Soto | Marisol") is kept as one (FIELDS.md: authors are
// people, never the place they filed from).
func (lx *lexicon) barPlaceTail(head, tail string) bool {
	head = strings.TrimSpace(head)
	if strings.ContainsAny(head, "|,;/") || countFields(head) < 2 || countFields(tail) != 1 || !isCapitalised(tail) {
		return false
	}
	for _, r := range tail {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	l := strings.ToLower(tail)
	return !lx.isGivenName(l) && !lx.isTitleWord(l) && !lx.newsroom[l] && !lx.isParticle(l) &&
		!lx.isOutlet(tail) && !lx.looksLikeOutlet(tail)
}

// dropNameTail cuts what a JSON-LD or meta author sets after a person's
// name behind " | " or " - ": the site's name or an outlet ("Jane Roe -
// Harbour Times"), a job ("Jane Roe | Reporter") or the place she filed
// from ("Ana Soto | Madrid", "Ana Soto | Valdoria"), as a visible byline's is (dropPlaceTail). The name before must
// have two words or more; any other v comes back as it is.
func (lx *lexicon) dropNameTail(v, siteName, pageURL string) string {
	for _, sep := range []string{" | ", " - ", " – "} {
		head, tail, ok := strings.Cut(v, sep)
		if !ok || strings.Contains(tail, sep) || countFields(head) < 2 {
			continue
		}
		tail = strings.TrimSpace(tail)
		job := tail != ""
		for _, w := range fields(tail) {
			k := strings.ToLower(trimPunct(w))
			job = job && (lx.newsroom[k] || lx.isTitleWord(k) || slices.Contains(lx.noise, k))
		}
		if job || sameSite(tail, siteName, pageURL) || lx.isOutlet(tail) || lx.looksLikeOutlet(tail) || lx.isFiledFrom(fields(tail)) ||
			lx.barPlaceTail(head, tail) {
			return strings.TrimSpace(head)
		}
	}
	return v
}

// uninvertPerson reads a JSON-LD or meta author written the catalogue's
// way ("Roe, Jane", "Lestari, Rina A.") as the name as written; one
// author's name there never holds a comma otherwise, but an outlet list
// ("Reuters, AFP") or a job after a surname ("Roe, Staff Writer") does:
// a part that is an outlet or a credit-furniture word leaves v as it is.
func (lx *lexicon) uninvertPerson(v string) string {
	// "Roe, Jane; Okafor, Tom": a list of such names.
	if parts := strings.Split(v, ";"); len(parts) > 1 {
		for i, part := range parts {
			u := lx.uninvertPerson(strings.TrimSpace(part))
			if u == strings.TrimSpace(part) {
				return v
			}
			parts[i] = u
		}
		return strings.Join(parts, ", ")
	}
	u := uninvert(v)
	if u == v {
		return v
	}
	sur, given, _ := strings.Cut(strings.TrimSpace(v), ", ")
	for _, part := range []string{sur, given} {
		if lx.isOutlet(part) || lx.looksLikeOutlet(part) {
			return v
		}
		for _, w := range fields(part) {
			k := strings.ToLower(trimPunct(w))
			if lx.newsroom[k] || lx.outletWordSet[k] || slices.Contains(lx.noise, k) {
				return v
			}
		}
	}
	return u
}

// sharesName says some name of a is also one of b.
func sharesName(a, b []credit) bool {
	for _, x := range a {
		for _, y := range b {
			if nameKey(x.name) == nameKey(y.name) {
				return true
			}
		}
	}
	return false
}

// fullNames says every credit's name has two words or more.
func fullNames(cs []credit) bool {
	for _, c := range cs {
		if countFields(c.name) < 2 {
			return false
		}
	}
	return true
}

// coversAll says every name of part is among those of whole, as written
// or with its first names as initials there ("W. Okoro and P. Nandakumar"
// in the byline covers "Wendell Okoro" in metadata; expandInitials then
// writes the byline's initials out where the page gives the full name).
func coversAll(whole, part []credit) bool {
	have := map[string]bool{}
	for _, c := range whole {
		have[nameKey(c.name)] = true
	}
	for _, c := range part {
		if have[nameKey(c.name)] {
			continue
		}
		if !slices.ContainsFunc(whole, func(w credit) bool {
			return !w.outlet && hasInitials(w.name) && writesWithInitials(w.name, c.name)
		}) {
			return false
		}
	}
	return true
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
			cs[i].outlet, cs[i].orgSource = true, true
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
				for _, w := range fields(o.name) {
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
	if !strings.Contains(inner, "/") {
		// "(ant)", "(rdn)": lower-case initials alone.
		if len(inner) > 4 {
			return false
		}
		for _, r := range inner {
			if !unicode.IsLower(r) {
				return false
			}
		}
		return true
	}
	// "(mea/mea)", "(Dio/Ysl)": short initials around slashes.
	for _, part := range strings.Split(inner, "/") {
		part = strings.TrimSpace(part)
		if part == "" || len(part) > 5 {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) && r != '*' {
				return false
			}
		}
	}
	return true
}

// allOwnLabels says every credit of cs is the site's own: its name
// ("Harbour Times" on harbourtimes.com) or a newsroom label, whose words
// include one of [newsroom] ("Metro Desk", "Science Desk staff").
func (lx *lexicon) allOwnLabels(cs []credit, p *extract.Page) bool {
	for _, c := range cs {
		own := sameSite(c.name, p.SiteName, p.URL) || lx.isNewsroomLabel(c.name, p.SiteName, p.URL) || siteInitials(c.name, p.SiteName)
		for _, w := range fields(c.name) {
			own = own || lx.newsroom[strings.ToLower(trimPunct(w))]
		}
		if !own {
			return false
		}
	}
	return true
}

// namesOtherOrganisation says every credit of cs is an organisation
// that is not the site's own (allOwnLabels) and is known by its name: a
// known outlet or agency ("Reuters", "APA"), or a name of words
// ("European Space Agency"). Capitals alone ("HNN") may be the site's
// own initials.
func (lx *lexicon) namesOtherOrganisation(cs []credit, p *extract.Page) bool {
	if len(cs) == 0 || lx.allOwnLabels(cs, p) {
		return false
	}
	for _, c := range cs {
		if isCapitals(c.name) && !lx.isOutlet(c.name) && !slices.Contains(lx.creditAgency, strings.ToLower(c.name)) {
			return false
		}
	}
	return true
}

// siteInitials says name is the initials of the site's name in
// capitals ("MND" for Mexico News Daily, "HT" for Harbour Times): the
// site's own short name, as its staff bylines write it.
func siteInitials(name, siteName string) bool {
	ws := fields(siteName)
	if len(ws) < 2 || len(name) != len(ws) || !isCapitals(name) {
		return false
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.ToUpper(r) != rune(name[i]) {
			return false
		}
	}
	return true
}

// sameSite says name is the publisher's own name: its site name, or the
// first label of its domain ("Kompas" on kompas.com), compared without
// case, spaces or punctuation.
func sameSite(name, siteName, pageURL string) bool {
	k := nameKey(name)
	if k == "" {
		return false
	}
	if siteName != "" && k == nameKey(siteName) {
		return true
	}
	host := pageURL
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	if i := strings.IndexAny(host, "/:?#"); i >= 0 {
		host = host[:i]
	}
	for _, label := range strings.Split(strings.TrimPrefix(strings.ToLower(host), "www."), ".") {
		if len(label) > 3 && k == label {
			return true
		}
	}
	return false
}
