package body

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// para returns n sentences of running text about topic, one paragraph.
func para(topic string, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("The " + topic + " report number " + string(rune('a'+i%26)) + " describes how the committee weighed the evidence before it decided.")
	}
	return b.String()
}

// TestRecheckInsideArticleElement: when a longer text beside the article
// (a glossary, a second story, a long author biography) outweighs it, the
// page's one article element says where the article is.
func TestRecheckInsideArticleElement(t *testing.T) {
	article := `<p>` + para("harbour", 3) + `</p><p>` + para("ferry", 3) + `</p>`
	var rival strings.Builder
	for _, w := range []string{"tariff", "levy", "quota", "subsidy", "embargo", "dumping", "rebate", "excise", "duty", "surcharge"} {
		rival.WriteString(`<li><span>` + w + `</span><p>` + para(w, 4) + `</p></li>`)
	}
	cases := []struct {
		name, html string
	}{
		{"itemprop articleBody beside a glossary",
			`<div class="main"><div itemprop="articleBody">` + article + `</div></div><div class="glossary"><ul>` + rival.String() + `</ul></div>`},
		{"article element beside a second story",
			`<div class="wrap"><article>` + article + `</article></div><div class="more"><div>` + strings.ReplaceAll(rival.String(), "li>", "div>") + `</div></div>`},
	}
	// A notice a third as long as the article, in a sibling of the
	// article element that a plain wrapper holds with it.
	notice := `<div class="overlay"><p>` + para("account", 2) + `</p><p>` + para("device", 1) + `</p></div>`
	cases = append(cases, struct{ name, html string }{"article element beside a long notice",
		`<div class="page"><article>` + article + `</article>` + notice + `</div>`})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(parse(t, "<html><body>"+c.html+"</body></html>"), Options{})
			text := res.Text()
			if strings.Contains(text, "account report") {
				t.Fatalf("notice kept: %q", text)
			}
			if !strings.Contains(text, "harbour report") || !strings.Contains(text, "ferry report") {
				t.Fatalf("article lost: %q", text)
			}
			if strings.Contains(text, "tariff report") {
				t.Fatalf("rival text kept: %q", text)
			}
			if res.Signals.ElemCover < 0.99 || res.Signals.ElemExtra > 0.01 {
				t.Errorf("signals %+v: want the body to agree with the article element", res.Signals)
			}
			if res.Signals.Rival < 0.5 {
				t.Errorf("Rival %.2f: the glossary is a rival text", res.Signals.Rival)
			}
		})
	}
}

// TestNoWitnessAmongManyArticles: a page of several <article> cards (a
// comment thread, a teaser list) has no one article element to trust.
func TestNoWitnessAmongManyArticles(t *testing.T) {
	body := `<div class="story"><p>` + para("budget", 4) + `</p><p>` + para("pension", 4) + `</p></div>` +
		`<section class="comments"><article class="comment">` + para("reader", 3) + `</article><article class="comment">` + para("visitor", 3) + `</article></section>`
	res := Extract(parse(t, "<html><body>"+body+"</body></html>"), Options{})
	if !strings.Contains(res.Text(), "budget report") {
		t.Fatalf("article lost: %q", res.Text())
	}
	if res.Signals.ElemCover != noWitness || res.Signals.ElemExtra != noWitness {
		t.Errorf("ElemCover %v ElemExtra %v: two <article> cards are no witness", res.Signals.ElemCover, res.Signals.ElemExtra)
	}
}

func TestTrimToArticleBody(t *testing.T) {
	p1, p2, p3 := para("river", 2), para("bridge", 2), para("tunnel", 2)
	appeal := "Independent journalism needs your support. Become a member today and help us keep every story free to read for everyone."
	blocks := func(ss ...string) []Block {
		var out []Block
		for _, s := range ss {
			out = append(out, Block{Kind: Paragraph, Text: s})
		}
		return out
	}
	cases := []struct {
		name   string
		blocks []Block
		ab     string
		want   int
	}{
		{"appeal after the article goes", blocks(p1, p2, p3, appeal), p1 + "\n" + p2 + "\n" + p3, 3},
		{"nothing after the article", blocks(p1, p2, p3), p1 + "\n" + p2 + "\n" + p3, 3},
		{"articleBody cut short says nothing of the end", blocks(p1, p2, p3, appeal), p1, 4},
		{"articleBody goes on past a repeated last line", blocks(p1, p2, p3, p2+" "+p3), p1 + "\n" + p2 + "\n" + p3, 4},
		{"short articleBody is no witness", blocks(p1, p2, p3, appeal), "A short summary of the story.", 4},
		{"too much would go", blocks(p1, appeal, appeal+" More.", appeal+" Even more."), p1, 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := trimToArticleBody(c.blocks, c.ab); len(got) != c.want {
				t.Errorf("kept %d blocks, want %d", len(got), c.want)
			}
		})
	}
}

