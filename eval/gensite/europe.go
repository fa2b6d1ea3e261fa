package gensite

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// SiteLangs returns n pages of the European-language templates, a German,
// a French and a Spanish news page in turn, drawn from seed. It is a site of
// its own beside Site, whose pages it leaves as they were.
func SiteLangs(seed uint64, n int) []Page {
	r := rand.New(rand.NewPCG(seed, seed^0x51ed270b27a5c0f3))
	out := make([]Page, 0, n)
	for i := range n {
		g := &gen{r: r, i: i}
		out = append(out, g.europe(euLangs[i%len(euLangs)]))
	}
	return out
}

// euOffice is an office in its male and female forms: the title written
// bare before a name ("Bürgermeisterin"), the introduction with its
// article ("die Bürgermeisterin von {place}"), the apposition after a name
// without it ("maire de {place}") and the role noun a later mention uses
// ("die Bürgermeisterin", "le ministre").
type euOffice struct {
	title, intro, appos, role [2]string
}

func (o euOffice) form(f [2]string, female bool, place string) string {
	s := f[0]
	if female {
		s = f[1]
	}
	return strings.ReplaceAll(s, "{place}", place)
}

// euPerson is a member of a European page's cast.
type euPerson struct {
	full, short               string
	female                    bool
	title, intro, appos, role string
}

// euCast draws n distinct people with distinct offices. Spanish names carry
// two surnames half the time, and later mentions use the first of them.
func (g *gen) euCast(l *euLang, n int) []euPerson {
	if g.names == nil {
		g.names = map[string]bool{}
	}
	var out []euPerson
	for len(out) < n {
		female := g.r.IntN(2) == 0
		first := g.pick(l.male)
		if female {
			first = g.pick(l.female)
		}
		last := g.pick(l.last)
		full := first + " " + last
		second := ""
		if l.code == "es" && g.r.IntN(2) == 0 {
			second = g.pick(l.last)
			if second == last || g.names[second] {
				continue
			}
			full += " " + second
		}
		oi := g.r.IntN(len(l.offices))
		o := l.offices[oi]
		place := g.pick(l.places)
		key := fmt.Sprintf("euoffice:%d", oi)
		if g.names[last] || g.names[first] || g.names[key] {
			continue
		}
		g.names[last], g.names[first], g.names[key] = true, true, true
		if second != "" {
			g.names[second] = true
		}
		out = append(out, euPerson{full: full, short: last, female: female,
			title: o.form(o.title, female, place), intro: o.form(o.intro, female, place),
			appos: o.form(o.appos, female, place), role: o.form(o.role, female, place)})
	}
	return out
}

func (l *euLang) pron(p euPerson) string {
	if p.female {
		return l.she
	}
	return l.he
}

// q wraps a quotation in the language's marks.
func (l *euLang) q(s string) string { return l.open + s + l.close }

