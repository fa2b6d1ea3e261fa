package extract

import (
	"slices"
	"testing"
)

func TestTitleVisibleHeadline(t *testing.T) {
	const site = `<meta property="og:site_name" content="Example">`
	for _, c := range []struct {
		name, head, body, want string
	}{
		{"the visible h1 agrees with JSON-LD against a social og:title",
			site + `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Nur ein Drittel der Kinder kam in die Schule"}</script>` +
				`<meta property="og:title" content="Notbetrieb: Kinder und Senioren erlebten einen heißen Montag"><meta name="twitter:title" content="Notbetrieb: Kinder und Senioren erlebten einen heißen Montag"><title>Notbetrieb: Kinder und Senioren erlebten einen heißen Montag</title>`,
			`<article><h1>Nur ein Drittel der Kinder kam in die Schule</h1><p>text</p></article>`,
			"Nur ein Drittel der Kinder kam in die Schule"},
		{"a logo h1 is no headline",
			site + `<meta property="og:title" content="Court hears the aid case"><title>Court hears the aid case</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Opinion expected after court hears the aid case"}</script>`,
			`<header><h1><a href="https://example.org/"><img alt="Example" src="/logo.svg"></a></h1></header><h1>Opinion expected after court hears the aid case</h1>`,
			"Opinion expected after court hears the aid case"},
		{"an SEO h1 in the breadcrumb loses to the headline readers see",
			site + `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ampeln tot, S-Bahnen stoppen: Wie sicher ist das Stromnetz?"}</script>` +
				`<meta property="og:title" content="Stromausfall Berlin: Wie sicher ist unser Stromnetz?"><meta name="twitter:title" content="Stromausfall Berlin: Wie sicher ist unser Stromnetz?"><title>Stromausfall Berlin: Wie sicher ist unser Stromnetz?</title>`,
			`<nav><a href="/">Home</a> <a href="/politik/">Politik</a> <h1 data-breadcrumb-headline>Stromausfall Berlin: Wie sicher ist unser Stromnetz?</h1></nav>` +
				`<hgroup><div>Stromausfall</div><h2>Ampeln tot, S-Bahnen stoppen: Wie sicher ist das Stromnetz?</h2></hgroup>`,
			"Ampeln tot, S-Bahnen stoppen: Wie sicher ist das Stromnetz?"},
		{"an h1 after a trail from the home page is an SEO heading",
			site + `<meta property="og:title" content="Diese Nahrungsmittel helfen dir, wieder fit zu werden"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Lebensmittel gegen Erkältung: Die richtige Ernährung"}</script><title>Lebensmittel gegen Erkältung: Die richtige Ernährung</title>`,
			`<section><div><a href="/">News</a><span>|</span><a href="/lifestyle">Lifestyle</a><span>|</span></div><h1>Lebensmittel gegen Erkältung: Die richtige Ernährung</h1></section><h2>Diese Nahrungsmittel helfen dir, wieder fit zu werden</h2>`,
			"Diese Nahrungsmittel helfen dir, wieder fit zu werden"},
		{"a breadcrumb h1 that a visible heading repeats stays",
			site + `<meta property="og:title" content="Aktivistin getötet - Justiz dementiert"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bei Protesten: Aktivistin getötet - Justiz dementiert"}</script>`,
			`<ol class="breadcrumbs"><li><a href="/">Start</a></li><li><h1>Bei Protesten: Aktivistin getötet - Justiz dementiert</h1></li></ol><h2><span>Bei Protesten</span> <span>Aktivistin getötet - Justiz dementiert</span></h2>`,
			"Bei Protesten: Aktivistin getötet - Justiz dementiert"},
		{"a section label trail without the home page is no breadcrumb",
			site + `<meta property="og:title" content="Hanna, 18, missing in Uddevalla">`,
			`<div><a href="/news">News</a><p>/</p><a href="/tag/uddevalla">Uddevalla</a></div><h1>Hanna, 18, missing in Uddevalla</h1><h2>Police ask for tips</h2>`,
			"Hanna, 18, missing in Uddevalla"},
		{"a kicker in front stays part of the headline",
			site + `<meta property="og:title" content="Akkutechnik: Hat Quantumscape genug Akkus gebaut?"><title>Hat Quantumscape genug Akkus gebaut?</title>`,
			`<h1>Hat Quantumscape genug Akkus gebaut?</h1>`,
			"Hat Quantumscape genug Akkus gebaut?"},
		{"a kicker element marked by class is not the headline",
			site + `<meta property="og:title" content="Council agrees on deep cuts to bus routes - Budget talks">`,
			`<h1><span class="article-kicker">Budget talks</span> <span class="article-title">Council agrees on deep cuts to bus routes</span></h1>`,
			"Council agrees on deep cuts to bus routes"},
		{"a Dachzeile above the headline",
			site + `<meta property="og:title" content="Pegel am Rhein steigt weiter - Hochwasser"><title>Hochwasser: Pegel am Rhein steigt weiter | Example</title>`,
			`<h1><span class="dachzeile">Hochwasser</span><span class="headline">Pegel am Rhein steigt weiter</span></h1>`,
			"Pegel am Rhein steigt weiter"},
		{"a kicker named by a data attribute",
			site + `<meta property="og:title" content="Harga cabai turun jelang Lebaran">`,
			`<h1><span data-article-kicker="Pasar">Pasar Induk</span><div>Harga cabai turun jelang Lebaran</div></h1>`,
			"Harga cabai turun jelang Lebaran"},
		{"a kicker split off by a separator hidden from screen readers",
			site + `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Grève des contrôleurs: Les vols annulés à Lyon jeudi"}</script><meta property="og:title" content="Les vols annulés à Lyon jeudi"><title>Grève des contrôleurs: Les vols annulés à Lyon jeudi | Example</title>`,
			`<h1 class="breadcrumb-seotitle">Grève des contrôleurs: Les vols annulés à Lyon jeudi</h1><h2><span class="head-top">Grève des contrôleurs</span><span aria-hidden="true"> – </span><span>Les vols annulés à Lyon jeudi</span></h2>`,
			"Les vols annulés à Lyon jeudi"},
		{"a kicker class around the whole headline text is no split",
			site + `<meta property="og:title" content="Storm closes the coast road">`,
			`<h1 class="kicker-layout">Storm closes the coast road</h1>`,
			"Storm closes the coast road"},
		{"the SEO version with words added yields to its core",
			site + `<meta property="og:title" content="Chelsea send clear message on proud day at Cobham"><meta name="twitter:title" content="Chelsea send clear message on proud day at Cobham"><title>Chelsea send clear message on proud day at Cobham in win over Tottenham | Example</title>`,
			`<h1>Chelsea send clear message on proud day at Cobham in win over Tottenham</h1>`,
			"Chelsea send clear message on proud day at Cobham"},
		{"a section label the h1 does not show is no part of the headline",
			site + `<meta property="og:title" content="Opinion | The ferry subsidy is a bad bargain"><meta name="twitter:title" content="Opinion | The ferry subsidy is a bad bargain"><title>Opinion | The ferry subsidy is a bad bargain</title>`,
			`<article><h1>The ferry subsidy is a bad bargain</h1></article>`,
			"The ferry subsidy is a bad bargain"},
		{"two labels before the headline",
			site + `<meta property="og:title" content="Meinung » Kolumne » Warum die Fähre teurer wird"><title>Meinung » Kolumne » Warum die Fähre teurer wird</title>`,
			`<article><h1>Warum die Fähre teurer wird</h1></article>`,
			"Warum die Fähre teurer wird"},
		{"a label stays when the h1 shows it",
			site + `<meta property="og:title" content="Analysis | Why ferry fares keep rising"><title>Analysis | Why ferry fares keep rising</title>`,
			`<article><h1>Analysis | Why ferry fares keep rising</h1></article>`,
			"Analysis | Why ferry fares keep rising"},
		{"a kicker joined by a colon stays with the headline",
			site + `<meta property="og:title" content="Hafenstreik: Fähren bleiben im Hafen"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Hafenstreik: Fähren bleiben im Hafen"}</script>`,
			`<article><h1><span class="kicker">Hafenstreik</span><span>Fähren bleiben im Hafen</span></h1></article>`,
			"Hafenstreik: Fähren bleiben im Hafen"},
		{"a JSON-LD headline cut at a length limit is no core",
			site + `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour authority confirms the night ferry to the islands will stop running after the winter timetable"}</script><title>Harbour authority confirms the night ferry to the islands will stop running after the winter timetable ends in March</title>`,
			`<article><h1>Harbour authority confirms the night ferry to the islands will stop running after the winter timetable ends in March</h1></article>`,
			"Harbour authority confirms the night ferry to the islands will stop running after the winter timetable ends in March"},
		{"an og:title cut with an ellipsis",
			site + `<meta property="og:title" content="Harbour authority confirms the night ferry will stop..."><meta name="twitter:title" content="Harbour authority confirms the night ferry will stop..."><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour authority confirms the night ferry will stop in spring"}</script>`,
			`<article><h1>Harbour authority confirms the night ferry will stop in spring</h1></article>`,
			"Harbour authority confirms the night ferry will stop in spring"},
		{"a long headline is not cut by the site's name after it",
			`<meta property="og:site_name" content="Example">` + `<meta property="og:title" content="Harbour authority confirms the night ferry to the islands will stop running after the winter timetable"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour authority confirms the night ferry to the islands will stop running after the winter timetable"}</script><title>Harbour authority confirms the night ferry to the islands will stop running after the winter timetable - Harbour Daily Online</title>`,
			`<article><p>text</p></article>`,
			"Harbour authority confirms the night ferry to the islands will stop running after the winter timetable"},
		{"a logo h1 in another script than the domain is no headline",
			``, `<header><h1>하버 포스트</h1></header><title>여객선 요금 또 오른다, 이유는? - Example</title><article><p>text</p></article>`,
			"여객선 요금 또 오른다, 이유는?"},
		{"a section h1 sharing no word with the title",
			``, `<title>Ferry fares rise for the third time this year</title><div><h1>Classifieds</h1></div><article><p>text</p></article>`,
			"Ferry fares rise for the third time this year"},
		{"an SEO h1 alone is better than no title",
			``, `<nav><a href="/">Start</a> <a href="/bayern/">Bayern</a></nav><div class="breadcrumb"><h1 class="breadcrumb-headline">Fähre nach Lindau fällt im Winter aus</h1></div><article><p>text</p></article>`,
			"Fähre nach Lindau fällt im Winter aus"},
		{"an h1 alone is the headline",
			``, `<article><h1>Ferry fares rise for the third time this year</h1><p>text</p></article>`,
			"Ferry fares rise for the third time this year"},
		{"a twitter:title cut short is not a core",
			site + `<meta property="og:title" content="Governor doubles down on anti-drug campaign"><meta name="twitter:title" content="Governor doubles down on anti-drug">`,
			`<h1>Governor doubles down on anti-drug campaign</h1>`,
			"Governor doubles down on anti-drug campaign"},
		// Sources that agree on the words may differ in the marks between
		// them; the spelling most of them give is written out.
		{"the spelling most sources give",
			site + `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Hafensperrung - Fähren nach Sylt fallen aus"}</script>` +
				`<meta property="og:title" content="Hafensperrung: Fähren nach Sylt fallen aus"><title>Hafensperrung: Fähren nach Sylt fallen aus - Example</title>`,
			`<article><p>text</p></article>`,
			"Hafensperrung: Fähren nach Sylt fallen aus"},
		{"of spellings with equal votes the earlier",
			site + `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Hafensperrung - Fähren nach Sylt fallen aus"}</script>` +
				`<meta property="og:title" content="Hafensperrung: Fähren nach Sylt fallen aus">`,
			`<article><p>text</p></article>`,
			"Hafensperrung - Fähren nach Sylt fallen aus"},
		// An SEO h1 in the trail, and the headline readers see an h2 whose
		// kicker ends in its own hidden separator.
		{"a kicker that holds its hidden separator",
			site + `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Gemeinde plant neuen Fähranleger am Nordufer"}</script><meta property="og:title" content="Neuer Fähranleger – doch die Brücke bleibt gesperrt"><title>Gemeinde plant neuen Fähranleger am Nordufer</title>`,
			`<nav><a href="/">Start</a> <a href="/region">Region</a> <h1 class="seotitle">Gemeinde plant neuen Fähranleger am Nordufer</h1></nav>` +
				`<h2><div class="head"><span>Hafen im Umbau</span><span aria-hidden="true"> – </span></div><span>Neuer Fähranleger – doch die Brücke bleibt gesperrt</span></h2>`,
			"Neuer Fähranleger – doch die Brücke bleibt gesperrt"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Extract([]byte("<html><head>"+c.head+"</head><body>"+c.body+"<p>text</p></body></html>"), "https://example.org/x", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != c.want {
				t.Errorf("Title = %q, want %q (alts %q)", p.Title, c.want, p.TitleAlts)
			}
		})
	}
}

