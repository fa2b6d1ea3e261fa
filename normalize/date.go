package normalize

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/kabar-news/kabar/extract"
)

// stamp is one date read from the page.
type stamp struct {
	t       time.Time
	zoned   bool // the string named its zone or offset
	hasTime bool // the string gave a time of day
	source  string
}

// Dates before minYear are taken for garbage (a copyright year, an epoch
// zero); dates more than maxAhead after the fetch for a script's or a
// schedule's.
const (
	minYear  = 1990
	maxAhead = 24 * time.Hour
)

// isoLayouts are the machine-written forms, tried before the word-wise
// reader because they are exact.
var isoLayouts = []struct {
	layout string
	zoned  bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04:05.999999999Z0700", true},
	{"2006-01-02T15:04Z07:00", true},
	{"2006-01-02T15:04Z0700", true},
	{"2006-01-02 15:04:05.999999999Z07:00", true},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02 15:04:05 Z07:00", true},
	{"2006-01-02 15:04:05 -0700", true},
	{"2006-01-02T15:04:05.999999999 Z07:00", true},
	{"2006-01-02T15:04:05.999999999 -0700", true},
	{"2006-01-02 15:04:05.999999999-0700", true},
	{"2006-01-02 15:04:05.999999999-07:00", true},
	{"2006-01-02 15:04:05-0700", true},
	{"2006-01-02T15:04:05.999999999-0700", true},
	{"2006-01-02 15:04:05 -0700 MST", true},
	{time.RFC1123Z, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", true},
	{time.RFC822Z, true},
	{"2006-01-02T15:04:05.999999999", false},
	{"2006-01-02T15:04", false},
	{"2006-01-02 15:04:05.999999999", false},
	{"2006-01-02 15:04", false},
	{"2006/01/02 15:04:05", false},
	{"20060102T150405Z0700", true},
}

// parseDate reads one date string. loc is the zone for a string that
// names none; fetched (when set) anchors relative forms ("3 hours ago").
func (lx *lexicon) parseDate(s string, loc *time.Location, fetched time.Time) (stamp, bool) {
	s = strings.TrimSpace(cleanText(s))
	if s == "" {
		return stamp{}, false
	}
	// Machine-written forms start with the year ("2022-11-30…") or a day
	// name and a comma ("Wed, 30 Nov 2022 …"); only those are tried
	// against the layouts.
	if t, ok := epochStamp(s); ok {
		return stamp{t: t, zoned: true, hasTime: true}, true
	}
	machine := len(s) >= 10 && ((s[0] >= '0' && s[0] <= '9' && (s[4] == '-' || s[4] == '/' || s[8] == 'T')) || s[3] == ',')
	if n := len(s); machine && s[n-1] == ']' {
		// "2024-05-03T10:15:00+02:00[Europe/Berlin]", as Java writes a
		// zoned time: the offset says it all, the zone's name after it
		// is dropped.
		if i := strings.LastIndexByte(s, '['); i > 0 {
			s = strings.TrimSpace(s[:i])
		}
	}
	if n := len(s); machine && n > 7 && s[n-1] == 'Z' && (s[n-7] == '+' || s[n-7] == '-') && s[n-4] == ':' {
		// "2015-06-19T03:40:00+07:00Z": an offset and a stray Z; the
		// offset is what the publisher meant.
		s = s[:n-1]
	}
	for _, l := range isoLayouts {
		if !machine {
			break
		}
		if l.zoned {
			if t, err := time.Parse(l.layout, s); err == nil {
				return stamp{t: t, zoned: true, hasTime: true}, true
			}
			continue
		}
		if t, err := time.ParseInLocation(l.layout, s, loc); err == nil {
			return stamp{t: t, hasTime: true}, true
		}
	}
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		if t, err := time.ParseInLocation("2006-01-02", s, loc); err == nil {
			return stamp{t: t}, true
		}
	}
	return lx.parseWords(s, loc, fetched)
}

