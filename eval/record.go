package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Record is one truth or predicted record as generic JSON (objects are
// map[string]any, numbers json.Number). The field metric reads records the
// way score.py reads them, so it must see what was written, not a typed
// value: a missing key and an empty list are different things to it.
type Record = map[string]any

// DecodeRecord decodes one JSON object.
func DecodeRecord(data []byte) (Record, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var r Record
	if err := dec.Decode(&r); err != nil {
		return nil, err
	}
	return r, nil
}

// LoadRecords reads a truth or prediction file as score.py's
// load_json_or_lines does: a whole-file JSON object {id: record} (also
// wrapped as {"version", "output"}), else JSON Lines keyed by PageID of
// "source_file" or "id". Lines that are not JSON objects are skipped, as
// score.py skips them (it warns); their count is returned.
func LoadRecords(path string) (recs map[string]Record, bad int, err error) {
	data, err := readMaybeGzip(path)
	if err != nil {
		return nil, 0, fmt.Errorf("eval: records: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var whole any
	if dec.Decode(&whole) == nil && !dec.More() {
		if obj, ok := whole.(map[string]any); ok {
			var v any = obj
			if _, ok := obj["version"]; ok && len(obj) == 2 {
				if out, ok := obj["output"]; ok {
					v = out
				}
			}
			// A wrapped non-object falls through to JSON Lines, as in score.py.
			if m, ok := v.(map[string]any); ok {
				recs = make(map[string]Record, len(m))
				for k, x := range m {
					r, _ := x.(map[string]any)
					recs[k] = r
				}
				return recs, 0, nil
			}
		}
	}
	recs = map[string]Record{}
	for _, line := range splitLines(string(data)) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		r, err := DecodeRecord([]byte(line))
		if err != nil {
			bad++
			continue
		}
		key := r["source_file"]
		if !truthy(key) {
			key = r["id"]
		}
		k := ""
		if truthy(key) {
			k = pyStr(key)
		}
		recs[PageID(k)] = r
	}
	return recs, bad, nil
}

// splitLines is Python's str.splitlines: besides \n, \r and \r\n it
// breaks at \v, \f, \x1c-\x1e, U+0085, U+2028 and U+2029, which a JSON
// string may hold unescaped.
func splitLines(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		switch r {
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		case '\r':
			if strings.HasPrefix(s[i+1:], "\n") {
				continue // the \n ends this line
			}
		default:
			continue
		}
		out = append(out, s[start:i])
		start = i + utf8.RuneLen(r)
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// textOf is score.py's text_of: "text", else "articleBody", else "".
func textOf(r Record) string {
	t, ok := r["text"]
	if !ok || t == nil {
		t = r["articleBody"]
	}
	s, _ := t.(string)
	return s
}

// str returns a JSON string value, or "" for anything else.
func str(v any) string {
	s, _ := v.(string)
	return s
}

// truthy is Python's bool() of a decoded JSON value.
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case json.Number:
		f, err := x.Float64()
		return err != nil || f != 0
	case []any:
		return len(x) > 0
	case map[string]any:
		return len(x) > 0
	}
	return true
}

// pyStr is Python's str() of a decoded JSON value, for the cases a name
// list can hold.
func pyStr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case string:
		return x
	case json.Number:
		return x.String()
	}
	return fmt.Sprint(v)
}
