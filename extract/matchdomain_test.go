package extract

import "testing"

// TestMatchDomain checks that matchDomain of an address's registrable
// domain is match of the address, on every rule's domain reached as
// itself, through subdomains, with a port, in capitals and with a
// trailing dot, and on addresses naming no site.
func TestMatchDomain(t *testing.T) {
	set, err := loadedRules()
	if err != nil {
		t.Fatal(err)
	}
	if len(set.byDomain) == 0 {
		t.Fatal("no site rules loaded")
	}
	urls := []string{"", "article.html", "file:///tmp/page.html", "https://", "https://localhost/x", "not a url %zz", "https://example.invalid/a"}
	for d := range set.byDomain {
		urls = append(urls, "https://"+d+"/a", "https://www."+d+"/news/1?x=2", "http://m.edition."+d+":8080/", "HTTPS://WWW."+d+"./A", " https://"+d+" ")
	}
	found := 0
	for _, u := range urls {
		want := set.match(u)
		if got := set.matchDomain(RegistrableDomain(u)); got != want {
			t.Fatalf("matchDomain(RegistrableDomain(%q)) = %v, match %v", u, got, want)
		}
		if want != nil {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no address matched a rule: the table tells nothing")
	}
	var none *ruleSet
	if none.matchDomain("example.com") != nil || set.matchDomain("") != nil {
		t.Error("a nil set or an empty domain matched a rule")
	}
}
