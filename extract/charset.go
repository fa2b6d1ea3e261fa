package extract

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrEmpty is returned for a page with no bytes (or only whitespace).
var ErrEmpty = errors.New("extract: empty page")

// NotHTMLError says the bytes given to Extract are not an HTML page. Kind
// names what they look like instead ("PDF", "JSON", "binary data").
type NotHTMLError struct{ Kind string }

func (e *NotHTMLError) Error() string { return "extract: not HTML (looks like " + e.Kind + ")" }

// magic lists file signatures of formats that crawls commonly receive in
// place of a page.
var magic = []struct {
	prefix string
	kind   string
}{
	{"%PDF", "PDF"},
	{"\x89PNG", "PNG image"},
	{"GIF8", "GIF image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"RIFF", "RIFF media"},
	{"PK\x03\x04", "ZIP archive"},
	{"\x1f\x8b", "gzip data"},
	{"%!PS", "PostScript"},
	{"{\\rtf", "RTF"},
}

// sniff rejects input that cannot be an HTML page. It looks only at the
// first bytes, so it is cheap; anything with markup passes.
func sniff(raw []byte) error {
	trimmed := bytes.TrimLeft(raw, " \t\r\n\f\x00")
	trimmed = bytes.TrimPrefix(trimmed, []byte("\xef\xbb\xbf"))
	trimmed = bytes.TrimLeft(trimmed, " \t\r\n\f")
	if len(trimmed) == 0 {
		return ErrEmpty
	}
	for _, m := range magic {
		if bytes.HasPrefix(trimmed, []byte(m.prefix)) {
			return &NotHTMLError{Kind: m.kind}
		}
	}
	if (trimmed[0] == '{' || trimmed[0] == '[') && json.Valid(trimmed) {
		return &NotHTMLError{Kind: "JSON"}
	}
	if kind := xmlKind(trimmed[:min(len(trimmed), 2048)]); kind != "" {
		return &NotHTMLError{Kind: kind}
	}
	head := trimmed[:min(len(trimmed), 4096)]
	if bytes.HasPrefix(raw, []byte("\xfe\xff")) || bytes.HasPrefix(raw, []byte("\xff\xfe")) {
		return nil // UTF-16 with a BOM: NUL bytes are expected
	}
	if bytes.IndexByte(head, 0) >= 0 || controlShare(head) > 0.1 {
		return &NotHTMLError{Kind: "binary data"}
	}
	if bytes.IndexByte(trimmed[:min(len(trimmed), 65536)], '<') < 0 {
		return &NotHTMLError{Kind: "plain text"}
	}
	return nil
}

// controlShare is the share of C0 control bytes (other than whitespace) in b.
func controlShare(b []byte) float64 {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			n++
		}
	}
	return float64(n) / float64(len(b))
}

// decode converts raw to UTF-8 and names the encoding it chose; note is
// non-empty when the bytes overruled a declared label (for Page.Warnings).
//
// Order: a byte-order mark wins; then the HTTP Content-Type charset and the
// page's own <meta charset>/<meta http-equiv>. When header and meta disagree
// the bytes decide: servers often send a default ISO-8859-1 header for UTF-8
// pages, so valid UTF-8 is taken as UTF-8, otherwise the non-UTF-8 label
// wins. With no label at all, valid UTF-8 is UTF-8 and anything else is
// windows-1252 (the WHATWG default, which ISO-8859-1 also maps to). Bytes
// that are valid multi-byte UTF-8 are UTF-8 whatever a label says, and a
// page labelled UTF-8 with no valid multi-byte sequence but invalid bytes
// is windows-1252.
func decode(raw []byte, contentType string) (text []byte, name, note string, err error) {
	if enc, bom := bomEncoding(raw); enc != nil {
		out, err := enc.NewDecoder().Bytes(raw)
		if err != nil {
			return nil, "", "", fmt.Errorf("extract: decoding %s: %w", bom, err)
		}
		return out, bom, "", nil
	}
	header := labelFromContentType(contentType)
	meta := metaCharset(raw)
	multi, invalid := utf8Profile(raw)
	name = header
	switch {
	case header == "" && meta == "":
		name = "utf-8"
		if invalid > 0 {
			name = "windows-1252"
		}
	case header == "":
		name = meta
	case meta != "" && meta != header:
		if invalid == 0 && (header == "utf-8" || meta == "utf-8") {
			name = "utf-8"
		} else if header == "utf-8" {
			name = meta
		}
	}
	declared := name
	switch {
	case name != "utf-8" && invalid == 0 && multi > 0:
		// Text in a legacy encoding almost never forms valid multi-byte
		// UTF-8 by chance: the label is stale.
		name = "utf-8"
	case name == "utf-8" && invalid > 0 && multi == 0:
		// Labelled UTF-8 but plainly a legacy single-byte page.
		name = "windows-1252"
	}
	if name != declared {
		note = fmt.Sprintf("charset: declared %s, decoded as %s", declared, name)
	}
	if name == "utf-8" {
		if invalid == 0 {
			if fixed, ok := undoDoubleDecoding(raw, multi); ok {
				return fixed, name, "charset: text was decoded twice before extraction (UTF-8 read as windows-1252); repaired", nil
			}
			return raw, name, note, nil
		}
		// Mostly UTF-8 with stray bad bytes: keep the text, mark the bytes.
		return bytes.ToValidUTF8(raw, []byte("\uFFFD")), name, note, nil
	}
	enc, _ := charset.Lookup(name)
	if enc == nil {
		return nil, "", "", fmt.Errorf("extract: unknown charset %q", name)
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return nil, "", "", fmt.Errorf("extract: decoding %s: %w", name, err)
	}
	return out, name, note, nil
}

