package eval

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Instant is a time as Python's datetime holds it: a wall clock, with a
// UTC offset when Aware. Naive times are kept with their wall clock in UTC.
type Instant struct {
	T     time.Time
	Aware bool
}

// ParseTime is score.py's parse_time: the string trimmed, every "Z" made
// "+00:00", then read by Python 3.11's datetime.fromisoformat as it is and
// with its first space made "T". ok is false where Python gets None.
//
// The formats read are those of fromisoformat: a date YYYY-MM-DD or
// YYYYMMDD, optionally any one separator character and a time HH, HH:MM,
// HH:MM:SS or HHMM, HHMMSS, with a fraction after "." or "," (digits past
// the sixth dropped), then optionally an offset ±HH, ±HH:MM, ±HHMM or
// ±HH:MM:SS[.ffffff]. ISO week dates, which Python also reads, are not
// read here: no record writes them.
func ParseTime(s string) (Instant, bool) {
	s = strings.TrimFunc(s, pyIsSpace)
	if s == "" {
		return Instant{}, false
	}
	s = strings.ReplaceAll(s, "Z", "+00:00")
	if t, ok := fromISOFormat(s); ok {
		return t, true
	}
	return fromISOFormat(strings.Replace(s, " ", "T", 1))
}

func fromISOFormat(s string) (Instant, bool) {
	if len(s) < 7 {
		return Instant{}, false
	}
	var y, mo, d int
	var rest string
	switch {
	case len(s) >= 10 && s[4] == '-' && s[7] == '-':
		var ok bool
		if y, ok = digits(s[0:4]); !ok {
			return Instant{}, false
		}
		if mo, ok = digits(s[5:7]); !ok {
			return Instant{}, false
		}
		if d, ok = digits(s[8:10]); !ok {
			return Instant{}, false
		}
		rest = s[10:]
	case len(s) >= 8 && s[4] != '-':
		var ok bool
		if y, ok = digits(s[0:4]); !ok {
			return Instant{}, false
		}
		if mo, ok = digits(s[4:6]); !ok {
			return Instant{}, false
		}
		if d, ok = digits(s[6:8]); !ok {
			return Instant{}, false
		}
		rest = s[8:]
	default:
		return Instant{}, false
	}
	if y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) {
		return Instant{}, false
	}
	var h, mi, sec, usec int
	loc := (*time.Location)(nil)
	if rest != "" {
		// One separator character of any kind, then the time.
		_, size := utf8.DecodeRuneInString(rest)
		tm := rest[size:]
		if tm == "" {
			return Instant{}, false
		}
		clock, zone := tm, ""
		if i := strings.IndexAny(tm, "+-"); i >= 0 {
			clock, zone = tm[:i], tm[i:]
		}
		var ok bool
		if h, mi, sec, usec, ok = parseClock(clock); !ok {
			return Instant{}, false
		}
		if zone != "" {
			off, ok := parseOffset(zone)
			if !ok {
				return Instant{}, false
			}
			loc = time.FixedZone("", off)
		}
	}
	if loc == nil {
		return Instant{T: time.Date(y, time.Month(mo), d, h, mi, sec, usec*1000, time.UTC)}, true
	}
	return Instant{T: time.Date(y, time.Month(mo), d, h, mi, sec, usec*1000, loc), Aware: true}, true
}

// parseClock reads HH, HH:MM, HH:MM:SS or HHMM, HHMMSS, with an optional
// fraction after the seconds.
func parseClock(s string) (h, m, sec, usec int, ok bool) {
	frac := ""
	if i := strings.IndexAny(s, ".,"); i >= 0 {
		s, frac = s[:i], s[i+1:]
		if frac == "" {
			return 0, 0, 0, 0, false
		}
	}
	var parts []string
	if strings.Contains(s, ":") {
		parts = strings.Split(s, ":")
	} else {
		for len(s) >= 2 {
			parts, s = append(parts, s[:2]), s[2:]
		}
		if s != "" {
			return 0, 0, 0, 0, false
		}
	}
	if len(parts) < 1 || len(parts) > 3 || frac != "" && len(parts) != 3 {
		return 0, 0, 0, 0, false
	}
	vals := [3]int{}
	for i, p := range parts {
		if len(p) != 2 {
			return 0, 0, 0, 0, false
		}
		if vals[i], ok = digits(p); !ok {
			return 0, 0, 0, 0, false
		}
	}
	if frac != "" {
		if len(frac) > 6 {
			frac = frac[:6] // Python drops the digits past microseconds
		}
		f, ok := digits(frac)
		if !ok {
			return 0, 0, 0, 0, false
		}
		for range 6 - len(frac) {
			f *= 10
		}
		usec = f
	}
	h, m, sec = vals[0], vals[1], vals[2]
	if h > 23 || m > 59 || sec > 59 {
		return 0, 0, 0, 0, false
	}
	return h, m, sec, usec, true
}

// parseOffset reads ±HH, ±HH:MM, ±HHMM or ±HH:MM:SS[.ffffff] as seconds
// east of UTC (the fraction is read and dropped: a minute comparison never
// sees it). Python requires the offset to be under a day.
func parseOffset(s string) (int, bool) {
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	h, m, sec, _, ok := parseClock(s[1:])
	if !ok {
		return 0, false
	}
	return sign * (h*3600 + m*60 + sec), true
}

// digits reads a string of ASCII digits.
func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// SameDate is score.py's date check (once both parsed): the same calendar
// date, each read in its own offset.
func SameDate(truth, pred Instant) bool {
	ty, tm, td := truth.T.Date()
	py, pm, pd := pred.T.Date()
	return ty == py && tm == pm && td == pd
}

// SameInstant is score.py's same_instant: the same minute in UTC when both
// times have offsets; the same wall-clock minute when one or both lack one.
func SameInstant(a, b Instant) bool {
	if a.Aware != b.Aware || !a.Aware {
		return wallMinute(a.T).Equal(wallMinute(b.T))
	}
	return a.T.UTC().Truncate(time.Minute).Equal(b.T.UTC().Truncate(time.Minute))
}

// wallMinute is t's wall clock to the minute, zone dropped.
func wallMinute(t time.Time) time.Time {
	y, mo, d := t.Date()
	return time.Date(y, mo, d, t.Hour(), t.Minute(), 0, 0, time.UTC)
}
