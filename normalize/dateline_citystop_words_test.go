package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestCityStopOfSeveralWords: a town of several words set as a sentence
// of its own over the body ("Bad Kestrel. Die Stadt …", "Kestrel am
// Fluss. …") is the dateline when the article elsewhere puts it after a
// preposition of place; a short sentence of capitalised words is not.
func TestCityStopOfSeveralWords(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		name  string
		paras []string
		want  *kabar.Dateline
	}{
		{"two words", []string{"Bad Kestrel. Die Stadt plant einen neuen Park am Ufer.", "Der Rat in Bad Kestrel stimmte am Montag zu."}, &kabar.Dateline{Place: "Bad Kestrel"}},
		{"town on a river", []string{"Kestrel am Fluss. Die Brücke wird ab Montag gesperrt.", "Pendler aus Kestrel am Fluss müssen Umwege fahren."}, &kabar.Dateline{Place: "Kestrel am Fluss"}},
		{"one word", []string{"Kestrelburg. Die Stadt plant einen Park.", "Der Rat in Kestrelburg stimmte zu."}, &kabar.Dateline{Place: "Kestrelburg"}},
		{"never after a preposition", []string{"Neue Regeln. Ab Montag gilt eine Sperrstunde.", "Die Stadt will damit Lärm verhindern."}, nil},
		{"a name", []string{"Marta Kessler. Die Bürgermeisterin tritt zurück.", "Kessler war seit 2019 im Amt."}, nil},
	}
	for _, tc := range tests {
		if got := lx.cityStopDateline(tc.paras); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %+v, want %+v", tc.name, got, tc.want)
		}
	}
}