// utf8Profile counts the valid multi-byte UTF-8 sequences and the invalid
// bytes in b.
//
// Callers only ask whether each count is zero, so valid UTF-8 (the common
// case, checked at machine speed) answers at once. The ASCII prefix, which
// counts for nothing, is skipped eight bytes at a time.
func utf8Profile(b []byte) (multi, invalid int) {
	b = b[asciiPrefix(b):]
	if len(b) == 0 {
		return 0, 0
	}
	if utf8.Valid(b) {
		return 1, 0
	}
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			invalid++
			size = 1
		} else {
			multi++
		}
		b = b[size:]
	}
	return multi, invalid
}

// asciiPrefix is the length of the run of ASCII bytes b starts with.
func asciiPrefix(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	return i
}

func bomEncoding(raw []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		return unicode.UTF8BOM, "utf-8"
	case bytes.HasPrefix(raw, []byte("\xfe\xff")):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(raw, []byte("\xff\xfe")):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	return nil, ""
}

// labelFromContentType returns the canonical WHATWG name of the charset in
// an HTTP Content-Type value, or "" when absent or unknown.
func labelFromContentType(ct string) string {
	if cs := charsetParam(ct); cs != "" {
		return canonicalCharset(cs)
	}
	return ""
}

// metaCharset runs a prescan like the browsers' over the head of the page
// and returns the canonical name that the first <meta charset> or
// <meta http-equiv="Content-Type"> declares, or "". It reads up to 8 KiB
// (browsers read 1 KiB, but pages with long comments or inline styles put
// the meta later) and stops at <body>.
func metaCharset(raw []byte) string {
	head := raw[:min(len(raw), 8192)]
	if !mayDeclareCharset(head) {
		return ""
	}
	return scanMetaCharset(head)
}

// mayDeclareCharset is false only when no tag of head can declare a
// charset, so that metaCharset need not tokenize it (a fifth of the
// pages of the benchmarks name no charset, and were tokenized to <body>
// or 8 KiB for nothing). A declaration needs the word "charset" in
// some case: as an attribute's name, which the tokenizer only lowers
// (ASCII), or in a content value, whose character references are
// decoded first. No named reference stands for an ASCII letter, so a
// "charset" the bytes do not hold must come of a numeric one ("&#99;").
// TestMayDeclareCharset compares scanMetaCharset on heads it refuses.
func mayDeclareCharset(head []byte) bool {
	const word = "charset"
	for i := 0; i+len(word) <= len(head); i++ {
		if head[i]|0x20 == 'c' && asciiEqualFold(head[i:i+len(word)], word) {
			return true
		}
	}
	return bytes.Contains(head, []byte("&#"))
}

// scanMetaCharset is metaCharset's prescan of head with x/net/html's
// tokenizer.
func scanMetaCharset(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, equiv, content string
			for {
				k, v, more := z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					equiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
				if !more {
					break
				}
			}
			if cs == "" && equiv == "content-type" {
				cs = charsetParam(content)
			}
			if cs == "" {
				continue
			}
			label := canonicalCharset(cs)
			if strings.HasPrefix(label, "utf-16") {
				// A page that can be read to find its meta is not UTF-16.
				label = "utf-8"
			}
			if label != "" {
				return label
			}
		}
	}
}