func TestCrossCheckArticleBody(t *testing.T) {
	p1 := "Farmers in the northern valley harvested their apples two weeks early this autumn after an unusually warm summer."
	p2 := "The cooperative said prices held steady, although smaller growers complained about the cost of seasonal labour."
	p3 := "Meanwhile a regional bank announced cheaper loans for irrigation equipment, hoping to curb losses during future droughts."
	p4 := "Environmental groups welcomed that decision but warned that groundwater reserves keep shrinking across several provinces."
	p1, p2, p3, p4 = strings.Repeat(p1+" ", 3), strings.Repeat(p2+" ", 3), strings.Repeat(p3+" ", 3), strings.Repeat(p4+" ", 3)
	html := "<html><body><div class=\"content\"><p>" + p1 + "</p><p>" + p2 + "</p></div></body></html>"
	res := Extract(parse(t, html), Options{ArticleBody: strings.Join([]string{p1, p2}, "\n")})
	if res.Signals.ABCover < 0.99 || res.Signals.ABExtra > 0.01 {
		t.Errorf("same text: ABCover %.2f ABExtra %.2f", res.Signals.ABCover, res.Signals.ABExtra)
	}
	ab := strings.Join([]string{p1, p2, p3, p4}, "\n")
	res = Extract(parse(t, html), Options{ArticleBody: ab})
	if !res.Signals.FromArticleBody || res.Signals.ABCover < 0.99 {
		t.Errorf("half the articleBody shown: want articleBody taken, got FromArticleBody %v ABCover %.2f", res.Signals.FromArticleBody, res.Signals.ABCover)
	}
	if s := crossCheck(builtin(), &analysis{}, nil, []Block{{Text: p1}, {Text: p2}}, Options{ArticleBody: ab}); s.ABCover > 0.8 || s.ABExtra > 0.01 {
		t.Errorf("half the articleBody: ABCover %.2f ABExtra %.2f", s.ABCover, s.ABExtra)
	}
	res = Extract(parse(t, html), Options{})
	if res.Signals.ABCover != noWitness {
		t.Errorf("no articleBody: ABCover %.2f", res.Signals.ABCover)
	}
}

