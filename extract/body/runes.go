package body

import "unicode"

// runeTableSize is the first rune of three bytes in UTF-8. Below it lie
// Latin, Greek, Cyrillic, Armenian, Hebrew and Arabic: the non-ASCII
// letters most words hold, for which unicode's functions search range
// tables rune by rune.
const runeTableSize = 0x800

// lowerRune is unicode.ToLower(r), read from a table below runeTableSize.
func lowerRune(r rune) rune {
	if 0 <= r && r < runeTableSize {
		return rune(runeTable[r].lower)
	}
	return unicode.ToLower(r)
}

// isLetterDigit is unicode.IsLetter(r) || unicode.IsDigit(r), read from
// a table below runeTableSize.
func isLetterDigit(r rune) bool {
	if 0 <= r && r < runeTableSize {
		return runeTable[r].letterDigit
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// runeTable holds both answers for every rune below runeTableSize (each
// lower case there is below 0x10000; TestRuneTable checks every entry).
var runeTable = func() (t [runeTableSize]struct {
	lower       uint16
	letterDigit bool
}) {
	for r := range t {
		t[r].lower = uint16(unicode.ToLower(rune(r)))
		t[r].letterDigit = unicode.IsLetter(rune(r)) || unicode.IsDigit(rune(r))
	}
	return t
}()
