package siteconfig

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestWithoutIDCalls(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"id('story')", "//*[@id='story']"},
		{`id("story-body")/p`, "//*[@id='story-body']/p"},
		{"id( 'a  b' )//h2", "//*[@id='a' or @id='b']//h2"},
		{`substring-before(id("meta")/span, 'Posted')`, `substring-before(//*[@id='meta']/span, 'Posted')`},
		{"//div[@id='id(x)'] | id('side')", "//div[@id='id(x)'] | //*[@id='side']"},
		{"//div[@id='main']", "//div[@id='main']"},
		{"//grid('x')", "//grid('x')"},
		{"//div/id('x')", "//div/id('x')"},
		{"id(//a/@href)", "id(//a/@href)"},
		{"id('')", "id('')"},
		{"//p[contains(@class, 'valid')]", "//p[contains(@class, 'valid')]"},
	} {
		if got := withoutIDCalls(tc.in); got != tc.want {
			t.Errorf("withoutIDCalls(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A file that names its elements with id() reads them: the call is no
// longer an expression that does not compile.
func TestIDCallRule(t *testing.T) {
	s := FromFiles("user", map[string]string{"harbour-gazette.example.txt": "title: id('headline')\nbody: id(\"story\")\nauthor: substring-after(id('byline'), 'By ')\n"})
	r := s.Get("harbour-gazette.example")
	if errs := r.CompileErrors(); len(errs) > 0 {
		t.Fatalf("compile errors: %q", errs)
	}
	doc, err := html.Parse(strings.NewReader(`<html><body><h1 id="headline">Pier reopens after repairs</h1><p id="byline">By Ola Brekke</p><div id="story"><p>The pier opened again on Sunday.</p></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.TitleOf(doc); got != "Pier reopens after repairs" {
		t.Errorf("title = %q", got)
	}
	if got := r.AuthorsOf(doc); len(got) != 1 || got[0] != "Ola Brekke" {
		t.Errorf("authors = %q", got)
	}
	if n := r.ArticleOf(doc); n == nil {
		t.Errorf("no body")
	}
}
