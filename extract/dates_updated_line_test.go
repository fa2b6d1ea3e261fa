package extract

import "testing"

// TestDateLineWithUpdate: one line near the headline that prints the
// publication date and then, after an "updated" label, the modification
// date gives both, each to its field, whether or not the element is
// named as a date; a label that no date follows splits nothing.
func TestDateLineWithUpdate(t *testing.T) {
	for _, c := range []struct {
		name, class, line, pub, mod string
	}{
		{"Indonesian, unnamed element", "info", "Selasa, 3 Maret 2026 | 08:15 WIB Diperbarui Selasa, 3 Maret 2026 | 11:40 WIB",
			"Selasa, 3 Maret 2026 | 08:15 WIB", "Diperbarui Selasa, 3 Maret 2026 | 11:40 WIB"},
		{"Indonesian, named element, bar between", "date", "Rab, 4 Mar 2026 09:05 WIB | Diperbarui 4 Mar 2026 10:20 WIB",
			"Rab, 4 Mar 2026 09:05 WIB", "Diperbarui 4 Mar 2026 10:20 WIB"},
		{"English, dot between", "meta-line", "Published 5 March 2026, 7:10am · Updated 5 March 2026, 9:45am",
			"Published 5 March 2026, 7:10am", "Updated 5 March 2026, 9:45am"},
		{"label with no date after it", "date", "Kamis, 5 Maret 2026 13:00 WIB Update Terkini",
			"Kamis, 5 Maret 2026 13:00 WIB Update Terkini", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := `<html><body><main><div><h1>Pelabuhan Kecil Itu Kini Ramai Lagi</h1><div><div class="` + c.class + `">` + c.line +
				`</div></div></div><p>Kapal nelayan kembali berlabuh di pelabuhan kecil itu sejak awal bulan.</p></main></body></html>`
			p, err := Extract([]byte(page), "https://example.org/x", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !hasField(p.Published, "text", c.pub) {
				t.Errorf("published %q, want the text %q among them", p.Published, c.pub)
			}
			if c.mod != "" && !hasField(p.Modified, "text", c.mod) {
				t.Errorf("modified %q, want the text %q among them", p.Modified, c.mod)
			}
			if c.mod == "" && len(p.Modified) > 0 {
				t.Errorf("modified %q, want none", p.Modified)
			}
		})
	}
}

func hasField(fs []Field, source, value string) bool {
	for _, f := range fs {
		if f.Source == source && f.Value == value {
			return true
		}
	}
	return false
}

// TestBareDateLineSeparators: separators standing alone in an unnamed date
// line are no words, so a line that sets a name, a day and a clock apart
// with them is still a date line, not a sentence.
func TestBareDateLineSeparators(t *testing.T) {
	line := "Rina Sari | Kamis, 5 Maret 2026 - 13:20 WIB"
	page := `<html><body><main><div><h1>Pelabuhan Kecil Itu Kini Ramai Lagi</h1><div><div class="box-a">` + line +
		`</div></div></div><p>Kapal nelayan kembali berlabuh di pelabuhan kecil itu sejak awal bulan.</p></main></body></html>`
	p, err := Extract([]byte(page), "https://example.org/x", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !hasField(p.Published, "text", line) {
		t.Errorf("published %q, want the text %q among them", p.Published, line)
	}
	for _, s := range []string{"Kapal itu berangkat pukul 13:20 dari dermaga - kata nakhoda - pada 5 Maret 2026 bersama awak lain"} {
		if !isSentence(s) {
			t.Errorf("isSentence(%q) = false, want true", s)
		}
	}
}

// TestNameInDateLine: a date line near the headline that prints the
// writer's name in its own text before a separator gives that name as a
// byline; a first part that is no name (one word, a date) gives none.
func TestNameInDateLine(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Rina Sari | Kamis, 5 Maret 2026 - 13:20 WIB", "Rina Sari"},
		{"Dewa Ayu Lestari · Kamis, 5 Maret 2026 13:20 WITA", "Dewa Ayu Lestari"},
		{"Redaksi | Kamis, 5 Maret 2026 - 13:20 WIB", ""},
		{"Kamis | 5 Maret 2026 - 13:20 WIB", ""},
	} {
		page := `<html><body><main><div><h1>Pelabuhan Kecil Itu Kini Ramai Lagi</h1><div><div class="box-a">` + c.line +
			`</div></div></div><p>Kapal nelayan kembali berlabuh di pelabuhan kecil itu sejak awal bulan.</p></main></body></html>`
		p, err := Extract([]byte(page), "https://example.org/x", Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := hasField(p.Bylines, "byline", c.want)
		if c.want != "" && !got {
			t.Errorf("%q: bylines %q, want %q among them", c.line, p.Bylines, c.want)
		}
		if c.want == "" {
			for _, f := range p.Bylines {
				if f.Source == "byline" {
					t.Errorf("%q: byline %q, want none", c.line, f.Value)
				}
			}
		}
	}
}
