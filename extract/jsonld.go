package extract

import (
	"bytes"
	"encoding/json"
	"golang.org/x/text/encoding/charmap"
	"html"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
)

// ldNode is one JSON-LD object, decoded loosely: schema.org values may be a
// string, an object or a list of either, and publishers use all three.
type ldNode map[string]any

// linkedData is what the JSON-LD reader found on a page.
type linkedData struct {
	main      ldNode            // the article entity, or nil
	nodes     []ldNode          // every object found, flattened, document order
	byID      map[string]ldNode // nodes by @id, to follow references
	publisher string
	// articles counts the distinct article entities: more than a few means
	// a listing page that marks up its teasers, not one article.
	articles int
}

// articleTypes are the schema.org types that make a page one article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true,
	"backgroundnewsarticle": true, "reviewnewsarticle": true,
	"askpublicnewsarticle": true, "blogposting": true, "liveblogposting": true,
	"socialmediaposting": true, "report": true, "scholarlyarticle": true,
	"techarticle": true, "satiricalarticle": true, "advertisercontentarticle": true,
}

// pageTypes are the schema.org types of a node that stands for the page
// itself, not for something the page lists or mentions: it dates the
// page where no article entity does.
var pageTypes = map[string]bool{"webpage": true, "itempage": true, "claimreview": true}

// pageNode is the first node of a page type (pageTypes) that gives a
// datePublished, or nil. A page that lists articles (articles > 1) has
// none: its dates are its teasers'.
func (ld linkedData) pageNode() ldNode {
	if ld.articles > 1 {
		return nil
	}
	for _, n := range ld.nodes {
		if n.str("datePublished") == "" {
			continue
		}
		for _, t := range n.types() {
			if pageTypes[t] {
				return n
			}
		}
	}
	return nil
}

// readJSONLD parses every <script type="application/ld+json"> of the page.
// A block that is not valid JSON is repaired where publishers commonly
// break it (raw control characters in strings, trailing commas, HTML
// comment or CDATA wrappers) and skipped if it still does not parse.
func readJSONLD(idx *docIndex) linkedData {
	var ld linkedData
	sel(idx.ldScripts).Each(func(_ int, s *goquery.Selection) {
		v, ok := parseLD(s.Text())
		if !ok {
			return
		}
		flattenLD(v, &ld.nodes, 0)
	})
	ld.byID = map[string]ldNode{}
	for _, n := range ld.nodes {
		if id, ok := n["@id"].(string); ok && id != "" && len(n) > 2 {
			if _, dup := ld.byID[id]; !dup {
				ld.byID[id] = n
			}
		}
	}
	best := -1
	headlines := map[string]bool{}
	for _, n := range ld.nodes {
		if n.isArticle() && !headlines[n.str("headline")] {
			headlines[n.str("headline")] = true
			ld.articles++
		}
	}
	for i, n := range ld.nodes {
		if n.isArticle() {
			if best < 0 || (ld.nodes[best].str("headline") == "" && n.str("headline") != "") {
				best = i
			}
		}
	}
	if best < 0 {
		// A WebPage or similar carrying a headline still names the article.
		for i, n := range ld.nodes {
			if n.str("headline") != "" && !n.hasType("breadcrumblist", "organization", "website") {
				best = i
				break
			}
		}
	}
	if best >= 0 {
		ld.main = ld.nodes[best]
		ld.publisher = orgName(ld.resolve(ld.main["publisher"]))
	}
	if ld.publisher == "" {
		for _, n := range ld.nodes {
			if n.hasType("newsmediaorganization", "organization") && n.str("name") != "" {
				ld.publisher = n.str("name")
				break
			}
			if n.hasType("website") {
				if p := orgName(n["publisher"]); p != "" {
					ld.publisher = p
					break
				}
			}
		}
	}
	return ld
}

