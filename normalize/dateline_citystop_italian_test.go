package normalize

import "testing"

// TestCityStopItalian: an Italian paper's bare place and full stop over
// the story ("Udine. Il sindaco …") is a dateline when the article puts
// the same place after an Italian preposition of place ("a Udine", "ad
// Ancona", "in Carnia"), as it is in the other languages; it.lex had
// no [place-prepositions]. The texts are invented.
func TestCityStopItalian(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		paras []string
		want  string
	}{
		{[]string{"Udine. Il sindaco ha firmato l'ordinanza contro il rumore notturno.", "Le nuove regole a Udine valgono da lunedì prossimo."}, "Udine"},
		{[]string{"Ancona. La giunta ha approvato il piano per il porto.", "I lavori ad Ancona partiranno entro l'estate, ha detto l'assessore."}, "Ancona"},
		{[]string{"Reggio Emilia. Il consiglio comunale ha votato il bilancio.", "Il bilancio approvato a Reggio Emilia prevede nuovi asili."}, "Reggio Emilia"},
		// No preposition of place before the words elsewhere: a short
		// sentence, not a place.
		{[]string{"Finalmente. Il cantiere del ponte è stato chiuso dopo tre anni.", "I residenti hanno festeggiato in piazza."}, ""},
		{[]string{"Marco Bellini. Il sindaco ha presentato la nuova giunta.", "Bellini ha parlato per un'ora."}, ""},
	}
	for _, tt := range tests {
		got := lx.cityStopDateline(tt.paras)
		switch {
		case tt.want == "" && got != nil:
			t.Errorf("cityStopDateline(%q) = %+v, want none", tt.paras[0], got)
		case tt.want != "" && (got == nil || got.Place != tt.want):
			t.Errorf("cityStopDateline(%q) = %+v, want %q", tt.paras[0], got, tt.want)
		}
	}
}
