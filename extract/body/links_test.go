package body

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestBlockLinks checks the links the walk keeps of each block: their
// text trimmed as the block's is, taken from the block's text (white
// space around and inside the link, links before and after other text,
// a block element inside a link, more than eight links, blocks without
// text between blocks with links).
func TestBlockLinks(t *testing.T) {
	tests := []struct {
		name, html string
		want       [][]anchor // per block with text, in order
	}{
		{"one link in a sentence",
			`<p>  Read <a href="/a">  the full report </a> here. </p>`,
			[][]anchor{{{"/a", "the full report"}}}},
		{"leading link and no-break space",
			"<p>\u00a0<a href=\"/b\">Ana Sari</a>, <a href='/c'> Budi\u00a0Hartono</a></p>",
			[][]anchor{{{"/b", "Ana Sari"}, {"/c", "Budi Hartono"}}}},
		{"block opening with white space the walk does not collapse",
			"<p>\u3000\u2003<a href=\"/h\">\u2003Ketua Rukun</a> said so\u3000</p>",
			[][]anchor{{{"/h", "Ketua Rukun"}}}},
		{"empty link and empty block between",
			`<div><p><a href="/x"> </a></p><p> </p><p>Plain <a href="/d">Dewi</a></p></div>`,
			[][]anchor{{{"/d", "Dewi"}}}},
		{"block inside a link: the text after it is still the link's",
			`<a href="/e">Headline <div>Teaser line</div></a>`,
			[][]anchor{{{"/e", "Headline"}}, {{"/e", "Teaser line"}}}},
		{"nested inline markup",
			`<li><a href="/f"><b>Kota</b> <i>Lama</i></a> | <a href="/g"><span> Pasar </span></a></li>`,
			[][]anchor{{{"/f", "Kota Lama"}, {"/g", "Pasar"}}}},
	}
	var many strings.Builder
	var wantMany []anchor
	many.WriteString("<ul><li>")
	for i := range 10 {
		name := string(rune('A'+i)) + "ngka"
		many.WriteString(` <a href="/n` + name + `">` + name + `</a> `)
		if i < 8 {
			wantMany = append(wantMany, anchor{"/n" + name, name})
		}
	}
	many.WriteString("</li></ul>")
	tests = append(tests, struct {
		name, html string
		want       [][]anchor
	}{"ten links, eight kept", many.String(), [][]anchor{wantMany}})

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.html + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			w := newWalker(builtin())
			w.root = doc
			w.walk(doc)
			w.flush()
			if len(w.blocks) != len(tt.want) {
				t.Fatalf("%d blocks, want %d: %+v", len(w.blocks), len(tt.want), w.blocks)
			}
			for i, b := range w.blocks {
				if len(b.links) != len(tt.want[i]) {
					t.Fatalf("block %d (%q): links %+v, want %+v", i, b.text, b.links, tt.want[i])
				}
				for j, l := range b.links {
					if l != tt.want[i][j] {
						t.Errorf("block %d (%q) link %d = %+v, want %+v", i, b.text, j, l, tt.want[i][j])
					}
					if !strings.Contains(b.text, l.text) {
						t.Errorf("block %d: link text %q not in block text %q", i, l.text, b.text)
					}
				}
			}
		})
	}
}
