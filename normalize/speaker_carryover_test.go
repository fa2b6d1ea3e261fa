package normalize

import "testing"

// TestCarriedAndUnnamedSpeakers holds invented articles for a class read on
// pages of several publishers: an informant the article keeps unnamed
// ("the source said", "sagte die Quelle", "explicó la fuente") is that
// phrase as written, never the person who spoke last, even in the
// paragraph where that person spoke; after "a source close to …" the
// definite noun goes back to that description. And a quote with no
// attribution inside a sentence whose opening subject is a person the
// cast knows ("Fry described the novel as “…”", "Ruiz dejó claro que
// “…”", "Berger bezeichnete es als „Ehre“, …, „…“") is that person's,
// though the last speaker is someone else; a person named after the
// subject, or a subject after a clause ("Para Vidal, Ruiz fue …"),
// leaves the words to the earlier rules. A quote whose sentence closes
// with its attribution past other clauses ('“…” of the boat, which was
// on patrol, the agency said.') is that attribution's; a bare plural
// there ("workers said") is no one.
func TestCarriedAndUnnamedSpeakers(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"the source said after a named speaker, en", "en", []string{
			`"Nobody controls the border crossing," Martin Oyelaran said.`,
			`A resident of the camp who asked not to be named disputed the claim. "The roads are open at night," the source said.`,
		}, []string{"Martin Oyelaran: Nobody", "the source: The roads"}},
		{"a source told, en", "en", []string{
			`"We will appeal this ruling," said Dana Whitfield, the club's chairman.`,
			`"The board never voted on the sale," a source told the newspaper.`,
		}, []string{"Dana Whitfield: We will", "a source: The board"}},
		{"die Quelle, de", "de", []string{
			`„Wir prüfen alle Optionen“, sagte Konrad Mehlhorn.`,
			`„Der Vertrag war längst unterschriftsreif“, sagte die Quelle.`,
		}, []string{"Konrad Mehlhorn: Wir prüfen", "die Quelle: Der Vertrag"}},
		{"the source said in the paragraph where a named person spoke, en", "en", []string{
			`"The deal is not dead yet," Priya Sandoval told reporters. "The board never voted on the sale," the source said.`,
		}, []string{"Priya Sandoval: The deal", "the source: The board"}},
		{"the sources after an unnamed informant brought in, en", "en", []string{
			`"We will appeal this ruling," said Dana Whitfield.`,
			`"The coach knew for weeks," said a club source.`,
			`"He will not be back next season," the source added.`,
		}, []string{"Dana Whitfield: We will", "a club source: The coach", "a club source: He will"}},
		{"la fuente, es", "es", []string{
			`“Vamos a recurrir la sanción”, dijo Álvaro Pineda.`,
			`“Nadie en el consejo sabía nada”, explicó la fuente.`,
		}, []string{"Álvaro Pineda: Vamos a", "la fuente: Nadie en"}},
		{"subject of the quote's sentence, spoke before, en", "en", []string{
			`"The book took me nine years," said Joanna Fry, who edited it.`,
			`"I never meant to hurt anyone," Gerald Pike said in court.`,
			`Fry described the novel as "a sprawling comic epic about a lost city."`,
		}, []string{"Joanna Fry: The book", "Gerald Pike: I never", "Joanna Fry: a sprawling"}},
		{"subject of the quote's sentence, que-clause, es", "es", []string{
			`“No vamos a cambiar de postura”, afirmó la ministra Carmen Ruiz Ortega.`,
			`“España ha sido un socio leal”, respondió el ministro Karim Haddad.`,
			`Ruiz Ortega dejó claro que el Gobierno “no piensa dar lecciones a nadie” en este asunto.`,
		}, []string{"Carmen Ruiz Ortega: No vamos", "Karim Haddad: España ha", "Carmen Ruiz Ortega: no piensa"}},
		{"subject goes on past a quoted word, de", "de", []string{
			`„Wir freuen uns auf die Zusammenarbeit“, sagte Sofia Lindholm.`,
			`Die frühere Ministerin Helga Berger wurde am Montag gewählt.`,
			`Berger bezeichnete es als „Ehre“, die Leitung zu übernehmen, „die für ihre Arbeit international geachtet wird“.`,
		}, []string{"Sofia Lindholm: Wir freuen", "Helga Berger: die für"}},
		{"another person named after the subject keeps the words open, en", "en", []string{
			`"We ask for a fair hearing for every single applicant," Nadia Ruiz told the court.`,
			`Pike later seized on Ruiz's promise of "a fair hearing for every single applicant" and called it hollow.`,
		}, []string{"Nadia Ruiz: We ask", "Nadia Ruiz: a fair"}},
		{"a subject after a clause naming the source, es", "es", []string{
			`“No vamos a cambiar de postura”, afirmó la fiscal Carmen Ruiz Ortega.`,
			`“Los mensajes muestran una gran tensión”, escribió la jueza Marta Vidal en el auto.`,
			`Para Vidal, Ruiz Ortega fue la persona que “dio la orden de publicar los datos del empresario”.`,
		}, []string{"Carmen Ruiz Ortega: No vamos", "Marta Vidal: Los mensajes", "Marta Vidal: dio la"}},
		{"attribution closing the sentence past a relative clause, no agency named, en", "en", []string{
			`"We will respond in kind," said Admiral Carl Hoyt.`,
			`The Coast Watch Agency of Norland filed a protest.`,
			`Before the crash, the cargo ship also "made sudden turns and tried to cut across the bow" of the patrol boat, which was on a routine mission, the agency said.`,
		}, []string{"Carl Hoyt: We will", ": made sudden"}},
		{"attribution closing the sentence past an object, name, en", "en", []string{
			`"We will respond in kind," said Admiral Carl Hoyt.`,
			`Officials had warned "of closed-door deals with contractors and lobbyists" for months, in the view of the inquiry, Judge Ellen Marsh wrote.`,
		}, []string{"Carl Hoyt: We will", "Ellen Marsh: of closed-door"}},
		{"attribution closing the sentence past an object, es", "es", []string{
			`“Vamos a responder con firmeza”, dijo el almirante Carlos Hoyo.`,
			`El buque también “hizo giros bruscos e intentó cortar el paso” a la patrullera, que estaba de servicio, dijo Elena Marín.`,
		}, []string{"Carlos Hoyo: Vamos a", "Elena Marín: hizo giros"}},
		{"a bare plural closing the sentence is no speaker, en", "en", []string{
			`Members of the United Cannery Workers rallied on Monday. The union handed out "free coffee and warm bagels" to a crowd that grew to over 100, workers said.`,
		}, []string{": free coffee"}},
	}
	checkQuotes(t, lx, tests)
}
