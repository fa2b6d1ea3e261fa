package extract

import (
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract/body"
	"github.com/kabar-news/kabar/extract/siteconfig"
)

// scPage is a story page whose template a generic reader can misjudge:
// the story sits in a <section> next to a longer comment thread.
const scPage = `<!doctype html><html lang="en"><head><title>Ferry service resumes after storm - Coastal Ledger</title>
<meta property="og:title" content="Ferry service resumes after storm - Coastal Ledger"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<h1 class="hl">Ferry service resumes after storm</h1>
<div class="info"><span class="nm">Ines Halvorsen</span></div>
<p class="stamp">Published 2025-03-04 07:15</p>
<section class="story-text">
<p>The island ferry sailed again on Tuesday morning after three days tied up in the harbour while the storm passed over the strait.</p>
<p>Operators said the first crossing carried mostly commuters and a delivery of fresh bread for the village shop, which had run out on Sunday.</p>
<p>Harbour staff spent the night clearing debris from the slipway so that the boat could dock safely at the northern pier.</p>
<div class="promo-box">Sign up for our morning briefing and never miss a crossing update again, delivered free to your inbox.</div>
</section>
<footer><p>Coastal Ledger, all rights reserved. Contact the newsroom for corrections.</p></footer>
</body></html>`

func TestSiteConfigAnswers(t *testing.T) {
	bundled := siteconfig.FromFiles("ftr", map[string]string{
		"coastal-ledger.example.txt": "title: //h1[@class='hl']\nauthor: //span[@class='nm']\nbody: //section[@class='story-text']\nstrip_id_or_class: promo-box\n",
	})
	user := siteconfig.FromFiles("user", map[string]string{
		// The user's own file for the same site: its body expression
		// names an element the page does not have, so the body is
		// generic, but the file is still the one chosen.
		"coastal-ledger.example.txt": "body: //div[@id='gone-in-redesign']\n",
	})
	const u = "https://www.coastal-ledger.example/2025/03/ferry"
	for _, tc := range []struct {
		name       string
		stack      siteconfig.Stack
		rule       string
		noPromo    bool
		warnHas    string
		authorSeen bool
	}{
		{"bundled", siteconfig.Stack{bundled}, "ftr/coastal-ledger.example", true, "", true},
		{"user overrides bundled", siteconfig.Stack{user, bundled}, "", false, "rules:user/coastal-ledger.example: no body element matched", false},
		{"none", nil, "", false, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Extract([]byte(scPage), u, Options{SiteConfigs: tc.stack})
			if err != nil {
				t.Fatal(err)
			}
			if p.Rule != tc.rule {
				t.Errorf("Rule = %q, want %q (warnings %q)", p.Rule, tc.rule, p.Warnings)
			}
			text := bodyText(p)
			if !strings.Contains(text, "island ferry sailed") {
				t.Errorf("body lost the story: %q", text)
			}
			if tc.noPromo && strings.Contains(text, "morning briefing") {
				t.Errorf("strip_id_or_class left the promo: %q", text)
			}
			if tc.warnHas != "" && !strings.Contains(strings.Join(p.Warnings, "\n"), tc.warnHas) {
				t.Errorf("warnings %q lack %q", p.Warnings, tc.warnHas)
			}
			seen := false
			for _, a := range p.Authors {
				seen = seen || (a.Value == "Ines Halvorsen" && a.Source == SourceSiteConfig)
			}
			if seen != tc.authorSeen {
				t.Errorf("rule author seen = %v, want %v (authors %+v)", seen, tc.authorSeen, p.Authors)
			}
		})
	}
}

// A stale rule must not make a record worse: a body expression that now
// catches a caption and a title expression that catches a teaser are
// refused and said. (An author expression that catches a date is offered
// to the normalizer, which judges a config's names one by one and takes
// none from a date: normalize's TestSiteConfigAuthorValues.)
func TestSiteConfigStaleRefused(t *testing.T) {
	stale := siteconfig.FromFiles("ftr", map[string]string{
		"coastal-ledger.example.txt": "title: //nav/a[2]\nauthor: //p[@class='stamp']\nbody: //div[@class='info']\n",
	})
	p, err := Extract([]byte(scPage), "https://coastal-ledger.example/a", Options{SiteConfigs: siteconfig.Stack{stale}})
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Ferry service resumes after storm" {
		t.Errorf("title = %q", p.Title)
	}
	if !strings.Contains(bodyText(p), "Harbour staff") {
		t.Errorf("body = %q", bodyText(p))
	}
	w := strings.Join(p.Warnings, "\n")
	for _, want := range []string{"title not taken", "body not taken"} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings %q lack %q", w, want)
		}
	}
	if p.Rule != "" {
		t.Errorf("Rule = %q for a file none of whose answers was taken", p.Rule)
	}
}

