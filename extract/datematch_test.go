package extract

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// The expressions the hand-written matchers of datematch.go stand for.
var (
	yearPattern = regexp.MustCompile(`\b(19[9][0-9]|20[0-9][0-9])\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b`)
	timeOfDay   = regexp.MustCompile(`\b([01]?\d|2[0-3])[:.h][0-5]\d(\b|(?i:[ap]\.?m)\b)`)
	sizeSuffix  = regexp.MustCompile(`[-_](\d+x\d+|\d{2,4}|\d+w|small|medium|large|thumb)$`)
)

// dateMatchTexts are written cases: the forms the readers meet and the
// edges of each expression (runs too long or short, word bytes glued on,
// non-ASCII neighbours, separators at the ends).
var dateMatchTexts = []string{
	"", "1", "1999", "2000", "2099", "2100", "1989", "19999", "x2024", "2024x", "_2024", "2024_", "é2024", "2024é",
	"Selasa, 3 Maret 2026", "Updated 09/12/2025", "9/1/25", "9/1/2", "123/1/25", "1/123/25", "1/1/25555", "1/1/25a",
	"1/1/25.", "a1/1/25", "1//25", "12/12/", "/1/1/11", "07.12.2026", "Rabu, 4 November 2015 | 21:04 WIB",
	"21:04", "21.04", "24:00", "23:59", "19:60", "9:5", "09:05", "109:05", "9:051", "9:05pm", "9:05 PM", "4:41AM",
	"11.05p.m.", "11.05p.mx", "11.05a.", "11.05am_", "11.05amé", "11.05 x", "x11.05", "_11:05", "2:30ex", "0:00",
	"20:15:30", "Jam 7.30 pagi", "Published 1998-03-04T10:00", "©2024 Kabar", "photo-300x200", "photo_300x200",
	"photo-x200", "photo-300x", "photo300x200", "photo-1200", "photo-12345", "photo-1", "photo-640w", "photo-w",
	"photo_small", "photo-medium", "photo-large", "-thumb", "thumb", "photo-Thumb", "photosmall", "a-1-2-300x200",
	"a-12", "-12", "12", "a_b-99", "img-2024-05-01-1920x1080", "x-1x1", "x-1xx1",
	"14h05", "à 8h15", "3h", "14h5", "14h60", "24h00", "le 3 mai à 14h05.", "2h30ex", "h30", "14hh05",
}

func TestHasYear(t *testing.T) {
	for _, s := range append(dateMatchTexts, generatedDateTexts(20000)...) {
		if got, want := hasYear(s), yearPattern.MatchString(s); got != want {
			t.Errorf("hasYear(%q) = %v, yearPattern says %v", s, got, want)
		}
	}
}

func TestHasTimeOfDay(t *testing.T) {
	for _, s := range append(dateMatchTexts, generatedDateTexts(20000)...) {
		if got, want := hasTimeOfDay(s), timeOfDay.MatchString(s); got != want {
			t.Errorf("hasTimeOfDay(%q) = %v, timeOfDay says %v", s, got, want)
		}
	}
}

func TestSizeSuffixAt(t *testing.T) {
	for _, s := range append(dateMatchTexts, generatedDateTexts(20000)...) {
		want := -1
		if loc := sizeSuffix.FindStringIndex(s); loc != nil {
			want = loc[0]
		}
		if got := sizeSuffixAt(s); got != want {
			t.Errorf("sizeSuffixAt(%q) = %d, sizeSuffix says %d", s, got, want)
		}
	}
}

// generatedDateTexts are n short texts drawn from the bytes and pieces the
// expressions turn on, so that runs, separators and boundaries meet in
// every order.
func generatedDateTexts(n int) []string {
	pieces := []string{"0", "1", "2", "3", "5", "6", "9", "19", "20", "23", "24", "99", "2026", "1995", "300",
		":", ".", "/", "-", "_", "x", "w", "a", "A", "m", "M", "p", "P", " ", "é", "small", "thumb", "medium", "large"}
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]string, n)
	for i := range out {
		var b []byte
		for range r.IntN(9) {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		out[i] = string(b)
	}
	return out
}
