package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/dedup"
)

// articleKeyOrder is the position of each of kabar.Article's JSON keys in
// the order encodeArticle writes them (the struct's field order).
var articleKeyOrder, articleKeys = func() (map[string]int, []string) {
	t := reflect.TypeFor[kabar.Article]()
	m := map[string]int{}
	var keys []string
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name == "" || name == "-" || t.Field(i).Anonymous {
			return nil, nil // a form this splicer does not know: always decode
		}
		m[name] = i
		keys = append(keys, name)
	}
	return m, keys
}()

// member is one top-level member of a stored record: its key and the
// span of the whole member ("key":value) in the record.
type member struct {
	key        string
	start, end int
}

// topMembers splits an encoded record into its top-level members. It
// returns false for anything but the compact form encodeArticle writes
// with known keys in struct order.
func topMembers(rec []byte) ([]member, bool) {
	if len(rec) < 2 || rec[0] != '{' || rec[len(rec)-1] != '}' || articleKeyOrder == nil {
		return nil, false
	}
	// Records carry a few dozen members: one allocation for all.
	out := make([]member, 0, len(articleKeys))
	last := -1
	i := 1
	if rec[i] == '}' {
		return out, i == len(rec)-1
	}
	for {
		start := i
		if rec[i] != '"' {
			return nil, false
		}
		j := bytes.IndexByte(rec[i+1:], '"')
		if j < 0 {
			return nil, false
		}
		// Looked up without making a string of the key (the compiler
		// does not copy for a map index); the member keeps the known
		// key's own string. A known key has no escapes, so a key with
		// one is not found.
		pos, ok := articleKeyOrder[string(rec[i+1:i+1+j])]
		if !ok || pos <= last {
			return nil, false
		}
		key := articleKeys[pos]
		last = pos
		i += j + 2
		if i >= len(rec) || rec[i] != ':' {
			return nil, false
		}
		i++
		end, ok := skipValue(rec, i)
		if !ok {
			return nil, false
		}
		out = append(out, member{key: key, start: start, end: end})
		i = end
		switch {
		case i == len(rec)-1 && rec[i] == '}':
			return out, true
		case i < len(rec)-1 && rec[i] == ',':
			i++
		default:
			return nil, false
		}
	}
}

// skipValue returns the end of the JSON value starting at rec[i]; false
// for whitespace outside strings (encodeArticle writes none).
func skipValue(rec []byte, i int) (int, bool) {
	depth := 0
	for i < len(rec) {
		switch c := rec[i]; c {
		case '"':
			end, ok := stringEnd(rec, i+1)
			if !ok {
				return 0, false
			}
			i = end + 1
		case '{', '[':
			depth++
			i++
		case '}', ']':
			if depth == 0 {
				return i, true
			}
			depth--
			i++
		case ',':
			if depth == 0 {
				return i, true
			}
			i++
		case ' ', '\t', '\n', '\r':
			return 0, false // not the compact form
		default:
			i++
		}
		if depth == 0 && i < len(rec) && (rec[i] == ',' || rec[i] == '}') {
			return i, true
		}
	}
	return 0, false
}

// stringEnd returns the index of the quote that closes the JSON string
// whose contents start at rec[i]: the first quote not escaped, that is not
// preceded by an odd run of backslashes. It jumps from quote to quote
// (bytes.IndexByte), since a record's text is most of its bytes and holds
// few quotes.
func stringEnd(rec []byte, i int) (int, bool) {
	for {
		j := bytes.IndexByte(rec[i:], '"')
		if j < 0 {
			return 0, false
		}
		q := i + j
		n := 0
		for k := q - 1; k >= i && rec[k] == '\\'; k-- {
			n++
		}
		if n%2 == 0 {
			return q, true
		}
		i = q + 1
	}
}

