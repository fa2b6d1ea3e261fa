package extract

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"github.com/kabar-news/kabar/extract/siteconfig"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/publicsuffix"
)

// siteFiles holds one rule file per publisher. Adding a publisher is adding
// a file; no code changes.
//
//go:embed sites/*.json
var siteFiles embed.FS

// SiteRule is what kabar knows about one publisher's pages. It is loaded
// from extract/sites/ID.json; selectors are CSS (cascadia) and are tried in
// order, the first that matches wins.
type SiteRule struct {
	ID       string   `json:"-"`         // file name without .json ("tribunnews"); Page.Rule
	Name     string   `json:"name"`      // the publisher's name as it calls itself; Page.SiteName
	Domains  []string `json:"domains"`   // registrable domains; subdomains match too
	Lang     string   `json:"lang"`      // ISO 639-1 of the site's articles
	TimeZone string   `json:"time_zone"` // IANA zone for times written without one
	Body     []string `json:"body"`      // the element holding the article text
	Drop     []string `json:"drop"`      // removed (from a copy) before the body is extracted
	// Related are "Baca juga" / "Read more" boxes inside the body: their
	// links go to Page.Related and the boxes leave the body.
	Related  []string `json:"related"`
	Title    []string `json:"title"`
	Byline   []string `json:"byline"`   // visible byline boxes, taken whole into Page.Bylines
	Author   []string `json:"author"`   // elements holding only an author's name
	Editor   []string `json:"editor"`   // elements holding only an editor's name
	Date     []string `json:"date"`     // visible publication date (text, or datetime/content attribute)
	Modified []string `json:"modified"` // visible modification date
	Caption  []string `json:"caption"`  // image caption elements inside or near the body
	Credit   []string `json:"credit"`   // image credit elements inside or near the body
	// Phrases are boilerplate lines particular to the publisher, passed to
	// the body extractor on top of its own lexicons.
	Phrases []string `json:"phrases"`
	// Source says where the selectors were learned (documentation, open
	// extractors' parsers); kept with the rule for whoever revises it.
	Source string `json:"source"`

	compiled map[string][]cascadia.Matcher
	// readsSpacing: a selector compares an element's text (cascadia's
	// :contains and :matches pseudo-classes), so the page's runs of white
	// space are parsed as they are (cuts.spacing).
	readsSpacing bool
	// readsDrawing: a selector names the attribute d or points
	// ("path[d^='M0']"), so their values stay (cuts.drawing).
	readsDrawing bool
	// readsUnread: a selector names one of siteconfig.UnreadAttributes
	// or an event handler, so those attributes stay (cuts.attrs).
	readsUnread bool
	// titles are the title entries in order: a selector, or the key of a
	// JSON-LD property of the article ("jsonld:headline").
	titles []ruleSource
}

// ruleSource is one place a rule reads a field from: an element (its
// text, or its content attribute for a <meta>), or a property of the
// article's JSON-LD.
type ruleSource struct {
	sel   cascadia.Matcher
	ldKey string
}

// ldPrefix marks a rule entry that names a JSON-LD property of the
// article instead of an element.
const ldPrefix = "jsonld:"

// ruleSet is the loaded, immutable set of site rules.
type ruleSet struct {
	rules    []*SiteRule
	byDomain map[string]*SiteRule
}

var (
	rulesOnce sync.Once
	rulesSet  *ruleSet
	rulesErr  error
)

// loadedRules returns the embedded rule set, loading it once. The set is
// never modified after loading, so it is safe to share between goroutines.
func loadedRules() (*ruleSet, error) {
	rulesOnce.Do(func() { rulesSet, rulesErr = loadRules(siteFiles, "sites") })
	return rulesSet, rulesErr
}

// loadRules reads and compiles every *.json rule under dir of fsys.
func loadRules(fsys fs.FS, dir string) (*ruleSet, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("extract: listing site rules: %w", err)
	}
	set := &ruleSet{byDomain: map[string]*SiteRule{}}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("extract: reading site rule %s: %w", name, err)
		}
		var r SiteRule
		if err := json.Unmarshal(b, &r); err != nil {
			return nil, fmt.Errorf("extract: site rule %s: %w", name, err)
		}
		r.ID = strings.TrimSuffix(path.Base(name), ".json")
		if err := r.compile(); err != nil {
			return nil, fmt.Errorf("extract: site rule %s: %w", name, err)
		}
		if r.Name == "" || len(r.Domains) == 0 {
			return nil, fmt.Errorf("extract: site rule %s: name and domains are required", name)
		}
		for _, d := range r.Domains {
			d = strings.ToLower(d)
			if other, dup := set.byDomain[d]; dup {
				return nil, fmt.Errorf("extract: site rules %s and %s both claim %s", other.ID, r.ID, d)
			}
			set.byDomain[d] = &r
		}
		set.rules = append(set.rules, &r)
	}
	return set, nil
}

