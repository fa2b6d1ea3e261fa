package body

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/eval"
)

// TestDebugPage prints how one page (KABAR_DEBUG_PAGE=path) was cut into
// blocks and which element was chosen. A tool for tuning, skipped otherwise.
func TestDebugPage(t *testing.T) {
	path := os.Getenv("KABAR_DEBUG_PAGE")
	if path == "" {
		t.Skip("set KABAR_DEBUG_PAGE=file.html[.gz]")
	}
	page, err := eval.ReadPage(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parsePage(page)
	if err != nil {
		t.Fatal(err)
	}
	a := analyse(doc, builtin(), false, false)
	if a.value < minBodyValue {
		a = analyse(doc, builtin(), false, true)
	}
	w, verdicts, values := a.w, a.verdicts, a.values
	c, v := a.chosen, a.value
	desc := func(i int) string {
		if i < 0 {
			return "none"
		}
		e := w.elems[i]
		return fmt.Sprintf("#%d <%s class=%q id=%q> blocks %d-%d", i, e.node.Data, attr(e.node, "class"), attr(e.node, "id"), e.start, e.end)
	}
	fmt.Printf("chosen %s value %.0f\n", desc(c), v)
	for _, i := range strings.Fields(os.Getenv("KABAR_DEBUG_ELEMS")) {
		n, _ := strconv.Atoi(i)
		fmt.Println(desc(n))
	}
	sum := make([]float64, len(values)+1)
	for i, v := range values {
		if w.blocks[i].neg < 0 {
			sum[i+1] = sum[i] + v
		} else {
			sum[i+1] = sum[i] + min(v, 0)
		}
	}
	type ev struct {
		i int
		v float64
	}
	var evs []ev
	for i, e := range w.elems {
		evs = append(evs, ev{i, sum[e.end] - sum[e.start]})
	}
	sort.Slice(evs, func(a, b int) bool { return evs[a].v > evs[b].v })
	for _, x := range evs[:min(8, len(evs))] {
		fmt.Printf("  top %.0f %s\n", x.v, desc(x.i))
	}
	for i, b := range w.blocks {
		txt := b.text
		if len(txt) > 90 {
			txt = txt[:90]
		}
		fmt.Printf("%4d v=%6.0f neg=%4d own=%4d k=%d ver=%d %q\n", i, values[i], b.neg, b.owner, b.kind, verdicts[i], txt)
	}
}
