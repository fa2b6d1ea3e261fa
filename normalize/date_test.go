package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/kabar-news/kabar/extract"
)

func TestParseDate(t *testing.T) {
	lx := loadLexicon()
	jakarta, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Fatal(err)
	}
	fetched := time.Date(2022, 12, 10, 16, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		loc  *time.Location
		want string // RFC 3339; "" when the string is no date
	}{
		{"2022-11-30T14:21:00+07:00", jakarta, "2022-11-30T14:21:00+07:00"},
		{"2015-06-19T03:40:00+07:00Z", jakarta, "2015-06-19T03:40:00+07:00"},
		{"2022-11-30T07:21:00Z", jakarta, "2022-11-30T07:21:00Z"},
		{"2022-11-30T14:21:00.123+0700", jakarta, "2022-11-30T14:21:00+07:00"},
		{"2022-11-30T14:21:00", jakarta, "2022-11-30T14:21:00+07:00"},
		{"2022-11-30 14:21:00", time.UTC, "2022-11-30T14:21:00Z"},
		{"2024-04-25 04:21:02.000000-0400", time.UTC, "2024-04-25T04:21:02-04:00"},
		{"2022-11-30", jakarta, "2022-11-30T00:00:00+07:00"},
		{"Wed, 30 Nov 2022 14:21:00 +0700", time.UTC, "2022-11-30T14:21:00+07:00"},
		{"Wed, 30 Nov 2022 07:21:00 GMT", jakarta, "2022-11-30T07:21:00Z"},
		{"Rabu, 30 November 2022 14:21 WIB", time.UTC, "2022-11-30T14:21:00+07:00"},
		{"Selasa, 16 Februari 2016 | 14:38 WIB", time.UTC, "2016-02-16T14:38:00+07:00"},
		{"Kompas.com - 05/10/2021, 07:41 WIB", time.UTC, "2021-10-05T07:41:00+07:00"},
		{"30/11/2022, 14:21 WIB", time.UTC, "2022-11-30T14:21:00+07:00"},
		{"pada 23 Jan 2021, 13:30 WIB", time.UTC, "2021-01-23T13:30:00+07:00"},
		{"Sabtu, 10 Des 2022 13:19 WIB", time.UTC, "2022-12-10T13:19:00+07:00"},
		{"Kamis, 5 Nov 2015 14:56 WITA", time.UTC, "2015-11-05T14:56:00+08:00"},
		{"Kamis, 5 Nov 2015 14:56 WIT", time.UTC, "2015-11-05T14:56:00+09:00"},
		{"Rabu (30/11/2022)", jakarta, "2022-11-30T00:00:00+07:00"},
		{"30 November 2022", jakarta, "2022-11-30T00:00:00+07:00"},
		{"Jumat, 19 Juni 2015 03:40", jakarta, "2015-06-19T03:40:00+07:00"},
		{"14.38 WIB, 16 Februari 2016", time.UTC, "2016-02-16T14:38:00+07:00"},
		{"Nov. 30, 2022 2:21 PM EST", time.UTC, "2022-11-30T14:21:00-05:00"},
		{"April 25, 2015 5:30 AM ET", time.UTC, "2015-04-25T05:30:00-04:00"},
		{"Updated 1:10 PM EST, Sat April 25, 2015", time.UTC, "2015-04-25T13:10:00-05:00"},
		{"Published: 15:56 BST, 27 April 2024", time.UTC, "2024-04-27T15:56:00+01:00"},
		{"March 7, 2024 7:55 AM UTC", time.UTC, "2024-03-07T07:55:00Z"},
		{"12:00 AM ET, January 1, 2023", time.UTC, "2023-01-01T00:00:00-05:00"},
		{"28. April 2023, 05:00 Uhr", time.UTC, "2023-04-28T05:00:00Z"},
		{"3 hours ago", time.UTC, "2022-12-10T13:00:00Z"},
		{"3 jam yang lalu", jakarta, "2022-12-10T20:00:00+07:00"},
		{"Updated 45 minutes ago", time.UTC, "2022-12-10T15:15:00Z"},
		{"Published 10:15 AM GMT+7, Mon December 12, 2022", time.UTC, "2022-12-12T10:15:00+07:00"},
		{"Dec. 12, 2022, 10:15 a.m. ET", time.UTC, "2022-12-12T10:15:00-05:00"},
		{"Nov 13, 2019, 10:28am EST", time.UTC, "2019-11-13T10:28:00-05:00"},
		{"March 4, 2025 7:05pm ET", time.UTC, "2025-03-04T19:05:00-05:00"},
		{"Updated 12:10am GMT, 4 March 2025", time.UTC, "2025-03-04T00:10:00Z"},
		{"Jan. 9, 2024, 9:45p.m. ET", time.UTC, "2024-01-09T21:45:00-05:00"},
		{"Diperbarui 12 Desember 2022, 10:15 WIB", time.UTC, "2022-12-12T10:15:00+07:00"},
		{"Kamis, 08 Des 2022 19:00 WIB", time.UTC, "2022-12-08T19:00:00+07:00"},
		{"2 jam lalu", time.UTC, "2022-12-10T14:00:00Z"},
		{"31 Februari 2022", time.UTC, ""},
		{"Baca juga", time.UTC, ""},
		{"", time.UTC, ""},
	}
	for _, tt := range tests {
		st, ok := lx.parseDate(tt.in, tt.loc, fetched)
		got := ""
		if ok {
			got = st.t.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("parseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPickDate(t *testing.T) {
	lx := loadLexicon()
	jakarta, _ := time.LoadLocation("Asia/Jakarta")
	fetched := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	f := func(v, src string) extract.Field { return extract.Field{Value: v, Source: src} }
	tests := []struct {
		name   string
		fields []extract.Field
		loc    *time.Location
		want   string
	}{
		{"most trusted first", []extract.Field{f("2022-11-30T14:21:00+07:00", "jsonld"), f("2022-11-29", "meta")}, jakarta, "2022-11-30T14:21:00+07:00"},
		{"detik's false Z gives way to the visible WIB time", []extract.Field{f("2022-12-10T13:19:00Z", "meta:pubdate"), f("Sabtu, 10 Des 2022 13:19 WIB", "text")}, jakarta, "2022-12-10T13:19:00+07:00"},
		{"a real UTC instant takes the page's own offset", []extract.Field{f("2024-04-25T08:21:02Z", "jsonld"), f("2024-04-25 04:21:02.000000-0400", "time")}, time.UTC, "2024-04-25T04:21:02-04:00"},
		{"Z kept where the site has no other zone", []extract.Field{f("2024-04-28T14:26:01Z", "jsonld"), f("2024-04-28T14:26:01+02:00", "time")}, time.UTC, "2024-04-28T14:26:01Z"},
		{"zone-less time takes the zone of its twin", []extract.Field{f("2022-11-30T14:21:00", "meta"), f("Rabu, 30 November 2022 14:21 WIB", "text")}, time.UTC, "2022-11-30T14:21:00+07:00"},
		{"zone-less time takes the site zone", []extract.Field{f("2022-11-30 14:21:00", "meta")}, jakarta, "2022-11-30T14:21:00+07:00"},
		{"date only gives way to the same day with a time", []extract.Field{f("2022-11-30", "meta"), f("30/11/2022, 14:21 WIB", "text")}, jakarta, "2022-11-30T14:21:00+07:00"},
		{"future date rejected", []extract.Field{f("2030-01-01T00:00:00Z", "script"), f("2022-11-30T14:21:00+07:00", "meta")}, jakarta, "2022-11-30T14:21:00+07:00"},
		{"before 1990 rejected", []extract.Field{f("1970-01-01T00:00:00Z", "meta")}, jakarta, ""},
		{"garbage skipped", []extract.Field{f("00:00-YY-DD-MM", "time"), f("April 25, 2024", "text")}, time.UTC, "2024-04-25T00:00:00Z"},
	}
	for _, tt := range tests {
		got, _ := lx.pickDate(tt.fields, tt.loc, fetched)
		s := ""
		if !got.IsZero() {
			s = got.Format(time.RFC3339)
		}
		if s != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, s, tt.want)
		}
	}
}

