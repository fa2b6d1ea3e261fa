package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
)

// TestBylinePictureCredit: a byline element that caught a picture's
// credit line ("Photo: Tomas Lagos, AP", "Foto: Tomas Lagos / dpa") as
// well as the writer credits the picture (images), not the story: the
// photographer is no contributor of the article. A photo credit that
// no picture carries (a credit box's "Photos: X") still is.
func TestBylinePictureCredit(t *testing.T) {
	tests := []struct {
		credit, image string
		want          []kabar.Person
	}{
		{"Photo: Tomas Lagos, AP", "Photo: Tomas Lagos, AP", nil},
		{"Foto: Tomas Lagos / dpa", "Foto:  Tomas Lagos / dpa", nil},
		{"Photos: Tomas Lagos", "", []kabar.Person{{Name: "Tomas Lagos", Role: kabar.RolePhotographer}}},
		{"Photos: Tomas Lagos", "Photo: Ines Barro, AP", []kabar.Person{{Name: "Tomas Lagos", Role: kabar.RolePhotographer}}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.example-paper.example/a/1", SiteName: "Example Paper", Title: "Plan", Lang: "en",
			Bylines: []extract.Field{{Value: "By Hollis Grant", Source: "byline"}, {Value: tc.credit, Source: "byline"}},
			Images:  []kabar.Image{{URL: "https://www.example-paper.example/a.jpg", Caption: "The quay at dawn", Credit: tc.image}}}
		a := Normalize(p, Options{})
		if !reflect.DeepEqual(a.Contributors, tc.want) || !reflect.DeepEqual(a.Authors, []string{"Hollis Grant"}) {
			t.Errorf("%q (image %q): authors %q contributors %v, want [Hollis Grant] %v", tc.credit, tc.image, a.Authors, a.Contributors, tc.want)
		}
	}
}