// spliceGroupFields returns the stored record rec with its duplicate_of
// and cluster set to f, byte for byte as encodeArticle would write the
// decoded record with those fields, without decoding the rest; and the
// record's id, published_at, domain, lang, duplicate_of and cluster (what
// its days entry and the caller need).
// ok is false when rec is not in the form encodeArticle writes; the
// caller then decodes and re-encodes it.
func spliceGroupFields(rec []byte, f dedup.Fields) (out []byte, a kabar.Article, ok bool) {
	ms, ok := topMembers(rec)
	if !ok {
		return nil, a, false
	}
	value := func(m member) []byte { return rec[m.start+len(m.key)+3 : m.end] }
	for _, m := range ms {
		var err error
		switch m.key {
		case "id":
			err = unmarshalString(value(m), &a.ID)
		case "published_at":
			err = unmarshalTime(value(m), &a.PublishedAt)
		case "domain":
			err = unmarshalString(value(m), &a.Domain)
		case "lang":
			err = unmarshalString(value(m), &a.Lang)
		case "duplicate_of":
			err = unmarshalString(value(m), &a.DuplicateOf)
		case "cluster":
			err = unmarshalString(value(m), &a.Cluster)
		}
		if err != nil {
			return nil, a, false
		}
	}
	var add [][]byte
	for _, kv := range [...]struct{ k, v string }{{"duplicate_of", f.DuplicateOf}, {"cluster", f.Cluster}} {
		if kv.v == "" {
			continue
		}
		v, err := encodeJSON(kv.v)
		if err != nil {
			return nil, a, false
		}
		add = append(add, append([]byte(`"`+kv.k+`":`), v...))
	}
	// Members before the group fields, the group fields, members after.
	b := make([]byte, 0, len(rec)+64)
	b = append(b, '{')
	put := func(p []byte) {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, p...)
	}
	at := articleKeyOrder["duplicate_of"]
	placed := false
	for _, m := range ms {
		if m.key == "duplicate_of" || m.key == "cluster" {
			continue
		}
		if !placed && articleKeyOrder[m.key] > at {
			for _, p := range add {
				put(p)
			}
			placed = true
		}
		put(rec[m.start:m.end])
	}
	if !placed {
		for _, p := range add {
			put(p)
		}
	}
	b = append(b, '}')
	return b, a, true
}

// decodeCandidate reads what detection needs of a stored record (see
// candMeta): the same values json.Unmarshal gives, but the record's other
// members are skipped without decoding, and its text, most of its bytes,
// is left quoted for decodeText. A record in another form than
// encodeArticle writes is decoded by json.Unmarshal. rec must stay valid
// while the text is not decoded (bbolt: until the transaction ends).
func decodeCandidate(rec []byte) (candMeta, error) {
	var cm candMeta
	ms, ok := topMembers(rec)
	if !ok {
		err := json.Unmarshal(rec, &cm)
		return cm, err
	}
	for _, m := range ms {
		v := rec[m.start+len(m.key)+3 : m.end]
		var err error
		switch m.key {
		case "text":
			cm.rawText = v
		case "simhash":
			err = unmarshalString(v, &cm.SimHash)
		case "content_hash":
			err = unmarshalString(v, &cm.ContentHash)
		case "published_at":
			err = unmarshalTime(v, &cm.PublishedAt)
		case "site":
			err = unmarshalString(v, &cm.Site)
		case "domain":
			err = unmarshalString(v, &cm.Domain)
		case "sources":
			err = json.Unmarshal(v, &cm.Sources)
		case "cluster":
			err = unmarshalString(v, &cm.Cluster)
		case "duplicate_of":
			err = unmarshalString(v, &cm.DuplicateOf)
		}
		if err != nil {
			return candMeta{}, fmt.Errorf("decode %s: %w", m.key, err)
		}
	}
	return cm, nil
}