func TestSiteZone(t *testing.T) {
	lx := loadLexicon()
	tests := []struct{ tz, lang, domain, want string }{
		{"Asia/Makassar", "id", "example.com", "Asia/Makassar"},
		{"", "id", "detik.com", "Asia/Jakarta"},
		{"", "en", "republika.co.id", "Asia/Jakarta"},
		{"", "en", "reuters.com", "UTC"},
		// Languages spoken in one zone give it to pages that name none;
		// a country's domain gives its zone whatever the language.
		{"", "de", "example.com", "Europe/Berlin"},
		{"", "de", "example.at", "Europe/Berlin"},
		{"", "en", "example.de", "Europe/Berlin"},
		{"", "it", "example.com", "Europe/Rome"},
		{"", "de", "example.it", "Europe/Rome"},
		{"", "ja", "example.com", "Asia/Tokyo"},
		{"", "pl", "example.com", "Europe/Warsaw"},
		{"", "no", "example.com", "Europe/Oslo"},
		{"", "fr", "example.com", "UTC"},
		{"", "es", "example.com", "UTC"},
	}
	for _, tt := range tests {
		if got := lx.siteZone(tt.tz, tt.lang, tt.domain).String(); got != tt.want {
			t.Errorf("siteZone(%q, %q, %q) = %q, want %q", tt.tz, tt.lang, tt.domain, got, tt.want)
		}
	}
}

