package body

import "testing"

// TestPaywallPrompts: a paywall's prompt under the part of the article it
// shows ("This story is for members. …", "Subscribe to continue reading")
// leaves the text, in English, German and Spanish; a sentence of news
// that opens alike stays.
func TestPaywallPrompts(t *testing.T) {
	lx := builtin()
	tests := []struct {
		text string
		want verdict
	}{
		{"This article is for subscribers only. Subscribe now to read on.", drop},
		{"This story is for members. Readers of the printed paper can join for free.", drop},
		{"This content is for subscribers of the Harbour Courier.", drop},
		{"Subscribe to continue reading this article and every story on our site.", drop},
		{"Log in to continue reading", drop},
		{"Dieser Artikel ist nur für Abonnenten der Küstenzeitung verfügbar.", drop},
		{"Este contenido es exclusivo para suscriptores del diario.", drop},
		// News that opens alike.
		{"This article is for the record: the council voted eleven to four, and the harbour master resigned the next morning.", keep},
		{"Subscribers to the ferry pass will pay a fifth more from May, the operator said on Tuesday.", keep},
	}
	for _, tt := range tests {
		if got := lx.judge(tt.text, 0); got != tt.want {
			t.Errorf("judge(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
