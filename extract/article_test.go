package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestIsArticle(t *testing.T) {
	prose := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "<p>Paragraf %d: pemerintah daerah mengumumkan rencana pembangunan jalan baru yang menghubungkan dua kecamatan di wilayah selatan.</p>\n", i)
		}
		return b.String()
	}
	teasers := func(n int) string {
		var b strings.Builder
		b.WriteString(`<div class="latest">`)
		for i := range n {
			fmt.Fprintf(&b, `<div class="item"><h3><a href="/berita/%d">Judul berita nomor %d tentang peristiwa penting hari ini di kota</a></h3><span>2 jam lalu</span></div>`, i, i)
		}
		return b.String() + `</div>`
	}
	summaries := func(n int) string {
		var b strings.Builder
		b.WriteString(`<div class="list">`)
		for i := range n {
			fmt.Fprintf(&b, `<div class="item"><h3><a href="/berita/%d">Judul berita nomor %d</a></h3><p>Ringkasan berita nomor %d: pemerintah daerah mengumumkan rencana pembangunan jalan baru yang menghubungkan dua kecamatan.</p></div>`, i, i, i)
		}
		return b.String() + `</div>`
	}
	for _, c := range []struct {
		name, head, body string
		want             bool
	}{
		{"JSON-LD NewsArticle with text", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>`, `<article><h1>H</h1>` + prose(2) + `</article>`, true},
		{"og:type article with text", `<meta property="og:type" content="article">`, `<h1>H</h1>` + prose(2), true},
		{"no metadata, dense prose", ``, `<h1>Judul</h1><div class="content">` + prose(5) + `</div>`, true},
		{"listing that marks up every teaser as NewsArticle", `<script type="application/ld+json">[{"@type":"NewsArticle","headline":"A"},{"@type":"NewsArticle","headline":"B"},{"@type":"NewsArticle","headline":"C"},{"@type":"NewsArticle","headline":"D"},{"@type":"NewsArticle","headline":"E"}]</script>`, `<h1>Terkini</h1>` + summaries(12), false},
		{"section page stamped og:type article, teasers with summaries", `<meta property="og:type" content="article">`, `<h1>Nasional</h1>` + summaries(12), false},
		{"home page of teasers", `<meta property="og:type" content="website">`, `<h1>Portal</h1>` + teasers(30), false},
		{"section page marked og:type article but only links", `<meta property="og:type" content="article">`, `<h1>Nasional</h1>` + teasers(30), false},
		{"index page of headlines with summaries", `<title>Berita Terkini</title>`, `<h1>Berita Terkini</h1>` + summaries(20), false},
		{"dense text without a title", ``, `<div>` + prose(5) + `</div>`, false},
		{"short notice", `<title>404</title>`, `<h1>Halaman tidak ditemukan</h1><p>Maaf.</p>`, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			raw := "<html><head>" + c.head + "</head><body>" + c.body + "</body></html>"
			p, err := Extract([]byte(raw), "https://example.id/x", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if p.IsArticle != c.want {
				t.Errorf("IsArticle = %v, want %v", p.IsArticle, c.want)
			}
		})
	}
}
