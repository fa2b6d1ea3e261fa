package store

import (
	"encoding/json"
	"strconv"
	"time"
)

// A record's bookkeeping (seenValue) is written for every put and, with
// duplicate detection, read and written again for a group's founder each
// time a copy joins it (its change sequence moves). encoding/json spends
// most of that time in reflection and in its scanner; encodeSeen and
// decodeSeen do the same for the one form the store writes, and hand
// anything else to encoding/json, so that the bytes stored and the values
// read are exactly what json.Marshal and json.Unmarshal give (the store's
// existing files are read as before).

// encodeSeen returns json.Marshal(s), byte for byte.
func encodeSeen(s *seenValue) ([]byte, error) {
	if !plainJSONString(s.DayKey) {
		return json.Marshal(s)
	}
	b := make([]byte, 0, 128+len(s.DayKey))
	b = append(b, `{"first_seen":`...)
	t, err := s.FirstSeen.MarshalJSON()
	if err != nil {
		return json.Marshal(s) // the error json gives
	}
	b = append(b, t...)
	b = append(b, `,"last_seen":`...)
	if t, err = s.LastSeen.MarshalJSON(); err != nil {
		return json.Marshal(s)
	}
	b = append(b, t...)
	b = append(b, `,"versions":`...)
	b = strconv.AppendInt(b, int64(s.Versions), 10)
	b = append(b, `,"seq":`...)
	b = strconv.AppendUint(b, s.Seq, 10)
	b = append(b, `,"day_key":"`...)
	b = append(b, s.DayKey...)
	b = append(b, '"')
	if s.DedupSeq != 0 {
		b = append(b, `,"dedup_seq":`...)
		b = strconv.AppendUint(b, s.DedupSeq, 10)
	}
	return append(b, '}'), nil
}

// plainJSONString says whether json.Marshal writes s between quotes as
// it is: printable ASCII without the characters it escapes (quote,
// backslash, and the HTML-sensitive <, > and &).
func plainJSONString(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c >= 0x7f, c == '"', c == '\\', c == '<', c == '>', c == '&':
			return false
		}
	}
	return true
}

// decodeSeen is json.Unmarshal(v, s): the members encodeSeen writes, in
// its order, are read directly; any other form goes to encoding/json.
func decodeSeen(v []byte, s *seenValue) error {
	var out seenValue = *s
	if seenFast(v, &out) {
		*s = out
		return nil
	}
	return json.Unmarshal(v, s)
}

// seenFast reads v when it is in encodeSeen's form, into s (which keeps
// its DedupSeq when v has none, as json.Unmarshal does).
func seenFast(v []byte, s *seenValue) bool {
	r := seenReader{b: v}
	if !r.lit(`{"first_seen":`) || !r.time(&s.FirstSeen) ||
		!r.lit(`,"last_seen":`) || !r.time(&s.LastSeen) ||
		!r.lit(`,"versions":`) {
		return false
	}
	n, ok := r.uint()
	if !ok || n > uint64(int(^uint(0)>>1)) {
		return false
	}
	s.Versions = int(n)
	if !r.lit(`,"seq":`) {
		return false
	}
	if s.Seq, ok = r.uint(); !ok || !r.lit(`,"day_key":"`) {
		return false
	}
	start := r.i
	for r.i < len(r.b) && r.b[r.i] != '"' {
		c := r.b[r.i]
		if c < 0x20 || c >= 0x7f || c == '\\' {
			return false
		}
		r.i++
	}
	if r.i == len(r.b) {
		return false
	}
	s.DayKey = string(r.b[start:r.i])
	r.i++
	if r.lit(`,"dedup_seq":`) {
		if s.DedupSeq, ok = r.uint(); !ok {
			return false
		}
	}
	return r.lit("}") && r.i == len(r.b)
}

// seenReader walks a seen value for seenFast.
type seenReader struct {
	b []byte
	i int
}

func (r *seenReader) lit(s string) bool {
	if len(r.b)-r.i < len(s) || string(r.b[r.i:r.i+len(s)]) != s {
		return false
	}
	r.i += len(s)
	return true
}

// time reads a quoted timestamp as encoding/json does for a time.Time:
// the quoted bytes go to UnmarshalJSON.
func (r *seenReader) time(t *time.Time) bool {
	if r.i >= len(r.b) || r.b[r.i] != '"' {
		return false
	}
	j := r.i + 1
	for j < len(r.b) && r.b[j] != '"' {
		if r.b[j] == '\\' {
			return false
		}
		j++
	}
	if j == len(r.b) {
		return false
	}
	if t.UnmarshalJSON(r.b[r.i:j+1]) != nil {
		return false
	}
	r.i = j + 1
	return true
}

// uint reads a JSON number that is a non-negative integer without a
// leading zero, as encodeSeen writes them.
func (r *seenReader) uint() (uint64, bool) {
	j := r.i
	for j < len(r.b) && r.b[j] >= '0' && r.b[j] <= '9' {
		j++
	}
	if j == r.i || (r.b[r.i] == '0' && j > r.i+1) {
		return 0, false
	}
	// A number followed by '.', 'e' or 'E' is not an integer literal.
	if j < len(r.b) && (r.b[j] == '.' || r.b[j] == 'e' || r.b[j] == 'E') {
		return 0, false
	}
	n, err := strconv.ParseUint(string(r.b[r.i:j]), 10, 64)
	if err != nil {
		return 0, false
	}
	r.i = j
	return n, true
}

// encodeMember returns json.Marshal(m), byte for byte: a copy joining a
// group writes two or more members entries.
func encodeMember(m *memberMeta) ([]byte, error) {
	plain := plainJSONString(m.Site) && plainJSONString(m.Domain) && plainJSONString(m.DuplicateOf)
	for _, s := range m.Sources {
		plain = plain && plainJSONString(s)
	}
	if !plain {
		return json.Marshal(m)
	}
	b := make([]byte, 0, 64+len(m.Site)+len(m.Domain)+len(m.DuplicateOf))
	b = append(b, '{')
	sep := func() {
		if len(b) > 1 {
			b = append(b, ',')
		}
	}
	if !m.Published.IsZero() {
		t, err := m.Published.MarshalJSON()
		if err != nil {
			return json.Marshal(m) // the error json gives
		}
		b = append(b, `"p":`...)
		b = append(b, t...)
	}
	str := func(k, v string) {
		if v != "" {
			sep()
			b = append(b, k...)
			b = append(b, '"')
			b = append(b, v...)
			b = append(b, '"')
		}
	}
	str(`"s":`, m.Site)
	str(`"d":`, m.Domain)
	if len(m.Sources) > 0 {
		sep()
		b = append(b, `"n":[`...)
		for i, s := range m.Sources {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, '"')
			b = append(b, s...)
			b = append(b, '"')
		}
		b = append(b, ']')
	}
	str(`"o":`, m.DuplicateOf)
	return append(b, '}'), nil
}
