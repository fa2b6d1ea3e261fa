package normalize

import "testing"

// TestSourceLowerCaseOutlets covers outlets that print their names in
// lower case ([lower-case-outlets]: the German agencies "dpa" and "epd",
// Indonesian "kumparan", "detikcom"), cited as any other outlet is:
// after a cue, after an agency's noun, after an article, or alone in
// closing brackets. Look-alikes: lower-case words that are no such
// outlet after the same cues, and editors' initials in brackets.
func TestSourceLowerCaseOutlets(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"de laut", "Laut dpa soll der Steg im Juni wieder öffnen.", []string{"dpa"}},
		{"de told the agency", "„Der Steg öffnet im Juni“, sagte er der Nachrichtenagentur dpa.", []string{"dpa"}},
		{"de agency reports", "Wie die Nachrichtenagentur epd meldet, öffnet der Steg im Juni.", []string{"epd"}},
		{"de article before", "Der Steg soll im Juni wieder öffnen. Das berichtet die dpa.", []string{"dpa"}},
		{"de closing bracket", "Der Steg soll im Juni wieder öffnen, teilte die Stadt am Abend mit. (dpa)", []string{"dpa"}},
		{"id dikutip dari", "Dikutip dari kumparan, dermaga itu akan dibuka kembali pada Juni.", []string{"kumparan"}},
		{"id dilansir", "Dilansir detikcom, dermaga itu akan dibuka kembali pada Juni.", []string{"detikcom"}},
		{"de survey", "Laut einer Umfrage soll der Steg im Juni wieder öffnen.", nil},
		{"en lower-case word", "The pier will reopen in June, according to time sheets seen by the council.", nil},
		{"id initials", "Dermaga itu akan dibuka kembali pada Juni, kata juru bicara kota. (ant)", nil},
	})
}
