package body

import "testing"

// TestWatchListenShareSupportLines: the watch and listen forms of "Baca
// juga" in Indonesian ("Tonton juga: …", "Dengarkan juga: …"), a share
// prompt that names its network and a donation appeal naming the kind of
// journalism leave the text; prose that opens with the same words stays.
func TestWatchListenShareSupportLines(t *testing.T) {
	lx := builtin()
	tests := []struct {
		text      string
		linkChars int
		want      verdict
	}{
		{"Tonton juga: Banjir Rendam Puluhan Rumah di Pesisir", 0, dropRelated},
		{"Dengarkan juga: Podcast Obrolan Pagi Edisi Senin", 0, dropRelated},
		{"Dengarkan juga", 0, dropRelated},
		{"Share this article on Facebook", 0, drop},
		{"Share this story on WhatsApp or Telegram", 0, drop},
		{"Support independent journalism by becoming a member today.", 0, drop},
		{"Support quality journalism: subscribe to the Harbour Times.", 0, drop},
		// Prose that opens alike.
		{"Tonton juga pertandingan ulang di stadion itu, kata pelatih kepada para pemain yang cedera.", 0, keep},
		{"Dengarkan juga suara warga yang tinggal di bantaran sungai, ujar wali kota dalam rapat itu.", 0, keep},
		{"Shareholders voted on Tuesday to approve the merger after months of talks.", 0, keep},
	}
	for _, tt := range tests {
		if got := lx.judge(tt.text, tt.linkChars); got != tt.want {
			t.Errorf("judge(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
