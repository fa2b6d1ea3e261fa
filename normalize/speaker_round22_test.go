package normalize

import "testing"

// TestRound22QualifiedRole: a sentence opening with a determiner and
// words that qualify a role before the role and a name ("Der frühere
// Minister X würdigte …", "The Spanish prime minister X praised …")
// brings in that person as its subject; the pronoun of the quote after
// it went to the last speaker (class 4 of issue 13, a pronoun resolved
// to the wrong person).
func TestRound22QualifiedRole(t *testing.T) {
	lx := loadLexicon()
	mk := func(name, lang, first, second, want string) quoteCase {
		return quoteCase{name: name, lang: lang, paras: []string{first, second}, want: []string{"Klaus Hartwig: ", want}}
	}
	const de = `„Er wird uns allen sehr fehlen“, schrieb Bundespräsident Klaus Hartwig.`
	const en = `"He will be missed by all of us," wrote President Klaus Hartwig.`
	checkQuotes(t, lx, []quoteCase{
		mk("German inflected adjective", "de", de,
			`Der frühere Minister Paul Grundmann würdigte den Autor. „Ich danke ihm für ein immenses Werk“, sagte er.`, "Paul Grundmann: Ich"),
		mk("German demonym adjective, compound office", "de", de,
			`Der spanische Ministerpräsident Pedro Sánchez würdigte den Autor als großen Erzähler. „Ich danke ihm als Leser für ein immenses Werk“, sagte er.`, "Pedro Sánchez: Ich"),
		mk("German two adjectives", "de", de,
			`Der langjährige österreichische Botschafter Erich Lindner erinnerte an die Reise. „Wir waren damals oft zusammen unterwegs“, sagte er.`, "Erich Lindner: Wir"),
		mk("English capitalised adjective", "en", en,
			`The Spanish prime minister Paul Grundmann praised the author as a storyteller. "I thank him for an immense body of work," he said.`, "Paul Grundmann: I"),
		mk("French adjective before the office", "fr", `« Il nous manquera à tous », a déclaré le président Klaus Hartwig.`,
			`Le nouveau ministre Paul Grandin a salué l'auteur. « Je le remercie pour une œuvre immense », a-t-il dit.`, "Paul Grandin: Je"),
		// A noun that is no role after the adjective brings in no one.
		mk("German organisation after the adjective", "de", de,
			`Die spanische Regierung Madrid ordnete Trauer an. „Ich danke ihm für ein immenses Werk“, sagte er.`, "Klaus Hartwig: Ich"),
	})
}
