package normalize

import "testing"

// TestRoleNote: the note closing an opinion piece that names its author
// by role, not by name ("The writer is …", "*) Penulis adalah …"), in
// several languages, is an author's note whoever the byline names;
// sentences that open with the same words but go on otherwise, or name
// the author by another word, are not.
func TestRoleNote(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		para string
		want bool
	}{
		{"The writer is a lecturer in maritime law at the Coastal Institute.", true},
		{"The author is a retired harbour pilot and writes on shipping.", true},
		{"*) Penulis adalah peneliti kebijakan kelautan di sebuah lembaga kajian.", true},
		{"Penulis merupakan Ketua Himpunan Nelayan Pesisir.", true},
		{"(*) Penulis adalah pengajar di sekolah tinggi pelayaran.", true},
		{"Der Autor ist Hafenökonom und lehrt in Kiel.", true},
		{"Die Autorin arbeitet als Ärztin in einem Kreiskrankenhaus.", true},
		{"L'auteur est historien de la marine marchande.", true},
		{"La autora es investigadora en economía del mar.", true},
		{"L'autore è docente di diritto della navigazione.", true},
		{"O autor é engenheiro naval e consultor.", true},
		{"De auteur is havenecoloog in Vlissingen.", true},
		// Look-alikes.
		{"The writer said the harbour had changed beyond recognition.", false},
		{"The authorities are expected to reopen the pier on Friday.", false},
		{"Penulisan laporan itu memakan waktu tiga bulan.", false},
		{"Penulis buku itu hadir dalam peluncuran di balai kota.", false},
		{"Der Autorenabend im Hafenmuseum ist ausverkauft.", false},
	}
	for _, tt := range tests {
		if got := lx.isRoleNote(tt.para); got != tt.want {
			t.Errorf("isRoleNote(%q) = %v, want %v", tt.para, got, tt.want)
		}
		if got := lx.isAuthorNote(tt.para, []string{"Mara Quist"}); got != tt.want {
			t.Errorf("isAuthorNote(%q) = %v, want %v", tt.para, got, tt.want)
		}
	}
}
