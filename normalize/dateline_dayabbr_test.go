package normalize

import (
	"reflect"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

// TestDatelineAbbreviatedDay: a weekday written short with its full stop
// ("Mon.", "Wed.") between the place and the date opens the date, never
// a region of the place (before, "Belize City, Mon. Nov. 3 –" gave the
// place "Belize City, Mon. Nov"); and a day and a month of one digit each
// ("3/6") are a date before the agency, as "13/6" is.
func TestDatelineAbbreviatedDay(t *testing.T) {
	lx := loadLexicon()
	dl := func(place, source string) *kabar.Dateline { return &kabar.Dateline{Place: place, Source: source} }
	tests := []struct {
		para string
		want *kabar.Dateline
	}{
		{"San Ignacio, Mon. Nov. 3, 2025 – The town council approved the budget.", dl("San Ignacio", "")},
		{"DANGRIGA, Wed. Nov. 5, 2025 – Fishermen reported a good catch.", dl("DANGRIGA", "")},
		{"Punta Gorda, Fri. Jan. 9 – Farmers met the minister.", dl("Punta Gorda", "")},
		{"Corozal, Sat. Feb. 7, 2026 -- The border post reopened.", dl("Corozal", "")},
		{"Salem, Ore., Tue. Mar. 3 — Lawmakers passed the bill.", dl("Salem, Ore.", "")},
		{"Cirebon, 3/6 (Antara) - Harga bawang merah turun.", dl("Cirebon", "Antara")},
		{"Bogor, 9/1 (Antara) - Hujan deras merendam permukiman.", dl("Bogor", "Antara")},
		// A score or a decimal so short is no date.
		{"Timnas, 3-1 - kemenangan yang ditunggu.", nil},
	}
	for _, tc := range tests {
		if got := lx.readDateline(tc.para, ""); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: dateline %+v, want %+v", tc.para, got, tc.want)
		}
	}
}
