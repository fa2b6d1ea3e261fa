package body

import (
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
