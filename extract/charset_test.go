package extract

import (
	"errors"

	"golang.org/x/text/encoding/charmap"
	"strings"
	"testing"
	"unicode/utf8"
)

// page wraps a head fragment and a title in a minimal page, as raw bytes.
func page(head, title string) []byte {
	return []byte("<!DOCTYPE html><html><head>" + head + "<title>" + title + "</title></head><body><p>x</p></body></html>")
}

func TestCharsetDecoding(t *testing.T) {
	cp1252 := "Caf\xe9 \x96 \x93Jakarta\x94 \x80 5" // é – “ ” €
	latin1 := "J\xfcrgen M\xfcller \xa9"            // ü ü ©
	utf := "Café – “Jakarta” € 5"
	for _, c := range []struct {
		name        string
		raw         []byte
		contentType string
		want        string
	}{
		{"meta charset windows-1252", page(`<meta charset="windows-1252">`, cp1252), "", utf},
		{"http-equiv iso-8859-1 (read as windows-1252)", page(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, cp1252), "", utf},
		{"header iso-8859-1, no meta", page(``, latin1), "text/html; charset=ISO-8859-1", "Jürgen Müller ©"},
		{"header latin1 quoted", page(``, latin1), `text/html; charset="latin1"`, "Jürgen Müller ©"},
		{"header iso-8859-1 but meta utf-8 and bytes UTF-8", page(`<meta charset="utf-8">`, utf), "text/html; charset=ISO-8859-1", utf},
		{"header utf-8 but meta windows-1252 and bytes not UTF-8", page(`<meta charset="windows-1252">`, cp1252), "text/html; charset=utf-8", utf},
		{"header and meta agree on windows-1252", page(`<meta charset="windows-1252">`, cp1252), "text/html; charset=windows-1252", utf},
		{"no label, legacy bytes", page(``, cp1252), "", utf},
		{"no label, UTF-8 bytes", page(``, utf), "", utf},
		{"UTF-8 BOM beats meta", append([]byte("\xef\xbb\xbf"), page(`<meta charset="windows-1252">`, utf)...), "", utf},
		{"meta after a long comment", page("<!--"+strings.Repeat("x", 2000)+"--><meta charset=windows-1252>", cp1252), "", utf},
		{"UTF-16LE with BOM", utf16le(string(page(`<meta charset="utf-16">`, "Héllo"))), "", "Héllo"},
		{"header utf-8 but bytes plainly windows-1252", page(``, cp1252), "text/html; charset=utf-8", utf},
		{"UTF-8 decoded twice upstream, relabelled UTF-8", page(`<meta charset="iso-8859-1">`, mojibake(utf)), "text/html; charset=utf-8", utf},
		{"genuine UTF-8 with accents is left alone", page(`<meta charset="utf-8">`, "Crème brûlée à Nîmes"), "text/html; charset=utf-8", "Crème brûlée à Nîmes"},
		{"UTF-8 with one stray byte stays UTF-8", page(`<meta charset="utf-8">`, "Café \xff ok"), "", "Café \uFFFD ok"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Extract(c.raw, "https://example.com/a", Options{ContentType: c.contentType})
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != c.want {
				t.Errorf("Title = %q, want %q", p.Title, c.want)
			}
		})
	}
}

func TestCharsetWarning(t *testing.T) {
	p, err := Extract(page(`<meta charset="iso-8859-1">`, "Café – “Jakarta”"), "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Warnings) != 1 || p.Warnings[0] != "charset: declared windows-1252, decoded as utf-8" {
		t.Errorf("Warnings = %q", p.Warnings)
	}
	p, err = Extract(page(`<meta charset="utf-8">`, "plain"), "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Warnings) != 0 {
		t.Errorf("Warnings = %q, want none", p.Warnings)
	}
}

func utf16le(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, r := range s {
		if r > 0xffff {
			panic("test helper handles the BMP only")
		}
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestNotHTML(t *testing.T) {
	for _, c := range []struct {
		name string
		raw  string
		want string
	}{
		{"empty", "", "extract: empty page"},
		{"whitespace", " \n\t ", "extract: empty page"},
		{"BOM only", "\xef\xbb\xbf\n", "extract: empty page"},
		{"empty document", "<html><head></head><body></body></html>", "extract: empty page"},
		{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "extract: not HTML (looks like PDF)"},
		{"json object", `{"status":"ok","items":[1,2,3]}`, "extract: not HTML (looks like JSON)"},
		{"json array", ` [{"a":1}]`, "extract: not HTML (looks like JSON)"},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "extract: not HTML (looks like PNG image)"},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00", "extract: not HTML (looks like gzip data)"},
		{"binary", "\x01\x02\x03\x04\x00\x05\x06<html>", "extract: not HTML (looks like binary data)"},
		{"plain text", "just some words, no markup at all", "extract: not HTML (looks like plain text)"},
		{"rss", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>x</title></channel></rss>", "extract: not HTML (looks like RSS feed)"},
		{"sitemap", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://a/</loc></url></urlset>", "extract: not HTML (looks like sitemap)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Extract([]byte(c.raw), "", Options{})
			if err == nil {
				t.Fatalf("no error; page %+v", p)
			}
			if err.Error() != c.want {
				t.Errorf("error %q, want %q", err, c.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Error("error is not one line")
			}
			var nh *NotHTMLError
			if strings.Contains(c.want, "not HTML") != errors.As(err, &nh) {
				t.Errorf("errors.As(*NotHTMLError) disagrees with %q", err)
			}
			if strings.Contains(c.want, "empty") != errors.Is(err, ErrEmpty) {
				t.Errorf("errors.Is(ErrEmpty) disagrees with %q", err)
			}
		})
	}
}

func TestHTMLThatLooksOdd(t *testing.T) {
	// Pages that start oddly but are HTML must pass.
	for _, raw := range []string{
		"\n\n  <!-- generated -->\n<html><head><title>T</title></head><body><p>x</p></body></html>",
		"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title></head><body><p>x</p></body></html>",
		"<p>Just a fragment, with text.</p>",
	} {
		if _, err := Extract([]byte(raw), "", Options{}); err != nil {
			t.Errorf("Extract(%.30q): %v", raw, err)
		}
	}
}

// mojibake is what a fetcher makes of UTF-8 text when it trusts a wrong
// windows-1252 label: each byte read as a character, then UTF-8 again.
func mojibake(s string) string {
	out, err := charmap.Windows1252.NewDecoder().String(s)
	if err != nil {
		panic(err)
	}
	return out
}

// TestUTF8Profile checks utf8Profile against a plain count on texts with
// ASCII runs of every length before multi-byte and invalid bytes.
func TestUTF8Profile(t *testing.T) {
	plain := func(b []byte) (multi, invalid int) {
		for len(b) > 0 {
			r, size := utf8.DecodeRune(b)
			switch {
			case r == utf8.RuneError && size <= 1:
				invalid++
				size = 1
			case size > 1:
				multi++
			}
			b = b[size:]
		}
		return multi, invalid
	}
	for n := range 20 {
		for _, tail := range []string{"", "é", "\xff", "é\xff", "\xe2\x80", "abc"} {
			b := []byte(strings.Repeat("a", n) + tail + strings.Repeat("b", n%3))
			m, i := utf8Profile(b)
			pm, pi := plain(b)
			if (m == 0) != (pm == 0) || (i == 0) != (pi == 0) {
				t.Errorf("utf8Profile(%q) = %d, %d; counts %d, %d", b, m, i, pm, pi)
			}
		}
	}
}
