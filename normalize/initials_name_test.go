package normalize

import "testing"

// TestInitialsAreNoAuthors: FIELDS.md takes no author from initials
// alone. An editor's initials after a writer's name behind a slash
// ("Dewi Kartika/dkt") go and the writer stands (before, the byline was
// refused whole and the writer lost); initials alone, slashed ("dkt/bsr")
// or with their stops ("K.D.", "M.A.R."), credit no one, in bylines and
// metadata alike.
func TestInitialsAreNoAuthors(t *testing.T) {
	tests := []bylineCase{
		{"Dewi Kartika/dkt", []string{"Dewi Kartika"}},
		{"Dewi Kartika / dkt", []string{"Dewi Kartika"}},
		{"dkt/bsr", nil},
		{"K.D.", nil},
		{"M.A.R.", nil},
		{"K.D. Lang", []string{"K.D. Lang"}},
		{"Dewi Kartika/Bagus Surya", []string{"Dewi Kartika", "Bagus Surya"}},
	}
	checkBylineAndMeta(t, "https://www.kabarpesisir.example/berita/1", "Kabar Pesisir", "Nelayan kembali melaut", tests)
}
