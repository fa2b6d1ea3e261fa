package normalize

import "testing"

// TestSourceLists covers outlets cited in a list set off by commas after
// a source label or a cue: each item an outlet by its name and the whole
// of its part of the list. Look-alikes name a person, a place or a
// thing after the comma, or an outlet that opens a longer phrase.
func TestSourceLists(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"label line of three", "Sumber: Reuters, AFP, AP", []string{"Reuters", "AFP", "AP"}},
		{"label in brackets", "Harga minyak turun lagi pekan ini. (Sumber: Reuters, Bloomberg)", []string{"Reuters", "Bloomberg"}},
		{"cue list with and", "According to Reuters, Bloomberg and CNN, the talks failed.", []string{"Reuters", "Bloomberg", "CNN"}},
		{"cue then a clause", "According to Reuters, the minister said the talks had failed.", []string{"Reuters"}},
		{"cue then a day", "Dilansir Reuters, Jumat, harga minyak turun.", []string{"Reuters"}},
		{"cue then a person", "Seperti dilansir Reuters, Presiden Hendra Gunawan meminta menteri bekerja cepat.", []string{"Reuters"}},
		{"cue then an outlet opening a phrase", "According to CNN, Fox News host Dana Whitfield left the network.", []string{"CNN"}},
	})
}
