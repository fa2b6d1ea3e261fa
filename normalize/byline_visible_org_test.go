package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestVisibleOrganisationBeatsOwnName covers a page whose metadata names
// the site itself or its newsroom as the author while the visible byline
// names an agency or another organisation ("By Reuters", "von APA", "by
// Harbour Research Institute"): the site's name standing in for a byline
// in metadata is no author (FIELDS.md), the whole visible byline is.
// Look-alikes: a visible byline of capitals that may be the site's own
// initials, and metadata naming another outlet.
func TestVisibleOrganisationBeatsOwnName(t *testing.T) {
	tests := []struct {
		name       string
		structured string
		byline     string
		want       []string
	}{
		{"agency over the site's name", "Harbour Times", "By Reuters", []string{"Reuters"}},
		{"agency over a newsroom label", "Harbour Times Staff", "Von APA", []string{"APA"}},
		{"institute over the site's name", "Harbour Times", "by European Maritime Safety Agency", []string{"European Maritime Safety Agency"}},
		{"the site's initials", "Harbour Times", "By HT", []string{"Harbour Times"}},
		{"another outlet in metadata", "Agence France-Presse", "By Reuters", []string{"Agence France-Presse"}},
		{"a person as before", "Harbour Times", "By Jane Roe", []string{"Jane Roe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &extract.Page{
				URL:      "https://www.harbourtimes.example/news/2024/05/01/ferry",
				SiteName: "Harbour Times",
				Title:    "Ferry service to resume on Friday",
				Authors:  []extract.Field{{Value: tt.structured, Source: "jsonld"}},
				Bylines:  []extract.Field{{Value: tt.byline, Source: "byline"}},
				Body: paras("The ferry service to the outer islands will resume on Friday after three weeks of repairs to the landing stage, the port authority said.",
					"Tickets bought for cancelled crossings remain valid until the end of the month."),
			}
			a := Normalize(p, Options{})
			if !slices.Equal(a.Authors, tt.want) {
				t.Errorf("authors = %q, want %q", a.Authors, tt.want)
			}
		})
	}
}
