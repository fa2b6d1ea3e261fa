package body

import (
	"slices"
	"strings"
	"testing"
)

// TestDropRepeatedRuns: an offer box printed twice inside the article
// (narrow and wide layouts) goes, both copies; a lone repeated line stays;
// an article printed twice keeps its first copy.
func TestDropRepeatedRuns(t *testing.T) {
	story := []string{
		"The harbour authority approved the new ferry timetable on Monday after three months of public hearings.",
		"Residents of the outer islands had asked for an early boat that reaches the mainland before the schools open.",
		"The first sailings under the new timetable leave on the second of June, the authority said in a statement.",
	}
	offer := []string{
		"Unlimited access to every story on the site and in our apps, on any device you own.",
		"The digital edition of the morning paper, delivered to your inbox before six every day.",
		"Puzzles, crosswords and the weekend magazine, with newsletters from our best writers.",
	}
	ps := func(xs ...string) string {
		var b strings.Builder
		for _, x := range xs {
			b.WriteString("<p>" + x + "</p>\n")
		}
		return b.String()
	}
	cases := []struct {
		name       string
		body       string
		want, gone []string
	}{
		{"offer twice between paragraphs",
			ps(story[0], story[1]) + `<div class="promo-wide">` + ps(offer...) + `</div><div class="promo-narrow">` + ps(offer...) + `</div>` + ps(story[2]),
			story, offer},
		{"two-line offer twice at the end",
			ps(story...) + `<div class="box-a">` + ps(offer[0], offer[1]) + `</div><div class="box-b">` + ps(offer[0], offer[1]) + `</div>`,
			story, offer[:2]},
		{"a recurring question in an interview stays",
			ps("What did you read as a child, and what do you read now?", story[0],
				"What did you read as a child, and what do you read now?", story[1], story[2]),
			append([]string{"What did you read as a child"}, story...), nil},
		{"an article printed twice keeps one copy",
			ps(story...) + `<div class="print-copy">` + ps(story...) + `</div>`,
			story, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(parse(t, page(`<article><h1>Ferry timetable approved</h1><div class="article-body">`+c.body+`</div></article>`)), Options{})
			text := res.Text()
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("lost %q\ntext: %s", w, text)
				}
			}
			for _, g := range c.gone {
				if strings.Contains(text, g) {
					t.Errorf("kept %q\ntext: %s", g, text)
				}
			}
			if c.name == "an article printed twice keeps one copy" && strings.Count(text, story[0]) != 1 {
				t.Errorf("want one copy of the story, got %d\ntext: %s", strings.Count(text, story[0]), text)
			}
		})
	}
}

// TestDropPullQuotes: a sentence the page sets large beside the paragraph
// that holds it (with other quotation marks, before or after it, in a
// blockquote or a plain paragraph) goes once; the paragraph keeps it. A
// subheading that quotes its paragraph, a list item repeated in a
// paragraph and a short line stay.
func TestDropPullQuotes(t *testing.T) {
	para := []string{
		`The mayor opened the new bridge on Saturday. "We waited twenty years for a crossing that does not close every winter," she told the crowd, before cutting the ribbon.`,
		"Traffic engineers expect the bridge to carry twelve thousand vehicles a day once the ring road is finished next spring.",
		"Ferry operators, who lose their winter route, said they would ask the council for help with the loss of income.",
	}
	quote := "We waited twenty years for a crossing that does not close every winter"
	cases := []struct {
		name  string
		body  string
		count int // copies of quote wanted in the text
	}{
		{"blockquote after its paragraph",
			"<p>" + para[0] + "</p><blockquote><p>“" + quote + ".”</p></blockquote><p>" + para[1] + "</p><p>" + para[2] + "</p>", 1},
		{"plain paragraph before its paragraph",
			"<p>" + para[1] + "</p><p class=\"big\">'" + quote + ".'</p><p>" + para[0] + "</p><p>" + para[2] + "</p>", 1},
		{"a subheading quoting its paragraph stays",
			"<p>" + para[1] + "</p><h2>" + quote + "</h2><p>" + para[0] + "</p><p>" + para[2] + "</p>", 2},
		{"a list item repeated in a paragraph stays",
			"<p>" + para[0] + "</p><ul><li>" + quote + ".</li><li>Another item on the list.</li></ul><p>" + para[1] + "</p>", 2},
		{"a line without a sentence end stays",
			"<p>" + para[0] + "</p><p>" + quote + "</p><p>" + para[1] + "</p><p>" + para[2] + "</p>", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(parse(t, page(`<article><h1>Bridge opens</h1><div class="article-body">`+c.body+`</div></article>`)), Options{})
			text := res.Text()
			if n := strings.Count(text, quote); n != c.count {
				t.Errorf("%d copies of the quote, want %d\ntext: %s", n, c.count, text)
			}
			if !strings.Contains(text, para[1]) {
				t.Errorf("lost a paragraph\ntext: %s", text)
			}
		})
	}
}

