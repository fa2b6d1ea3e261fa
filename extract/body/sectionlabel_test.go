package body

import "testing"

// TestSectionLabel: a related-list label set as the first line of its
// box, in a <p>, <div> or <span> rather than a heading, heads the box as
// a heading would: a partner's or sponsor's story in it goes, its prose
// with it. An ad label, or a "Read more" line that carries its link, over
// a wrapper of the article's own paragraphs heads nothing.
func TestSectionLabel(t *testing.T) {
	story := `<p>The ferry company said on Thursday that the winter timetable would start a week early because two of its boats need new engines before the storms.</p>
<p>Islanders who commute to the mainland for work have asked for an extra sailing on Monday mornings while only one boat runs, the residents' association said.</p>
<p>The company answered that it would charter a smaller vessel from a northern operator if the repairs took longer than the six weeks it has planned.</p>
`
	partner := `<p>Growers in the southern valleys expect a record apricot harvest this summer after a mild spring and none of the late frosts that hurt last year's crop.</p>
<p>The cooperative that buys most of the fruit has hired forty more pickers and is building a second cold store beside the packing hall at Ravel.</p>
`
	tests := []struct {
		name string
		html string
		kept []string
		gone []string
	}{
		{"partners' story under a first line",
			`<div class="col">` + story + `<div class="promo-box"><p class="label">From our partners</p>` + partner + `</div></div>`,
			nil, []string{"From our partners", "apricot harvest", "second cold store"}},
		{"sponsored story under a div label",
			`<div class="col">` + story + `<div class="box"><div class="box-title">Sponsored content</div><div class="box-body">` + partner + `</div></div></div>`,
			nil, []string{"Sponsored content", "apricot harvest"}},
		{"partner content under a span",
			`<div class="col">` + story + `<section><span>Partner content</span>` + partner + `</section></div>`,
			nil, []string{"Partner content", "apricot harvest"}},
		{"an ad label over the article's own paragraphs",
			`<div class="col"><p>The ferry company said on Thursday that the winter timetable would start a week early.</p><div class="inner"><p>Advertisement</p>` + story + `</div></div>`,
			[]string{"Islanders who commute", "charter a smaller vessel"}, []string{"Advertisement"}},
		{"a linked read-more line over the article's own paragraphs",
			`<div class="col"><p>The ferry company said on Thursday that the winter timetable would start a week early.</p><div class="inner"><p>Read more: <a href="/ferries">Ferry fares to rise in spring</a></p>` + story + `</div></div>`,
			[]string{"Islanders who commute", "charter a smaller vessel"}, []string{"Ferry fares to rise"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, page(tt.html)), Options{}).Text()
			checkText(t, text, append([]string{"winter timetable would start"}, tt.kept...), tt.gone)
		})
	}
}

func TestSiteOf(t *testing.T) {
	for host, want := range map[string]string{
		"www.marlowcourier.example": "marlowcourier.example",
		"economy.harbourpost.com":   "harbourpost.com",
		"news.valleytimes.co.uk":    "valleytimes.co.uk",
		"valleytimes.co.uk":         "valleytimes.co.uk",
		"ads.redirect.cc":           "redirect.cc",
		"localhost":                 "localhost",
	} {
		if got := siteOf(host); got != want {
			t.Errorf("siteOf(%q) = %q, want %q", host, got, want)
		}
	}
}
