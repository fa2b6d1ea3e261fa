package extract

// Hand-written forms of the three regular expressions the date and image
// readers ask for every candidate text (yearPattern, timeOfDay and
// sizeSuffix, kept in datematch_test.go as the specification).
// regexp's backtracker tries every start position with a bit-state per
// call; these scan the bytes once and look only at the starts of ASCII
// digit runs, where each expression's match must begin. They give the
// answers of the expressions exactly (TestHasYear, TestHasTimeOfDay,
// TestSizeSuffixAt compare them on generated and written texts), which is
// why their rules mirror RE2's: \d is an ASCII digit, and \b a change
// between an ASCII word byte ([0-9A-Za-z_]) and anything else, a non-ASCII
// rune's bytes included, or the text's ends.

// reWord holds the bytes that RE2's \b counts as word characters.
var reWord = func() (t [256]bool) {
	for c := range 256 {
		t[c] = '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
	}
	return t
}()

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// digitRun is the number of ASCII digits at s[i:].
func digitRun(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	return j - i
}

// boundaryAfter says \b holds at i after a word byte: i ends s or s[i]
// is no word byte.
func boundaryAfter(s string, i int) bool { return i == len(s) || !reWord[s[i]] }

// runStarts calls f with the start of every ASCII digit run of s that
// has \b before it (the text's start or a byte that is no word byte), and
// the run's length, until f returns true.
func runStarts(s string, f func(i, n int) bool) bool {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		n := digitRun(s, i)
		if (i == 0 || !reWord[s[i-1]]) && f(i, n) {
			return true
		}
		i += n
	}
	return false
}

// hasYear says s holds a plausible year, which any visible date
// carries: yearPattern.MatchString(s) for the expression
// `\b(19[9][0-9]|20[0-9][0-9])\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b`.
func hasYear(s string) bool {
	return runStarts(s, func(i, n int) bool {
		// A year: four digits alone (\b after a digit needs a byte
		// that is no word byte, so the run is exactly four long).
		if n == 4 && boundaryAfter(s, i+4) && (s[i] == '1' && s[i+1] == '9' && s[i+2] == '9' || s[i] == '2' && s[i+1] == '0') {
			return true
		}
		// A numeric date: each \d{1,2} is followed by a slash, so it is
		// its whole run; \d{2,4}\b is a whole run of two to four.
		if n > 2 || i+n >= len(s) || s[i+n] != '/' {
			return false
		}
		j := i + n + 1
		m := digitRun(s, j)
		if m == 0 || m > 2 || j+m >= len(s) || s[j+m] != '/' {
			return false
		}
		k := j + m + 1
		y := digitRun(s, k)
		return y >= 2 && y <= 4 && boundaryAfter(s, k+y)
	})
}

// hasTimeOfDay says s holds a clock time ("21:04", "19.45", "14h05" as
// French and Portuguese write it), also with the half of the day glued to
// it ("4:41AM", "11.05pm"): timeOfDay.MatchString(s) for the expression
// `\b([01]?\d|2[0-3])[:.h][0-5]\d(\b|(?i:[ap]\.?m)\b)`.
func hasTimeOfDay(s string) bool {
	return runStarts(s, func(i, n int) bool {
		// The hour is its run's whole (a separator follows it): one
		// digit, or two from 00–19 or 20–23.
		switch {
		case n == 1:
		case n == 2 && (s[i] <= '1' || s[i] == '2' && s[i+1] <= '3'):
		default:
			return false
		}
		p := i + n
		// "14:05", "14.05", "14h05" (French and Portuguese).
		if p+2 >= len(s) || s[p] != ':' && s[p] != '.' && s[p] != 'h' || s[p+1] < '0' || s[p+1] > '5' || !isDigit(s[p+2]) {
			return false
		}
		q := p + 3
		if boundaryAfter(s, q) {
			return true
		}
		if c := s[q] | 0x20; c != 'a' && c != 'p' {
			return false
		}
		q++
		if q < len(s) && s[q] == '.' {
			q++
		}
		return q < len(s) && s[q]|0x20 == 'm' && boundaryAfter(s, q+1)
	})
}

// sizeSuffixAt is where a rendition's size appended to a file stem
// begins, or -1: sizeSuffix.FindStringIndex(stem)[0] for the expression
// `[-_](\d+x\d+|\d{2,4}|\d+w|small|medium|large|thumb)$`.
// Each alternative ends the stem and starts after a separator that is no
// digit, so its digit runs are whole and the stem's last byte chooses the
// one alternative that can match: one match at most, the leftmost.
func sizeSuffixAt(stem string) int {
	n := len(stem)
	if n == 0 {
		return -1
	}
	sep := func(i int) int { // i when stem[i] is a separator, else -1
		if i >= 0 && (stem[i] == '-' || stem[i] == '_') {
			return i
		}
		return -1
	}
	// runBefore is the length of the digit run ending just before end.
	runBefore := func(end int) int {
		k := end
		for k > 0 && isDigit(stem[k-1]) {
			k--
		}
		return end - k
	}
	switch last := stem[n-1]; {
	case isDigit(last):
		d := runBefore(n)
		k := n - d
		if k > 0 && stem[k-1] == 'x' {
			if d1 := runBefore(k - 1); d1 > 0 {
				return sep(k - 1 - d1 - 1)
			}
			return -1
		}
		if d >= 2 && d <= 4 {
			return sep(k - 1)
		}
	case last == 'w':
		if d := runBefore(n - 1); d > 0 {
			return sep(n - 1 - d - 1)
		}
	default:
		for _, w := range [...]string{"small", "medium", "large", "thumb"} {
			if len(stem) > len(w) && stem[n-len(w):] == w {
				return sep(n - len(w) - 1)
			}
		}
	}
	return -1
}
