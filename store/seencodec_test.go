package store

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

// TestSeenCodecMatchesJSON: encodeSeen writes exactly json.Marshal's
// bytes and decodeSeen gives exactly json.Unmarshal's value (and error or
// not), over random bookkeeping with every kind of day key and time, and
// over hand-made values in other forms (fields reordered, escapes, spaces,
// numbers encoding/json reads differently), which must take the fallback.
func TestSeenCodecMatchesJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	zones := []*time.Location{time.UTC, time.FixedZone("WIB", 7*3600), time.FixedZone("odd", -(3*3600 + 30*60 + 15)), time.FixedZone("far", 25*3600)}
	randTime := func() time.Time {
		switch r.IntN(6) {
		case 0:
			return time.Time{}
		case 1:
			return time.Date(10000+r.IntN(5), 1, 1, 0, 0, 0, 0, time.UTC) // json refuses
		}
		ts := time.Unix(r.Int64N(4e9), r.Int64N(2)*r.Int64N(1e9))
		return ts.In(zones[r.IntN(len(zones))])
	}
	dayKeys := []string{"", "2024-05-01T08:00:00Z0123abcd", "~~~~~~~~~~~~~~~~~~~~id", "2024-05-01T08:00:00Zhttps://example.org/a?b=1&c=<2>",
		`2024-05-01T08:00:00Zq"uote\back`, "2024-05-01T08:00:00Zünï", "2024-05-01T08:00:00Z\x00\x1f\x7f", "2024-05-01T08:00:00Z\xff\xfe"}
	for i := range 5000 {
		s := seenValue{
			Seen:   Seen{FirstSeen: randTime(), LastSeen: randTime(), Versions: r.IntN(4), Seq: r.Uint64N(1 << uint(r.IntN(64)))},
			DayKey: dayKeys[r.IntN(len(dayKeys))],
		}
		if r.IntN(3) > 0 {
			s.DedupSeq = r.Uint64N(1 << uint(r.IntN(64)))
		}
		if r.IntN(20) == 0 {
			s.Versions = -r.IntN(3) - 1
		}
		want, wantErr := json.Marshal(&s)
		got, gotErr := encodeSeen(&s)
		if (wantErr != nil) != (gotErr != nil) || !bytes.Equal(got, want) {
			t.Fatalf("value %d %+v: encodeSeen gave %s (%v), json.Marshal %s (%v)", i, s, got, gotErr, want, wantErr)
		}
		if wantErr != nil {
			continue
		}
		checkDecodeSeen(t, want)
	}
	for _, v := range []string{
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":1,"seq":2,"day_key":"k","dedup_seq":3}`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":1,"seq":2,"day_key":"k"}`,
		`{"last_seen":"2024-05-01T08:00:00Z","first_seen":"2024-05-01T08:00:00Z","versions":1,"seq":2,"day_key":"k"}`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":01,"seq":2,"day_key":"k"}`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":1.0,"seq":2,"day_key":"k"}`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":1e0,"seq":2,"day_key":"k"}`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":-1,"seq":2,"day_key":"k"}`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":1,"seq":18446744073709551616,"day_key":"k"}`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":9223372036854775808,"seq":2,"day_key":"k"}`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":1,"seq":2,"day_key":"a\u0041\"b"}`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":1,"seq":2,"day_key":"k"} `,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":1,"seq":2,"day_key":"k",}`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":1,"seq":2,"day_key":"k"}x`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-13-01T08:00:00Z","versions":1,"seq":2,"day_key":"k"}`,
		`{"first_seen":"2024-05-01 08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":1,"seq":2,"day_key":"k"}`,
		`{"first_seen":"2024-05-01T08:00:00\u005a","last_seen":"2024-05-01T08:00:00Z","versions":1,"seq":2,"day_key":"k"}`,
		`{"first_seen":null,"last_seen":"2024-05-01T08:00:00Z","versions":1,"seq":2,"day_key":"k"}`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":1,"seq":2,"day_key":"k","dedup_seq":0}`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":1,"seq":2,"day_key":"k","dedup_seq":}`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":1,"seq":2,"day_key":"k\xff"}`,
		`{"first_seen":"2024-05-01T08:00:00Z","last_seen":"2024-05-01T08:00:00Z","versions":1,"seq":2,"day_key":"k`,
		`{"first_seen":"2024-05-01T08:00:00Z"`,
		`{}`, ``, `null`,
	} {
		checkDecodeSeen(t, []byte(v))
	}
}

