package normalize

import "testing"

// TestOutletPossessiveBeforeReporter covers an outlet named through its
// reporter, the outlet's possessive before the reporter's name ("the
// Courier's Ana Ruiz reported", "according to Reuters’ Brandt Kowal"): the
// outlet is the source, never the outlet and the reporter's name joined.
// A possessive that is no outlet's ("the mayor's aide") cites no one.
func TestOutletPossessiveBeforeReporter(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"acronym owner, cue after", "The bridge will close in May, CNN's Dov Kessler reported.", []string{"CNN"}},
		{"curly apostrophe, cue before", "The talks stalled again, according to Reuters’ Brandt Kowal.", []string{"Reuters"}},
		{"owner of two words ending in s", "The vote was delayed, Bloomberg News’ Tariq Osman reported.", []string{"Bloomberg News"}},
		{"person's possessive", "The vote was delayed, the mayor's aide Jonah Price reported.", nil},
	})
}