func (r *SiteRule) compile() error {
	r.compiled = map[string][]cascadia.Matcher{}
	for key, sels := range map[string][]string{
		"body": r.Body, "drop": r.Drop, "related": r.Related, "title": r.Title, "byline": r.Byline, "author": r.Author,
		"editor": r.Editor, "date": r.Date, "modified": r.Modified, "caption": r.Caption, "credit": r.Credit,
	} {
		for _, s := range sels {
			if key == "title" && strings.HasPrefix(s, ldPrefix) {
				k := strings.TrimPrefix(s, ldPrefix)
				if k == "" {
					return fmt.Errorf("%s entry %q: no JSON-LD property after %q", key, s, ldPrefix)
				}
				r.titles = append(r.titles, ruleSource{ldKey: k})
				continue
			}
			sel, err := cascadia.ParseGroup(s)
			if err != nil {
				return fmt.Errorf("%s selector %q: %w", key, s, err)
			}
			if l := strings.ToLower(s); strings.Contains(l, ":contains") || strings.Contains(l, ":matches") {
				r.readsSpacing = true
			}
			if l := strings.ToLower(s); selectsAttribute(l, "d") || selectsAttribute(l, "points") {
				r.readsDrawing = true
			}
			if selectsUnread(strings.ToLower(s)) {
				r.readsUnread = true
			}
			m := guardClass(s, sel)
			r.compiled[key] = append(r.compiled[key], m)
			if key == "title" {
				r.titles = append(r.titles, ruleSource{sel: m})
			}
		}
	}
	return nil
}

// ruleDataAttrs are the data-* attribute names (lowered) that the site
// rules' selectors name, whichever rule applies: their values are never
// cut (cuts.data). A rule set that does not load names none (and
// pageCuts then cuts no data-* value).
func ruleDataAttrs() []string {
	set, err := loadedRules()
	if err != nil {
		return nil
	}
	var names []string
	for _, r := range set.rules {
		for _, sels := range [][]string{r.Body, r.Drop, r.Related, r.Title, r.Byline, r.Author, r.Editor,
			r.Date, r.Modified, r.Caption, r.Credit} {
			for _, s := range sels {
				l := strings.ToLower(s)
				for i := 0; ; {
					k := strings.Index(l[i:], "data-")
					if k < 0 {
						break
					}
					j := i + k + len("data-")
					for j < len(l) && (isASCIILetter(l[j]) || '0' <= l[j] && l[j] <= '9' || l[j] == '-' || l[j] == '_' || l[j] == ':' || l[j] == '.') {
						j++
					}
					names = append(names, l[i+k:j])
					i = j
				}
			}
		}
	}
	return names
}

// selectsUnread says the lowered CSS selector sel has an attribute
// selector on one of siteconfig.UnreadAttributes or an event handler.
func selectsUnread(sel string) bool {
	for _, name := range siteconfig.UnreadAttributes {
		if selectsAttribute(sel, name) {
			return true
		}
	}
	return strings.Contains(sel, "[on") || strings.Contains(sel, "[ on")
}

// selectsAttribute says the lowered CSS selector sel has an attribute
// selector on name ("[d]", "[points*='0']", "[ d ]").
func selectsAttribute(sel, name string) bool {
	for i := 0; ; {
		k := strings.IndexByte(sel[i:], '[')
		if k < 0 {
			return false
		}
		i += k + 1
		rest := strings.TrimLeft(sel[i:], " \t")
		if strings.HasPrefix(rest, name) {
			if j := len(name); j == len(rest) || strings.IndexByte(" \t]=~|^$*", rest[j]) >= 0 {
				return true
			}
		}
	}
}

// title is the headline as the rule's first title source that gives one
// reads it: an element's text, a <meta>'s content, or a JSON-LD property.
func (r *SiteRule) title(root *html.Node, ld linkedData) string {
	for _, src := range r.titles {
		var t string
		switch {
		case src.ldKey != "":
			if ld.main != nil {
				t = ld.main.str(src.ldKey)
			}
		default:
			n := cascadiaFirst(root, src.sel)
			if n == nil {
				continue
			}
			t = ruleText(n, nodeText)
		}
		if strings.TrimSpace(t) != "" {
			return t
		}
	}
	return ""
}

