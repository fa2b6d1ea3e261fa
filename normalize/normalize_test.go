package normalize

import (
	"reflect"
	"strings"
	"testing"
	"time"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

func paras(ss ...string) []body.Block {
	out := make([]body.Block, len(ss))
	for i, s := range ss {
		out[i] = body.Block{Kind: body.Paragraph, Text: s}
	}
	return out
}

// seedPage is the seed article as extract hands it over: the body with
// its boilerplate gone but the credit line still in, and JSON-LD naming
// the editor as author (as Tribunnews does).
func seedPage() *extract.Page {
	return &extract.Page{
		URL:          "https://www.tribunnews.com/internasional/2022/11/30/sekjen-nato-dialog-konstruktif-dengan-rusia-gagal?page=all#x",
		CanonicalURL: "/internasional/2022/11/30/sekjen-nato-dialog-konstruktif-dengan-rusia-gagal",
		SiteName:     "Tribunnews.com",
		Lang:         "id-ID",
		// As extract chooses it: the site's name trimmed (extract owns
		// that decision, see extract.trimSiteNameShown).
		Title:       "Sekjen NATO: Dialog Konstruktif dengan Rusia Gagal",
		Description: "Aliansi telah dibangun selama bertahun-tahun untuk memperkuat Dewan NATO-Rusia, namun kini dewan tersebut tidak berfungsi.",
		Authors:     []extract.Field{{Value: "Choirul Arifin", Source: "jsonld"}},
		Bylines: []extract.Field{
			{Value: "Penulis: Fitri Wulandari", Source: "byline"},
			{Value: "Editor: Choirul Arifin", Source: "byline"},
		},
		Published: []extract.Field{
			{Value: "2022-11-30T14:21:00+07:00", Source: "jsonld"},
			{Value: "Rabu, 30 November 2022 14:21 WIB", Source: "text"},
		},
		Body: paras(
			"Laporan Wartawan Tribunnews, Fitri Wulandari",
			"TRIBUNNEWS.COM, BRUSSELS - Sekretaris Jenderal NATO Jens Stoltenberg mengatakan pada Selasa kemarin bahwa dialog konstruktif dengan Rusia 'tidak berhasil'.",
			"Dia mengatakan, aliansi telah dibangun selama bertahun-tahun untuk memperkuat Dewan NATO-Rusia, namun saat ini tidak berfungsi.",
			"\"Apa yang dapat saya katakan atas nama NATO adalah bahwa selama bertahun-tahun kami mengupayakan hubungan yang lebih konstruktif dengan Rusia, kami mengupayakan dialog yang konstruktif, dan Rusia telah meninggalkan dialog itu,\" tegas Stoltenberg.",
			"Dikutip dari Sputnik News, Rabu (30/11/2022), ia kemudian menekankan bahwa komunikasi yang selama ini dibangun NATO tampak sia-sia, karena Rusia sulit untuk diajak berdialog untuk mencari kesepakatan.",
			"\"Tidak mungkin kami dapat melanjutkan dialog yang bermakna kami mencoba membangun selama bertahun-tahun dengan perilaku dan tindakan agresif Rusia terhadap Ukraina seperti yang kita lihat sekarang,\" kata Stoltenberg saat pidato pembukaannya di Forum Aspen-GMF Bucharest.",
			"Namun Rusia menuduh NATO melanggar komitmen sebelumnya untuk tidak memperluas cakupan aliansinya ke arah timur.",
		),
		Images: []kabar.Image{{
			URL:     "https://asset-2.tstatic.net/tribunnews/foto/bank/images/stoltenberg.jpg",
			Caption: "Sekretaris Jenderal NATO Jens Stoltenberg mengaku gagal mengupayakan dialog NATO dengan Rusia. François WALSCHAERTS / POOL / AFP",
		}},
		Related: []kabar.Link{
			{URL: "https://www.tribunnews.com/internasional/2022/11/29/a", Title: "Ukraina Dapat Kiriman Lebih Banyak Senjata Era Soviet dari Anggota NATO"},
			{URL: "https://www.tribunnews.com/internasional/2022/11/29/b", Title: "Menlu Latvia Desak NATO Izinkan Ukraina Serang Langsung Wilayah Rusia"},
		},
		Rule:     "tribunnews",
		TimeZone: "Asia/Jakarta",
	}
}

func TestNormalizeSeed(t *testing.T) {
	fetched := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	a := Normalize(seedPage(), Options{FetchedAt: fetched, Version: "test"})

	wantCanon := "https://www.tribunnews.com/internasional/2022/11/30/sekjen-nato-dialog-konstruktif-dengan-rusia-gagal"
	if a.CanonicalURL != wantCanon {
		t.Errorf("canonical_url = %q, want %q", a.CanonicalURL, wantCanon)
	}
	if a.ID != ID(wantCanon) || len(a.ID) != 32 {
		t.Errorf("id = %q, want ID(canonical)", a.ID)
	}
	check := func(field string, got, want any) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v, want %#v", field, got, want)
		}
	}
	check("domain", a.Domain, "tribunnews.com")
	check("lang", a.Lang, "id")
	check("title", a.Title, "Sekjen NATO: Dialog Konstruktif dengan Rusia Gagal")
	check("authors", a.Authors, []string{"Fitri Wulandari"})
	check("editors", a.Editors, []string{"Choirul Arifin"})
	check("published_at", a.PublishedAt.Format(time.RFC3339), "2022-11-30T14:21:00+07:00")
	check("dateline", a.Dateline, &kabar.Dateline{Place: "BRUSSELS", Source: "TRIBUNNEWS.COM"})
	check("sources", a.Sources, []string{"Sputnik News"})
	check("method", a.Extraction.Method, "rules:kabar/tribunnews")
	if len(a.Quotes) != 2 {
		t.Fatalf("quotes = %#v, want 2", a.Quotes)
	}
	for _, q := range a.Quotes {
		check("speaker", q.Speaker, "Jens Stoltenberg")
		if strings.Contains(q.Text, "tidak berhasil") {
			t.Errorf("scare quote taken as a quote: %q", q.Text)
		}
	}
	check("cues", []string{a.Quotes[0].Cue, a.Quotes[1].Cue}, []string{"tegas", "kata"})
	check("paragraphs", []int{a.Quotes[0].Paragraph, a.Quotes[1].Paragraph}, []int{3, 5})
	if strings.Contains(a.Text, "Laporan Wartawan") {
		t.Errorf("credit line left in text")
	}
	if !strings.HasPrefix(a.Text, "TRIBUNNEWS.COM, BRUSSELS - ") {
		t.Errorf("text does not start with the dateline: %.60q", a.Text)
	}
	if len(a.Images) != 1 || a.Images[0].Credit != "François WALSCHAERTS / POOL / AFP" {
		t.Errorf("images = %#v", a.Images)
	}
	if len(a.Related) != 2 {
		t.Errorf("related = %#v", a.Related)
	}
	if a.WordCount != len(strings.Fields(a.Text)) || a.ContentHash == "" || len(a.SimHash) != 16 {
		t.Errorf("word_count %d, content_hash %q, simhash %q", a.WordCount, a.ContentHash, a.SimHash)
	}
}

