package extract

import (
	"reflect"
	"testing"
)

func ldPage(scripts ...string) []byte {
	s := "<html><head><title>Fallback title</title>"
	for _, sc := range scripts {
		s += `<script type="application/ld+json">` + sc + `</script>`
	}
	return []byte(s + "</head><body><p>x</p></body></html>")
}

func TestJSONLD(t *testing.T) {
	type want struct {
		title, typ, site, section, lang, body, canonical string
		authors, editors, contributors, published        []Field
		modified                                         []Field
		tags                                             []string
		image                                            string
	}
	for _, c := range []struct {
		name    string
		scripts []string
		want    want
	}{
		{"single NewsArticle, author string",
			[]string{`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Gempa guncang Cianjur","author":"Fitri Wulandari","datePublished":"2022-11-30T14:21:00+07:00","dateModified":"2022-11-30T15:00:00+07:00","articleSection":"Nasional","keywords":"gempa, cianjur ,Gempa","inLanguage":"id-ID","publisher":{"@type":"Organization","name":"Tribunnews.com"}}`},
			want{title: "Gempa guncang Cianjur", typ: "NewsArticle", site: "Tribunnews.com", section: "Nasional", lang: "id-ID",
				authors: []Field{{"Fitri Wulandari", "jsonld"}}, published: []Field{{"2022-11-30T14:21:00+07:00", "jsonld"}},
				modified: []Field{{"2022-11-30T15:00:00+07:00", "jsonld"}}, tags: []string{"gempa", "cianjur"}}},
		{"@graph with persons, editor and contributor",
			[]string{`{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example News","url":"https://example.com"},{"@type":"WebPage","@id":"https://example.com/a"},{"@type":"NewsArticle","headline":"Two reporters","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen","url":"https://example.com/bo"}],"editor":{"@type":"Person","name":"Cy Diaz"},"contributor":[{"@type":"Person","name":"Di Evans"}],"datePublished":"2023-01-02T03:04:05Z","url":"/a","articleBody":"Full text here."},{"@type":"Organization","name":"Example Org"}]}`},
			want{title: "Two reporters", typ: "NewsArticle", site: "Example Org", body: "Full text here.", canonical: "https://example.com/a",
				authors: []Field{{"Ann Lee", "jsonld"}, {"Bo Chen", "jsonld"}}, editors: []Field{{"Cy Diaz", "jsonld"}},
				contributors: []Field{{"Di Evans", "jsonld"}}, published: []Field{{"2023-01-02T03:04:05Z", "jsonld"}}}},
		{"top-level array, breadcrumb first",
			[]string{`[{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","name":"Home"}]},{"@type":["NewsArticle","Article"],"headline":"Array form","author":{"@type":"Person","name":"Eve Fox"}}]`},
			want{title: "Array form", typ: "NewsArticle", authors: []Field{{"Eve Fox", "jsonld"}}}},
		{"nested mainEntity",
			[]string{`{"@type":"WebPage","name":"Page","mainEntity":{"@type":"ReportageNewsArticle","headline":"Nested story","author":{"@type":"Person","givenName":"Gus","familyName":"Hale"},"datePublished":"2021-05-06"}}`},
			want{title: "Nested story", typ: "ReportageNewsArticle", authors: []Field{{"Gus Hale", "jsonld"}}, published: []Field{{"2021-05-06", "jsonld"}}}},
		{"organization as author is not a person",
			[]string{`{"@type":"NewsArticle","headline":"Agency copy","author":{"@type":"Organization","name":"Reuters"},"publisher":{"@type":"NewsMediaOrganization","name":"Example Times"}}`},
			want{title: "Agency copy", typ: "NewsArticle", site: "Example Times", authors: []Field{{"Reuters", "jsonld:org"}}}},
		{"broken JSON: raw newline in string and trailing comma",
			[]string{"{\"@type\":\"NewsArticle\",\"headline\":\"Line one\nline two\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ida Jo\"},],}"},
			want{title: "Line one line two", typ: "NewsArticle", authors: []Field{{"Ida Jo", "jsonld"}}}},
		{"HTML comment wrapper and a second unrelated block",
			[]string{`<!-- {"@type":"BlogPosting","headline":"Wrapped","author":"Kay Lim","keywords":["a","b"],"articleSection":["Tech","Science"]} -->`, `{"@type":"Organization","name":"Org Name","logo":"x.png"}`},
			want{title: "Wrapped", typ: "BlogPosting", site: "Org Name", section: "Tech", authors: []Field{{"Kay Lim", "jsonld"}}, tags: []string{"a", "b"}}},
		{"a CMS account by @id reference is no author",
			[]string{`{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Account post","author":{"@id":"https://example.co.za/author/admin/"}},{"@type":"Person","@id":"https://example.co.za/author/admin/","name":"Example D","url":"https://example.co.za/author/admin/"}]}`},
			want{title: "Account post", typ: "NewsArticle"}},
		{"URL-only author is dropped",
			[]string{`{"@type":"NewsArticle","headline":"Url author","author":"https://example.com/profile/x"}`},
			want{title: "Url author", typ: "NewsArticle"}},
		{"image object with caption",
			[]string{`{"@type":"NewsArticle","headline":"Pic","image":{"@type":"ImageObject","url":"https://cdn.example.com/photo-of-river.jpg","caption":"The river"}}`},
			want{title: "Pic", typ: "NewsArticle", image: "https://cdn.example.com/photo-of-river.jpg"}},
		{"author by @id reference (Yoast style graph)",
			[]string{`{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://ex.com/a#article","headline":"Referenced","author":{"@id":"https://ex.com/#/schema/person/1"},"publisher":{"@id":"https://ex.com/#org"}},{"@type":"Person","@id":"https://ex.com/#/schema/person/1","name":"Lia Mendes","url":"https://ex.com/author/lia"},{"@type":"Organization","@id":"https://ex.com/#org","name":"Ex Daily"}]}`},
			want{title: "Referenced", typ: "Article", site: "Ex Daily", authors: []Field{{"Lia Mendes", "jsonld"}}}},
		{"the same article twice, its text in the second script",
			[]string{`{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Ferry fares rise","author":{"@type":"Person","name":"Noor Aldana"}}]}`,
				`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry fares rise","articleBody":"Fares on the island ferries rise in May."}`},
			want{title: "Ferry fares rise", typ: "NewsArticle", body: "Fares on the island ferries rise in May.", authors: []Field{{"Noor Aldana", "jsonld"}}}},
		{"another article's text is not the article's",
			[]string{`{"@type":"NewsArticle","headline":"Ferry fares rise"}`,
				`{"@type":"NewsArticle","headline":"Harbour dredging starts","articleBody":"Dredging of the north channel starts."}`},
			want{title: "Ferry fares rise", typ: "NewsArticle"}},
		{"invalid JSON is skipped",
			[]string{`{"@type":"NewsArticle","headline":`},
			want{title: "Fallback title"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Extract(ldPage(c.scripts...), "https://example.com/a", Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := want{title: p.Title, typ: p.Type, site: p.SiteName, section: p.Section, lang: p.Lang, body: p.ArticleBody,
				authors: p.Authors, editors: p.Editors, contributors: p.Contributors, published: p.Published, modified: p.Modified, tags: p.Tags}
			if c.want.canonical != "" {
				got.canonical = p.CanonicalURL
			}
			if c.want.image != "" && len(p.Images) > 0 {
				got.image = p.Images[0].URL
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %+v\nwant %+v", got, c.want)
			}
		})
	}
}

func TestCleanLD(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"sanciÃ³n", "sanción"},
		{"Swiftâ€™s album", "Swift’s album"},
		{"Taylor Swift&#8217;s &quot;Best&quot;", "Taylor Swift’s \"Best\""},
		{"R&uuml;ckbau", "Rückbau"},
		{"Ãx plain", "Ãx plain"}, // not valid UTF-8 once re-encoded: kept
		{"Café already right", "Café already right"},
		{"  spaced  ", "spaced"},
	} {
		if got := cleanLD(c.in); got != c.want {
			t.Errorf("cleanLD(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
