package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

// TestBreadcrumbIsNoByline covers navigation that a byline element
// catches: a breadcrumb trail opening with the site's home page, its
// pieces parted by bars or spaced arrows, in several languages, and a
// taxonomy word standing alone as a piece ("Politics"). No piece of it is
// a writer. Look-alikes: a byline with a section label beside the
// writer's name, either side.
func TestBreadcrumbIsNoByline(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"Home | News | Politics", nil},
		{"Home > News > Politics", nil},
		{"Home › Sport", nil},
		{"Startseite > Politik > Ausland", nil},
		{"Accueil > Politique > Monde", nil},
		{"Inicio > Política > Mundo", nil},
		{"Beranda › Politik", nil},
		{"News | Opinion", nil},
		{"By Mara Quill | Politics", []string{"Mara Quill"}},
		{"Politics | Mara Quill", []string{"Mara Quill"}},
	}
	for _, tt := range tests {
		t.Run(tt.byline, func(t *testing.T) {
			p := &extract.Page{
				URL:      "https://www.valleyledger.example/news/2024/05/01/ferry",
				SiteName: "Valley Ledger",
				Title:    "Ferry service to resume on Friday",
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
