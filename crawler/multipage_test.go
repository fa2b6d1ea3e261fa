package crawler

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// partPage is an article page with a pager: links given as href → text.
func partPage(title string, head string, pager ...string) page {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><title>%s</title>%s</head><body><h1>%s</h1><nav>", title, head, title)
	for i := 0; i+1 < len(pager); i += 2 {
		fmt.Fprintf(&b, "<a href=%q>%s</a> ", pager[i], pager[i+1])
	}
	b.WriteString("</nav></body></html>")
	return page{body: b.String()}
}

func TestMultiPageParts(t *testing.T) {
	site := newTestSite(t, map[string]page{
		"/robots.txt": {ctype: "text/plain", body: "User-agent: *\nDisallow: /artikel/e/2\n"},
		"/": html("home", "/artikel/a", "/artikel/b", "/artikel/b?page=2", "/artikel/c", "/artikel/d",
			"/artikel/e", "/artikel/f"),
		// Path style, found by the labels of next_labels.txt.
		"/artikel/a":   partPage("A1", "", "/artikel/a/2", "Halaman 2", "/artikel/a/3", "3", "/artikel/lain", "Berita lain"),
		"/artikel/a/2": partPage("A2", "", "/artikel/a", "1", "/artikel/a/3", "Halaman selanjutnya »"),
		"/artikel/a/3": partPage("A3", "", "/artikel/a", "1", "/artikel/a/2", "2", "/artikel/dari-a3", "Dari halaman 3"),
		// Query style, from rel=next alone; the home page's stray link to
		// page 2 leads to page one.
		"/artikel/b":        partPage("B1", `<link rel="next" href="/artikel/b?page=2">`),
		"/artikel/b?page=2": partPage("B2", ""),
		// A number at the end of a path that is not the next page.
		"/artikel/c":   partPage("C", "", "/artikel/c/2", "Baca juga: cerita kedua"),
		"/artikel/c/2": partPage("C-2", ""),
		// A next page that fails fails the article.
		"/artikel/d":   partPage("D1", "", "/artikel/d/2", "Selanjutnya"),
		"/artikel/d/2": {status: http.StatusInternalServerError},
		// A next page robots.txt disallows ends the article.
		"/artikel/e":   partPage("E1", "", "/artikel/e/2", "Next page"),
		"/artikel/e/2": partPage("E2", ""),
		// Past its last page a site sends page one again.
		"/artikel/f":        partPage("F1", "", "/artikel/f?page=2", "2"),
		"/artikel/f?page=2": {status: http.StatusFound, header: map[string]string{"Location": "/artikel/f"}},
		"/artikel/lain":     html("lain"),
		"/artikel/dari-a3":  html("dari a3"),
	})
	h := &byPath{}
	fails := &failures{}
	c := newTestCrawler(t, WithHandler(h.handle), WithOnFailure(fails.record))
	sum, err := c.Run(context.Background(), site.URL("/"))
	if err != nil {
		t.Fatal(err)
	}
	parts := func(u string) []string {
		p := h.page(site.URL(u))
		if p == nil {
			return []string{"not handled"}
		}
		out := []string{strings.TrimPrefix(p.URL, site.URL(""))}
		for _, q := range p.Parts {
			out = append(out, strings.TrimPrefix(q.URL, site.URL(""))+":"+between(string(q.Body), "<h1>", "</h1>"))
		}
		return out
	}
	for u, want := range map[string]string{
		"/artikel/a": "/artikel/a /artikel/a/2:A2 /artikel/a/3:A3",
		"/artikel/b": "/artikel/b /artikel/b?page=2:B2",
		"/artikel/c": "/artikel/c",
		"/artikel/e": "/artikel/e",
		"/artikel/f": "/artikel/f",
	} {
		if got := strings.Join(parts(u), " "); got != want {
			t.Errorf("%s handed over as %q, want %q", u, got, want)
		}
	}
	if h.page(site.URL("/artikel/d")) != nil {
		t.Error("/artikel/d handed over without its failed second page")
	}
	if f, ok := fails.get(site.URL("/artikel/d")); !ok || !strings.Contains(f.err.Error(), "page 2 of the article") {
		t.Errorf("/artikel/d failure %+v, want one naming its page 2", f)
	}
	for _, part := range []string{"/artikel/a/2", "/artikel/a/3", "/artikel/b?page=2"} {
		if h.page(site.URL(part)) != nil {
			t.Errorf("%s handed over as a page of its own", part)
		}
	}
	for path, want := range map[string]int{
		"/artikel/a": 1, "/artikel/a/2": 1, "/artikel/a/3": 1, "/artikel/b": 1, "/artikel/b?page=2": 1,
		"/artikel/c": 1, "/artikel/c/2": 1, "/artikel/d/2": 1, "/artikel/e/2": 0, "/artikel/f?page=2": 1,
		"/artikel/lain": 1, "/artikel/dari-a3": 1,
	} {
		if got := site.count(path); got != want {
			t.Errorf("%s requested %d times, want %d", path, got, want)
		}
	}
	// Fetched counts every response, the parts' included.
	if sum.Fetched != 14 || sum.Articles != 8 || sum.Errors != 1 {
		t.Errorf("summary %+v, want 14 fetched, 8 articles, 1 error", sum)
	}
}

