package normalize

import (
	"encoding/json"
	"io/fs"
	"path"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/fixtures"
)

// fuzzFetched is the fetch time the date fuzzers use.
var fuzzFetched = time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)

var dateSeeds = []string{
	"2022-11-30T14:21:00+07:00", "2022-11-30 14:21:00", "2022-11-30", "Rabu, 30 November 2022 14:21 WIB",
	"30/11/2022, 14:21 WIB", "April 25, 2015 5:30 AM ET", "Updated 1:10 PM EST, Sat April 25, 2015",
	"Rabu (30/11/2022)", "3 jam yang lalu", "Senin, 4 Maret 2024 | 23:59 WITA", "Mon, 02 Jan 2006 15:04:05 -0700",
	"20240304T120000Z", "2024-03-05T09:00:00Z", "31.12.1989", "12 minutes ago", "yesterday 10:00", "Kamis, 7 Maret 2024 07:00 WIB",
	"1 January 0001", "9999-12-31T23:59:59+14:00", "2024-13-45", "24:61", "−0700", "&amp;#x30;",
}

// FuzzParseDate checks that parseDate never panics, gives a real instant
// whenever it succeeds, and gives the same answer twice.
func FuzzParseDate(f *testing.F) {
	for _, s := range dateSeeds {
		f.Add(s, true)
	}
	lx := loadLexicon()
	jakarta, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		f.Skip("no time zone data")
	}
	f.Fuzz(func(t *testing.T, s string, withFetch bool) {
		fetched := time.Time{}
		if withFetch {
			fetched = fuzzFetched
		}
		st, ok := lx.parseDate(s, jakarta, fetched)
		if !ok {
			return
		}
		if st.t.IsZero() {
			t.Fatalf("parseDate(%q) succeeded with the zero time", s)
		}
		again, ok2 := lx.parseDate(s, jakarta, fetched)
		if !ok2 || !again.t.Equal(st.t) {
			t.Fatalf("parseDate(%q) not deterministic: %v then %v", s, st.t, again.t)
		}
	})
}

// FuzzPickDate checks the guarantees pickDate gives Normalize: a date
// before minYear or more than maxAhead after the fetch is never chosen.
func FuzzPickDate(f *testing.F) {
	for i, s := range dateSeeds {
		f.Add(s, dateSeeds[(i+5)%len(dateSeeds)])
	}
	lx := loadLexicon()
	jakarta, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		f.Skip("no time zone data")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		fields := []extract.Field{{Value: a, Source: "jsonld"}, {Value: b, Source: "meta:article:published_time"}}
		got, _ := lx.pickDate(fields, jakarta, fuzzFetched)
		if got.IsZero() {
			return
		}
		if got.Year() < minYear {
			t.Errorf("pickDate(%q, %q) = %v, before %d", a, b, got, minYear)
		}
		if got.After(fuzzFetched.Add(maxAhead)) {
			t.Errorf("pickDate(%q, %q) = %v, more than %s after the fetch at %v", a, b, got, maxAhead, fuzzFetched)
		}
	})
}

// FuzzParseByline checks that parseByline never panics and gives names
// that are trimmed, non-empty, and valid UTF-8 when the line is. (Names may
// be longer than the line: an invalid byte becomes U+FFFD, and Unicode
// normalisation decomposes some characters; both were found here.)
func FuzzParseByline(f *testing.F) {
	for _, s := range []string{
		"Laporan Wartawan Tribunnews, Fitri Wulandari", "Penulis: Fitri Wulandari | Editor: Choirul Arifin",
		"By Jane Doe and John Smith", "Reporting by X; Editing by Y", "Email The Author", "Hours Ago Josh Constine",
		"Editor: Sanusi 30/11/2022", "Oleh: Ahmad (Antara)", "Von Anna Müller, dpa", "By JANE DOE, Associated Press",
		"Penulis: , , ; :", "By", "Foto: AFP/François WALSCHAERTS",
	} {
		f.Add(s, false, true)
		f.Add(s, true, false)
	}
	lx := loadLexicon()
	f.Fuzz(func(t *testing.T, line string, needLabel, trusted bool) {
		out, _ := lx.parseByline(line, kabar.RoleReporter, needLabel, trusted)
		for _, c := range out {
			if c.name == "" || c.name != strings.TrimSpace(c.name) {
				t.Errorf("parseByline(%q) gave name %q: empty or untrimmed", line, c.name)
			}
			if utf8.ValidString(line) && !utf8.ValidString(c.name) {
				t.Errorf("parseByline(%q) gave invalid UTF-8 name %q", line, c.name)
			}
		}
	})
}

