package normalize

import "testing"

// TestMoreVerbsItPtNl holds invented Italian, Portuguese and Dutch
// attributions closed by verbs of speech the lexicons lacked ("ha
// confermato", "referiu", "erkende"). A bare verb with its subject
// dropped ('"…", ha confermato.') is read only when the lexicon knows
// it, and goes to the person the text is about; Dutch offices before a
// name ("wethouder") are no part of it.
func TestMoreVerbsItPtNl(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"it scrive", "it", []string{
			`"Il nuovo ponte sarà pronto entro la fine dell'estate", scrive Giulia Marchetti sul suo profilo.`,
		}, []string{"Giulia Marchetti: Il nuovo ponte"}},
		{"it ha confermato", "it", []string{
			`Il sindaco Paolo Ferri ha visitato il cantiere lunedì.`,
			`"I lavori termineranno prima del previsto, senza costi aggiuntivi", ha confermato.`,
		}, []string{"Paolo Ferri: I lavori termineranno"}},
		{"pt escreveu", "pt", []string{
			`"A nova ponte estará pronta antes do fim do verão", escreveu Joana Marques nas redes sociais.`,
		}, []string{"Joana Marques: A nova ponte"}},
		{"pt conta, referiu", "pt", []string{
			`O presidente da câmara, Rui Tavares Lopes, visitou as obras na segunda-feira.`,
			`"As obras vão terminar antes do previsto e sem custos adicionais", referiu.`,
			`"Foi um ano muito difícil para todos nós aqui na vila", conta o autarca.`,
		}, []string{"Rui Tavares Lopes: As obras vão", "Rui Tavares Lopes: Foi um ano"}},
		{"nl erkende, wethouder", "nl", []string{
			`Wethouder Sanne de Wit bezocht maandag de bouwplaats aan de haven.`,
			`"Het werk loopt gelukkig voor op het schema van de gemeente", erkende ze.`,
		}, []string{"Sanne de Wit: Het werk loopt"}},
	}
	checkQuotes(t, lx, tests)
}
