package body

import (
	"strings"
	"testing"
)

// TestTableProseSignal: the paragraphs of a page laid out in a table (a
// cell of text split by <br>) count as prose in Signals.ProseBlocks, so
// the body is no list of short lines; a data table's rows do not.
func TestTableProseSignal(t *testing.T) {
	paras := []string{para("quarry", 2), para("orchard", 2), para("ferry", 2), para("lighthouse", 2), para("tramway", 2),
		para("harbour", 2), para("market", 2), para("library", 2), para("bridge", 2)}
	cases := []struct {
		name      string
		html      string
		wantProse func(blocks, prose int) bool
	}{
		{"a cell of paragraphs split by <br>",
			`<table><tr><td><h1>Quarry to close</h1></td></tr><tr><td class="txt">` + strings.Join(paras, "<br><br>") + `</td></tr></table>`,
			func(blocks, prose int) bool { return blocks >= 9 && prose*4 >= blocks*3 }},
		{"a data table's rows",
			`<div class="story"><p>` + para("quarry", 3) + `</p><table>` + strings.Repeat(`<tr><td>Ward</td><td>Votes</td><td>Share</td></tr>`, 1) +
				`<tr><td>Eastmoor</td><td>1,204</td><td>41 %</td></tr><tr><td>Westfold</td><td>988</td><td>35 %</td></tr><tr><td>Northgate</td><td>702</td><td>24 %</td></tr></table><p>` + para("orchard", 3) + `</p></div>`,
			func(blocks, prose int) bool { return prose == 2 }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(parse(t, "<html><body>"+c.html+"</body></html>"), Options{})
			s := res.Signals
			if !c.wantProse(s.Blocks, s.ProseBlocks) {
				t.Errorf("%d blocks, %d prose: %q", s.Blocks, s.ProseBlocks, res.Text())
			}
		})
	}
}