func TestSignOffLines(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []string
	}{
		{"bold name opening the body", `<p>&nbsp;</p><p><strong>Thabo Ramokhele</strong></p><p>IN the heart of the valley a young nurse runs the only clinic for miles.</p><p>More text follows here.</p>`, []string{"Thabo Ramokhele"}},
		{"right-aligned bold name closing the body", `<p>Intestinal lymphoma often has symptoms such as abdominal pain, weight loss, nausea and diarrhoea.</p><p>Endoscopy and regular health screening help to detect malignant diseases of the digestive tract early.</p><p style="text-align:right"><strong>Lê Phương</strong></p>`, []string{"Lê Phương"}},
		{"two names", `<p><b>Palesa Nthunya/Tumelo Sekhesa</b></p><p>A quarry company has come under heavy criticism from five villages who say its blasting cracks their walls.</p><p>More text follows here.</p>`, []string{"Palesa Nthunya/Tumelo Sekhesa"}},
		{"names under an italic deck", `<p><em>…as farmers count the cost of the drought</em></p><p><em>…ministry </em><em>promises relief</em></p><p><strong>Neo Lekhanya and Karabo Mofokeng</strong></p><p>Farmers in three districts say the dry spell has wiped out their maize.</p><p>More text.</p>`, []string{"Neo Lekhanya and Karabo Mofokeng"}},
		{"names under a one-line bold deck", `<p><b>Strike enters its third week</b></p><p><b>Ana Ferreira</b></p><p>The dockworkers' union said on Monday it would not return to work until the port authority met its demands.</p><p>More text follows here.</p>`, []string{"Ana Ferreira"}},
		{"a bold name after a paragraph of prose", `<p>The council met on Monday to discuss the budget.</p><p><strong>Rina Kusuma</strong></p><p>More text.</p><p>Last words here.</p>`, nil},
		{"a bold crosshead inside the body", `<p>First paragraph of the story.</p><p><strong>İKİNCİ OPERASYON</strong></p><p>Last paragraph of the story.</p>`, nil},
		{"a bold lede sentence", `<p><strong>The minister resigned on Monday.</strong></p><p>Text.</p>`, nil},
		{"a bold phrase in lower case", `<p><strong>read more here</strong></p><p>Text.</p>`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Extract([]byte("<html><body><article>"+c.body+"</article></body></html>"), "https://example.org/x", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range p.Bylines {
				if f.Source == "text" {
					got = append(got, f.Value)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("sign-off bylines = %q, want %q (all %q)", got, c.want, p.Bylines)
			}
		})
	}
}

