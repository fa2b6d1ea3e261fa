package normalize

import "testing"

// TestDatelineMastheadWords: after an upper-case place, a title-case
// name opened by a masthead word of Indonesian papers ("Radar X", the
// regional dailies of one group in many towns; "Suara X") is the outlet,
// even when its second word is a place itself, not the place's region.
func TestDatelineMastheadWords(t *testing.T) {
	lx := loadLexicon()
	tests := []struct{ in, place, source string }{
		{"SUKAMAJU, Radar Lembahsari - Jembatan gantung di desa itu putus diterjang arus sungai.", "SUKAMAJU", "Radar Lembahsari"},
		{"JAKARTA, Radar Bogor - Ratusan warga mengungsi setelah tanggul jebol pada Senin malam.", "JAKARTA", "Radar Bogor"},
		{"KOTABARU, Suara Pesisir - Harga beras di pasar tradisional naik dalam sepekan terakhir.", "KOTABARU", "Suara Pesisir"},
		// A region in title case stays the place's.
		{"BANDUNG, Jawa Barat - Ratusan warga mengungsi setelah tanggul jebol pada Senin malam.", "BANDUNG, Jawa Barat", ""},
	}
	for _, tt := range tests {
		d := lx.readDateline(tt.in, "www.contoh.com")
		var place, source string
		if d != nil {
			place, source = d.Place, d.Source
		}
		if place != tt.place || source != tt.source {
			t.Errorf("%q: got %q %q, want %q %q", tt.in, place, source, tt.place, tt.source)
		}
	}
}
