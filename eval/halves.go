package eval

import (
	"hash/crc32"
	"regexp"
)

// The benchmark sets are split by publisher into two halves: rules and
// lexicons are developed on half B and checked on half A, which is held
// out. /work/tools/halves.py draws the same line.

var (
	dateSuffix   = regexp.MustCompile(`_[0-9]{4}_[0-9]{2}_[0-9]{2}$`)
	numberSuffix = regexp.MustCompile(`-[0-9]+$`)
)

// Publisher is a page id less a trailing "_YYYY_MM_DD" (fundus ids), then
// less a trailing "-N" (gold-dev ids): "detik-4" and "detik-11" are one
// publisher, "uk-iNews_2025_01_28" is "uk-iNews".
func Publisher(id string) string {
	return numberSuffix.ReplaceAllString(dateSuffix.ReplaceAllString(id, ""), "")
}

// Half is "A" when the CRC-32 (IEEE) of the page's publisher is even,
// else "B".
func Half(id string) string {
	if crc32.ChecksumIEEE([]byte(Publisher(id)))%2 == 0 {
		return "A"
	}
	return "B"
}