// TestTitleSiteNameShapes: the site's name joined to the headline in the
// ways titles do it, when no heading settles the title.
func TestTitleSiteNameShapes(t *testing.T) {
	const url = "https://harbourpost.example/news/1"
	for _, c := range []struct{ name, head, want, url string }{
		{"brand before the headline", `<meta property="og:site_name" content="Harbour Post"><title>Harbour Post | Ferry fares rise for the third time this year</title>`, "Ferry fares rise for the third time this year", ""},
		{"domain and colon before the headline", `<title>HarbourPost.example: Harga tiket kapal naik lagi</title>`, "Harga tiket kapal naik lagi", ""},
		{"section and brand after the headline", `<title>Ferry fares rise again | Business | Harbour Post</title>`, "Ferry fares rise again", ""},
		{"section before, brand after", `<title>Business | Ferry fares rise for the third time | Harbour Post</title>`, "Ferry fares rise for the third time", ""},
		{"single guillemet", `<title>Fährpreise steigen erneut ‹ Harbour Post</title>`, "Fährpreise steigen erneut", ""},
		{"bullet", `<title>Les tarifs du ferry augmentent • Harbour Post</title>`, "Les tarifs du ferry augmentent", ""},
		{"full-width bar and a brand in another script", `<meta property="og:site_name" content="港湾新闻"><title>渡轮票价再次上涨｜港湾新闻</title>`, "渡轮票价再次上涨", ""},
		{"brand in Hangul", `<meta property="og:site_name" content="하버포스트"><title>여객선 요금 또 오른다 - 하버포스트</title>`, "여객선 요금 또 오른다", ""},
		{"a brand with umlauts against its domain", `<title>Fähre fällt aus - Südküsten Zeitung</title>`, "Fähre fällt aus", "https://www.suedkuesten-zeitung.example/lokal/1"},
		{"a brand with accents against its domain", `<title>Le ferry annulé – Le Progrès du Port</title>`, "Le ferry annulé", "https://www.leprogresduport.example/a/1"},
		{"horizontal bar", `<title>フェリー運賃が再び値上げ ― ハーバーポスト</title><meta property="og:site_name" content="ハーバーポスト">`, "フェリー運賃が再び値上げ", ""},
		{"section and a short domain unlike the declared name", `<meta property="og:site_name" content="Hafenpost Online"><title>Fährpreise steigen zum dritten Mal - Wirtschaft - HP.de</title>`, "Fährpreise steigen zum dritten Mal", ""},
		{"an address with www as the brand", `<title>Паромные тарифы снова растут — www.gavan-news.ru</title>`, "Паромные тарифы снова растут", ""},
		{"a country domain of two labels", `<title>Ferry fares rise again this spring | portnews.co.uk</title>`, "Ferry fares rise again this spring", ""},
		{"brand after a spaced colon", `<title>Tarif kapal naik lagi, siapkah pemudik? : Harbour Post Ekonomi</title>`, "Tarif kapal naik lagi, siapkah pemudik?", ""},
		{"a spaced colon in a French headline stays", `<title>Grève : les ferries restent à quai jeudi</title>`, "Grève : les ferries restent à quai jeudi", ""},
		{"a number after a dash is no address", `<title>Ferry fares rise by a third - 2.5</title>`, "Ferry fares rise by a third - 2.5", ""},
		{"the declared section after the headline", `<meta property="article:section" content="Politik"><title>Fähre nach Helgoland fällt im Winter aus - Politik</title>`, "Fähre nach Helgoland fällt im Winter aus", ""},
		{"the declared section before the headline", `<script type="application/ld+json">{"@type":"NewsArticle","articleSection":["Local News","Transport"]}</script><title>Local News | Ferry fares rise for the third time</title>`, "Ferry fares rise for the third time", ""},
		{"section and brand around the headline", `<meta property="article:section" content="Ekonomi"><meta property="og:site_name" content="Harbour Post"><title>Ekonomi | Tarif kapal naik lagi menjelang Lebaran | Harbour Post</title>`, "Tarif kapal naik lagi menjelang Lebaran", ""},
		{"a kicker that is the section stays before a colon", `<meta property="article:section" content="Fußball"><title>Fußball: Trainer bleibt trotz Niederlage im Amt</title>`, "Fußball: Trainer bleibt trotz Niederlage im Amt", ""},
		{"an undeclared word after a dash stays", `<meta property="article:section" content="Sport"><title>Fähre fällt aus - Winterpause</title>`, "Fähre fällt aus - Winterpause", ""},
		{"the brand written out where the domain abbreviates it", `<title>Ferry fares rise for the third time - The Harbour Post Daily</title>`, "Ferry fares rise for the third time", "https://www.hpdaily.example/a/1"},
		{"initials of every word", `<title>Fähre fällt im Winter aus | Südküsten Rundschau Zeitung</title>`, "Fähre fällt im Winter aus", "https://www.srz.example/lokal/1"},
		{"the brand written out before the headline", `<title>The Harbour Post Daily | Ferry fares rise for the third time</title>`, "Ferry fares rise for the third time", "https://www.hpdaily.example/a/1"},
		{"a two-word kicker whose initials spell a short domain stays", `<title>Sommer Zeit: Die Uhren werden umgestellt</title>`, "Sommer Zeit: Die Uhren werden umgestellt", "https://www.sz.example/a/1"},
		{"a two-letter domain spelt out after the headline", `<title>Die Uhren werden umgestellt - Süddeutsche Zeitung</title>`, "Die Uhren werden umgestellt", "https://www.sz.example/a/1"},
		{"a phrase that only starts like the domain stays", `<title>Ferry fares rise again - Harbour Plans Delayed Again</title>`, "Ferry fares rise again - Harbour Plans Delayed Again", "https://www.hpdaily.example/a/1"},
		{"a colon in the headline is not a brand", `<title>Brexit: what comes next for ferries | Harbour Post</title>`, "Brexit: what comes next for ferries", ""},
		{"a short section alone is kept without a brand", `<title>Ferries | Fares rise again this spring</title>`, "Ferries | Fares rise again this spring", ""},
		// The brand with a section or tag line after it.
		{"brand then section", `<title>Ferry fares rise for the third time - Harbour Post - Business</title>`, "Ferry fares rise for the third time", ""},
		{"brand then tag line", `<title>Ferry fares rise again | Harbour Post | Latest news and weather</title>`, "Ferry fares rise again", ""},
		{"brand then tag line after another separator", `<title>Fähre fällt im Winter aus – Harbour Post – Nachrichten aus der Region</title>`, "Fähre fällt im Winter aus", ""},
		{"a part that mentions the brand mid-title stays", `<title>Ferry fares rise - Harbour Post readers react - Business</title>`, "Ferry fares rise - Harbour Post readers react - Business", ""},
		{"brand then a long tail stays", `<title>Ferry fares rise - Harbour Post - a long look back at how the crossing was run for ten years</title>`, "Ferry fares rise - Harbour Post - a long look back at how the crossing was run for ten years", ""},
		// Two section labels between the headline and the name, and a
		// section label after a name put first.
		{"two sections before the brand", `<title>Ferry fares rise for the third time | Travel | Opinion | Harbour Post</title>`, "Ferry fares rise for the third time", ""},
		{"two sections before the domain", `<title>Fähre nach Helgoland fällt im Winter aus - Region - Nachrichten - harbourpost.example</title>`, "Fähre nach Helgoland fällt im Winter aus", ""},
		{"three short parts before the brand: the headline's own stays", `<title>Ferry fares rise for the third time | Why Now | Travel | Opinion | Harbour Post</title>`, "Ferry fares rise for the third time | Why Now", ""},
		{"brand first, then a section", `<title>Harbour Post | Business | Ferry fares rise for the third time</title>`, "Ferry fares rise for the third time", ""},
		{"domain first, then a section after guillemets", `<title>HarbourPost.example » Region » Fähre nach Helgoland fällt im Winter aus</title>`, "Fähre nach Helgoland fällt im Winter aus", ""},
		{"brand first, then a short headline stays whole", `<title>Harbour Post | Ferries Strike | Crossings cancelled</title>`, "Ferries Strike | Crossings cancelled", ""},
		// Separators and brackets of other scripts.
		{"cjk bar", `<meta property="og:site_name" content="港湾新闻"><title>渡轮票价再次上涨丨港湾新闻</title>`, "渡轮票价再次上涨", ""},
		{"cjk underscore", `<meta property="og:site_name" content="港湾新闻"><title>渡轮票价再次上涨_港湾新闻</title>`, "渡轮票价再次上涨", ""},
		{"a name before a headline written without spaces", `<meta property="og:site_name" content="港湾新闻"><title>港湾新闻 | 渡轮票价再次上涨</title>`, "渡轮票价再次上涨", ""},
		{"a name before a Japanese headline", `<meta property="og:site_name" content="ハーバーポスト"><title>ハーバーポスト｜フェリー運賃が再び値上げ</title>`, "フェリー運賃が再び値上げ", ""},
		{"a name before one long Latin word stays", `<meta property="og:site_name" content="Harbour Post"><title>Harbour Post | Breaking</title>`, "Harbour Post | Breaking", ""},
		{"lenticular brackets before", `<meta property="og:site_name" content="港湾新闻"><title>【港湾新闻】渡轮票价再次上涨</title>`, "渡轮票价再次上涨", ""},
		{"square brackets before", `<title>[Harbour Post] Ferry fares rise again this spring</title>`, "Ferry fares rise again this spring", ""},
		{"a bracketed kicker stays", `<title>[Updated] Ferry fares rise again this spring</title>`, "[Updated] Ferry fares rise again this spring", ""},
		{"figure dash", `<title>Ferry fares rise again ‒ Harbour Post</title>`, "Ferry fares rise again", ""},
		// The separators SEO settings offer besides, and doubled marks.
		{"a star of an SEO setting", `<meta property="og:site_name" content="Harbour Post"><title>Ferry fares rise for the third time ⋆ Harbour Post</title>`, "Ferry fares rise for the third time", ""},
		{"an asterisk", `<meta property="og:site_name" content="Harbour Post"><title>Ferry fares rise for the third time * Harbour Post</title>`, "Ferry fares rise for the third time", ""},
		{"an angle bracket", `<meta property="og:site_name" content="Harbour Post"><title>Ferry fares rise for the third time &gt; Harbour Post</title>`, "Ferry fares rise for the third time", ""},
		{"a double bar", `<meta property="og:site_name" content="Harbour Post"><title>Ferry fares rise for the third time || Harbour Post</title>`, "Ferry fares rise for the third time", ""},
		{"a double slash", `<meta property="og:site_name" content="Harbour Post"><title>Ferry fares rise for the third time // Harbour Post</title>`, "Ferry fares rise for the third time", ""},
		{"a broken bar", `<meta property="og:site_name" content="Harbour Post"><title>Ferry fares rise for the third time ¦ Harbour Post</title>`, "Ferry fares rise for the third time", ""},
		{"an angle bracket inside the headline stays", `<meta property="og:site_name" content="Harbour Post"><title>Ferry fares: wages &gt; tickets this year | Harbour Post</title>`, "Ferry fares: wages > tickets this year", ""},
		{"a news CMS's trail of section and page kind", `<meta property="og:site_name" content="하버포스트"><title>여객선 요금 또 오른다 &lt; 사회 &lt; 기사본문 - 하버포스트</title>`, "여객선 요금 또 오른다", ""},
		// Section labels in other alphabets, and in scripts without
		// capitals, between the headline and the name.
		{"an accented section", `<meta property="og:site_name" content="Le Progrès du Port"><title>Le ferry annulé pour la troisième fois - Économie - Le Progrès du Port</title>`, "Le ferry annulé pour la troisième fois", ""},
		{"a section with an umlaut", `<meta property="og:site_name" content="Südküsten Zeitung"><title>Fähre fällt im Winter aus | Überregional | Südküsten Zeitung</title>`, "Fähre fällt im Winter aus", ""},
		{"a Cyrillic section", `<meta property="og:site_name" content="Гаванский вестник"><title>Паромные тарифы снова растут — Общество — Гаванский вестник</title>`, "Паромные тарифы снова растут", ""},
		{"a Greek section", `<meta property="og:site_name" content="Λιμάνι News"><title>Αυξάνονται ξανά τα εισιτήρια των πλοίων - Οικονομία - Λιμάνι News</title>`, "Αυξάνονται ξανά τα εισιτήρια των πλοίων", ""},
		{"a Polish section", `<meta property="og:site_name" content="Gazeta Portu"><title>Ceny biletów na prom znów rosną - Świat - Gazeta Portu</title>`, "Ceny biletów na prom znów rosną", ""},
		{"a Japanese section", `<meta property="og:site_name" content="ハーバーポスト"><title>フェリー運賃が再び値上げ | 社会 | ハーバーポスト</title>`, "フェリー運賃が再び値上げ", ""},
		{"a Chinese section after an underscore", `<meta property="og:site_name" content="港湾新闻"><title>渡轮票价再次上涨_社会_港湾新闻</title>`, "渡轮票价再次上涨", ""},
		{"an Arabic section", `<meta property="og:site_name" content="صحيفة الميناء"><title>ارتفاع أسعار العبارات مرة أخرى | اقتصاد | صحيفة الميناء</title>`, "ارتفاع أسعار العبارات مرة أخرى", ""},
		// The name joined without spaces, or in brackets after the
		// headline.
		{"a hyphen between scripts without spaces", `<meta property="og:site_name" content="港湾新闻"><title>渡轮票价再次上涨-港湾新闻</title>`, "渡轮票价再次上涨", ""},
		{"a bar without spaces", `<meta property="og:site_name" content="Harbour Post"><title>Ferry fares rise for the third time|Harbour Post</title>`, "Ferry fares rise for the third time", ""},
		{"a hyphen between Latin letters joins a word", `<meta property="og:site_name" content="Harbour Post"><title>Ferry fares rise for the third time at Harbour-Post</title>`, "Ferry fares rise for the third time at Harbour-Post", ""},
		{"the name in lenticular brackets after", `<meta property="og:site_name" content="ハーバーポスト"><title>フェリー運賃が再び値上げ【ハーバーポスト】</title>`, "フェリー運賃が再び値上げ", ""},
		{"the name in full-width parentheses after", `<meta property="og:site_name" content="ハーバーポスト"><title>フェリー運賃が再び値上げ（ハーバーポスト）</title>`, "フェリー運賃が再び値上げ", ""},
		{"the name in parentheses after", `<meta property="og:site_name" content="Harbour Post"><title>Ferry fares rise for the third time (Harbour Post)</title>`, "Ferry fares rise for the third time", ""},
		{"other words in parentheses stay", `<meta property="og:site_name" content="Harbour Post"><title>Ferry fares rise for the third time (video)</title>`, "Ferry fares rise for the third time (video)", ""},
		{"a box-drawing bar", `<meta property="og:site_name" content="ハーバーポスト"><title>フェリー運賃が再び値上げ │ ハーバーポスト</title>`, "フェリー運賃が再び値上げ", ""},
		{"name and a section before a headline without spaces", `<meta property="og:site_name" content="港湾新闻"><title>港湾新闻 | 社会 | 渡轮票价再次上涨</title>`, "渡轮票价再次上涨", ""},
		// A section before the name, with a tag line after it.
		{"section, brand and tag line", `<meta property="og:site_name" content="Harbour Post"><title>Ferry fares rise for the third time - Business - Harbour Post - News from the coast</title>`, "Ferry fares rise for the third time", ""},
		// Page markers of one page of an article split over pages.
		{"a page marker before the brand", `<meta property="og:site_name" content="Harbour Post"><title>Ferry fares rise for the third time - Page 2 - Harbour Post</title>`, "Ferry fares rise for the third time", ""},
		{"a German page marker", `<meta property="og:site_name" content="Hafenpost"><title>Fähre fällt im Winter aus - Seite 2 - Hafenpost</title>`, "Fähre fällt im Winter aus", ""},
		{"a page marker in brackets", `<meta property="og:site_name" content="Harbour Post"><title>Ferry fares rise for the third time (Page 2) | Harbour Post</title>`, "Ferry fares rise for the third time", ""},
		{"the whole-article marker after the headline", `<meta property="og:site_name" content="Warta Pesisir"><title>Tarif Kapal Naik Lagi Menjelang Lebaran Halaman all - Warta Pesisir</title>`, "Tarif Kapal Naik Lagi Menjelang Lebaran", ""},
		{"a page number ending a headline stays", `<meta property="og:site_name" content="Harbour Post"><title>The Ferry Story That Ran On Page 3 | Harbour Post</title>`, "The Ferry Story That Ran On Page 3", ""},
		{"a lower-case part before the name stays", `<meta property="og:site_name" content="Le Progrès du Port"><title>Le ferry annulé - et après ? - Le Progrès du Port</title>`, "Le ferry annulé - et après ?", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			u := c.url
			if u == "" {
				u = url
			}
			p, err := Extract([]byte("<html><head>"+c.head+"</head><body><p>text</p></body></html>"), u, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != c.want {
				t.Errorf("Title = %q, want %q", p.Title, c.want)
			}
		})
	}
}

