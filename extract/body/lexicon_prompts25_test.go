package body

import "testing"

// TestPromptLines25: comment prompts of more languages ("Deixe seu
// comentário", "Deja tu comentario", "Laissez un commentaire", "Lascia un
// commento", "Hinterlassen Sie einen Kommentar"), e-mail sign-ups of
// Portuguese pages, follow prompts that name the networks, a lazy
// picture's placeholder text and the outlet's "More great … stories"
// box leave the text; prose that opens with the same words stays.
func TestPromptLines25(t *testing.T) {
	lx := builtin()
	tests := []struct {
		text string
		want verdict
	}{
		{"Deixe seu comentário abaixo e compartilhe com os amigos!", drop},
		{"Deixe suas dúvidas nos comentários, responderemos a todas.", drop},
		{"Deixe um comentário", drop},
		{"Deja tu comentario y síguenos en las redes.", drop},
		{"Déjanos un comentario con tu opinión sobre el puerto.", drop},
		{"Laissez un commentaire ci-dessous pour nous dire ce que vous en pensez.", drop},
		{"Lascia un commento qui sotto!", drop},
		{"Hinterlassen Sie einen Kommentar zu diesem Beitrag.", drop},
		{"Receba em seu e-mail as notícias do Vale, de segunda a sexta.", drop},
		{"Receba no seu email nosso guia gratuito de receitas da serra.", drop},
		{"Be sure to follow the Valley Ledger on Facebook and Instagram.", drop},
		{"Be sure to visit Ferrowick Cider on Facebook, Twitter, and Pinterest.", drop},
		{"Placeholder image", drop},
		{"Placeholder image-7", drop},
		{"More Great Harbour Times Stories", dropRelated},
		{"More great stories from the Ledger", dropRelated},
		{"Leave a Reply", drop},
		{"Cancel reply", drop},
		{"Schreibe einen Kommentar", drop},
		{"Deja una respuesta", drop},
		{"Laat een reactie achter", drop},
		{"Lämna ett svar", drop},
		{"Dodaj komentarz", drop},
		{"Tinggalkan Balasan", drop},
		{"Bir yanıt yazın", drop},
		// Prose that opens alike.
		{"Leave a reply on the form by Friday, the council asked residents of the quay.", keep},
		{"Schreibe einen Kommentar zum Plan, bat der Bürgermeister die Leser der Zeitung im Tal.", keep},
		{"Deixe o barco na marina e siga a pé até o farol, recomenda o guia.", keep},
		{"Deja un vacío que nadie podrá llenar, dijo el alcalde del pueblo.", keep},
		{"Receba o prêmio quem chegar primeiro, anunciou a prefeitura ontem.", keep},
		{"Be sure to visit the lighthouse before the ferry leaves at noon.", keep},
		{"More great white sharks were seen off the coast this summer than in any year before.", keep},
		{"Placeholder images were used in the museum's first catalogue, the curator said.", keep},
	}
	for _, tt := range tests {
		if got := lx.judge(tt.text, 0); got != tt.want {
			t.Errorf("judge(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
