package normalize

import "testing"

// TestAccordingToMoreLanguages: the according-to words of Portuguese,
// Italian and Swedish ("Segundo X", "Secondo X", "Enligt X") before a
// quote name its speaker, as Spanish "Según X" does, not the person who
// spoke last.
func TestAccordingToMoreLanguages(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"Portuguese segundo", "pt", []string{
			"O prefeito Nuno Saraiva visitou a obra na segunda-feira.",
			"“Vamos reconstruir a ponte até o final do ano”, disse Saraiva.",
			"Segundo Rita Campos, engenheira da obra, “a estrutura antiga não tinha condições de uso nenhum”.",
		}, []string{"Nuno Saraiva: Vamos", "Rita Campos: a estrutura"}},
		{"Italian secondo", "it", []string{
			"Il sindaco Carla Neri ha visitato il cantiere lunedì.",
			"«Non ci fermeremo fino a quando la strada non sarà riaperta», ha detto Neri.",
			"Secondo Piero Galli, assessore ai lavori, «i lavori finiranno entro la fine di giugno».",
		}, []string{"Carla Neri: Non ci", "Piero Galli: i lavori"}},
		{"Swedish enligt", "sv", []string{
			"Kommunalrådet Erik Lund besökte skolan på tisdagen.",
			"”Vi bygger en ny idrottshall här nästa år”, säger Erik Lund.",
			"Enligt rektor Sara Berg är det ”ett stort lyft för hela skolan och eleverna”.",
		}, []string{"Erik Lund: Vi bygger", "Sara Berg: ett stort"}},
	}
	checkQuotes(t, lx, tests)
}
