package siteconfig

import "testing"

func TestReadsStringValue(t *testing.T) {
	cases := []struct {
		x    string
		want bool
	}{
		{`//div[@class='article-body']`, false},
		{`//meta[@property="og:title"]/@content`, false},
		{`//div[contains(concat(' ',normalize-space(@class),' '),' story ')]`, false},
		{`//a[contains(@href, 'example.org/ads/')]`, false},
		{`//*[@aria-hidden="true" and not(./parent::figcaption)]`, false},
		{`(//div[@class='lead']//p)[1]`, false},
		{`//main/article//section[last()]/following-sibling::*`, false},
		{`//h6[@class = 'kicker']`, false},
		{`//ul/li[position() > 1]`, false},
		{`//div[count(p) >= 2]`, false},
		{`//div[.//p]`, false},
		{`//div[string-length(@title) > 0]`, false},
		{`//p[contains(text(), 'Photo:')]`, true},
		{`//p[@class='caption']//a[contains(., 'More photos')]`, true},
		{`//figure//span[.='Image' or .='Video']`, true},
		{`substring-after(//span[@class="meta"],'by ')`, true},
		{`substring-before(//div[@class='byline'], " on ")`, true},
		{`//div[h3='Related']`, true},
		{`//div[normalize-space(.)='Advertisement']`, true},
		{`//div[string-length(p) > 200]`, true},
		{`//div[starts-with(normalize-space(p), 'By')]`, true},
		{`//div[@id='a'`, false}, // unclosed bracket: no text read either way
		{`//div[@id='a]`, true},  // unclosed quote
		{`//div[contains(@class, 'x']`, true},
	}
	for _, c := range cases {
		if got := readsStringValue(c.x); got != c.want {
			t.Errorf("readsStringValue(%q) = %v, want %v", c.x, got, c.want)
		}
	}
}

func TestReadsCommentsAndDrawing(t *testing.T) {
	cases := []struct {
		x                 string
		comments, drawing bool
	}{
		{`//div[@class='body']`, false, false},
		{`//div[@data-d='x']`, false, false}, // (ReadsData: true)
		{`//div[@id='main']/comment()`, true, false},
		{`//path[@d]`, false, true},
		{`//svg//*[@POINTS]`, false, true},
		{`//div[@*='x']`, false, true},
		{`//div[attribute::data-x]`, false, true},
	}
	for _, c := range cases {
		r := &Rule{Config: &Config{Body: []string{c.x}}}
		if r.ReadsComments() != c.comments || r.ReadsDrawing() != c.drawing {
			t.Errorf("%q: ReadsComments %v, ReadsDrawing %v; want %v, %v", c.x, r.ReadsComments(), r.ReadsDrawing(), c.comments, c.drawing)
		}
	}
}

func TestReadsData(t *testing.T) {
	for _, c := range []struct {
		x    string
		want bool
	}{
		{`//div[@class='body']`, false},
		{`//div[@data-component='text-block']`, true},
		{`//*[@*='x']`, true},
		{`//img/@src`, false},
	} {
		r := &Rule{Config: &Config{Strip: []string{c.x}}}
		if got := r.ReadsData(); got != c.want {
			t.Errorf("%q: ReadsData %v, want %v", c.x, got, c.want)
		}
	}
}

func TestReadsUnread(t *testing.T) {
	for _, c := range []struct {
		x    string
		want bool
	}{
		{`//div[@class='body']`, false},
		{`//a[@target='_blank']`, true},
		{`//svg[@viewBox]`, true},
		{`//div[@onclick]`, true},
		{`//*[@*='x']`, true},
		{`//a[@targets]`, false},
		{`//img/@src`, false},
	} {
		r := &Rule{Config: &Config{Strip: []string{c.x}}}
		if got := r.ReadsUnread(); got != c.want {
			t.Errorf("%q: ReadsUnread %v, want %v", c.x, got, c.want)
		}
	}
}