func TestClockStart(t *testing.T) {
	for s, want := range map[string]bool{
		"10:42 The minister arrived.":   true,
		"9.05 Uhr: Die Sitzung beginnt": true,
		"14h30 Le cortège part":         true,
		"2024 was a hard year":          false,
		"10:4 nothing":                  false,
		"3.5 million people":            false,
		"At 10:42 the minister spoke":   false,
		"10.42am The minister arrived":  true,
		"9:05 p.m. Polls have closed":   true,
		"11:30PM Results are in":        true,
		"10:42amazing scenes":           false,
	} {
		if got := builtin().clockStart(s); got != want {
			t.Errorf("clockStart(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTeaserReplacedByArticleBody: a body that holds under four fifths of
// a longer articleBody (a teaser box chosen, the rest rendered by script,
// the article cut in two by a promotion) gives way to articleBody.
func TestTeaserReplacedByArticleBody(t *testing.T) {
	paras := []string{
		"Rescue teams reached the flooded villages on the eastern bank late on Thursday, officials in the province said.",
		"More than two thousand families spent the night in schools and mosques after the river burst its banks.",
		"The regional disaster agency said the water had begun to recede, but warned of more rain over the weekend.",
		"Farmers fear the loss of the rice harvest, which was due to be brought in within a fortnight.",
		"Aid groups appealed for clean water and medicine, saying cases of diarrhoea were already rising in the camps.",
		"The governor promised compensation for damaged homes and said repairs to the embankment would start next month.",
	}
	ab := strings.Join(paras, "\n")
	cases := []struct {
		name, html string
		whole      bool
	}{
		{"lede and one paragraph shown", "<div class=\"content\"><p>" + paras[0] + " " + paras[0] + "</p><p>" + paras[1] + "</p></div>", true},
		{"first four paragraphs shown", "<div class=\"content\"><p>" + strings.Join(paras[:4], "</p><p>") + "</p></div>", true},
		{"whole article shown", "<div class=\"content\"><p>" + strings.Join(paras, "</p><p>") + "</p></div>", false},
		{"whole article shown, one short paragraph apart", "<div class=\"content\"><p>" + strings.Join(paras[:5], "</p><p>") + "</p></div><p>" + paras[5] + "</p>", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(parse(t, "<html><body>"+c.html+"</body></html>"), Options{ArticleBody: ab})
			if got := res.Method == "jsonld"; got != c.whole || res.Signals.FromArticleBody != c.whole {
				t.Errorf("method %q, FromArticleBody %v; want jsonld %v", res.Method, res.Signals.FromArticleBody, c.whole)
			}
			if !strings.Contains(res.Text(), "governor promised") {
				t.Errorf("text lacks the end of the article: %q", res.Text())
			}
		})
	}
}

// TestEmbeddedSignal: the text of embedded posts the body leaves out (a
// social network's blockquote, which its script would replace) is
// measured, while a quotation set in a plain blockquote stays in the body
// and is not counted, nor is furniture of another kind.
func TestEmbeddedSignal(t *testing.T) {
	post := `<blockquote class="twitter-tweet"><p lang="en">The ferry to the outer islands runs again from Monday, on the winter timetable until March.</p>— Island Ferries (@islandferries) <a href="https://example.com/status/1">January 3, 2025</a></blockquote>`
	gram := `<blockquote class="instagram-media" data-instgrm-version="14"><div><p>First crossing of the year, calm sea and a full deck of passengers heading home.</p></div></blockquote>`
	quote := `<blockquote><p>We have waited all winter for the boats to come back, and the whole village is relieved.</p></blockquote>`
	share := `<div class="share-tools"><p>Share this story with a friend who takes the ferry every week.</p></div>`
	article := func(inserts string) string {
		return `<html><body><article><div class="story"><p>` + para("ferry", 3) + `</p>` + inserts + `<p>` + para("harbour", 3) + `</p></div></article></body></html>`
	}
	cases := []struct {
		name     string
		inserts  string
		embedded bool
		kept     string
	}{
		{"two posts", post + gram, true, ""},
		{"a plain quotation", quote, false, "the whole village is relieved"},
		{"a share box", share, false, ""},
		{"nothing", "", false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(parse(t, article(c.inserts)), Options{})
			text := res.Text()
			if strings.Contains(text, "winter timetable") || strings.Contains(text, "full deck") {
				t.Fatalf("embedded post kept: %q", text)
			}
			if c.kept != "" && !strings.Contains(text, c.kept) {
				t.Fatalf("%q lost: %q", c.kept, text)
			}
			if got := res.Signals.Embedded; (got > 0) != c.embedded || c.embedded && got < 120 {
				t.Errorf("Embedded = %d, want embedded posts %v", got, c.embedded)
			}
		})
	}
}

// TestSplitStories: a page that appends the next story under its own <h1>
// (an endless scroll, whether or not each story is an <article>), or an
// appeal under an <h1> after the article, gives the first story alone; a
// page that sets its subheadings in <h1> among one element's paragraphs
// keeps them all.
func TestSplitStories(t *testing.T) {
	first := `<p>` + para("quarry", 3) + `</p><p>` + para("orchard", 3) + `</p>`
	next := `<p>` + para("lighthouse", 3) + `</p><p>` + para("tramway", 3) + `</p>`
	cases := []struct {
		name, html string
		gone, kept []string
	}{
		{"two article elements in a stream",
			`<main><div class="stream"><article><h1>Quarry to close</h1><div class="text">` + first + `</div></article>` +
				`<article><h1><a href="/lighthouse">Lighthouse for sale</a></h1><div class="text">` + next + `</div></article></div></main>`,
			[]string{"lighthouse report", "tramway report"}, []string{"quarry report", "orchard report"}},
		{"two stories in plain divs, the next one longer",
			`<div class="stream"><div class="story"><h1>Quarry to close</h1><div class="text">` + first + `</div></div>` +
				`<div class="story"><h1>Lighthouse for sale</h1><div class="text">` + next + `<p>` + para("ferry", 4) + `</p></div></div></div>`,
			[]string{"lighthouse report"}, []string{"quarry report", "orchard report"}},
		{"headline outside, an appeal under an h1 after the article",
			`<h1>Quarry to close</h1><div class="wrap"><div class="text">` + first + `</div><div class="appeal"><h1>Keep local news alive</h1><p>` + para("donation", 3) + `</p></div></div>`,
			[]string{"donation report"}, []string{"quarry report", "orchard report"}},
		{"subheadings set in h1 among the paragraphs stay",
			`<div class="text"><h1>Quarry to close</h1>` + first + `<h1>What the village says</h1>` + next + `</div>`,
			nil, []string{"quarry report", "lighthouse report", "tramway report", "What the village says"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := Extract(parse(t, "<html><body>"+c.html+"</body></html>"), Options{}).Text()
			checkText(t, text, c.kept, c.gone)
		})
	}
}

// TestDropAboveHeadline: when the body element holds the page's headline,
// the caption or kicker the body took above it goes with it; the text above
// a headline that is more than furniture stays, as does everything when
// the headline given is no <h1> or is not in the body.
func TestDropAboveHeadline(t *testing.T) {
	story := `<p>` + para("quarry", 3) + `</p><p>` + para("orchard", 3) + `</p><p>` + para("ferry", 3) + `</p>`
	cases := []struct {
		name, html string
		tag        atom.Atom
		gone, kept []string
	}{
		{"caption above the headline",
			`<div class="main"><p>The old quarry seen from the orchard road in May, before the works began.</p><h1>Quarry to close</h1>` + story + `</div>`,
			atom.H1, []string{"seen from the orchard road", "Quarry to close"}, nil},
		{"a kicker and a date line above it",
			`<div class="main"><p>Valley news</p><p>Updated 3 May</p><h1>Quarry to close</h1>` + story + `</div>`,
			atom.H1, []string{"Valley news", "Quarry to close"}, nil},
		{"prose above the headline stays",
			`<div class="main"><p>` + para("tramway", 3) + `</p><p>` + para("lighthouse", 3) + `</p><h1>Quarry to close</h1>` + story + `</div>`,
			atom.H1, nil, []string{"tramway report", "lighthouse report"}},
		{"a subheading matching the title is no headline",
			`<div class="main"><p>The old quarry seen from the orchard road in May, before the works began.</p><h2>Quarry to close</h2>` + story + `</div>`,
			atom.H2, nil, []string{"seen from the orchard road"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := parse(t, "<html><body>"+c.html+"</body></html>")
			text := Extract(doc, Options{Headline: firstElem(doc, c.tag)}).Text()
			checkText(t, text, append([]string{"quarry report", "ferry report"}, c.kept...), c.gone)
		})
	}
}

// firstElem returns the first element of tag a under n, or nil.
func firstElem(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := firstElem(c, a); f != nil {
			return f
		}
	}
	return nil
}

// TestLedItemsSignal: the items of a list that a line ending in a colon
// announces are counted, in any script; a list no such line leads in, and
// the items after a colon line that a paragraph closes, are not.
func TestLedItemsSignal(t *testing.T) {
	list := `<ul><li>oats and barley</li><li>dried plums</li><li>cold water</li></ul>`
	cases := []struct {
		name string
		mid  string
		want int
	}{
		{"announced", `<p>What the recipe needs:</p>` + list, 3},
		{"announced, full-width colon", `<p>必要なもの：</p>` + list, 3},
		{"not announced", `<p>The mill reopened last spring after a long repair.</p>` + list, 0},
		{"colon line then a paragraph", `<p>Her answer:</p><p>` + para("mill", 2) + `</p>` + list, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := `<html><body><article><div class="story"><p>` + para("ferry", 3) + `</p>` + c.mid + `<p>` + para("harbour", 3) + `</p></div></article></body></html>`
			if got := Extract(parse(t, doc), Options{}).Signals.LedItems; got != c.want {
				t.Errorf("LedItems = %d, want %d", got, c.want)
			}
		})
	}
}