// parseLD decodes one script body, repairing it if it must.
func parseLD(text string) (any, bool) {
	b := bytes.TrimSpace([]byte(text))
	for _, wrap := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
		b = bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimPrefix(b, []byte(wrap[0])), []byte(wrap[1])))
	}
	b = bytes.TrimSuffix(b, []byte(";"))
	if len(b) == 0 {
		return nil, false
	}
	var v any
	if err := json.Unmarshal(b, &v); err == nil {
		return v, true
	}
	if err := json.Unmarshal(repairJSON(b), &v); err == nil {
		return v, true
	}
	return nil, false
}

// repairJSON escapes raw control characters inside strings and removes
// trailing commas before a closing bracket, the two faults that real
// publishers' JSON-LD shows most.
func repairJSON(b []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(b))
	inStr, esc := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inStr {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			case c < 0x20:
				out.WriteByte(' ')
				continue
			}
			out.WriteByte(c)
			continue
		}
		switch c {
		case '"':
			inStr = true
		case ',':
			j := i + 1
			for j < len(b) && (b[j] == ' ' || b[j] == '\n' || b[j] == '\r' || b[j] == '\t') {
				j++
			}
			if j < len(b) && (b[j] == '}' || b[j] == ']') {
				continue
			}
		}
		out.WriteByte(c)
	}
	return out.Bytes()
}

// flattenLD collects the objects of v: top-level arrays, @graph members and
// nested mainEntity / mainEntityOfPage / itemListElement objects.
func flattenLD(v any, into *[]ldNode, depth int) {
	if depth > 6 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			flattenLD(e, into, depth+1)
		}
	case map[string]any:
		n := ldNode(t)
		if _, ok := t["@type"]; ok {
			*into = append(*into, n)
		}
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage", "hasPart"} {
			if sub, ok := t[k]; ok {
				if _, isStr := sub.(string); !isStr {
					flattenLD(sub, into, depth+1)
				}
			}
		}
	}
}

// types returns the node's @type values, lower-cased, with any schema.org
// prefix removed.
func (n ldNode) types() []string {
	var out []string
	add := func(s string) {
		s = strings.TrimPrefix(strings.TrimPrefix(s, "http://schema.org/"), "https://schema.org/")
		s = strings.TrimPrefix(s, "schema:")
		out = append(out, strings.ToLower(strings.TrimSpace(s)))
	}
	switch t := n["@type"].(type) {
	case string:
		add(t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok {
				add(s)
			}
		}
	}
	return out
}

func (n ldNode) hasType(names ...string) bool {
	for _, t := range n.types() {
		for _, name := range names {
			if t == name {
				return true
			}
		}
	}
	return false
}

func (n ldNode) isArticle() bool {
	for _, t := range n.types() {
		if articleTypes[t] {
			return true
		}
	}
	return false
}

// typeName is the first @type as written.
func (n ldNode) typeName() string {
	switch t := n["@type"].(type) {
	case string:
		return t
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok {
				return s
			}
		}
	}
	return ""
}

// str returns a string property; for a list, its first string; for an
// object, its @value, name or @id.
func (n ldNode) str(key string) string {
	return ldString(n[key])
}

func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return cleanLD(t)
	case float64:
		return formatNumber(t)
	case []any:
		for _, e := range t {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		for _, k := range []string{"@value", "name", "@id"} {
			if s, ok := t[k].(string); ok && strings.TrimSpace(s) != "" {
				return cleanLD(s)
			}
		}
	}
	return ""
}

func formatNumber(f float64) string {
	b, _ := json.Marshal(f)
	return string(b)
}