// A config whose title expression reads the <title>, site name and all,
// names the headline generic extraction chose: the name goes from the
// config's title as from every other title source, so the title counts
// as the config's answer and is not refused.
func TestSiteConfigTitleSiteName(t *testing.T) {
	conf := siteconfig.FromFiles("ftr", map[string]string{
		"coastal-ledger.example.txt": "title: //title\n",
	})
	p, err := Extract([]byte(scPage), "https://coastal-ledger.example/a", Options{SiteConfigs: siteconfig.Stack{conf}})
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Ferry service resumes after storm" {
		t.Errorf("title = %q", p.Title)
	}
	if w := strings.Join(p.Warnings, "\n"); strings.Contains(w, "title not taken") {
		t.Errorf("the config's title was refused: %q", w)
	}
}

func TestTitleNarrows(t *testing.T) {
	for _, tc := range []struct {
		rule, generic string
		want          bool
	}{
		{"Ferry service resumes after storm", "Ferry service resumes after storm - Coastal Ledger", true},
		{"Ferry service resumes after storm", "", true},
		{"Ferry service resumes after storm - Coastal Ledger", "Ferry service resumes after storm", false},
		{"Weather", "Weather warning for the coast", false},
		{"Most read stories today", "Ferry service resumes after storm", false},
		{"Ferry service resumes…", "Ferry service resumes after storm", false},
		{"Ferry service resumes ...", "Ferry service resumes after storm | Coastal Ledger", false},
	} {
		if got := titleNarrows(tc.rule, tc.generic); got != tc.want {
			t.Errorf("titleNarrows(%q, %q) = %v", tc.rule, tc.generic, got)
		}
	}
}

func TestTitleCompletes(t *testing.T) {
	for _, tc := range []struct {
		rule, generic string
		want          bool
	}{
		{"Ferry service resumes after three days of storms", "Ferry service resumes after three…", true},
		{"Council votes to close the old bridge to lorries", "Council votes to close the old ...", true},
		{"Ferry service resumes after three days of storms", "Ferry service resumes after three days of storms", false},
		{"Ferry service resumes after three days of storms", "Ferry service resumes after storm", false},
		{"Island ferry back after storm", "Ferry service resumes after three…", false},
		{"Ferry service resumes after…", "Ferry service resumes…", false},
	} {
		if got := titleCompletes(tc.rule, tc.generic); got != tc.want {
			t.Errorf("titleCompletes(%q, %q) = %v", tc.rule, tc.generic, got)
		}
	}
}

func bodyText(p *Page) string {
	var sb strings.Builder
	for _, b := range p.Body {
		sb.WriteString(b.Text)
		sb.WriteString("\n")
	}
	return sb.String()
}

func TestSiteConfigNativeAd(t *testing.T) {
	for _, tc := range []struct {
		clue string
		want bool
	}{{"//div[@class='info']", true}, {"//div[@class='sponsor-flag']", false}} {
		st := siteconfig.Stack{siteconfig.FromFiles("ftr", map[string]string{"coastal-ledger.example.txt": "native_ad_clue: " + tc.clue})}
		p, err := Extract([]byte(scPage), "https://coastal-ledger.example/a", Options{SiteConfigs: st})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(strings.Join(p.Warnings, "\n"), "native ad"); got != tc.want {
			t.Errorf("clue %s: native-ad warning %v, want %v (%q)", tc.clue, got, tc.want, p.Warnings)
		}
	}
}