func TestIsDateLine(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		in   string
		want bool
	}{
		{"Senin, 16 Januari 2023 15:42 WIB", true},
		{"Selasa, 16 Februari 2016 | 14:38 WIB", true},
		{"April 25, 2015 5:30 AM ET", true},
		{"Pada Senin, 16 Januari 2023 harga cabai turun.", false},
		{"Jakarta - Harga cabai turun.", false},
	}
	for _, tt := range tests {
		if got := lx.isDateLine(tt.in); got != tt.want {
			t.Errorf("isDateLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestSiteConfigDate: a site config's date stands last among the page's
// witnesses (it fills a gap or gives a time and zone to the same day, and
// never outvotes the page's metadata), and what became of it is said.
func TestSiteConfigDate(t *testing.T) {
	lx := loadLexicon()
	fetched := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	f := func(v, src string) extract.Field { return extract.Field{Value: v, Source: src} }
	sc := extract.SourceSiteConfig
	for _, tt := range []struct {
		name, want, warn string
		fields           []extract.Field
	}{
		{"fills a gap", "2023-05-02T09:40:00Z", "", []extract.Field{f("2 May 2023 09:40 GMT", sc)}},
		{"gives a time to the same day", "2023-05-02T09:40:00+02:00", "", []extract.Field{f("2023-05-02", "meta:date"), f("2023-05-02T09:40:00+02:00", sc)}},
		{"gives a zone to the same wall time", "2023-05-02T09:40:00+02:00", "", []extract.Field{f("2023-05-02T09:40:00", "jsonld"), f("2. Mai 2023, 09:40 Uhr MESZ", sc)}},
		{"never outvotes the page", "2023-05-02T09:40:00+02:00", "site config date not taken", []extract.Field{f("2023-05-02T09:40:00+02:00", "jsonld"), f("2019-02-05 16:07", sc)}},
		{"a date that does not parse is said", "2023-05-02T09:40:00+02:00", "site config date does not parse", []extract.Field{f("2023-05-02T09:40:00+02:00", "jsonld"), f("Issue 42, page 7", sc)}},
		{"agreement is silent", "2023-05-02T09:40:00+02:00", "", []extract.Field{f("2023-05-02T09:40:00+02:00", "jsonld"), f("May 2, 2023 7:40 UTC", sc)}},
	} {
		got, warns := lx.pickDate(tt.fields, time.UTC, fetched)
		s := ""
		if !got.IsZero() {
			s = got.Format(time.RFC3339)
		}
		w := strings.Join(warns, "\n")
		if s != tt.want || (tt.warn == "") != (w == "") || !strings.Contains(w, tt.warn) {
			t.Errorf("%s: got %s, warnings %q; want %s, warning %q", tt.name, s, w, tt.want, tt.warn)
		}
	}
}

// TestLooseMetaDate: a meta tag whose name does not say which date it
// holds ("date", "sailthru.date") yields to the visible date line when
// the two name other minutes; a tag that says "published", and a gap that
// is only the zone the line was written in, do not.
func TestLooseMetaDate(t *testing.T) {
	lx := loadLexicon()
	fetched := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	f := func(v, src string) extract.Field { return extract.Field{Value: v, Source: src} }
	for _, tt := range []struct {
		name, want string
		fields     []extract.Field
	}{
		{"a loose tag holding the edit time", "2023-05-02T09:40:00Z",
			[]extract.Field{f("2023-05-03T07:12:44", "meta:date"), f("Stand: 02.05.2023 09:40 Uhr", "text")}},
		{"a mailing tool's date", "2023-05-02T00:21:00Z",
			[]extract.Field{f("2023-05-02T21:57:01+0000", "meta:sailthru.date"), f("May 2, 2023 / 12:21 AM / Updated 14 hours ago", "text")}},
		{"a line with its zone", "2023-05-02T14:26:00-10:00",
			[]extract.Field{f("2023-05-03T01:48:03.835Z", "meta:date"), f("May 2, 2023 at 2:26 PM HST - Updated May 2 at 4:46 PM", "text")}},
		{"the same instant in the line's zone", "2023-05-02T14:26:00-10:00",
			[]extract.Field{f("2023-05-03T00:26:00Z", "meta:date"), f("May 2, 2023 at 2:26 PM HST", "text")}},
		{"a zone-less line an hour off is the zone", "2023-05-02T08:40:00Z",
			[]extract.Field{f("2023-05-02T08:40:00Z", "meta:date"), f("2 May 2023 09:40", "text")}},
		{"a tag that says published stands", "2023-05-03T07:12:44Z",
			[]extract.Field{f("2023-05-03T07:12:44Z", "meta:article:published_time"), f("2 May 2023 09:40", "text")}},
		{"no line, the loose tag stands", "2023-05-03T07:12:44Z",
			[]extract.Field{f("2023-05-03T07:12:44Z", "meta:date")}},
	} {
		got, _ := lx.pickDate(tt.fields, time.UTC, fetched)
		if s := got.Format(time.RFC3339); s != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, s, tt.want)
		}
	}
}