// TestDropQuoteCredits: the credit line of a pull quote that went (a name
// and a title under the quote, inside its blockquote) goes with it; the
// credit of a quotation that stays, a sentence after a pull quote and a
// short line outside the blockquote stay.
func TestDropQuoteCredits(t *testing.T) {
	p0 := `The mayor opened the new bridge on Saturday. "We waited twenty years for a crossing that does not close every winter," she told the crowd, before cutting the ribbon.`
	p1 := "Traffic engineers expect the bridge to carry twelve thousand vehicles a day once the ring road is finished next spring."
	p2 := "Ferry operators, who lose their winter route, said they would ask the council for help with the loss of income."
	quote := "We waited twenty years for a crossing that does not close every winter"
	cases := []struct {
		name string
		body string
		gone []string
		kept []string
	}{
		{"credit inside the blockquote of a pull quote",
			"<p>" + p0 + "</p><blockquote class=\"q\"><p>" + quote + ".</p><div class=\"who\"><div>Mayor Ines Varga</div></div></blockquote><p>" + p1 + "</p><p>" + p2 + "</p>",
			[]string{"Mayor Ines Varga"}, nil},
		{"credit of a quotation that stays",
			"<p>" + p1 + "</p><blockquote><p>The crossing will change how the two halves of the town live together, for good.</p><div>Mayor Ines Varga</div></blockquote><p>" + p2 + "</p>",
			nil, []string{"Mayor Ines Varga", "for good"}},
		{"a sentence in the blockquote stays",
			"<p>" + p0 + "</p><blockquote><p>" + quote + ".</p><p>The council will name the bridge after the ferry.</p></blockquote><p>" + p1 + "</p><p>" + p2 + "</p>",
			nil, []string{"name the bridge after the ferry"}},
		{"a short line outside the blockquote stays",
			"<p>" + p0 + "</p><blockquote><p>" + quote + ".</p></blockquote><p>Ring road works</p><p>" + p1 + "</p><p>" + p2 + "</p>",
			nil, []string{"Ring road works"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := Extract(parse(t, page(`<article><h1>Bridge opens</h1><div class="article-body">`+c.body+`</div></article>`)), Options{}).Text()
			checkText(t, text, append([]string{p1, p2}, c.kept...), c.gone)
		})
	}
}

// TestDropQuoteCards: a quotation set in a <blockquote> whose every clause
// the text gives word for word, spliced or re-punctuated, goes, with the
// credit beside it in its card, as does a quotation set apart in a box of
// no known name that splices one longer paragraph; a quotation the text
// does not give whole or gives once, one spliced from two paragraphs,
// and a re-punctuated paragraph that is no quotation, stay.
func TestDropQuoteCards(t *testing.T) {
	p0 := `"The tide tables were wrong," said harbour master Olu Adeyemi, who has run the port for a decade. "Nobody checked them. We paid for it in March."`
	p1 := "Traffic engineers expect the bridge to carry twelve thousand vehicles a day once the ring road is finished next spring."
	p2 := "Ferry operators, who lose their winter route, said they would ask the council for help with the loss of income."
	cases := []struct {
		name  string
		box   string
		paras []string // the text's paragraphs wanted
	}{
		{"spliced quote with its credit beside it",
			`<div class="card"><blockquote>The tide tables were wrong. Nobody checked them</blockquote><div><span>Olu Adeyemi</span><span>, harbour master</span></div></div>`,
			[]string{p0, p1, p2}},
		{"the credit inside the blockquote",
			`<blockquote><p>Nobody checked them. We paid for it in March.</p><footer>Olu Adeyemi, harbour master</footer></blockquote>`,
			[]string{p0, p1, p2}},
		{"a quotation the text does not give stays",
			`<blockquote><p>The tide tables were wrong, and the ferry company knew it before the storm.</p></blockquote>`,
			[]string{p0, "The tide tables were wrong, and the ferry company knew it before the storm.", p1, p2}},
		{"a paragraph outside a blockquote stays",
			`<p>The tide tables were wrong. Nobody checked them. We paid for it in March.</p>`,
			[]string{p0, "The tide tables were wrong. Nobody checked them. We paid for it in March.", p1, p2}},
		{"a quotation in a box of no known name, spliced from one paragraph",
			`<div class="big-type"><p>“The tide tables were wrong. Nobody checked them"</p></div>`,
			[]string{p0, p1, p2}},
		{"a quotation spliced from two paragraphs stays",
			`<div class="big-type"><p>“Nobody checked them. Traffic engineers expect the bridge to carry twelve thousand vehicles a day”</p></div>`,
			[]string{p0, "“Nobody checked them. Traffic engineers expect the bridge to carry twelve thousand vehicles a day”", p1, p2}},
		{"a quotation said twice stays twice",
			`<p>“We paid for it in March, and we are paying for it still.”</p><p>The inquiry will sit again in the autumn, after the council has published its own report.</p><p>“We paid for it in March, and we are paying for it still.”</p>`,
			[]string{p0, "“We paid for it in March, and we are paying for it still.”", "The inquiry will sit again in the autumn, after the council has published its own report.", "“We paid for it in March, and we are paying for it still.”", p1, p2}},
		{"a quotation the text gives once stays",
			`<p>“The council has never answered our letters about the winter route,” one ferry operator said.</p>`,
			[]string{p0, "“The council has never answered our letters about the winter route,” one ferry operator said.", p1, p2}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := "<p>" + p0 + "</p>" + c.box + "<p>" + p1 + "</p><p>" + p2 + "</p>"
			text := Extract(parse(t, page(`<article><h1>Port inquiry</h1><div class="article-body">`+body+`</div></article>`)), Options{}).Text()
			if got := strings.Split(text, "\n\n"); !slices.Equal(got, c.paras) {
				t.Errorf("paragraphs %q\nwant %q", got, c.paras)
			}
		})
	}
}