// abPage is a story whose template splits the text around an ad slot: the
// first paragraphs in one element, the rest in a sibling, both under the
// element the generic reader takes. JSON-LD articleBody gives the whole
// text. tail is what follows the ad; extra is put after the article (a
// box of other news).
func abPage(tail []string, extra string) string {
	head := []string{
		"The county library reopened its reading room on Monday after a year of repairs to the roof and the heating.",
		"Visitors queued before the doors opened, and the first hundred were given a bookmark printed for the occasion.",
		"The head librarian said the room would now stay open until nine in the evening on weekdays during term.",
		"A new corner for local history holds the parish registers, which had been kept in a basement store since the fire.",
	}
	all := append(append([]string{}, head...), tail...)
	ab := strings.Join(all, "\n")
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>Library reopens its reading room</title>`)
	b.WriteString(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Library reopens its reading room","articleBody":` + strconvQuote(ab) + `}</script></head><body>`)
	b.WriteString(`<h1>Library reopens its reading room</h1><main><article><div class="text-a">`)
	for _, p := range head {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString(`</div><div class="ad-slot"></div><div class="text-b">`)
	for _, p := range tail {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString(`</div></article></main>` + extra + `<footer>County News Service</footer></body></html>`)
	return b.String()
}

func strconvQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// A rule whose body passes on length but leaves out text the publisher's
// own articleBody has (a paragraph after an ad slot its expression no
// longer reaches, the story's end traded for a teaser) is refused; one
// that leaves out only furniture articleBody does not have is taken.
func TestSiteConfigArticleBodyWitness(t *testing.T) {
	last := "Opening hours at the weekend stay as before, and the café on the ground floor is to follow in the spring."
	two := []string{
		"Repairs cost less than the council had feared, thanks to a grant from a heritage fund for public buildings.",
		last,
	}
	teaser := `<div class="c7"><p>The swimming pool on the ring road closes for a month of maintenance from the first of next month, and the outdoor lido will not open before the start of the summer holidays.</p></div>`
	for _, tc := range []struct {
		name, page, file string
		taken            bool
		lost             string // a sentence the body must hold
	}{
		{"paragraph after the ad slot out of reach", abPage([]string{last}, ""), "body: //div[@class='text-a']\n", false, "café on the ground floor"},
		{"end traded for a teaser", abPage(two, teaser), "body: //div[@class='text-a'] | //div[@class='c7']\n", false, "heritage fund"},
		{"the whole text, the teaser stripped", abPage(two, teaser), "body: //article\nstrip: //div[@class='ad-slot']\n", true, "heritage fund"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := siteconfig.Stack{siteconfig.FromFiles("ftr", map[string]string{"county-news.example.txt": tc.file})}
			p, err := Extract([]byte(tc.page), "https://county-news.example/library", Options{SiteConfigs: st})
			if err != nil {
				t.Fatal(err)
			}
			w := strings.Join(p.Warnings, "\n")
			if got := !strings.Contains(w, "body not taken"); got != tc.taken {
				t.Errorf("body taken = %v, want %v (warnings %q)", got, tc.taken, p.Warnings)
			}
			if !tc.taken && !strings.Contains(w, "articleBody") {
				t.Errorf("refusal does not name articleBody: %q", w)
			}
			if text := bodyText(p); !strings.Contains(text, tc.lost) {
				t.Errorf("body lost %q: %q", tc.lost, text)
			}
		})
	}
}

// TestBodyRefusedWidening: a rule's body longer than the generic one is
// taken only when the publisher's own data holds what it adds (articleBody,
// or the description for a standfirst), not on length alone.
func TestBodyRefusedWidening(t *testing.T) {
	story := []string{
		"The harbour master closed the outer basin on Friday after a trawler lost power and drifted onto the sandbank at the mouth.",
		"Crews from two tugs pulled the boat free on the evening tide, and nobody aboard was hurt, the port authority said.",
		"Divers are to inspect the hull on Monday before the trawler is allowed to sail back to its home port up the coast.",
		"Fishing boats have been told to use the inner channel until the buoys that mark the sandbank have been checked.",
	}
	standfirst := "A trawler that drifted onto a sandbank was pulled free by two tugs; the outer basin stays closed."
	panel := "Also from the coast: the ferry timetable changes for the winter months from the first Sunday of November."
	res := func(ps ...string) body.Result {
		var r body.Result
		for _, p := range ps {
			r.Blocks = append(r.Blocks, body.Block{Text: p})
		}
		return r
	}
	ab := strings.Join(story, "\n")
	// closing is a paragraph articleBody has and neither body shows (a
	// line the page renders by script): it makes articleBody long enough
	// to vouch for a wider body by its length alone.
	closing := "The port authority thanked the tug crews and said it would review how the sandbank is marked in bad weather."
	for _, tc := range []struct {
		name                     string
		got, generic             body.Result
		articleBody, description string
		refused                  bool
	}{
		{"same text", res(story...), res(story...), ab, "", false},
		{"narrower by a line of furniture", res(story...), res(append(append([]string{}, story...), "Share this story")...), ab, "", false},
		{"widened by the standfirst the description gives", res(append([]string{standfirst}, story...)...), res(story...), ab + "\n" + closing, standfirst, false},
		{"widened by a panel, articleBody long enough", res(append(append([]string{}, story...), panel)...), res(story...), ab + "\n" + closing, standfirst, true},
		{"widened, no articleBody", res(append([]string{standfirst}, story...)...), res(story...), "", standfirst, true},
		{"widened by story text the generic body missed", res(story...), res(story[:3]...), ab, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			why := bodyRefused(tc.got, tc.generic, tc.articleBody, tc.description)
			if (why != "") != tc.refused {
				t.Errorf("bodyRefused = %q, want refused %v", why, tc.refused)
			}
		})
	}
}