// decodeText sets Text from the quoted text decodeCandidate kept.
func (cm *candMeta) decodeText() error {
	if cm.rawText == nil {
		return nil
	}
	v := cm.rawText
	cm.rawText = nil
	if s, ok := unquoteText(v); ok {
		cm.Text = s
		return nil
	}
	if err := json.Unmarshal(v, &cm.Text); err != nil {
		return fmt.Errorf("decode text: %w", err)
	}
	return nil
}

// unquoteText decodes the JSON string v (quotes included) as
// encoding/json does, for the strings encodeJSON writes: valid UTF-8 with
// the escapes \" \\ \/ \b \f \n \r \t and \uXXXX outside the surrogates.
// Anything else (a surrogate pair, a raw control character, invalid
// UTF-8) reports false, and the caller decodes with encoding/json.
func unquoteText(v []byte) (string, bool) {
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
		return "", false
	}
	v = v[1 : len(v)-1]
	out := make([]byte, 0, len(v))
	for len(v) > 0 {
		i := bytes.IndexByte(v, '\\')
		if i < 0 {
			i = len(v)
		}
		chunk := v[:i]
		for _, c := range chunk {
			if c < 0x20 || c == '"' {
				return "", false
			}
		}
		if !utf8.Valid(chunk) {
			return "", false
		}
		out = append(out, chunk...)
		v = v[i:]
		if len(v) == 0 {
			break
		}
		if len(v) < 2 {
			return "", false
		}
		switch c := v[1]; c {
		case '"', '\\', '/':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			if len(v) < 6 {
				return "", false
			}
			r, err := strconv.ParseUint(string(v[2:6]), 16, 32)
			if err != nil || utf16.IsSurrogate(rune(r)) {
				return "", false
			}
			out = utf8.AppendRune(out, rune(r))
			v = v[6:]
			continue
		default:
			return "", false
		}
		v = v[2:]
	}
	// out is not written again: the string shares its memory (as
	// strings.Builder does) instead of copying the text once more.
	if len(out) == 0 {
		return "", true
	}
	return unsafe.String(&out[0], len(out)), true
}

// unmarshalString is json.Unmarshal(v, s) for a member's value v: a
// string in the form encodeJSON writes is unquoted directly (unquoteText),
// anything else goes to encoding/json. A candidate's and a spliced
// record's few members were most of their decoding time in reflection.
func unmarshalString(v []byte, s *string) error {
	if str, ok := unquoteText(v); ok {
		*s = str
		return nil
	}
	return json.Unmarshal(v, s)
}

// unmarshalTime is json.Unmarshal(v, t): encoding/json hands a quoted
// value to time.Time's UnmarshalJSON as it is, so a quoted value of
// printable ASCII without escapes goes there directly.
func unmarshalTime(v []byte, t *time.Time) error {
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		plain := true
		for _, c := range v[1 : len(v)-1] {
			if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
				plain = false
				break
			}
		}
		if plain {
			return t.UnmarshalJSON(v)
		}
	}
	return json.Unmarshal(v, t)
}

// storedGroupFields reads the duplicate_of and cluster a stored record
// carries, without decoding the rest (topMembers), or, for a record not
// in the form encodeArticle writes, with encoding/json. ok is false for a
// record that does not decode.
func storedGroupFields(rec []byte) (f dedup.Fields, ok bool) {
	ms, ok := topMembers(rec)
	if !ok {
		var a struct {
			Cluster     string `json:"cluster"`
			DuplicateOf string `json:"duplicate_of"`
		}
		if json.Unmarshal(rec, &a) != nil {
			return f, false
		}
		return dedup.Fields{Cluster: a.Cluster, DuplicateOf: a.DuplicateOf}, true
	}
	for _, m := range ms {
		v := rec[m.start+len(m.key)+3 : m.end]
		var err error
		switch m.key {
		case "duplicate_of":
			err = unmarshalString(v, &f.DuplicateOf)
		case "cluster":
			err = unmarshalString(v, &f.Cluster)
		}
		if err != nil {
			return dedup.Fields{}, false
		}
	}
	return f, true
}
