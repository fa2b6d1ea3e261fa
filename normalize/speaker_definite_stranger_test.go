package normalize

import "testing"

// TestDefiniteStranger: a sentence opened by a definite person noun and
// its verb ("The man has lived …", "Der Mann veröffentlicht …") in a
// paragraph naming no one, after an official who spoke, brings in someone
// the article does not name: a pronoun of that gender later in the
// paragraph is that person as written, not the official. A person named
// without an office ("John Reed, 42, was arrested. The man …") is still
// who "the man" means. Invented articles.
func TestDefiniteStranger(t *testing.T) {
	lx := loadLexicon()
	checkSpeakers(t, lx, []quoteCase{
		{"the man after a prosecutor, en", "en", []string{
			`Prosecutor Daniel Whitcombe explained the case on Tuesday. "The deadline is tight and cannot move," he said.`,
			`Reporters from the Valley Ledger traced the seller. The man has lived abroad for years. "I did it out of anger at the company," he said.`,
		}, []string{"Daniel Whitcombe", "the man"}},
		{"der Mann after an official, de", "de", []string{
			`Der Datenschutzbeauftragte Peter Imholz erklärt den Fall. „Die Frist ist leider sehr kurz bemessen“, sagte er.`,
			`Reporter fanden die Person. Der Mann lebt seit Jahren im Ausland. „Ich habe es aus Wut auf die Firma getan“, schrieb er.`,
		}, []string{"Peter Imholz", "der Mann"}},
		// Guards.
		{"the man named without an office, en", "en", []string{
			`Police arrested Calvin Rudd, 42, near the harbour on Monday. "I never touched the boat," Rudd said.`,
			`The man was released on bail later that day. "I will clear my name in court," he said.`,
		}, []string{"Calvin Rudd", "Calvin Rudd"}},
	})
}