func TestNormalizeWireCopy(t *testing.T) {
	p := &extract.Page{
		URL:   "https://www.example.co.id/news/1",
		Title: "Gempa Nepal",
		Body: paras(
			"KATHMANDU, April 25 (Reuters) - A powerful earthquake struck Nepal on Saturday, killing hundreds of people.",
			"\"The whole valley shook for more than a minute,\" said Ram Kumar Shrestha, a shopkeeper in the capital.",
			"Reporting by Gopal Sharma; Editing by Clarence Fernandez",
		),
		Published: []extract.Field{{Value: "April 25, 2015 5:30 AM ET", Source: "text"}},
	}
	a := Normalize(p, Options{})
	// The agency is the dateline's source; the story cites no outlet
	// (the gold sets keep a wire dateline out of sources).
	if a.Dateline == nil || a.Dateline.Source != "Reuters" || len(a.Sources) != 0 {
		t.Errorf("dateline %+v, sources %q; want Reuters in the dateline only", a.Dateline, a.Sources)
	}
	if !reflect.DeepEqual(a.Authors, []string{"Gopal Sharma"}) || !reflect.DeepEqual(a.Editors, []string{"Clarence Fernandez"}) {
		t.Errorf("authors %q editors %q", a.Authors, a.Editors)
	}
	if got := a.PublishedAt.Format(time.RFC3339); got != "2015-04-25T05:30:00-04:00" {
		t.Errorf("published_at = %s", got)
	}
	if a.Lang != "en" || a.Site != "Example" || a.Domain != "example.co.id" {
		t.Errorf("lang %q site %q domain %q", a.Lang, a.Site, a.Domain)
	}
	if strings.Contains(a.Text, "Editing by") {
		t.Error("credit line left in text")
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Ram Kumar Shrestha" {
		t.Errorf("quotes = %+v", a.Quotes)
	}
}

