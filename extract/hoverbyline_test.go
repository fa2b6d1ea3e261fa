package extract

import (
	"slices"
	"testing"
)

// TestHoverCardNoByline: a name linked in the story's sentence with its
// hover card (the name again, the person's latest stories) is whom the
// story speaks of, not its writer, however the card's classes name it;
// the page's own byline stays.
func TestHoverCardNoByline(t *testing.T) {
	page := `<html><head><title>Ferry pier reopens in Saltmarsh</title></head><body><article>
<h1>Ferry pier reopens in Saltmarsh</h1>
<div class="byline">By <a href="/author/ivo-drent" class="author-name">Ivo Drent</a></div>
<p>The harbour board voted on Monday to reopen the pier, and <a class="author-link" href="/people/rosa-finch">Rosa Finch</a><span class="person-popup"><a class="author-name" href="/people/rosa-finch">Rosa Finch</a><a href="/news/1-harbour-fees-rise">Harbour fees rise again</a> <a href="/news/2-pier-repairs">Pier repairs run late</a></span> welcomed the vote as overdue for the town.</p>
<p>The ferry will run twice an hour from the spring, the board said in a statement after the meeting.</p>
<p>Work on the pier's timbers took eighteen months and cost more than the board had planned for it.</p>
</article></body></html>`
	p, err := Extract([]byte(page), "https://valley-ledger.example/news/ferry-pier", Options{NoRules: true})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range p.Bylines {
		names = append(names, f.Value)
	}
	if slices.ContainsFunc(names, func(s string) bool { return s == "Rosa Finch" }) {
		t.Errorf("bylines %q: the hover card's name taken", names)
	}
	if !slices.ContainsFunc(names, func(s string) bool { return s == "By Ivo Drent" || s == "Ivo Drent" }) {
		t.Errorf("bylines %q: the page's byline lost", names)
	}
}
