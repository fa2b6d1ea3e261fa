package normalize

import (
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// A page on a host without a name (the demo site on 127.0.0.1, a page saved
// from an intranet address) is named after its address, whole: the first
// label of an address ("127") names nothing.
func TestSiteAndDomainOfHosts(t *testing.T) {
	for _, tc := range []struct{ url, domain, site string }{
		{"https://www.tribunnews.com/news/2024/01/02/x", "tribunnews.com", "Tribunnews"},
		{"https://sport.detik.com/sepakbola/d-1", "detik.com", "Detik"},
		{"https://www.bbc.co.uk/news/x", "bbc.co.uk", "Bbc"},
		{"http://127.0.0.1:8080/artikel/satu", "127.0.0.1", "127.0.0.1"},
		{"http://10.1.2.3/", "10.1.2.3", "10.1.2.3"},
		{"http://203.0.113.7/berita", "203.0.113.7", "203.0.113.7"},
		{"http://[::1]:8080/x", "::1", "::1"},
		{"http://[2001:db8::5]/x", "2001:db8::5", "2001:db8::5"},
		{"http://localhost:9/", "localhost", "Localhost"},
		{"not a url", "", ""},
	} {
		d := registrableDomain(tc.url)
		if s := siteFromDomain(d); d != tc.domain || s != tc.site {
			t.Errorf("%s: domain %q, site %q; want %q, %q", tc.url, d, s, tc.domain, tc.site)
		}
	}
	// The title comes as extract chose it, its leading number kept.
	a := Normalize(&extract.Page{URL: "http://127.0.0.1:8080/artikel/satu", Title: "127 orang mengungsi"}, Options{})
	if a.Site != "127.0.0.1" || a.Domain != "127.0.0.1" || a.Title != "127 orang mengungsi" {
		t.Errorf("record of a page on 127.0.0.1: site %q, domain %q, title %q; want the address twice and the headline",
			a.Site, a.Domain, a.Title)
	}
}

// The title is extract's: it alone sees the heading readers are shown,
// and decides where the site's name ends (extract.trimSiteNameShown).
// normalize cuts nothing more off it, not even a part that mentions the
// site among other words.
func TestTitleAsExtracted(t *testing.T) {
	for _, title := range []string{
		"Meet us in Berlin - Acme at the Fair 2025",
		"Acme staff walk out - Acme News answers",
		"Acme: the first ten years",
	} {
		a := Normalize(&extract.Page{URL: "https://www.acme.example/blog/1", SiteName: "Acme", Title: title}, Options{})
		if a.Title != title {
			t.Errorf("title %q came out %q", title, a.Title)
		}
	}
}
