package normalize

import "testing"

// TestSlovakQuotes holds invented Slovak reports: a quote attributed
// after it by a verb before its subject ('„…,“ povedal primátor Ján
// Kováč'), an office before the name, which is no part of it, a verb
// with its subject left out, and a verb before the quote.
func TestSlovakQuotes(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"verbs after and before the quote", "sk", []string{
			"Primátor Ján Kováč v pondelok navštívil stavbu nového mosta.",
			"„Most otvoríme ešte tento rok na jeseň, peniaze sú pripravené,“ povedal Kováč.",
			"„Na stavbe pracujú tri firmy naraz,“ doplnila hovorkyňa mesta Eva Malinová.",
			"Malinová zdôraznila: „Všetky termíny zatiaľ dodržiavame bez problémov.“",
		}, []string{"Ján Kováč: Most otvoríme", "Eva Malinová: Na stavbe", "Eva Malinová: Všetky termíny"}},
	}
	checkQuotes(t, lx, tests)
}