func between(s, from, to string) string {
	_, s, _ = strings.Cut(s, from)
	s, _, _ = strings.Cut(s, to)
	return s
}

func TestNextPart(t *testing.T) {
	base, _ := url.Parse("https://x.id/berita/judul")
	for _, tc := range []struct {
		k     int
		links []partLink
		want  string
	}{
		{1, []partLink{{url: "https://x.id/berita/judul?page=2"}}, "https://x.id/berita/judul?page=2"},
		{1, []partLink{{url: "https://x.id/berita/judul?halaman=3"}}, ""},
		{2, []partLink{{url: "https://x.id/berita/judul?halaman=3&utm_source=x"}}, "https://x.id/berita/judul?halaman=3"},
		{1, []partLink{{url: "https://x.id/berita/judul/2", text: "2"}}, "https://x.id/berita/judul/2"},
		{1, []partLink{{url: "https://x.id/berita/judul/2", text: " Halaman  2 "}}, "https://x.id/berita/judul/2"},
		{1, []partLink{{url: "https://x.id/berita/judul/2", next: true}}, "https://x.id/berita/judul/2"},
		{1, []partLink{{url: "https://x.id/berita/judul/2", text: "Berita kedua"}}, ""},
		{1, []partLink{{url: "https://x.id/berita/judul/3", text: "Halaman 3"}}, ""},
		{2, []partLink{{url: "https://x.id/berita/judul/3", text: "Halaman selanjutnya →"}}, "https://x.id/berita/judul/3"},
		{1, []partLink{{url: "https://x.id/berita/judul-lain?page=2"}}, ""},
		{1, []partLink{{url: "https://y.id/berita/judul?page=2"}}, ""},
		{1, []partLink{{url: "https://x.id/berita/judul?page=2&id=9"}}, ""},
	} {
		if got := nextPart(base, tc.k, tc.links); got != tc.want {
			t.Errorf("nextPart(page %d, %+v) = %q, want %q", tc.k, tc.links, got, tc.want)
		}
	}
}

func TestIsNextLabel(t *testing.T) {
	for _, tc := range []struct {
		text string
		n    int
		want bool
	}{
		{"Halaman selanjutnya", 2, true},
		{"SELANJUTNYA »", 5, true},
		{"Next page", 2, true},
		{"Halaman 2", 2, true},
		{"Halaman 3", 2, false},
		{"2 dari 5 halaman", 2, true},
		{"Page 4 of 9", 4, true},
		{"4", 4, true},
		{"»", 3, true},
		{"Baca juga", 2, false},
		{"", 2, false},
	} {
		if got := isNextLabel(tc.text, tc.n); got != tc.want {
			t.Errorf("isNextLabel(%q, %d) = %v, want %v", tc.text, tc.n, got, tc.want)
		}
	}
}

func TestFirstPage(t *testing.T) {
	for in, want := range map[string]string{
		"https://x.id/a?page=2":     "https://x.id/a",
		"https://x.id/a?id=3&hal=4": "https://x.id/a?id=3",
		"https://x.id/a?page=1":     "https://x.id/a?page=1",
		"https://x.id/a?page=all":   "https://x.id/a?page=all",
		"https://x.id/a/2":          "https://x.id/a/2",
	} {
		if got := firstPage(in); got != want {
			t.Errorf("firstPage(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPageLinksFromSiteDescription: a site's own description of its next
// page and single view (WithPageLinks) is followed where kabar's guesses
// from the links would find nothing.
func TestPageLinksFromSiteDescription(t *testing.T) {
	site := newTestSite(t, map[string]page{
		"/robots.txt":           {ctype: "text/plain", body: ""},
		"/":                     html("home", "/kisah/x", "/kisah/y"),
		"/kisah/x":              partPage("X1", "", "/kisah/x/terusan", "Lanjutkan membaca"),
		"/kisah/x/terusan":      partPage("X2", ""),
		"/kisah/y":              partPage("Y1", "", "/kisah/y/cetak", "Versi cetak"),
		"/kisah/y/cetak":        partPage("Y-all", ""),
		"/kisah/x/terusan/more": html("none"),
	})
	links := func(pageURL string, body []byte) (single, next string) {
		switch {
		case strings.Contains(string(body), "<h1>X1</h1>"):
			return "", site.URL("/kisah/x/terusan")
		case strings.Contains(string(body), "<h1>Y1</h1>"):
			return site.URL("/kisah/y/cetak"), ""
		}
		return "", ""
	}
	h := &byPath{}
	c := newTestCrawler(t, WithHandler(h.handle), WithPageLinks(links))
	if _, err := c.Run(context.Background(), site.URL("/")); err != nil {
		t.Fatal(err)
	}
	x := h.page(site.URL("/kisah/x"))
	if x == nil || len(x.Parts) != 1 || between(string(x.Parts[0].Body), "<h1>", "</h1>") != "X2" {
		t.Errorf("/kisah/x handed over as %+v, want it with its part X2", x)
	}
	y := h.page(site.URL("/kisah/y"))
	if y == nil || between(string(y.Body), "<h1>", "</h1>") != "Y-all" {
		t.Errorf("/kisah/y handed over as %+v, want the single view", y)
	}
}
