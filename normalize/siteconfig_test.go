package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/siteconfig"
)

// siteConfigPage is a story page with its writer's name in an element no
// generic reader takes for a byline.
const siteConfigPage = `<!doctype html><html lang="en"><head><title>Ferry service resumes after storm</title></head><body>
<h1>Ferry service resumes after storm</h1>
<div class="info"><span class="nm">Ines Halvorsen</span></div>
<article><p>The island ferry sailed again on Tuesday morning after three days tied up in the harbour while the storm passed over the strait.</p>
<p>Operators said the first crossing carried mostly commuters and a delivery of fresh bread for the village shop, which had run out on Sunday.</p>
<p>Harbour staff spent the night clearing debris from the slipway so that the boat could dock safely at the northern pier.</p></article>
</body></html>`

// A site config whose only answer is an author name: the page names no
// person, so the normalizer takes the rule's name and the record names
// the rule; where the page names its own writer, the record stays
// generic and the rule's name is refused aloud.
func TestSiteConfigAuthorOnly(t *testing.T) {
	st := siteconfig.Stack{siteconfig.FromFiles("ftr", map[string]string{
		"coastal-ledger.example.txt": "author: //span[@class='nm']\n",
	})}
	for _, tc := range []struct {
		name, page, method, author, warn string
	}{
		{"no byline of its own", siteConfigPage, "rules:ftr/coastal-ledger.example", "Ines Halvorsen", ""},
		{"the page's own writer", strings.Replace(siteConfigPage, "</head>", `<meta name="author" content="Tomas Berg"></head>`, 1),
			"generic", "Tomas Berg", "site config author not taken (the page names its own): Ines Halvorsen"},
	} {
		p, err := extract.Extract([]byte(tc.page), "https://coastal-ledger.example/2025/03/ferry", extract.Options{SiteConfigs: st})
		if err != nil {
			t.Fatal(err)
		}
		if p.SiteConfig != "ftr/coastal-ledger.example" {
			t.Errorf("%s: SiteConfig = %q", tc.name, p.SiteConfig)
		}
		a := Normalize(p, Options{})
		if a.Extraction.Method != tc.method || strings.Join(a.Authors, "; ") != tc.author {
			t.Errorf("%s: method %q authors %q; want %q %q", tc.name, a.Extraction.Method, a.Authors, tc.method, tc.author)
		}
		if w := strings.Join(a.Extraction.Warnings, "\n"); !strings.Contains(w, tc.warn) {
			t.Errorf("%s: warnings %q lack %q", tc.name, w, tc.warn)
		}
	}
}

// TestSiteConfigAuthorValues: a site config's author value is judged
// name by name, after the byline is read, not whole: a list of many
// writers, names set apart by a slash, or a name with the time after
// it give their people; a sentence from an author box gives the writer it
// opens with, never the site it names; other prose gives no one.
func TestSiteConfigAuthorValues(t *testing.T) {
	st := siteconfig.Stack{siteconfig.FromFiles("ftr", map[string]string{
		"coastal-ledger.example.txt": "author: //span[@class='nm']\n",
	})}
	for _, tc := range []struct {
		name, value string
		authors     []string
	}{
		{"a list longer than ten words", "Ines Halvorsen, Tomas Berg, Marta Lindqvist, Jane Whitfield, Tom Okafor and Lars Brekke",
			[]string{"Ines Halvorsen", "Tomas Berg", "Marta Lindqvist", "Jane Whitfield", "Tom Okafor", "Lars Brekke"}},
		{"names set apart by a slash", "Ines Halvorsen / Tomas Berg", []string{"Ines Halvorsen", "Tomas Berg"}},
		{"the time after the name", "Tom Okafor, 2 hours ago", []string{"Tom Okafor"}},
		{"one name", "Ines Halvorsen", []string{"Ines Halvorsen"}},
		// An author box's sentence names its writer by the words before
		// its verb (cutBio); the site it names after the verb is no one.
		{"an author box's sentence naming the site", "Ines Halvorsen is a transport reporter at the Coastal Ledger.", []string{"Ines Halvorsen"}},
		{"an author box's sentence, longer", "Tomas Berg has covered the islands for the Coastal Ledger since 2019 and writes on ferries.", []string{"Tomas Berg"}},
		{"prose that opens with no name", "Read more from the Coastal Ledger transport desk every weekday morning.", nil},
		{"a handle", "@ines_writes", nil},
		{"a date a stale expression catches", "Published 2025-03-04 07:15", nil},
		{"a date in words", "Updated March 4, 2025", nil},
	} {
		page := strings.Replace(siteConfigPage, "Ines Halvorsen", tc.value, 1)
		page = strings.Replace(page, "<head>", `<head><meta property="og:site_name" content="Coastal Ledger">`, 1)
		p, err := extract.Extract([]byte(page), "https://coastal-ledger.example/2025/03/ferry", extract.Options{SiteConfigs: st})
		if err != nil {
			t.Fatal(err)
		}
		a := Normalize(p, Options{})
		if strings.Join(a.Authors, "; ") != strings.Join(tc.authors, "; ") {
			t.Errorf("%s: authors %q, want %q (warnings %q)", tc.name, a.Authors, tc.authors, a.Extraction.Warnings)
		}
	}
}

// TestSiteConfigModifiedDate: a site config whose date: reads the time of
// the last change gives the record's modified_at, never its
// published_at, on a page with no date of its own (FIELDS.md: a time only
// the modification metadata or an "Updated" line carries is no
// publication time); a date: that reads the publication fills
// published_at as before.
func TestSiteConfigModifiedDate(t *testing.T) {
	page := strings.Replace(siteConfigPage, `<div class="info">`, `<div class="info"><span class="stamp-a">2025-03-04 07:15</span> <span class="stamp-b">2025-03-05 18:40</span>`, 1)
	for _, tc := range []struct {
		name, expr, published, modified string
	}{
		{"an update stamp", "//div[@class='info']/span[@class='stamp-b' or @class='last-updated']", "", "2025-03-05T18:40"},
		{"a modification property", "//span[@class='stamp-b' or @itemprop='dateModified']", "", "2025-03-05T18:40"},
		{"the publication", "//div[@class='info']/span[@class='stamp-a']", "2025-03-04T07:15", ""},
		{"a plain stamp", "//span[@class='stamp-a']", "2025-03-04T07:15", ""},
	} {
		st := siteconfig.Stack{siteconfig.FromFiles("ftr", map[string]string{
			"coastal-ledger.example.txt": "date: " + tc.expr + "\n",
		})}
		p, err := extract.Extract([]byte(page), "https://coastal-ledger.example/2025/03/ferry", extract.Options{SiteConfigs: st})
		if err != nil {
			t.Fatal(err)
		}
		a := Normalize(p, Options{})
		got := func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.Format("2006-01-02T15:04")
		}
		if pub, mod := got(a.PublishedAt), got(a.ModifiedAt); pub != tc.published || mod != tc.modified {
			t.Errorf("%s: published %q modified %q, want %q %q", tc.name, pub, mod, tc.published, tc.modified)
		}
	}
}