// charsetParam finds charset=... in a Content-Type value, as written.
func charsetParam(ct string) string {
	i := strings.Index(asciiLower(ct), "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(ct[i+len("charset"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.Trim(strings.TrimSpace(rest[1:]), `"'`)
	if j := strings.IndexAny(rest, " ;\"'"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// canonicalCharset maps a charset label to its WHATWG name ("latin1" and
// "iso-8859-1" both become "windows-1252"), or "" when unknown.
func canonicalCharset(label string) string {
	_, name := charset.Lookup(label)
	return name
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// xmlRoots names the XML documents a crawl meets in place of pages, by the
// start of their root element.
var xmlRoots = []struct{ tag, kind string }{
	{"<rss", "RSS feed"},
	{"<feed", "Atom feed"},
	{"<urlset", "sitemap"},
	{"<sitemapindex", "sitemap"},
	{"<rdf:rdf", "RSS feed"},
}

// xmlKind returns what an XML document is when head shows the root of a
// feed or sitemap (and no <html>), else "".
func xmlKind(head []byte) string {
	if !bytes.HasPrefix(head, []byte("<?xml")) && !bytes.HasPrefix(head, []byte("<rss")) && !bytes.HasPrefix(head, []byte("<feed")) && !bytes.HasPrefix(head, []byte("<urlset")) {
		return ""
	}
	lower := bytes.ToLower(head)
	if bytes.Contains(lower, []byte("<html")) {
		return ""
	}
	for _, r := range xmlRoots {
		if bytes.Contains(lower, []byte(r.tag)) {
			return r.kind
		}
	}
	return ""
}

// undoDoubleDecoding repairs UTF-8 text that was once read as windows-1252
// and encoded again ("DÃ©jÃ  vu" for "Déjà vu"), as happens when a fetcher
// trusts a wrong ISO-8859-1 label before the page reaches Extract. The
// repair is taken only when every non-ASCII character maps back to a
// windows-1252 byte and those bytes form valid UTF-8 with multi-byte
// sequences, which genuine text practically never does. The five bytes
// windows-1252 leaves undefined come back from such a decoder as U+FFFD;
// inside a sequence the one that completes it is put back.
func undoDoubleDecoding(b []byte, multi int) ([]byte, bool) {
	if multi == 0 || !mojibakeSign(b) {
		return nil, false
	}
	out := make([]byte, 0, len(b))
	for _, r := range string(b) {
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
			continue
		}
		if c, ok := charmap.Windows1252.EncodeRune(r); ok && r != utf8.RuneError {
			out = append(out, c)
			continue
		}
		if r != utf8.RuneError {
			return nil, false
		}
		c, ok := lostByte(out)
		if !ok {
			return nil, false
		}
		out = append(out, c)
	}
	if !utf8.Valid(out) {
		return nil, false
	}
	if m, _ := utf8Profile(out); m == 0 {
		return nil, false
	}
	return out, true
}

// lostByte guesses which undefined windows-1252 byte a U+FFFD stood for:
// the one that continues the open UTF-8 sequence at the end of b.
func lostByte(b []byte) (byte, bool) {
	for back := 1; back <= 3 && back <= len(b); back++ {
		lead := b[len(b)-back]
		if !utf8.RuneStart(lead) {
			continue
		}
		for _, c := range []byte{0x9d, 0x81, 0x8d, 0x8f, 0x90} {
			seq := append(append([]byte{}, b[len(b)-back:]...), c)
			if utf8.Valid(seq) || !utf8.FullRune(seq) {
				return c, true
			}
		}
		return 0, false
	}
	return 0, false
}

// asciiLower lower-cases ASCII letters only, so that byte offsets in the
// result are offsets in s (strings.ToLower may change lengths).
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + ('a' - 'A')
		}
	}
	return string(b)
}

// mojibakeSign reports the mark UTF-8 leaves when decoded as windows-1252
// and encoded again: a lead byte become "Â".."ô" (C3 82..C3 B4) followed at
// once by a continuation byte become U+0080..U+00BF, a windows-1252
// punctuation sign or U+FFFD (C2, C5, C6, CB, E2 or EF first). Real text
// almost never has it, so most pages skip the full undo.
func mojibakeSign(b []byte) bool {
	for i := 0; i+2 < len(b); i++ {
		// Jump to the next C3 byte (IndexByte is vectorised).
		j := bytes.IndexByte(b[i:], 0xc3)
		if j < 0 {
			return false
		}
		i += j
		if i+2 >= len(b) {
			return false
		}
		if b[i+1] < 0x82 || b[i+1] > 0xb4 {
			continue
		}
		switch b[i+2] {
		case 0xc2, 0xc5, 0xc6, 0xcb, 0xe2, 0xef:
			return true
		}
	}
	return false
}
