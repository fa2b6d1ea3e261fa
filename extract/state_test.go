package extract

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestStateFallback: a page rendered by script, its elements empty and its
// article in a JSON data script, gets the article as its body and says
// so; a page with a body of its own keeps it, whatever its data holds.
func TestStateFallback(t *testing.T) {
	var b strings.Builder
	for i := range 6 {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString("The Valley Ledger reports, in part " + string(rune('A'+i)) + ", that the quarry on the north road will close for a season. The council said the closure would let the river bank recover. Residents asked how long the work would take.")
	}
	state, err := json.Marshal(map[string]any{"page": map[string]any{"story": map[string]any{"text": b.String()}}})
	if err != nil {
		t.Fatal(err)
	}
	script := `<script id="__APP_STATE__" type="application/json">` + string(state) + `</script>`
	empty := `<html><head><title>Quarry to close</title></head><body><div id="app"></div>` + script + `</body></html>`
	p, err := Extract([]byte(empty), "https://valley-ledger.example/news/quarry", Options{NoRules: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Body) != 6 || !p.BodySignals.FromState || !strings.HasPrefix(p.Body[0].Text, "The Valley Ledger reports") {
		t.Fatalf("script-rendered page: %d blocks, from state %v: %+v", len(p.Body), p.BodySignals.FromState, p.Body)
	}
	own := `<html><head><title>Quarry to close</title></head><body><article><h1>Quarry to close</h1><p>` +
		strings.ReplaceAll(b.String(), "\n", "</p><p>") + `</p></article>` +
		strings.ReplaceAll(script, "quarry", "ferry") + `</body></html>`
	p, err = Extract([]byte(own), "https://valley-ledger.example/news/quarry", Options{NoRules: true})
	if err != nil {
		t.Fatal(err)
	}
	if p.BodySignals.FromState || len(p.Body) != 6 || strings.Contains(p.Body[0].Text, "ferry") {
		t.Errorf("page with its own body: from state %v, %+v", p.BodySignals.FromState, p.Body)
	}
}
