package body

import (
	"strings"
	"testing"
)

// TestBoilerTail: a furniture line set at the end of a paragraph's own
// <p> is cut from it, the prose before it stays: a related line or a
// syndication line after any prose, a prompt after two sentences or
// more. A credit closing a caption, a prompt after one sentence (its
// own promotion's), a quotation, a sentence that only opens like a
// prompt, and a paragraph that is mostly the line stay whole.
func TestBoilerTail(t *testing.T) {
	lx := builtin()
	tests := []struct {
		text, want string // want: the text that stays
		v          verdict
	}{
		{"Petugas memeriksa dokumen setiap kapal yang masuk dermaga. Baca juga: Dermaga utara ditutup sejak badai",
			"Petugas memeriksa dokumen setiap kapal yang masuk dermaga.", dropRelated},
		{"The council will vote on the harbour budget in March. Read more: Ferry fares rise for the third time",
			"The council will vote on the harbour budget in March.", dropRelated},
		{"Der Gemeinderat stimmt im März über den Hafenhaushalt ab. Lesen Sie auch: Fähre fällt im Winter aus",
			"Der Gemeinderat stimmt im März über den Hafenhaushalt ab.", dropRelated},
		{"Kenaikan tarif mulai berlaku pada awal bulan depan. Artikel ini telah tayang di Kabar Pesisir dengan judul Tarif Kapal Naik",
			"Kenaikan tarif mulai berlaku pada awal bulan depan.", dropSource},
		{"The crossing reopened on Tuesday after three months of repairs. Traffic was light. Sign up for our daily newsletter.",
			"The crossing reopened on Tuesday after three months of repairs. Traffic was light.", drop},
		{"La traversée a rouvert mardi après trois mois de travaux. Le trafic était faible. Abonnez-vous à notre newsletter",
			"La traversée a rouvert mardi après trois mois de travaux. Le trafic était faible.", drop},
		// Stays whole.
		{"Der Hafen-Newsletter kommt jeden Abend in Ihr Postfach. Hier geht's zur Anmeldung", "", keep},
		{"Kapal penumpang bersandar di dermaga utara pada Senin pagi. Foto: Budi Santoso", "", keep},
		{"The mayor spoke at the pier on Monday morning. \"Read more about the plan online,\" she said.", "", keep},
		{"The mayor spoke at the pier on Monday morning. Next week the council meets again to vote.", "", keep},
		{"Short one. Baca juga: Dermaga utara ditutup sejak badai maret lalu", "", keep},
		{"The storm moved east overnight and crews worked until dawn. Related: the county opened two shelters for the night.", "", keep},
		{"The ferry company said fares would rise again in the spring, citing the cost of fuel.", "", keep},
	}
	for _, tt := range tests {
		at, v := lx.boilerTail(tt.text)
		if v != tt.v {
			t.Errorf("boilerTail(%q) verdict = %d, want %d", tt.text, v, tt.v)
			continue
		}
		got := ""
		if at > 0 {
			got = strings.TrimSpace(tt.text[:at])
		}
		if got != tt.want {
			t.Errorf("boilerTail(%q) keeps %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestBoilerTailInBody: in a page, a related line written as plain text
// at the end of a paragraph and a syndication line leave the text (the
// syndication line to SourceLines); the prose stays. (A linked related
// line closing a paragraph the walker takes out already.)
func TestBoilerTailInBody(t *testing.T) {
	body := `<article><div class="article-body">
<p>Pemerintah kota menaikkan tarif kapal penyeberangan untuk ketiga kalinya tahun ini, dengan alasan biaya bahan bakar dan perbaikan dermaga utara.</p>
<p>Penumpang harian akan membayar sekitar sepuluh persen lebih mahal mulai bulan depan, kata pejabat dinas perhubungan. Baca juga: Dermaga utara ditutup sejak badai</p>
<p>Para pedagang di pulau itu mengatakan kenaikan tarif akan merugikan toko yang bergantung pada pengunjung dari daratan selama musim liburan.</p>
<p>Kenaikan tarif mulai berlaku pada awal bulan depan, menurut surat edaran dinas. Artikel ini telah tayang di Kabar Pesisir dengan judul Tarif Kapal Naik Lagi</p>
</div></article>`
	res := Extract(parse(t, page(body)), Options{PageURL: "https://wartakota.example/a/1"})
	text := res.Text()
	for _, gone := range []string{"Baca juga", "Dermaga utara ditutup", "Artikel ini telah tayang"} {
		if strings.Contains(text, gone) {
			t.Errorf("text keeps %q:\n%s", gone, text)
		}
	}
	for _, kept := range []string{"kata pejabat dinas perhubungan.", "menurut surat edaran dinas."} {
		if !strings.Contains(text, kept) {
			t.Errorf("text lost %q:\n%s", kept, text)
		}
	}
	if len(res.SourceLines) != 1 || !strings.HasPrefix(res.SourceLines[0], "Artikel ini telah tayang di Kabar Pesisir") {
		t.Errorf("SourceLines = %q, want the syndication line", res.SourceLines)
	}
}

// TestLinksIn: of a paragraph's links, those of the cut line go to
// Related; a link in the prose before it does not.
func TestLinksIn(t *testing.T) {
	links := []anchor{{href: "/dinas", text: "dinas perhubungan"}, {href: "/dermaga", text: "Dermaga utara ditutup"}}
	got := linksIn(links, "Baca juga: Dermaga utara ditutup")
	if len(got) != 1 || got[0].href != "/dermaga" {
		t.Errorf("linksIn = %v, want the one link of the line", got)
	}
}
