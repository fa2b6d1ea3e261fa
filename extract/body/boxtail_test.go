package body

import (
	"strings"
	"testing"
)

// TestBoxTail: a box of short italic lines set under the story (or under
// one page of it, before the page marker), whose first lines the lexicon
// drops (two lines or more), goes whole: its last line, in the page's own
// words, goes with them, also where the page sets each of its pages in an
// element of its own. Italic lines that nothing dropped opens, a line
// after a single dropped note (a contributor's credit), a credit line in
// the box, and italic lines followed by the story's own paragraphs stay.
func TestBoxTail(t *testing.T) {
	prose := "<p>Dewan kota memutuskan pada Selasa untuk memperpanjang layanan bus malam hingga kawasan pelabuhan setelah keluhan para pekerja shift selama berbulan-bulan, kata juru bicara dinas perhubungan kepada wartawan.</p>" +
		"<p>Anggota dewan Mara Wibisono mengatakan perubahan itu akan menelan biaya sekitar Rp 12 miliar per tahun yang dibayar dari dana parkir kota, dan rute baru akan diuji selama tiga bulan pertama.</p>" +
		"<p>Warga kawasan itu telah mengumpulkan lebih dari empat ribu tanda tangan untuk petisi yang diserahkan kepada wali kota pada Maret lalu, setelah dua kali pertemuan dengan pengurus RW setempat.</p>"
	page2 := "<p>Di halaman berikutnya, dinas perhubungan menjelaskan bahwa armada baru terdiri atas dua belas bus listrik yang dibeli dari anggaran tahun lalu dan akan dirawat di depo timur.</p>" +
		"<p>Para sopir akan mendapat pelatihan selama dua minggu, termasuk cara melayani penumpang lansia dan penyandang disabilitas pada jam malam, kata kepala dinas kepada wartawan.</p>" +
		"<p>Tarif bus malam tetap sama dengan tarif siang, sementara kartu langganan bulanan akan berlaku untuk kedua layanan mulai bulan depan, menurut pengumuman resmi.</p>"
	more := "<p>Bus pertama di rute baru diperkirakan mulai beroperasi awal bulan depan, kata dinas perhubungan, sementara jadwal lengkapnya akan diumumkan pekan ini melalui situs resmi pemerintah kota.</p>"
	slogan := "<p><em><strong>Ingat #PesanIbu</strong></em></p>" +
		"<p><em><strong>Pakai masker, cuci tangan pakai sabun, jaga jarak, dan jauhi kerumunan.</strong></em></p>"
	tests := []struct {
		name, body string
		gone, kept []string
	}{
		{"box closing the story", prose + slogan + "<p><em>Tetap sehat bersama keluarga tercinta di rumah.</em></p>",
			[]string{"Tetap sehat bersama"}, []string{"Warga kawasan itu"}},
		{"box closing a page before its marker", prose + slogan + "<p><em>Tetap sehat bersama keluarga tercinta di rumah.</em></p><p>2 dari 3 halaman</p>" + more,
			[]string{"Tetap sehat bersama"}, []string{"Bus pertama di rute baru"}},
		{"box closing a page set as an element of its own", "<div>" + prose + slogan + "<p><em>Tetap sehat bersama keluarga tercinta di rumah.</em></p></div><div>" + page2 + "</div>",
			[]string{"Tetap sehat bersama"}, []string{"Tarif bus malam tetap sama"}},
		{"italic lines nothing dropped opens", prose + "<p><em>Tetap sehat bersama keluarga tercinta di rumah.</em></p>",
			nil, []string{"Tetap sehat bersama"}},
		{"a credit after one dropped note", prose + "<p><em>Berita ini akan terus diperbarui.</em></p><p><em>Rina Lestari turut berkontribusi dalam laporan ini.</em></p>",
			nil, []string{"Rina Lestari turut berkontribusi"}},
		{"a credit line in the box", prose + slogan + "<p><em>Editor: Agus Santoso</em></p>",
			nil, []string{"Editor: Agus Santoso"}},
		{"the story goes on after the italic line", prose + slogan + "<p><em>Tetap sehat bersama keluarga tercinta di rumah.</em></p>" + more,
			nil, []string{"Tetap sehat bersama", "Bus pertama di rute baru"}},
	}
	for _, tt := range tests {
		page := "<html><body><article><h1>Bus malam diperpanjang</h1>" + tt.body + "</article></body></html>"
		text, err := extractText([]byte(page), "https://warta.example/berita/bus-malam")
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range tt.gone {
			if strings.Contains(text, g) {
				t.Errorf("%s: %q stays in the text:\n%s", tt.name, g, text)
			}
		}
		for _, k := range tt.kept {
			if !strings.Contains(text, k) {
				t.Errorf("%s: %q is gone from the text:\n%s", tt.name, k, text)
			}
		}
	}
}
