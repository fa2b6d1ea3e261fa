package body

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestStateBody: the longest prose string of a page's script data is
// read as its body, text split at its line breaks, markup read as a page;
// strings that are no prose (a token, a short description) are not.
func TestStateBody(t *testing.T) {
	text := para("quarry", 4) + "\n" + para("tramway", 4) + "\nShare this article"
	markup := "<p>" + para("orchard", 4) + "</p><p>" + para("kiln", 4) + "</p>"
	data := func(body string) string {
		b, err := json.Marshal(map[string]any{"props": map[string]any{
			"token":       strings.Repeat("QmFzZTY0ZGF0YQ", 60),
			"description": "The council met on Monday.",
			"article":     map[string]any{"title": "Quarry vote in Millbrook", "body": body},
		}})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	res := StateBody([]string{data(text)}, "", Options{})
	if res.Method != "state" || !res.Signals.FromState || len(res.Blocks) != 2 {
		t.Fatalf("text state: method %q, %d blocks %q", res.Method, len(res.Blocks), res.Text())
	}
	if !strings.HasPrefix(res.Blocks[1].Text, "The tramway report") {
		t.Errorf("second paragraph %q", res.Blocks[1].Text)
	}
	res = StateBody([]string{"{not json", data(markup)}, "", Options{})
	if len(res.Blocks) != 2 || !strings.Contains(res.Text(), "kiln report") || strings.Contains(res.Text(), "<p>") {
		t.Errorf("markup state: %q", res.Text())
	}
	if res = StateBody([]string{data("The council met on Monday. It voted. It left.")}, "", Options{}); res.Method != "" || len(res.Blocks) != 0 {
		t.Errorf("no prose: got %q", res.Text())
	}
	// A short article shown whole is not replaced by a longer text of
	// the data that is not it; its teaser is.
	if res = StateBody([]string{data(text)}, "The harbour committee met on Tuesday to hear the ferry operators.", Options{}); res.Method != "" {
		t.Errorf("another text replaced the article shown: %q", res.Text())
	}
	if res = StateBody([]string{data(text)}, para("quarry", 1), Options{}); res.Method != "state" {
		t.Errorf("the article shown in part was not read whole: %q", res.Text())
	}
	if res = StateBody(nil, "", Options{}); res.Method != "" {
		t.Errorf("no scripts: method %q", res.Method)
	}
}