// ruleText is what an element a rule names holds: a <meta>'s content, or
// the element's text as text reads it.
func ruleText(n *html.Node, text func(*html.Node) string) string {
	if n.DataAtom == atom.Meta {
		return collapse(attr(n, "content"))
	}
	return text(n)
}

// selectors returns the compiled selectors of one kind ("body", "drop", …).
func (r *SiteRule) selectors(kind string) []cascadia.Matcher { return r.compiled[kind] }

// match returns the rule for the page's registrable domain, or nil.
func (s *ruleSet) match(pageURL string) *SiteRule {
	if s == nil {
		return nil
	}
	return s.matchDomain(RegistrableDomain(pageURL))
}

// matchDomain is match for a page whose registrable domain is d (""
// when its address has none): Extract works the domain out once a page.
func (s *ruleSet) matchDomain(d string) *SiteRule {
	if s == nil || d == "" {
		return nil
	}
	return s.byDomain[d]
}

// Rule returns a copy of the site rule that applies to pageURL (matched on
// its registrable domain, so subdomains share their publisher's rule), and
// whether there is one. The crawler and normalize use it for a site's name,
// language and time zone.
func Rule(pageURL string) (SiteRule, bool) {
	set, err := loadedRules()
	if err != nil {
		return SiteRule{}, false
	}
	r := set.match(pageURL)
	if r == nil {
		return SiteRule{}, false
	}
	c := *r
	c.compiled = nil
	return c, true
}

// Sites lists the IDs of the embedded site rules, sorted.
func Sites() []string {
	set, err := loadedRules()
	if err != nil {
		return nil
	}
	ids := make([]string, 0, len(set.rules))
	for _, r := range set.rules {
		ids = append(ids, r.ID)
	}
	slices.Sort(ids)
	return ids
}

// RegistrableDomain returns the eTLD+1 of a URL's host ("tribunnews.com"
// for "https://www.tribunnews.com/x"; "bbc.co.uk" for "www.bbc.co.uk"),
// lower-cased, or "" when the URL has no usable host.
func RegistrableDomain(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "" {
		return ""
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host
	}
	return d
}

// classGuard is a compiled selector whose matched element must carry a
// class (requiredClass): it refuses, before asking the selector, an
// element none of whose class attributes holds that name as a substring.
// A rule's selectors are each tried on every node of the page (drop,
// related, byline, author, date: a dozen walks of the tree a page), and
// cascadia tests a class by splitting every class attribute at its
// spaces (strings.IndexAny per word); most elements carry no such name,
// and one strings.Contains refuses them.
//
// Invariant: Match(n) == sel.Match(n) for every node. cascadia matches a
// class selector when a class attribute (any namespace) has a
// white-space-separated word equal to the name, byte for byte; such a
// word is a substring of the value, so the guard refuses no node the
// selector would match.
type classGuard struct {
	class string
	sel   cascadia.Matcher
}

// Match is sel.Match(n), refused early when no class attribute of n holds
// the required name.
func (g *classGuard) Match(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "class" && strings.Contains(a.Val, g.class) {
			return g.sel.Match(n)
		}
	}
	return false
}

// guardClass wraps sel, compiled from the selector text s, in a
// classGuard when requiredClass finds a class its element must carry;
// otherwise it returns sel.
func guardClass(s string, sel cascadia.Matcher) cascadia.Matcher {
	if c := requiredClass(s); c != "" {
		return &classGuard{class: c, sel: sel} // a pointer: no wrapper call when Match is called through the interface
	}
	return sel
}

// requiredClass is a class name that every element matched by the CSS
// selector s carries (the longest, the rarest as a rule), or "" when s is
// not plainly of the form it reads: one selector (no comma), compounds
// of a tag, #ids and .classes made of ASCII letters, digits, '-' and
// '_', joined by the descendant combinator (spaces). The last compound
// is the matched element's; anything else (attribute tests, pseudo-
// classes, other combinators, escapes, '*', non-ASCII names) gives "",
// and the selector is then tried unguarded.
func requiredClass(s string) string {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return ""
	}
	for _, f := range fields {
		for i := 0; i < len(f); i++ {
			c := f[i]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == '#') {
				return ""
			}
		}
	}
	last := fields[len(fields)-1]
	best := ""
	for i := 0; i < len(last); i++ {
		if last[i] != '.' {
			continue
		}
		j := i + 1
		for j < len(last) && last[j] != '.' && last[j] != '#' {
			j++
		}
		if j-(i+1) > len(best) {
			best = last[i+1 : j]
		}
		i = j - 1
	}
	return best
}
