package body

import (
	"strings"
	"testing"
)

// TestAgoLine: a line that only says how long ago something was posted is
// a stamp in any of the languages of ago.txt, after a date label too; a
// sentence that says so is not.
func TestAgoLine(t *testing.T) {
	lx := builtin()
	for _, s := range []string{"12 minutes ago", "1 hour ago", "Updated 2 hours ago", "Updated: 35 mins ago.",
		"vor 5 Minuten", "Aktualisiert vor 3 Stunden", "il y a 20 minutes", "hace 4 horas", "há 2 horas",
		"3 ore fa", "10 uur geleden", "7 menit yang lalu", "2 jam lalu", "15 минут назад", "an hour ago", "5m ago"} {
		if !lx.agoLine(s) {
			t.Errorf("agoLine(%q) = false, want a stamp", s)
		}
	}
	for _, s := range []string{"The ferry left 12 minutes ago.", "12 minutes", "Minutes ago the council voted to close the pier",
		"ago", "", "Updated 7 Dec 2026", "Posted by Ada Quill 2 hours ago and read since by many of the town's residents"} {
		if lx.agoLine(s) {
			t.Errorf("agoLine(%q) = true, want no stamp", s)
		}
	}
}

// TestLiveBlogAgoStamps: a live blog whose entries are stamped with how
// long ago they were posted, not with a clock time, shows the shape (see
// Signals.Stamps); the same entries without stamps do not.
func TestLiveBlogAgoStamps(t *testing.T) {
	var stamped, plain strings.Builder
	for i, w := range []string{"levee", "shelter", "pump", "curfew", "convoy", "power", "school", "bridge"} {
		entry := `<p>` + para(w, 2) + `</p>`
		stamped.WriteString(`<div class="entry"><span class="when">` + string(rune('1'+i)) + ` minutes ago</span>` + entry + `</div>`)
		plain.WriteString(`<div class="entry">` + entry + `</div>`)
	}
	res := Extract(parse(t, `<html><body><main><h1>Flood watch</h1>`+stamped.String()+`</main></body></html>`), Options{})
	if !strings.Contains(res.Text(), "levee report") || res.Signals.Stamps < 8 {
		t.Errorf("stamped entries: %d stamps, want 8 (text %q)", res.Signals.Stamps, res.Text())
	}
	if strings.Contains(res.Text(), "minutes ago") {
		t.Errorf("a stamp stayed in the text: %q", res.Text())
	}
	res = Extract(parse(t, `<html><body><main><h1>Flood watch</h1>`+plain.String()+`</main></body></html>`), Options{})
	if res.Signals.Stamps != 0 {
		t.Errorf("unstamped entries: %d stamps, want 0", res.Signals.Stamps)
	}
}