// FuzzReadQuotes checks that readQuotes never panics and gives quotes with
// text and a paragraph number inside the text given (1-based).
func FuzzReadQuotes(f *testing.F) {
	for _, s := range []string{
		"\"Kami berkomitmen untuk tidak menyebarkan senjata nuklir di Eropa Timur,\" tegas Jens Stoltenberg.",
		"Stoltenberg said: \u201cDialogue failed.\u201d\n\nHe added, \u201cWe stay ready.",
		"\u201cOpen quote without end\n\n\u201cSecond paragraph continues,\u201d said Ana.",
		"'Single quotes,' she said. \u00abGuillemets\u00bb, kata dia. \u201e\u201c", "\"\"\"\"", "said \"",
	} {
		f.Add(s)
	}
	lx := loadLexicon()
	f.Fuzz(func(t *testing.T, text string) {
		paras := strings.Split(text, "\n\n")
		qs := lx.readQuotes(paras)
		for _, q := range qs {
			if q.Paragraph < 1 || q.Paragraph > len(paras) {
				t.Errorf("quote %q in paragraph %d of %d", q.Text, q.Paragraph, len(paras))
			}
			if strings.TrimSpace(q.Text) == "" {
				t.Errorf("empty quote %+v", q)
			}
			if utf8.ValidString(text) && (!utf8.ValidString(q.Text) || !utf8.ValidString(q.Speaker)) {
				t.Errorf("quote %+v is not valid UTF-8", q)
			}
		}
	})
}

// FuzzPipeline runs extract.Extract and Normalize on any page, seeded with
// the demo site: Normalize must not panic, and its record must be valid
// UTF-8 JSON with no date before 1990 or more than a day after the fetch.
func FuzzPipeline(f *testing.F) {
	err := fs.WalkDir(fixtures.Site(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".html" {
			return err
		}
		b, err := fs.ReadFile(fixtures.Site(), p)
		if err == nil {
			f.Add(b, fixtures.Host+"/"+p)
		}
		return err
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw []byte, pageURL string) {
		p, err := extract.Extract(raw, pageURL, extract.Options{})
		if err != nil {
			return
		}
		a := Normalize(p, Options{FetchedAt: fuzzFetched, Version: "fuzz"})
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("record does not marshal: %v", err)
		}
		if !utf8.Valid(b) {
			t.Errorf("record is not valid UTF-8: %q", b)
		}
		for name, d := range map[string]time.Time{"published_at": a.PublishedAt, "modified_at": a.ModifiedAt} {
			if d.IsZero() {
				continue
			}
			if d.Year() < minYear || d.After(fuzzFetched.Add(maxAhead)) {
				t.Errorf("%s = %v: before %d or more than %s after the fetch", name, d, minYear, maxAhead)
			}
		}
		for _, q := range a.Quotes {
			if q.Paragraph < 1 {
				t.Errorf("quote %q has paragraph %d", q.Text, q.Paragraph)
			}
		}
	})
}

// FuzzReadDateline: the dateline matcher never panics, and a place it
// reads is a stretch of the paragraph's start.
func FuzzReadDateline(f *testing.F) {
	for _, s := range []string{
		"KATHMANDU, April 25 (Reuters) - A powerful earthquake struck.",
		"Liputan6.com, Jakarta Warga",
		"AFP, MANILA",
		"ST. CLOUD, Minn. (AP) — Snow.",
		"Quito, 5 mar (EFE).- El",
		"(CNN)The", "/", "(", "—", "A. B.", "X, , , -",
	} {
		f.Add(s)
	}
	lx := loadLexicon()
	f.Fuzz(func(t *testing.T, para string) {
		dl := lx.readDateline(para, "")
		if dl != nil && dl.Place != "" && !strings.Contains(para, dl.Place) {
			t.Errorf("place %q not in %q", dl.Place, para)
		}
		lx.readSources([]string{para}, "Example", "example.com", "Jane Roe")
		lx.isSyndicationLine(para, "Example", "example.com")
	})
}
