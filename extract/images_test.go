package extract

import (
	"reflect"
	"strings"
	"testing"

	kabar "github.com/kabar-news/kabar"
)

func TestImages(t *testing.T) {
	para := strings.Repeat("Warga berkumpul di alun-alun kota untuk merayakan hari jadi daerah mereka. ", 3)
	raw := `<html><head><title>T</title>
<meta property="og:image" content="https://cdn.example.id/foto/2023/01/alun-alun-kota_169.jpg?w=1200">
</head><body>
<header><img src="/img/logo-site.png" alt="logo"></header>
<article>
 <figure><img src="https://cdn.example.id/foto/2023/01/alun-alun-kota.jpg" alt="alt text">
  <figcaption>Suasana alun-alun, Senin (2/1/2023). <span class="credit">ANTARA FOTO/Budi</span></figcaption></figure>
 <p>` + para + `</p>
 <div class="photo"><img data-src="/foto/2023/01/panggung-hiburan.jpg" src="data:image/gif;base64,R0lGOD" alt="Panggung hiburan rakyat"></div>
 <p>` + para + `</p>
 <img src="https://px.example.com/pixel.gif" width="1" height="1">
 <img src="/icons/share-whatsapp.png" alt="share">
 <figure><img src="/foto/2023/01/kembang-api.jpg"><figcaption>Kembang api</figcaption><div class="copyright">François WALSCHAERTS / POOL / AFP</div></figure>
 <p>` + para + `</p>
 <div class="related"><img src="/foto/related-story-thumb.jpg"><a href="/other">Other story</a></div>
</article></body></html>`
	p, err := Extract([]byte(raw), "https://www.example.id/berita/1", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []kabar.Image{
		{URL: "https://cdn.example.id/foto/2023/01/alun-alun-kota_169.jpg?w=1200", Caption: "Suasana alun-alun, Senin (2/1/2023).", Credit: "ANTARA FOTO/Budi"},
		{URL: "https://www.example.id/foto/2023/01/panggung-hiburan.jpg", Caption: "Panggung hiburan rakyat"},
		{URL: "https://www.example.id/foto/2023/01/kembang-api.jpg", Caption: "Kembang api", Credit: "François WALSCHAERTS / POOL / AFP"},
	}
	if !reflect.DeepEqual(p.Images, want) {
		t.Errorf("Images:\n got %+v\nwant %+v", p.Images, want)
	}
}

func TestImageStem(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"https://a.example/x/photo-river_169.jpeg?w=650", "https://b.example/y/photo-river.jpeg", true},
		{"https://a.example/780x390/banjir-bekasi-780x390.jpg", "https://a.example/banjir-bekasi.jpg", true},
		{"https://a.example/photo-river.jpg", "https://a.example/photo-lake.jpg", false},
		{"https://a.example/a/image.jpg", "https://a.example/b/image.jpg", false},
	} {
		if got := sameImage(c.a, c.b); got != c.same {
			t.Errorf("sameImage(%s, %s) = %v", c.a, c.b, got)
		}
	}
}

func TestImageCreditLine(t *testing.T) {
	raw := `<html><head><title>T</title></head><body><article>
<div class="pic"><a href="/zoom"><img src="https://cdn.example.com/foto/sekjen-nato-brussels.jpg"></a>
<div>François WALSCHAERTS / POOL / AFP</div>
<div>Sekretaris Jenderal NATO Jens Stoltenberg memberikan keterangan di Brussels. Sekretaris Jenderal NATO Jens Stoltenberg memberikan keterangan di Brussels.</div></div>
<p>` + strings.Repeat("Isi berita yang cukup panjang untuk menjadi paragraf. ", 5) + `</p>
</article></body></html>`
	p, err := Extract([]byte(raw), "https://example.com/a", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Images) != 1 || p.Images[0].Credit != "François WALSCHAERTS / POOL / AFP" ||
		!strings.HasPrefix(p.Images[0].Caption, "Sekretaris Jenderal NATO") {
		t.Errorf("Images = %+v, want one with the AFP credit line and the caption", p.Images)
	}
}

func TestUndouble(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Warga antre di pasar murah Warga antre di pasar murah", "Warga antre di pasar murah"},
		{"Warga antre di pasar murah", "Warga antre di pasar murah"},
		{"ab ab", "ab ab"},
	} {
		if got := undouble(c.in); got != c.want {
			t.Errorf("undouble(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestImageBoxDepthAndRepeatedCredit: a picture nested deep in its
// <figure> still gets the figcaption, and a credit that the caption also
// names is taken out where the credit element has it, not where the
// caption does.
func TestImageBoxDepthAndRepeatedCredit(t *testing.T) {
	para := strings.Repeat("Caracas residents queued for bread as the new currency rules took effect on Monday. ", 3)
	raw := `<html><head><title>T</title></head><body><article>
 <p>` + para + `</p>
 <figure class="lead"><div class="ratio"><div class="lazy"><picture><div class="inner"><img src="/img/2026/01/caracas-queue.jpg" alt="queue"></div></picture></div></div>
  <figcaption>Shoppers wait outside a bakery in Caracas (AP Photo/Matias Delacroix) <span class="credit">AP Photo</span></figcaption></figure>
 <p>` + para + `</p>
</article></body></html>`
	p, err := Extract([]byte(raw), "https://www.example.com/news/1", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []kabar.Image{{URL: "https://www.example.com/img/2026/01/caracas-queue.jpg", Caption: "Shoppers wait outside a bakery in Caracas (AP Photo/Matias Delacroix)", Credit: "AP Photo"}}
	if !reflect.DeepEqual(p.Images, want) {
		t.Errorf("Images:\n got %+v\nwant %+v", p.Images, want)
	}
}

// TestHoverCardPicture: the picture in a linked name's hover card (see
// body.HoverCard) is the person's, not the article's, and has no caption
// made of the card's headlines.
func TestHoverCardPicture(t *testing.T) {
	para := strings.Repeat("The committee met on Thursday to review the harbour budget for the coming year. ", 3)
	raw := `<html><head><title>T</title></head><body><article>
 <figure><img src="/pics/harbour-view.jpg"><figcaption>The harbour at dawn.</figcaption></figure>
 <p>` + para + `</p>
 <p>The plan was backed by councillor <span class="who"><a href="/people/oskar-vein">Oskar Vein</a><span class="who-pop"><span><img src="/pics/thumb/oskar-vein.jpg" alt=""><a href="/people/oskar-vein">Oskar Vein</a><a href="/s/1">Vein calls for night buses on the valley line</a> <a href="/s/2">Budget talks stall over the swimming pool</a></span></span></span> (Liberal), who sits on the finance board.</p>
 <p>` + para + `</p>
</article></body></html>`
	p, err := Extract([]byte(raw), "https://www.example.org/news/1", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []kabar.Image{{URL: "https://www.example.org/pics/harbour-view.jpg", Caption: "The harbour at dawn."}}
	if !reflect.DeepEqual(p.Images, want) {
		t.Errorf("Images:\n got %+v\nwant %+v", p.Images, want)
	}
}