// TestWeakHintYieldsToTwoLongParagraphs: a section of the article that
// the page wraps in a generic "box" (a weak furniture word) under its own
// subheading stays when it holds two long paragraphs; a box of two short
// widget lines still goes.
func TestWeakHintYieldsToTwoLongParagraphs(t *testing.T) {
	long := []string{
		"The regional statistics office counted one hundred and three licensed slaughterhouses this spring, most of them small butchers who still work on their own premises, and only a handful of mid-sized plants that sell across the region to shops and restaurants. How many plants have closed over the past decade the office could not say, as small businesses were not required to report their output until two years ago.",
		"Production has fallen by more than half since the last census of the trade, the office said, while the number of animals brought in from neighbouring regions for processing has grown every year, which farmers blame on the closure of a large plant in the north. Meat consumption in the region remains among the highest in the country, according to a survey by a consumer foundation, although it has fallen slowly in each of the past five years.",
	}
	story := ""
	for _, x := range []string{
		"The plant's manager walked visitors along the line, past workers with saws and inspectors with tablets, explaining each step of the process from the pens to the cold store.",
		"He took over the business from his father six years ago and now employs three hundred and forty people, many of them recruited abroad after local applicants dried up.",
		"Most of the meat is sold within a hundred kilometres, to butchers, canteens and the sausage makers who supply the region's markets and football grounds every weekend.",
		"The company has invested in new cooling equipment and a water recycling plant, he said, but the margins on ordinary cuts have never been thinner than they are this year.",
		"Prices for feed and energy rose sharply last winter, and the costs of veterinary inspections, which the plant must pay for by the hour, have gone up as well.",
		"Union officials say wages at the plant are above the regional average, but that night shifts and the cold make it hard to keep younger workers for more than a season.",
		"The ministry of agriculture said it was preparing a support programme for small processors, without saying when it would start or how much money it would hold.",
		"Consumer groups welcomed the plan, arguing that short transport routes are better for the animals than long journeys to the large plants in the west of the country.",
		"The only company licensed to dispose of animal waste in the region raised its prices in January, citing the cost of the gas that its furnaces burn day and night.",
		"Several butchers in the valley have already stopped slaughtering their own animals and now buy carcasses from the plant, which has taken on extra shifts to meet the demand.",
		"A spokesman for the farmers' association said members would hold a meeting next month to decide whether to found a cooperative that could run a plant of its own.",
		"As the tour ended, the manager washed his hands at a long steel basin and said he expected the plant to be working at full capacity again by the end of the summer.",
	} {
		story += "<p>" + x + "</p>"
	}
	tail := "<p>" + strings.Repeat("Farmers' groups have asked the state for help with the rising cost of disposal, which doubled at the start of the year. ", 3) + "</p>"
	cases := []struct {
		name string
		box  string
		want bool
	}{
		{"section in a box", `<div class="box"><h3>Fewer animals every year</h3><p>` + long[0] + `</p><p>` + long[1] + `</p></div>`, true},
		{"section in a widget box", `<div class="widget-box"><p>` + long[0] + `</p><p>` + long[1] + `</p></div>`, true},
		{"two short lines in a box", `<div class="box"><p>Download our app today.</p><p>Follow us for more stories.</p></div>`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := Extract(parse(t, page(`<article><h1>Slaughterhouses close</h1><div class="article-body">`+story+c.box+tail+`</div></article>`)), Options{}).Text()
			in := strings.Contains(text, "hundred and three") || strings.Contains(text, "Download our app")
			if in != c.want {
				t.Errorf("box kept %v, want %v\ntext: %s", in, c.want, text)
			}
		})
	}
}