// epochStamp reads a Unix time as some pages put it in a date's meta
// tag or attribute: ten digits of seconds or thirteen of milliseconds,
// and nothing else.
func epochStamp(s string) (time.Time, bool) {
	if len(s) != 10 && len(s) != 13 {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || s[0] == '+' {
		return time.Time{}, false
	}
	if len(s) == 13 {
		return time.UnixMilli(n).UTC(), true
	}
	return time.Unix(n, 0).UTC(), true
}

// cjkUnits are the signs Chinese, Japanese and Korean write after a
// date's numbers, each with what stands for it in the numeric form the
// reader takes: "2024年5月3日 10時15分" and "2024년 5월 3일" read as
// "2024/5/3 10:15".
var cjkUnits = map[rune]string{
	'年': "/", '월': "/", '년': "/", '月': "/",
	'日': " ", '일': " ",
	'時': ":", '时': ":", '시': ":",
	'分': " ", '분': " ",
}

// cjkDate rewrites the CJK units of a date (cjkUnits) that follow a
// digit, and drops the spaces after a slash or a colon so written;
// other strings come back as they are. A sign after no digit is a word's
// ("서울시", "일요일") and stays.
func cjkDate(s string) string {
	if !strings.ContainsAny(s, "年년") {
		return s
	}
	var b strings.Builder
	prevDigit := false
	for _, r := range s {
		if u, ok := cjkUnits[r]; ok && prevDigit {
			b.WriteString(u)
			prevDigit = false
			continue
		}
		prevDigit = r >= '0' && r <= '9'
		b.WriteRune(r)
	}
	out := b.String()
	for _, sep := range [...]string{"/ ", ": "} {
		for strings.Contains(out, sep) {
			out = strings.ReplaceAll(out, sep, sep[:1])
		}
	}
	return out
}

// dateParts collects what the word-wise reader finds.
type dateParts struct {
	year, day, hour, min, sec int
	month                     time.Month
	hasTime                   bool
	meridiem                  string
	loc                       *time.Location
	offset                    *int // seconds east of UTC, from "+0700"
}

// parseWords reads human-written dates in any lexicon language:
// "Rabu, 30 November 2022 14:21 WIB", "30/11/2022, 14:21 WIB",
// "April 25, 2015 5:30 AM ET", "Updated 1:10 PM EST, Sat April 25, 2015",
// "Rabu (30/11/2022)", "3 jam yang lalu".
func (lx *lexicon) parseWords(s string, loc *time.Location, fetched time.Time) (stamp, bool) {
	s = cjkDate(s)
	toks := strings.FieldsFunc(s, func(r rune) bool {
		return isSpace(r) || r == ',' || r == '|' || r == '(' || r == ')' || r == '[' || r == ']' || r == '•' || r == '：'
	})
	var p dateParts
	p.day, p.year = -1, -1
	for i := 0; i < len(toks); i++ {
		tok := strings.ToLower(toks[i])
		if m := lx.meridiem[tok]; m != "" {
			p.meridiem = m
			continue
		}
		if z := lx.zones[tok]; z != nil && (p.hasTime || i > 0) {
			p.loc = z
			continue
		}
		// "3 hours ago" dates the line only when it gives no date of
		// its own first ("May 2, 2023 / 12:21 AM / Updated 14 hours
		// ago" is dated by its date).
		if d, ok := lx.relativeAt(toks, i); ok && !fetched.IsZero() && p.month == 0 && p.year < 0 && !p.hasTime {
			t := fetched.Add(-d)
			if loc != nil {
				t = t.In(loc)
			}
			return stamp{t: t, zoned: false, hasTime: d < 24*time.Hour}, true
		}
		word := strings.TrimRight(tok, ".")
		if m, ok := lx.months[word]; ok {
			p.month = m
			continue
		}
		if lx.isDay(word) {
			continue
		}
		if off, ok := parseOffset(tok); ok {
			p.offset = &off
			continue
		}
		if h, m, sec, ok := parseClock(tok); ok && !p.hasTime {
			p.hour, p.min, p.sec, p.hasTime = h, m, sec, true
			continue
		}
		// "10:28am", "7:45p.m.": the clock with its meridiem written on.
		if h, m, sec, mer, ok := lx.clockMeridiem(tok); ok && !p.hasTime {
			p.hour, p.min, p.sec, p.hasTime, p.meridiem = h, m, sec, true, mer
			continue
		}
		if y, m, d, ok := parseNumericDate(tok); ok {
			p.year, p.month, p.day = y, m, d
			continue
		}
		if n, ok := parseOrdinal(word); ok {
			switch {
			case n >= minYear && n <= 2200 && p.year < 0:
				p.year = n
			case n >= 1 && n <= 31 && p.day < 0:
				p.day = n
			}
		}
	}
	if p.year < 0 || p.month == 0 || p.day < 1 {
		return stamp{}, false
	}
	if p.meridiem == "pm" && p.hour < 12 {
		p.hour += 12
	}
	if p.meridiem == "am" && p.hour == 12 {
		p.hour = 0
	}
	st := stamp{hasTime: p.hasTime}
	use := loc
	switch {
	case p.offset != nil:
		use, st.zoned = time.FixedZone("", *p.offset), true
	case p.loc != nil:
		use, st.zoned = p.loc, true
	}
	if use == nil {
		use = time.UTC
	}
	t := time.Date(p.year, p.month, p.day, p.hour, p.min, p.sec, 0, use)
	if t.Day() != p.day || p.hour > 23 || p.min > 59 {
		return stamp{}, false // 31 February, 25:00
	}
	st.t = t
	return st, true
}

// relativeAt reads "3 hours ago" / "3 jam yang lalu" starting at toks[i].
func (lx *lexicon) relativeAt(toks []string, i int) (time.Duration, bool) {
	if i+2 >= len(toks) {
		return 0, false
	}
	n, err := strconv.Atoi(toks[i])
	if err != nil || n < 0 {
		return 0, false
	}
	unit, ok := lx.relative[strings.ToLower(toks[i+1])]
	if !ok {
		return 0, false
	}
	next := strings.ToLower(toks[i+2])
	if lx.ago[next] || (i+3 < len(toks) && lx.ago[next+" "+strings.ToLower(toks[i+3])]) {
		return time.Duration(n) * unit, true
	}
	return 0, false
}

// clockMeridiem reads a clock time with a meridiem word (lexicon
// [meridiem]) written on without a space, as many English-language
// sites print it ("10:28am", "7:45pm", "9:05a.m."); tok is lower case.
func (lx *lexicon) clockMeridiem(tok string) (h, m, sec int, mer string, ok bool) {
	if tok == "" || tok[0] < '0' || tok[0] > '9' {
		return 0, 0, 0, "", false
	}
	for word, v := range lx.meridiem {
		rest, found := strings.CutSuffix(tok, word)
		if !found || rest == "" {
			continue
		}
		if h, m, sec, ok := parseClock(rest); ok && h <= 12 {
			return h, m, sec, v, true
		}
	}
	return 0, 0, 0, "", false
}

// parseClock reads a time of day: "14:05", "14:05:09", "14.05", and
// "14h05" as French and Portuguese pages write it ("à 14h05", "às 8h15").
func parseClock(s string) (h, m, sec int, ok bool) {
	sep := ':'
	switch {
	case strings.ContainsRune(s, ':'):
	case strings.ContainsRune(s, 'h'):
		sep = 'h'
	default:
		sep = '.'
	}
	parts := strings.Split(s, string(sep))
	if len(parts) < 2 || len(parts) > 3 {
		return 0, 0, 0, false
	}
	if sep != ':' && len(parts) != 2 {
		return 0, 0, 0, false
	}
	var v [3]int
	for i, x := range parts {
		if len(x) == 0 || len(x) > 2 || (i > 0 && len(x) != 2) {
			return 0, 0, 0, false
		}
		n, err := strconv.Atoi(x)
		if err != nil {
			return 0, 0, 0, false
		}
		v[i] = n
	}
	if v[0] > 23 || v[1] > 59 || v[2] > 60 {
		return 0, 0, 0, false
	}
	return v[0], v[1], v[2], true
}

// parseNumericDate reads "30/11/2022", "30-11-2022", "30.11.2022",
// "2022/11/30", "2022-11-30". Day comes first unless it cannot.
func parseNumericDate(s string) (y int, m time.Month, d int, ok bool) {
	var parts []string
	for _, sep := range []string{"/", "-", "."} {
		if strings.Count(s, sep) == 2 {
			parts = strings.Split(s, sep)
			break
		}
	}
	if parts == nil {
		return 0, 0, 0, false
	}
	var v [3]int
	for i, x := range parts {
		n, err := strconv.Atoi(x)
		if err != nil || x == "" {
			return 0, 0, 0, false
		}
		v[i] = n
	}
	switch {
	case len(parts[0]) == 4:
		y, m, d = v[0], time.Month(v[1]), v[2]
	case len(parts[2]) == 4 || len(parts[2]) == 2:
		y, m, d = v[2], time.Month(v[1]), v[0]
		if len(parts[2]) == 2 {
			y += 2000
		}
		if m > 12 && d <= 12 {
			m, d = time.Month(d), int(m)
		}
	default:
		return 0, 0, 0, false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// parseOrdinal reads "25", "25th", "1st".
func parseOrdinal(s string) (int, bool) {
	s = strings.TrimSuffix(s, ".")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			s = s[:len(s)-len(suf)]
			break
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// parseOffset reads "+0700", "+07:00", "gmt+7", "utc+07:00".
func parseOffset(s string) (int, bool) {
	for _, p := range []string{"gmt", "utc"} {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			s = s[len(p):]
		}
	}
	if len(s) < 2 || (s[0] != '+' && s[0] != '-') {
		return 0, false
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	body := strings.ReplaceAll(s[1:], ":", "")
	var h, m int
	var err error
	switch len(body) {
	case 1, 2:
		h, err = strconv.Atoi(body)
	case 4:
		h, err = strconv.Atoi(body[:2])
		if err == nil {
			m, err = strconv.Atoi(body[2:])
		}
	default:
		return 0, false
	}
	if err != nil || h > 14 || m > 59 {
		return 0, false
	}
	return sign * (h*3600 + m*60), true
}

// pickDate reads every candidate and returns the most trusted valid one,
// cross-checked against the others: a false "Z" (a wall time written as
// UTC, as detik's pubdate does) or a missing zone gives way to another
// candidate with the same wall time and a real offset, and a UTC instant
// takes the page's own offset when another candidate gives it.
func (lx *lexicon) pickDate(fields []extract.Field, loc *time.Location, fetched time.Time) (time.Time, []string) {
	t, warns := lx.pickDateOf(fields, loc, fetched)
	return t, append(warns, lx.siteConfigDateWarnings(fields, t, loc, fetched)...)
}

// maxSiteConfigDateGap is how far a site config's date may lie from the
// date taken before it is said to be refused: the same day in any zone.
const maxSiteConfigDateGap = 24 * time.Hour

// siteConfigDateWarnings says what became of a site config's date
// (extract.SourceSiteConfig), which stands last among the page's
// witnesses: it fills a gap, or gives a time and zone to the same day,
// but never outvotes the page's own metadata. A date that does not parse,
// or lies on another day than the one taken (a stale expression catching
// a related story's or an update's date), is said, since the record then
// does not follow the rule.
func (lx *lexicon) siteConfigDateWarnings(fields []extract.Field, taken time.Time, loc *time.Location, fetched time.Time) []string {
	var warns []string
	for _, f := range fields {
		if f.Source != extract.SourceSiteConfig {
			continue
		}
		st, ok := lx.parseDate(f.Value, loc, fetched)
		switch {
		case !ok:
			warns = append(warns, "site config date does not parse: "+clipRunes(f.Value, 60))
		case !taken.IsZero() && (st.t.Sub(taken) > maxSiteConfigDateGap || taken.Sub(st.t) > maxSiteConfigDateGap):
			warns = append(warns, "site config date not taken (the page's own date is another day): "+clipRunes(f.Value, 60))
		}
	}
	return warns
}

func clipRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// pickDateOf is pickDate without the site config's warnings.
func (lx *lexicon) pickDateOf(fields []extract.Field, loc *time.Location, fetched time.Time) (time.Time, []string) {
	var warns []string
	var cands []stamp
	for _, f := range fields {
		st, ok := lx.parseDate(f.Value, loc, fetched)
		if !ok {
			continue
		}
		st.source = f.Source
		if st.t.Year() < minYear {
			warns = append(warns, "date rejected (too early): "+f.Source)
			continue
		}
		if !fetched.IsZero() && st.t.After(fetched.Add(maxAhead)) {
			warns = append(warns, "date rejected (in the future): "+f.Source)
			continue
		}
		cands = append(cands, st)
	}
	if len(cands) == 0 {
		return time.Time{}, warns
	}
	best := visibleOverLooseMeta(cands)
	if !best.hasTime {
		// A date without a time takes the time of a witness on the
		// same day, the day as the date's zone counts it ("2024-05-01"
		// on a +02:00 site and "2024-04-30T22:30:00Z" are one day).
		for _, c := range cands[1:] {
			if c.hasTime && sameDay(c.t.In(best.t.Location()), best.t) {
				best = c
				break
			}
		}
	}
	_, bestOff := best.t.Zone()
	falseUTC := best.zoned && bestOff == 0
	for _, c := range cands {
		_, off := c.t.Zone()
		if !c.zoned || off == 0 || !c.hasTime {
			continue
		}
		switch {
		case (!best.zoned || (falseUTC && (siteOffset(loc, c.t) == off || c.source == "text"))) && sameWall(c.t, best.t):
			// Same wall time, real offset: the other was a wall time
			// without zone, or with a false "Z" on a site whose zone
			// the real offset is (detik's pubdate), or that the page's
			// visible date line names ("10:15 WIB" under a "10:15Z"
			// tag: no page shows a UTC clock under a local zone's name).
			return time.Date(best.t.Year(), best.t.Month(), best.t.Day(), best.t.Hour(), best.t.Minute(), best.t.Second(), best.t.Nanosecond(), c.t.Location()), warns
		case falseUTC && best.t.Equal(c.t):
			return best.t.In(c.t.Location()), warns
		}
	}
	if falseUTC && loc != nil && loc != time.UTC && best.source != "" && !strings.HasPrefix(best.source, "jsonld") {
		// An offset-0 meta value on a site in another zone, with nothing
		// to check it against: trust it, but say so.
		warns = append(warns, "date in UTC on a site in "+loc.String()+": "+best.source)
	}
	return best.t, warns
}

// pageZone is the zone of a page whose site's zone is unknown: the one
// non-zero offset that every zoned date of the page (published and
// modified, a time of day given) names, as a fixed zone; else UTC. A
// page's CMS writes its dates in one zone, so "2024-05-03T10:15:00+02:00"
// in the modified-time tag says that a "10:15" beside it with no zone is
// +02:00 too. Dates that name two offsets ("…Z" in one tag, "-05:00" in
// another, or "9:24 pm ET" over a tag in UTC) say no zone for the rest.
func (lx *lexicon) pageZone(lists ...[]extract.Field) *time.Location {
	found := 0
	for _, fields := range lists {
		for _, f := range fields {
			st, ok := lx.parseDate(f.Value, time.UTC, time.Time{})
			if !ok || !st.zoned || !st.hasTime {
				continue
			}
			_, off := st.t.Zone()
			switch {
			case off == 0 || found != 0 && off != found:
				return time.UTC
			default:
				found = off
			}
		}
	}
	if found == 0 {
		return time.UTC
	}
	return time.FixedZone(offsetName(found), found)
}

// offsetName writes off seconds east of UTC as "UTC+02:00".
func offsetName(off int) string {
	b := []byte("UTC+")
	if off < 0 {
		b[3], off = '-', -off
	}
	two := func(n int) {
		b = append(b, byte('0'+n/10%10), byte('0'+n%10))
	}
	two(off / 3600)
	b = append(b, ':')
	two(off % 3600 / 60)
	return string(b)
}

// looseDateSources are meta tags whose name does not say which date they
// carry ("date"; a mailing tool's "sailthru.date"): pages fill them with
// the time of the last edit as often as with the first publication.
var looseDateSources = map[string]bool{"meta:date": true, "meta:sailthru.date": true}

// visibleOverLooseMeta is the first candidate, unless that is a loose
// meta tag (looseDateSources) and the page's visible date line (source
// "text", with a time of day) names another minute: then the line the
// reader sees wins (FIELDS.md). A gap in whole quarter hours between a
// line without a zone and the tag is read as the zone the line was
// written in, not as another time.
func visibleOverLooseMeta(cands []stamp) stamp {
	best := cands[0]
	if !looseDateSources[best.source] || !best.hasTime {
		return best
	}
	for _, c := range cands[1:] {
		if c.source != "text" || !c.hasTime {
			continue
		}
		if c.zoned && !c.t.Truncate(time.Minute).Equal(best.t.Truncate(time.Minute)) {
			return c
		}
		if d := (c.t.Minute() - best.t.Minute() + 60) % 60; !c.zoned && d%15 != 0 {
			return c
		}
	}
	return best
}

// siteOffset is the offset of loc at t, or -1 when there is no site zone
// beyond UTC.
func siteOffset(loc *time.Location, t time.Time) int {
	if loc == nil || loc == time.UTC {
		return -1
	}
	_, off := t.In(loc).Zone()
	return off
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

func sameWall(a, b time.Time) bool {
	return sameDay(a, b) && a.Hour() == b.Hour() && a.Minute() == b.Minute()
}

// maxDateLine is the longest body line taken for a bare date.
const maxDateLine = 64

// isDateLine says a body line is a date and nothing else ("Senin, 16
// Januari 2023 15:42 WIB"): page furniture left by the body finder, never
// article text. Every word must be a date's.
func (lx *lexicon) isDateLine(s string) bool {
	if len(s) > maxDateLine {
		return false
	}
	if _, ok := lx.parseWords(s, time.UTC, time.Time{}); !ok {
		return false
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return isSpace(r) || r == ',' || r == '|' || r == '(' || r == ')' || r == '-'
	}) {
		l := strings.ToLower(strings.TrimRight(w, "."))
		_, month := lx.months[l]
		if month || lx.isDay(l) || lx.zones[l] != nil || lx.meridiem[l] != "" || strings.IndexFunc(l, unicode.IsLetter) < 0 {
			continue
		}
		return false
	}
	return true
}
