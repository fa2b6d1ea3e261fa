package normalize

import "testing"

// TestOutletWroteCitesIt covers an outlet as the subject of a verb of
// writing ("the Valley Ledger wrote", "The Lakeside Herald writes"), and its
// writer named after the outlet's possessive ("the Valley Ledger's Mara
// Quill wrote"): the outlet is the source, never the writer. A person,
// a body or a lone surname that writes cites no one, nor does the site's
// own writer (the outlet is then the site).
func TestOutletWroteCitesIt(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"outlet wrote", "The levee held through the night, the Valley Ledger wrote on Monday.", []string{"Valley Ledger"}},
		{"outlet writes", "The ferry contract was never signed, the Lakeside Herald writes.", []string{"Lakeside Herald"}},
		{"writer after the possessive", "The levee held through the night, the Valley Ledger's Mara Quill wrote.", []string{"Valley Ledger"}},
		{"person wrote", "The levee held through the night, Mara Quill wrote on Monday.", nil},
		{"body wrote", "The levee held through the night, the county council wrote in a letter.", nil},
		{"site's own writer", "The levee held through the night, Kabar Kita's Mara Quill wrote.", nil},
	})
}