// strs returns all string values of a property that may be a string, a
// list of strings, or a list of objects with names.
func (n ldNode) strs(key string) []string {
	var out []string
	switch t := n[key].(type) {
	case []any:
		for _, e := range t {
			if s := ldString(e); s != "" {
				out = append(out, s)
			}
		}
	default:
		if s := ldString(t); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// ldPerson is one entry of author, editor or contributor.
type ldPerson struct {
	name string
	org  bool // the entry is an Organization (or a subtype), not a person
}

// people reads author-like properties of n: a string, an object with a
// name (or a reference by @id to a node elsewhere in the page's JSON-LD),
// or a list of either. Names given as one string with separators are left
// whole for normalize to split.
func (ld linkedData) people(n ldNode, key string) []ldPerson {
	var out []ldPerson
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 3 {
			return
		}
		switch t := v.(type) {
		case string:
			if s := cleanLD(t); s != "" && !looksLikeURL(s) {
				out = append(out, ldPerson{name: s})
			}
		case []any:
			for _, e := range t {
				walk(e, depth+1)
			}
		case map[string]any:
			p := ldNode(ld.resolve(t).(map[string]any))
			name := ldString(p["name"])
			if name == "" {
				if g, f := ldString(p["givenName"]), ldString(p["familyName"]); g != "" || f != "" {
					name = strings.TrimSpace(g + " " + f)
				}
			}
			if name == "" || looksLikeURL(name) || isAccountPage(ldString(p["url"])) || isAccountPage(ldString(p["@id"])) {
				return
			}
			out = append(out, ldPerson{name: name, org: p.hasType("organization", "newsmediaorganization", "corporation", "organisation")})
		}
	}
	walk(n[key], 0)
	return out
}

// resolve follows a reference object ({"@id": "…"} and nothing else that
// names it) to the node with that @id; anything else is returned as is.
func (ld linkedData) resolve(v any) any {
	m, ok := v.(map[string]any)
	if !ok {
		return v
	}
	id, _ := m["@id"].(string)
	if id == "" || ldString(m["name"]) != "" {
		return v
	}
	if full, ok := ld.byID[id]; ok {
		return map[string]any(full)
	}
	return v
}

// orgName reads publisher-like values: a string or an object with name.
func orgName(v any) string {
	switch t := v.(type) {
	case string:
		if looksLikeURL(t) {
			return ""
		}
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := orgName(e); s != "" {
				return s
			}
		}
	case map[string]any:
		return ldString(t["name"])
	}
	return ""
}

// ldImages returns image URLs from an image property: a URL, an ImageObject
// (url / contentUrl), or a list of either.
func ldImages(v any) []ldImage {
	var out []ldImage
	switch t := v.(type) {
	case string:
		out = append(out, ldImage{url: strings.TrimSpace(t)})
	case []any:
		for _, e := range t {
			out = append(out, ldImages(e)...)
		}
	case map[string]any:
		n := ldNode(t)
		u := n.str("url")
		if u == "" {
			u = n.str("contentUrl")
		}
		if u != "" {
			out = append(out, ldImage{url: u, caption: n.str("caption"), credit: firstNonEmpty(n.str("creditText"), n.str("copyrightHolder"), n.str("author"))})
		}
	}
	return out
}

type ldImage struct{ url, caption, credit string }

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//") || strings.HasPrefix(s, "www.")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// cleanLD undoes two encodings that CMSs wrongly apply to JSON-LD strings:
// HTML entities ("&quot;", "&#8217;") and UTF-8 read as Latin-1 ("Ã³" for
// "ó"). Nothing else is changed.
func cleanLD(s string) string {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	return fixMojibake(s)
}

// fixMojibake reverses UTF-8 text that was decoded as windows-1252 once:
// when the text encodes back to windows-1252 bytes that are valid UTF-8
// with multi-byte sequences, those bytes are the real text.
func fixMojibake(s string) string {
	if !containsAnyOf(s, "Ã", "Â", "â", "Å", "Ä") {
		return s
	}
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil || !utf8.Valid(b) || isASCII(b) {
		return s
	}
	return string(b)
}

// containsAnyOf says s holds one of the substrings: strings.ContainsAny
// over non-ASCII runes, by the fast substring search (UTF-8 being
// self-synchronising, a rune's bytes found in s are that rune).
func containsAnyOf(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// articleBody returns the article's articleBody: the main node's, else
// that of another article node with the main node's headline. A page
// often describes its article twice (a plugin's graph and the theme's own
// block, in two scripts), and the text may be in the second only.
func (ld *linkedData) articleBody() string {
	if b := ld.main.str("articleBody"); b != "" {
		return b
	}
	h := ld.main.str("headline")
	if h == "" {
		return ""
	}
	for _, n := range ld.nodes {
		if n.isArticle() && n.str("headline") == h {
			if b := n.str("articleBody"); b != "" {
				return b
			}
		}
	}
	return ""
}