// euBody writes the body's quoted part: two people introduced with their
// offices and quoted again by surname, pronoun or role noun, and a cited
// outlet, in the attribution forms each language's press uses.
func (g *gen) euBody(l *euLang, a *article, cast []euPerson, outlet [2]string) {
	p, q := cast[0], cast[1]
	day := g.pick(l.days)
	switch l.code {
	case "de":
		s := g.sentence2(l)
		switch g.r.IntN(3) {
		case 0:
			a.quote(s, p.full)
			a.para(fmt.Sprintf("%s, sagte %s, %s.", l.q(s), p.intro, p.full))
		case 1:
			a.quote(s+".", p.full)
			a.para(fmt.Sprintf("%s sagte am %s: %s", p.title+" "+p.full, day, l.q(s+".")))
		default:
			a.quote(s, p.full)
			a.para(fmt.Sprintf("%s, so %s %s.", l.q(s), p.title, p.full))
		}
		a.para(g.pick(l.filler))
		s = g.sentence2(l)
		a.quote(s, p.full)
		switch g.r.IntN(4) {
		case 0:
			a.para(fmt.Sprintf("%s, sagte %s.", l.q(s), p.short))
		case 1:
			a.para(fmt.Sprintf("%s, fügte %s hinzu.", l.q(s), l.pron(p)))
		case 2:
			// One utterance broken by its attribution: one quote.
			s2 := g.sentence2(l)
			a.joinLast(s + " " + s2 + ".")
			a.para(fmt.Sprintf("%s, sagte %s. %s", l.q(s), p.short, l.q(s2+".")))
		default:
			a.para(fmt.Sprintf("%s, so %s.", l.q(s), p.short))
		}
		switch g.r.IntN(3) {
		case 0:
			a.para(fmt.Sprintf("Wie %s berichtet, soll die Entscheidung noch vor dem Sommer fallen.", outlet[0]))
		case 1:
			a.para(fmt.Sprintf("Das berichtete %s am Dienstag.", outlet[0]))
		default:
			a.para(fmt.Sprintf("Zuerst hatte %s über die Pläne berichtet.", outlet[0]))
		}
		s = g.sentence2(l)
		a.quote(s, q.full)
		if g.r.IntN(2) == 0 {
			a.para(fmt.Sprintf("%s, %s, sieht das anders. %s, sagt %s.", upperFirst(q.intro), q.full, l.q(s), l.pron(q)))
		} else {
			a.para(fmt.Sprintf("%s, sagt %s, %s.", l.q(s), q.full, q.appos))
		}
		s = g.sentence2(l)
		a.quote(s, q.full)
		a.para(fmt.Sprintf("%s, sagte %s.", l.q(s), q.short))
		s = g.sentence2(l)
		a.quote(s, p.full)
		a.para(fmt.Sprintf("%s, sagte %s.", l.q(s), p.role))
	case "fr":
		s := g.sentence2(l)
		switch g.r.IntN(3) {
		case 0:
			a.quote(s, p.full)
			a.para(fmt.Sprintf("%s, a déclaré %s, %s.", l.q(s), p.intro, p.full))
		case 1:
			a.quote(s+".", p.full)
			a.para(fmt.Sprintf("%s, %s, a affirmé %s : %s", p.full, p.appos, day, l.q(s+".")))
		default:
			a.quote(s, p.full)
			a.para(fmt.Sprintf("%s, selon %s, %s.", l.q(s), p.full, p.appos))
		}
		a.para(g.pick(l.filler))
		s = g.sentence2(l)
		a.quote(s, p.full)
		switch g.r.IntN(4) {
		case 0:
			a.para(fmt.Sprintf("%s, a ajouté %s.", l.q(s), p.short))
		case 1:
			a.para(fmt.Sprintf("%s, a-t-%s ajouté.", l.q(s), l.pron(p)))
		case 2:
			s2 := g.sentence2(l)
			a.joinLast(s + " " + s2 + ".")
			a.para(fmt.Sprintf("%s, a poursuivi %s. %s", l.q(s), p.short, l.q(s2+".")))
		default:
			a.para(fmt.Sprintf("%s, estime %s.", l.q(s), p.short))
		}
		switch g.r.IntN(3) {
		case 0:
			a.para(fmt.Sprintf("Selon %s, le chantier pourrait durer deux ans.", outlet[0]))
		case 1:
			a.para(fmt.Sprintf("D'après %s, le chantier pourrait durer deux ans.", outlet[0]))
		default:
			a.para(fmt.Sprintf("Le projet divise le conseil municipal, rapporte %s.", outlet[0]))
		}
		s = g.sentence2(l)
		a.quote(s, q.full)
		if g.r.IntN(2) == 0 {
			a.para(fmt.Sprintf("%s, %s, se montre plus prudent%s. %s, a-t-%s expliqué.", q.full, q.appos, fem(q.female, "e"), l.q(s), l.pron(q)))
		} else {
			a.para(fmt.Sprintf("%s, a réagi %s, %s.", l.q(s), q.full, q.appos))
		}
		s = g.sentence2(l)
		a.quote(s, q.full)
		a.para(fmt.Sprintf("%s, a insisté %s.", l.q(s), q.short))
		s = g.sentence2(l)
		a.quote(s, p.full)
		a.para(fmt.Sprintf("%s, a conclu %s.", l.q(s), p.role))
	default: // es
		s := g.sentence2(l)
		switch g.r.IntN(3) {
		case 0:
			a.quote(s, p.full)
			a.para(fmt.Sprintf("%s, dijo %s, %s.", l.q(s), p.intro, p.full))
		case 1:
			a.quote(s+".", p.full)
			a.para(fmt.Sprintf("%s, %s, afirmó el %s: %s", p.full, p.appos, strings.ToLower(day), l.q(s+".")))
		default:
			a.quote(s, p.full)
			a.para(fmt.Sprintf("%s, aseguró %s %s.", l.q(s), p.role, p.full))
		}
		a.para(g.pick(l.filler))
		s = g.sentence2(l)
		a.quote(s, p.full)
		switch g.r.IntN(5) {
		case 0:
			a.para(fmt.Sprintf("%s, añadió %s.", l.q(s), p.short))
		case 1:
			a.para(fmt.Sprintf("%s, insistió %s.", l.q(s), l.pron(p)))
		case 2:
			s2 := g.sentence2(l)
			a.joinLast(s + " " + s2 + ".")
			a.para(fmt.Sprintf("%s, añadió %s. %s", l.q(s), p.short, l.q(s2+".")))
		case 3:
			// Dash speech, the attribution set off by dashes.
			a.para(fmt.Sprintf("—%s—, explicó %s.", s, p.short))
		default:
			a.para(fmt.Sprintf("—%s —explicó %s—.", s, p.short))
		}
		switch g.r.IntN(3) {
		case 0:
			a.para(fmt.Sprintf("Según informó el diario %s, las obras podrían retrasarse hasta el otoño.", outlet[0]))
		case 1:
			a.para(fmt.Sprintf("Según recoge %s, las obras podrían retrasarse hasta el otoño.", outlet[0]))
		default:
			a.para(fmt.Sprintf("Según publica %s, el proyecto divide al pleno municipal.", outlet[0]))
		}
		s = g.sentence2(l)
		a.quote(s, q.full)
		if g.r.IntN(2) == 0 {
			a.para(fmt.Sprintf("%s, %s, se mostró más caut%s. %s, explicó %s.", q.full, q.appos, map[bool]string{false: "o", true: "a"}[q.female], l.q(s), l.pron(q)))
		} else {
			a.para(fmt.Sprintf("%s, señaló %s, %s.", l.q(s), q.full, q.appos))
		}
		s = g.sentence2(l)
		a.quote(s, q.full)
		a.para(fmt.Sprintf("%s, según %s.", l.q(s), q.short))
		s = g.sentence2(l)
		a.quote(s, p.full)
		a.para(fmt.Sprintf("%s, subrayó %s.", l.q(s), p.role))
	}
	a.sources = append(a.sources, outlet[1])
}

