package body

import "testing"

// TestChannelFollowPrompts: the channel prompts Indonesian portals print
// under or inside a story with the English verb ("Follow Channel
// Telegram …") or inviting to "our" channel after an opener of their own
// leave the text; prose naming a channel stays.
func TestChannelFollowPrompts(t *testing.T) {
	lx := builtin()
	tests := []struct {
		text string
		want verdict
	}{
		{"Follow Channel Telegram Official kami untuk kabar terbaru dari meja redaksi", drop},
		{"Follow channel WhatsApp Warta Lembah agar tidak ketinggalan berita", drop},
		{"Jangan ketinggalan kabar terkini, ikuti saluran WhatsApp kami", drop},
		{"Biar makin update, ikuti channel WhatsApp kami di sini", drop},
		// Prose naming a channel.
		{"Follower akun itu melonjak setelah unggahan tentang banjir di kota pesisir menjadi viral pekan lalu.", keep},
		{"Dinas kesehatan mengimbau warga agar mengikuti saluran WhatsApp resmi pemerintah kota untuk informasi vaksinasi lanjutan di setiap kelurahan.", keep},
	}
	for _, tt := range tests {
		if got := lx.judge(tt.text, 0); got != tt.want {
			t.Errorf("judge(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
