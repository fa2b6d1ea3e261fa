package body

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestReadabilityCandidate(t *testing.T) {
	page := `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="article-content"><h1>Harbour reopens</h1>
<p>The harbour reopened on Friday after a week of repairs to the breakwater, the port authority said.</p>
<p>Fishing crews, who had moored their boats in the river mouth, returned to their berths before dawn.</p>
<p>Repairs cost about 2 million dollars, paid from the regional budget, officials said at a briefing.</p></div>
<footer>Copyright 2024 Example News</footer></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var before strings.Builder
	html.Render(&before, doc)
	a, ok := readabilityCandidate(doc, builtin(), "https://news.example.com/harbour")
	if !ok {
		t.Fatal("readability found no body")
	}
	var text []string
	for _, b := range a.w.blocks {
		text = append(text, b.text)
	}
	got := strings.Join(text, "\n")
	for _, want := range []string{"harbour reopened on Friday", "returned to their berths", "regional budget"} {
		if !strings.Contains(got, want) {
			t.Errorf("readability candidate lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Copyright 2024") {
		t.Errorf("readability candidate kept the footer:\n%s", got)
	}
	var after strings.Builder
	html.Render(&after, doc)
	if before.String() != after.String() {
		t.Error("readabilityCandidate modified the caller's tree")
	}
}