// joinLast gives the last quote recorded the text of an utterance that its
// attribution breaks within the paragraph ("A", said X. "B.").
func (a *article) joinLast(text string) { a.quotes[len(a.quotes)-1]["text"] = text }

func fem(female bool, s string) string {
	if female {
		return s
	}
	return ""
}

// sentence2 is a quotable sentence of the language, unique on the page.
func (g *gen) sentence2(l *euLang) string {
	if g.used == nil {
		g.used = map[string]bool{}
	}
	for {
		s := g.pick(l.quoteA) + " " + g.pick(l.quoteB)
		if !g.used[s] {
			g.used[s] = true
			return s
		}
	}
}

// cet is the zone of Berlin, Paris and Madrid for a month well inside
// winter or summer time (the generator draws no month of a change).
func cet(m time.Month) (*time.Location, string) {
	if m >= time.May && m <= time.September {
		return time.FixedZone("CEST", 2*3600), "CEST"
	}
	return time.FixedZone("CET", 3600), "CET"
}

// europe is a German, French or Spanish news page: a byline over the body
// ("Von A und B", "Par A et B", "Por A y B", a person with the agency), a
// visible date in the page's zone (and metadata on most pages), an agency
// or place dateline, quotes in the language's marks, a "read also" link
// and a newsletter box between paragraphs, related stories below.
func (g *gen) europe(l *euLang) Page {
	site := g.pick(l.sites)
	host := strings.NewReplacer(" ", "", "'", "", "ü", "ue", "é", "e", "ó", "o").Replace(strings.ToLower(site)) + "." + l.tld
	title := g.pick(l.headA) + " " + g.pick(l.headB)
	months := []time.Month{1, 2, 3, 5, 6, 7, 8, 9, 11, 12}
	m := months[g.r.IntN(len(months))]
	zone, zname := cet(m)
	pub := time.Date(2019+g.r.IntN(7), m, 1+g.r.IntN(28), 6+g.r.IntN(15), g.r.IntN(60), 0, 0, zone)
	auth := g.authorsEU(l, 1+g.r.IntN(2))
	cast := g.euCast(l, 2)
	a := &article{}
	city := g.pick(l.cities)
	place, source := strings.ToUpper(city), ""
	lead := g.pick(l.lead)
	switch g.r.IntN(3) {
	case 0:
		source = l.agency
		if l.code == "es" {
			a.para(fmt.Sprintf("%s, %d (%s) - %s", place, pub.Day(), l.agency, lead))
		} else {
			a.para(fmt.Sprintf("%s (%s) - %s", place, l.agency, lead))
		}
	case 1:
		source = l.agency
		a.para(fmt.Sprintf("%s (%s) — %s", place, l.agency, lead))
	default:
		place = ""
		a.para(lead)
	}
	g.euBody(l, a, cast, l.outlets[g.r.IntN(len(l.outlets))])
	label := g.pick(l.readAlso)
	also := label + " " + g.pick(l.headA) + " " + g.pick(l.headB)
	news := g.pick(l.newsletter)
	a.bp = []string{also, news}
	var body strings.Builder
	for i, p := range a.paras {
		fmt.Fprintf(&body, "<p>%s</p>\n", esc(p))
		if i == 1 {
			fmt.Fprintf(&body, "<p><strong>%s</strong> %s</p>\n", esc(label), link("/artikel/2", strings.TrimPrefix(also, label+" ")))
		}
		if i == 3 {
			fmt.Fprintf(&body, `<div class="newsletter-box"><p>%s</p><form><input type="email"><button>OK</button></form></div>`+"\n", esc(news))
		}
	}
	by := l.by + " " + byline(auth, l.and)
	withAgency := false
	switch g.r.IntN(3) {
	case 1:
		by = byline(auth, l.and)
	case 2:
		// A person with the agency that stands behind the story: the
		// agency is no author when a person is named. Whether a careful
		// reader counts it among the sources is open, so such a page
		// leaves its sources unscored.
		by = l.by + " " + byline(auth, l.and) + ", " + l.agency
		withAgency = true
	}
	var visible string
	switch l.code {
	case "de":
		visible = pub.Format("02.01.2006, 15:04") + " Uhr"
		if g.r.IntN(2) == 0 {
			visible = fmt.Sprintf("%d. %s %d, %s Uhr", pub.Day(), l.months[pub.Month()-1], pub.Year(), pub.Format("15:04"))
		}
	case "fr":
		visible = fmt.Sprintf("Publié le %d %s %d à %dh%02d", pub.Day(), l.months[pub.Month()-1], pub.Year(), pub.Hour(), pub.Minute())
	default:
		visible = fmt.Sprintf("%d de %s de %d - %s %s", pub.Day(), l.months[pub.Month()-1], pub.Year(), pub.Format("15:04"), zname)
		if g.r.IntN(2) == 0 {
			// No zone printed: the time is the site's (FIELDS.md).
			visible = fmt.Sprintf("Publicado el %d de %s de %d, a las %s", pub.Day(), l.months[pub.Month()-1], pub.Year(), pub.Format("15:04"))
		}
	}
	meta := ""
	if g.r.IntN(3) != 0 {
		var ld []string
		for _, x := range auth {
			ld = append(ld, fmt.Sprintf(`{"@type":"Person","name":%q}`, x))
		}
		meta = fmt.Sprintf(`<meta property="article:published_time" content="%s">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":%q,"author":[%s],"publisher":{"@type":"Organization","name":%q}}</script>`,
			pub.Format(time.RFC3339), title, pub.Format(time.RFC3339), strings.Join(ld, ","), site)
	}
	var rel strings.Builder
	for i := range 4 {
		fmt.Fprintf(&rel, "<li>%s</li>", link(fmt.Sprintf("/artikel/%d", 10+i), g.pick(l.headA)+" "+g.pick(l.headB)))
	}
	page := fmt.Sprintf(`<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s | %s</title>
<meta property="og:title" content="%s">
<meta property="og:site_name" content="%s">
%s
</head><body>
<header><a href="/">%s</a><nav>%s</nav></header>
<main><article>
<h1>%s</h1>
<p class="byline">%s</p>
<p class="date"><time>%s</time></p>
<div class="article-body">
%s</div>
</article>
<aside class="related"><h2>%s</h2><ul>%s</ul></aside></main>
<footer><p>© %d %s</p><a href="/impressum">%s</a></footer></body></html>`,
		l.code, esc(title), esc(site), esc(title), esc(site), meta, esc(site), l.nav, esc(title), esc(by), esc(visible),
		body.String(), esc(l.related), rel.String(), pub.Year(), esc(site), esc(l.legal))
	truth := map[string]any{"title": title, "authors": auth, "editors": []string{}, "published_at": pub.Format(time.RFC3339),
		"quotes": a.quotes, "sources": a.sources, "boilerplate": a.bp}
	if place != "" {
		truth["dateline"] = map[string]any{"place": place, "source": source}
	}
	if withAgency {
		delete(truth, "sources")
	}
	return Page{URL: fmt.Sprintf("https://www.%s/%s/%d/%s-%d", host, l.section, pub.Year(), slug(title), 2000+g.i), Template: l.tpl, HTML: []byte(page), Truth: truth}
}

func (g *gen) authorsEU(l *euLang, n int) []string {
	var out []string
	for _, p := range g.euCast(l, n) {
		out = append(out, p.full)
	}
	return out
}
