package store

import (
	"bytes"
	"encoding/binary"
	"strings"
	"time"

	"github.com/kabar-news/kabar"
)

// tsLayout writes an instant with fixed width in UTC, so that byte order of
// keys is time order. Years outside 0000..9999 cannot be written this way and
// are treated as undated.
const tsLayout = "2006-01-02T15:04:05.000000000Z"

const tsLen = len(tsLayout)

// undatedTS is the days-key prefix of records without a publication time;
// '~' sorts after every digit, so they come after all dated records.
var undatedTS = strings.Repeat("~", tsLen)

// tsKey is the days-key prefix for t: the fixed-width UTC form, or undatedTS.
func tsKey(t time.Time) string {
	if t.IsZero() {
		return undatedTS
	}
	u := t.UTC()
	if y := u.Year(); y < 0 || y > 9999 {
		return undatedTS
	}
	return u.Format(tsLayout)
}

// dayKey is the key of a record in the days bucket.
func dayKey(published time.Time, id string) []byte {
	return []byte(tsKey(published) + id)
}

// idOfDayKey returns the id part of a days key.
func idOfDayKey(k []byte) []byte {
	if len(k) < tsLen {
		return nil
	}
	return k[tsLen:]
}

// dayEntry is what the days bucket holds beside the key: enough for filters
// and Stats to skip decoding records.
type dayEntry struct {
	domain string
	lang   string
	// day is the publication date in the page's own offset ("2022-11-30"),
	// empty for undated records.
	day string
}

func newDayEntry(a kabar.Article) dayEntry {
	e := dayEntry{domain: strings.ToLower(a.Domain), lang: strings.ToLower(a.Lang)}
	if tsKey(a.PublishedAt) != undatedTS {
		e.day = a.PublishedAt.Format(time.DateOnly)
	}
	return e
}

func (e dayEntry) encode() []byte {
	return []byte(e.domain + "\x00" + e.lang + "\x00" + e.day)
}

func decodeDayEntry(v []byte) dayEntry {
	parts := bytes.SplitN(v, []byte{0}, 3)
	var e dayEntry
	if len(parts) > 0 {
		e.domain = string(parts[0])
	}
	if len(parts) > 1 {
		e.lang = string(parts[1])
	}
	if len(parts) > 2 {
		e.day = string(parts[2])
	}
	return e
}

// seqKey is the 8-byte big-endian form of a bucket sequence, so keys sort in
// numeric order.
func seqKey(n uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], n)
	return b[:]
}

func seqOf(k []byte) uint64 {
	if len(k) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(k)
}
