package normalize

import (
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract"
)

func TestZZCap(t *testing.T) {
	p1 := `<p>JAKARTA, KABARKITA.com - Pemerintah kota memutuskan untuk menaikkan tarif angkutan umum mulai bulan depan setelah rapat panjang dengan para pengusaha.</p>`
	p2 := `<p>"Kami sudah mempertimbangkan semua masukan dari warga dan pengusaha angkutan," kata Wali Kota Budi Santoso kepada wartawan di Balai Kota, Senin.</p>`
	p3 := `<p>Kenaikan tarif itu berlaku untuk semua trayek di dalam kota, termasuk bus sekolah dan angkutan malam yang selama ini disubsidi pemerintah daerah.</p>`
	for _, junk := range []string{
		`<p>Warga menunggu bus di halte Sudirman, Jakarta, Senin (3/11/2026). (KABARKITA/RINA LESTARI)</p>`,
		`<p>Warga menunggu bus di halte Sudirman, Jakarta. Foto: Rina Lestari/Kabarkita</p>`,
		`<p>Ilustrasi bus kota. (Dok. Kabarkita)</p>`,
		`<p>Ilustrasi. Foto: Shutterstock</p>`,
		`<p>Wali Kota Budi Santoso. (ANTARA FOTO/Rina Lestari)</p>`,
		`<p>Commuters wait for a bus in the city centre on Monday. (Photo by Jane Roe/Getty Images)</p>`,
		`<p>Commuters wait for a bus in the city centre on Monday. Photo: Jane Roe / Reuters</p>`,
		`<p>Commuters wait for a bus in the city centre on Monday. (AP Photo/Jane Roe)</p>`,
		`<p>Commuters wait for a bus in the city centre on Monday. Credit: Jane Roe</p>`,
		`<p>Commuters wait for a bus in the city centre on Monday. | Jane Roe/The Harbour Times</p>`,
		`<p>Commuters wait for a bus in the city centre on Monday. [Jane Roe/Reuters]</p>`,
		`<p>Commuters wait for a bus. Image: Supplied</p>`,
		`<p>Commuters wait for a bus in the city centre on Monday. Picture: Jane Roe</p>`,
		`<figure><img src="/x.jpg"><figcaption>Commuters wait for a bus.</figcaption></figure>`,
		`<p>(Foto: ANTARA/Rina Lestari)</p>`,
		`<p>Foto: ANTARA/Rina Lestari</p>`,
		`<p>Sumber foto: Kabarkita</p>`,
		`<p>Photo: Reuters</p>`,
		`<p>Getty Images</p>`,
		`<p>Jane Roe/AFP via Getty Images</p>`,
	} {
		page := `<html><head><title>x</title><meta property="og:site_name" content="Kabarkita"></head><body><article><h1>Tarif angkutan naik</h1>` + p1 + p2 + junk + p3 + `</article></body></html>`
		pg, err := extract.Extract([]byte(page), "https://www.kabarkita.com/news/tarif", extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		a := Normalize(pg, Options{})
		paras := strings.Split(a.Text, "\n\n")
		if len(paras) != 3 {
			t.Logf("LEFT %.90q -> %q A=%q", junk, paras[2], a.Authors)
		}
	}
}
