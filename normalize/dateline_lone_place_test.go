package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDatelineLonePlace: a town set alone over the story as a block of
// its own is the dateline when the lexicons know it and it is printed in
// capitals, or when it has its region; a kicker in capitals, a topic's
// tag in mixed case and a person's name stay none.
func TestDatelineLonePlace(t *testing.T) {
	lx := loadLexicon()
	dl := func(place string) *kabar.Dateline { return &kabar.Dateline{Place: place} }
	tests := []struct {
		para string
		want *kabar.Dateline
	}{
		{"WASHINGTON", dl("WASHINGTON")},
		{"LONDON", dl("LONDON")},
		{"KESTRELBURG, Ore.", dl("KESTRELBURG, Ore.")},
		{"POLITICS", nil},
		{"KESTRELBURG", nil},
		{"London", nil},
		{"Jane Roe", nil},
	}
	for _, tc := range tests {
		if got := lx.readDateline(tc.para, "valleyledger.example"); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %+v, want %+v", tc.para, got, tc.want)
		}
	}
}
