package extract

import (
	"reflect"
	"testing"
)

func TestMetaTags(t *testing.T) {
	raw := []byte(`<!DOCTYPE html><html lang="id"><head>
<meta charset="utf-8">
<title>Harga BBM naik - Contoh News</title>
<meta property="og:title" content="Harga BBM naik">
<meta property="og:site_name" content="Contoh News">
<meta property="og:type" content="article">
<meta property="og:url" content="https://contoh.example/berita/1?utm_source=x">
<meta name="description" content="Pemerintah menaikkan harga BBM.">
<meta name="author" content="Ani Wijaya">
<meta property="article:author" content="https://facebook.com/aniwijaya">
<meta name="dc.creator" content="Ani Wijaya">
<meta name="content_author" content="Budi Santoso">
<meta name="dtk:author" content="Citra Lestari">
<meta name="articleAuthor" content="Dewi Anggraini">
<meta name="content_editor" content="Dedi Kurnia">
<meta property="article:published_time" content="2023-09-03T13:30:00+07:00">
<meta name="publishdate" content="2023/09/03 13:30:00">
<meta name="pubdate" content="2023-09-03T13:30:00Z">
<meta name="content_PublishedDate" content="2023-09-03 13:30:00">
<meta property="article:modified_time" content="2023-09-03T15:00:00+07:00">
<meta property="article:section" content="Ekonomi">
<meta property="article:tag" content="BBM">
<meta property="article:tag" content="Pertalite">
<meta name="news_keywords" content="energi">
<meta name="keywords" content="berita, terkini">
<link rel="canonical" href="/berita/1">
</head><body><h1>Harga BBM naik</h1><p>x</p></body></html>`)
	p, err := Extract(raw, "https://contoh.example/berita/1?from=home", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"Title", p.Title, "Harga BBM naik"},
		{"TitleAlts", p.TitleAlts, []string{"Harga BBM naik - Contoh News"}},
		{"SiteName", p.SiteName, "Contoh News"},
		{"Lang", p.Lang, "id"},
		{"Type", p.Type, "article"},
		{"CanonicalURL", p.CanonicalURL, "https://contoh.example/berita/1"},
		{"Description", p.Description, "Pemerintah menaikkan harga BBM."},
		{"Section", p.Section, "Ekonomi"},
		{"Tags", p.Tags, []string{"BBM", "Pertalite"}},
		{"Authors", p.Authors, []Field{{"Ani Wijaya", "meta:author"}, {"Budi Santoso", "meta:content_author"}, {"Citra Lestari", "meta:dtk:author"}, {"Dewi Anggraini", "meta:articleauthor"}}},
		{"Editors", p.Editors, []Field{{"Dedi Kurnia", "meta:content_editor"}}},
		{"Published", p.Published, []Field{
			{"2023-09-03T13:30:00+07:00", "meta:article:published_time"},
			{"2023/09/03 13:30:00", "meta:publishdate"},
			{"2023-09-03T13:30:00Z", "meta:pubdate"},
			{"2023-09-03 13:30:00", "meta:content_publisheddate"},
		}},
		{"Modified", p.Modified, []Field{{"2023-09-03T15:00:00+07:00", "meta:article:modified_time"}}},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s = %#v, want %#v", c.name, c.got, c.want)
		}
	}
}

func TestTitleSiteSuffix(t *testing.T) {
	names := siteNames("Kompas.com", "", "https://nasional.kompas.com/read/1", "")
	for _, c := range []struct{ in, want string }{
		{"Menteri Ancam PNS - Kompas.com", "Menteri Ancam PNS"},
		{"Menteri Ancam PNS - Kompas.com Nasional", "Menteri Ancam PNS"},
		{"Menteri Ancam PNS | Nasional | Kompas.com", "Menteri Ancam PNS"},
		{"Jokowi - Prabowo Bertemu di Istana", "Jokowi - Prabowo Bertemu di Istana"},
		{"Kompas.com", "Kompas.com"},
		{"Headline without site", "Headline without site"},
	} {
		if got := trimSiteName(c.in, names); got != c.want {
			t.Errorf("trimSiteName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTitlePreference(t *testing.T) {
	for _, c := range []struct {
		name, head, body, want string
	}{
		{"og:title over h1 and title", `<meta property="og:title" content="OG headline"><title>Doc title</title>`, `<h1>H1 headline</h1>`, "OG headline"},
		{"h1 over a title with site suffix", `<title>H1 headline | Example</title><meta property="og:site_name" content="Example">`, `<h1>H1 headline</h1>`, "H1 headline"},
		{"title alone, suffix trimmed", `<title>Only the title - Example</title><meta property="og:site_name" content="Example">`, ``, "Only the title"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Extract([]byte("<html><head>"+c.head+"</head><body>"+c.body+"<p>text</p></body></html>"), "https://example.org/x", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != c.want {
				t.Errorf("Title = %q, want %q (alts %q)", p.Title, c.want, p.TitleAlts)
			}
		})
	}
}