// A trailing part that mentions the site among other words is the site's
// tag line in a <title>, but part of the headline where the page shows it
// in its heading: the decision is made here once (trimSiteNameShown), and
// the part that is the site's name itself goes either way.
func TestTitleShownSiteMention(t *testing.T) {
	const site = `<meta property="og:site_name" content="Acme">`
	const whole = "Meet us in Berlin - Acme at the Fair 2025"
	for _, c := range []struct {
		name, url, head, body, want string
	}{
		{"the heading and every stated title show the mention",
			"", site + `<meta property="og:title" content="` + whole + `"><title>` + whole + `</title>`,
			`<h1>` + whole + `</h1>`, whole},
		{"the heading shows it, the stated titles add the name",
			"", site + `<meta property="og:title" content="` + whole + ` | Acme"><title>` + whole + ` - Acme</title>`,
			`<h1>` + whole + `</h1>`, whole},
		{"a tag line after the headline readers see goes",
			"", site + `<meta property="og:title" content="Ferry timetable changes for winter - Acme Weekend"><title>Ferry timetable changes for winter - Acme Weekend</title>`,
			`<h1>Ferry timetable changes for winter</h1>`, "Ferry timetable changes for winter"},
		{"a tag line in titles only goes",
			"", site + `<meta property="og:title" content="Ferry timetable changes for winter - Acme Weekend"><title>Ferry timetable changes for winter - Acme Weekend</title>`,
			``, "Ferry timetable changes for winter"},
		{"the name itself goes from the heading too",
			"", site + `<title>Ferry timetable changes for winter - Acme</title>`,
			`<h1>Ferry timetable changes for winter - Acme</h1>`, "Ferry timetable changes for winter"},
		{"name and news after a bar",
			"", site + `<title>Ferry timetable changes for winter | Acme News</title>`,
			`<h1>Ferry timetable changes for winter</h1>`, "Ferry timetable changes for winter"},
		{"name and a colon before the headline",
			"", site + `<title>Acme: Ferry timetable changes for winter</title>`,
			``, "Ferry timetable changes for winter"},
		{"a section between headline and name",
			"", site + `<title>Ferry timetable changes for winter - Travel - Acme</title>`,
			``, "Ferry timetable changes for winter"},
		{"a page on an address, the address after the headline",
			"http://127.0.0.1:8080/artikel/satu", `<title>127 orang mengungsi - 127.0.0.1</title>`,
			``, "127 orang mengungsi"},
	} {
		t.Run(c.name, func(t *testing.T) {
			u := c.url
			if u == "" {
				u = "https://www.acme.example/blog/berlin"
			}
			p, err := Extract([]byte("<html><head>"+c.head+"</head><body>"+c.body+"<p>text</p></body></html>"), u, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != c.want {
				t.Errorf("Title = %q, want %q (alts %q)", p.Title, c.want, p.TitleAlts)
			}
		})
	}
}
