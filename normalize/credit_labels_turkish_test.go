package normalize

import (
	"fmt"
	"testing"
)

// TestTurkishCreditLabels: the reporter's, editor's and translator's
// labels of Turkish pages ("Muhabir:", "Editör:", "Çeviri:") read as
// credits of their role.
func TestTurkishCreditLabels(t *testing.T) {
	lx := loadLexicon()
	tests := []struct{ line, want string }{
		{"Muhabir: Selin Akbulut", "[{Selin Akbulut reporter}]"},
		{"Editör: Kaan Demirkol", "[{Kaan Demirkol editor}]"},
		{"Muhabir: Selin Akbulut | Editör: Kaan Demirkol", "[{Selin Akbulut reporter} {Kaan Demirkol editor}]"},
		{"Çeviri: Deniz Aksoy", "[{Deniz Aksoy translator}]"},
	}
	for _, tc := range tests {
		cs, _ := lx.readCreditLine(tc.line)
		var got []struct{ name, role string }
		for _, c := range cs {
			got = append(got, struct{ name, role string }{c.name, string(c.role)})
		}
		if s := fmt.Sprint(got); s != tc.want {
			t.Errorf("%q: %s, want %s", tc.line, s, tc.want)
		}
	}
}