// checkDecodeSeen decodes v with decodeSeen and json.Unmarshal into the
// same starting value (DedupSeq set, as a value absent from v keeps it).
func checkDecodeSeen(t *testing.T, v []byte) {
	t.Helper()
	start := seenValue{DedupSeq: math.MaxUint32}
	want, got := start, start
	wantErr := json.Unmarshal(v, &want)
	gotErr := decodeSeen(v, &got)
	if (wantErr != nil) != (gotErr != nil) {
		t.Fatalf("%s: decodeSeen error %v, json.Unmarshal %v", v, gotErr, wantErr)
	}
	if wantErr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: decodeSeen gave %+v, json.Unmarshal %+v", v, got, want)
	}
}

// TestEncodeMemberMatchesJSON: encodeMember writes exactly json.Marshal's
// bytes (or its error) for members entries of every shape.
func TestEncodeMemberMatchesJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	strs := []string{"", "kabar.example", "Harian Pagi", "a<b>&c", `q"uote`, "ünï", "\x01", "\xff"}
	pick := func() string { return strs[r.IntN(len(strs))] }
	for i := range 3000 {
		m := memberMeta{Site: pick(), Domain: pick(), DuplicateOf: pick()}
		switch r.IntN(4) {
		case 0:
		case 1:
			m.Published = time.Date(10001, 1, 1, 0, 0, 0, 0, time.UTC)
		default:
			m.Published = time.Unix(r.Int64N(4e9), r.Int64N(1e9)).In(time.FixedZone("", 3600*(r.IntN(25)-12)))
		}
		if n := r.IntN(4); n == 3 {
			m.Sources = []string{}
		} else {
			for range n {
				m.Sources = append(m.Sources, pick())
			}
		}
		want, wantErr := json.Marshal(&m)
		got, gotErr := encodeMember(&m)
		if (wantErr != nil) != (gotErr != nil) || !bytes.Equal(got, want) {
			t.Fatalf("value %d %+v: encodeMember gave %s (%v), json.Marshal %s (%v)", i, m, got, gotErr, want, wantErr)
		}
	}
}

// TestUnmarshalTimeMatchesJSON: unmarshalTime gives json.Unmarshal's
// value and error or not, on the literals a record holds and on others.
func TestUnmarshalTimeMatchesJSON(t *testing.T) {
	for _, v := range []string{`"2024-03-04T08:00:00+07:00"`, `"2024-03-04T01:00:00.123456789Z"`, `"0001-01-01T00:00:00Z"`,
		`"2024-03-04T08:00:00+24:00"`, `"2024-13-04T08:00:00Z"`, `"2024-03-04 08:00:00Z"`, `"2024-03-04T08:00:00\u002B07:00"`,
		`null`, `""`, `"`, `"2024-03-04T08:00:00Z" `, `12`, "\"2024-03-04T08:00:00Z\x01\""} {
		start := time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC)
		want, got := start, start
		werr := json.Unmarshal([]byte(v), &want)
		gerr := unmarshalTime([]byte(v), &got)
		if (werr != nil) != (gerr != nil) || (werr == nil && !reflect.DeepEqual(got, want)) {
			t.Errorf("%s: unmarshalTime %v (%v), json.Unmarshal %v (%v)", v, got, gerr, want, werr)
		}
	}
}