func TestNormalizeFallbacks(t *testing.T) {
	p := &extract.Page{
		URL:         "https://www.merdeka.com/peristiwa/a.html",
		ArticleBody: "Merdeka.com - Banyak jalan seseorang beralih keyakinan.\nParagraf kedua yang panjang dan tidak ada di halaman ini.",
		Tags:        []string{"Para", "tahanan", "itu", "diperlakukan", "seperti", "binatang.", "Tapi", "mereka"},
	}
	a := Normalize(p, Options{})
	if a.Text != "Merdeka.com - Banyak jalan seseorang beralih keyakinan.\n\nParagraf kedua yang panjang dan tidak ada di halaman ini." {
		t.Errorf("text = %q", a.Text)
	}
	if a.Tags != nil {
		t.Errorf("tags from a split sentence kept: %q", a.Tags)
	}
	if a.Dateline == nil || a.Dateline.Source != "Merdeka.com" {
		t.Errorf("dateline = %+v", a.Dateline)
	}
	if a.Lang != "id" || a.Site != "Merdeka" {
		t.Errorf("lang %q site %q", a.Lang, a.Site)
	}
}

// TestNormalizeSyndicationAndDateline: a syndication line leaves the text
// and names its outlet in sources; the dateline stays in the first
// paragraph; the site's own sister channel is no source.
func TestNormalizeSyndicationAndDateline(t *testing.T) {
	p := &extract.Page{
		URL:   "https://www.beritakita.co.id/daerah/123/jembatan-ambruk",
		Title: "Jembatan Ambruk",
		Body: paras(
			"BeritaKita.co.id, Sleman Jembatan gantung di Sleman ambruk diterjang banjir.",
			"Menurut BeritaKita TV, warga sudah diungsikan sejak pagi.",
			"Seperti dilansir Harian Lembah, perbaikan butuh dua bulan.",
			"Artikel ini telah tayang di Warta Lembah dengan judul \"Jembatan Sleman Ambruk\".",
		),
	}
	a := Normalize(p, Options{})
	if a.Dateline == nil || a.Dateline.Place != "Sleman" || a.Dateline.Source != "BeritaKita.co.id" {
		t.Errorf("dateline = %+v", a.Dateline)
	}
	if !strings.HasPrefix(a.Text, "BeritaKita.co.id, Sleman Jembatan") {
		t.Errorf("the dateline left the text: %.60q", a.Text)
	}
	if strings.Contains(a.Text, "telah tayang") {
		t.Error("syndication line left in text")
	}
	if want := []string{"Harian Lembah", "Warta Lembah"}; !reflect.DeepEqual(a.Sources, want) {
		t.Errorf("sources = %q, want %q", a.Sources, want)
	}
}
