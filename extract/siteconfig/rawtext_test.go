package siteconfig

import "testing"

func TestReadsRawText(t *testing.T) {
	cases := []struct {
		file string
		want bool
	}{
		{"title: //h1\nbody: //div[@class='story']\n", false},
		{"body: //div[@style='width:500px']\nstrip: //aside\n", false},
		{"author: substring-before(substring-after(//script[@id='datalayer'], 'writer\":\"'), '\"')\n", true},
		{"date: //SCRIPT[@type='application/json']\n", true},
		{"strip: //style\n", true},
		{"find_string: <script class=\"embed\"\nreplace_string: <div class=\"embed\"\n", true},
		// A noscript element's text is never dropped: naming it reads
		// no script text.
		{"replace_string(<noscript>): <div>\n", false},
		{"find_string: <NoScript>\nreplace_string: <div>\nbody: //noscript/img\n", false},
		{"body: //noscript/script\n", true},
		{"find_string: <noscript><script>\nreplace_string: <div>\n", true},
		{"strip_id_or_class: inline-styles\n", true}, // a class name: stricter than needed
		{"native_ad_clue: //div[@style]/@style\n", false},
	}
	for _, c := range cases {
		r := &Rule{Config: Parse("example.com", []byte(c.file))}
		if got := r.ReadsRawText(); got != c.want {
			t.Errorf("%q: ReadsRawText = %v, want %v", c.file, got, c.want)
		}
	}
}
