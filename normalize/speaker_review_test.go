package normalize

import (
	"fmt"
	"strings"
	"testing"
)

// TestReviewClasses holds the failure classes an unlabelled review of
// pages from many publishers found (several publishers each), in
// invented articles: each case lists every quote as "speaker|text".
func TestReviewClasses(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		name  string
		lang  string
		paras []string
		want  []string
	}{
		// Mixed marks: a curly opener closed by a straight mark, and the
		// other way round.
		{"curly open, straight close, en", "en", []string{
			`Marta Quenell spoke first at the hearing.`,
			`“When the river rises this fast, nobody has time to move the cattle," said Desmond Harrow, a farmer from the valley.`,
		}, []string{"Desmond Harrow|When the river rises this fast, nobody has time to move the cattle"}},
		{"straight open, curly close, en", "en", []string{
			`After the vote, Councillor Imelda Vance issued a statement, saying, "I am proud of what this town decided tonight.”`,
		}, []string{"Imelda Vance|I am proud of what this town decided tonight."}},
		{"broken quote in mixed marks, en", "en", []string{
			`Tobias Renner, who represents the tenants, welcomed the ruling.`,
			`“Thirty years of renting in this city," he said, "have taught me to expect nothing from landlords.”`,
		}, []string{"Tobias Renner|Thirty years of renting in this city", "Tobias Renner|have taught me to expect nothing from landlords."}},
		{"inner straight quotes stay inside curly, en", "en", []string{
			`“They called it the "green corridor" plan, and nobody read it,” said Ayla Brandt.`,
		}, []string{`Ayla Brandt|They called it the "green corridor" plan, and nobody read it`}},
		{"mixed marks, de", "de", []string{
			`„Wir haben die Schäden noch lange nicht im Griff", sagte Bürgermeisterin Henrike Laue.`,
		}, []string{"Henrike Laue|Wir haben die Schäden noch lange nicht im Griff"}},
		// An inverted attribution whose verb no lexicon lists.
		{"unlisted verb, es", "es", []string{
			`El entrenador Marcelo Ibarguren habló tras el partido.`,
			`"No hemos jugado bien en ningún momento del segundo tiempo", bromeó Ibarguren.`,
			`"Ahora toca descansar y pensar en el próximo rival", deslizó la capitana Lucía Ferrandis.`,
		}, []string{"Marcelo Ibarguren|No hemos jugado bien en ningún momento del segundo tiempo", "Lucía Ferrandis|Ahora toca descansar y pensar en el próximo rival"}},
		{"unlisted verb, de", "de", []string{
			`Die Gewerkschafterin Marlene Oswald sprach vor dem Rathaus.`,
			`„Wir lassen uns das nicht mehr gefallen“, ruft Marlene Oswald der Menge zu.`,
			`„Die Regierung muss endlich handeln“, stellt Gerd Pallmann klar.`,
		}, []string{"Marlene Oswald|Wir lassen uns das nicht mehr gefallen", "Gerd Pallmann|Die Regierung muss endlich handeln"}},
		{"unlisted verb after a dash, pl", "pl", []string{
			`„Nie zgodzimy się na takie warunki w żadnym wypadku” – napisał wcześniej Tadeusz Wrona na portalu.`,
		}, []string{"Tadeusz Wrona|Nie zgodzimy się na takie warunki w żadnym wypadku"}},
		{"unlisted verb, en", "en", []string{
			`Coach Delia Marsh watched from the bench.`,
			`Her captain, Ruth Abara, scored twice.`,
			`“We were lucky the rain stopped at half-time,” quipped Marsh.`,
		}, []string{"Delia Marsh|We were lucky the rain stopped at half-time"}},
		{"no verb: a clause goes on, en", "en", []string{
			`Councillor Petra Lindqvist spoke at the meeting on Tuesday.`,
			`The plan was called “a waste of everybody's time and money”, despite Grant Holloway's support.`,
		}, []string{"|a waste of everybody's time and money"}},
		// A noun after a German determiner is no given name.
		{"noun after a determiner, de", "de", []string{
			`Der Landesbeauftragte Torsten Wielandt hat den Bericht vorgestellt.`,
			`„Die Zahlen sind besorgniserregend, aber nicht überraschend“, sagte Wielandt.`,
		}, []string{"Torsten Wielandt|Die Zahlen sind besorgniserregend, aber nicht überraschend"}},
		{"noun after a determiner and an adjective, de", "de", []string{
			`Die Familie des verstorbenen Bergsteigers Anton Rieder dankte den Helfern.`,
			`„Er war am Berg immer der Vorsichtigste von uns allen“, sagte sein Bruder Lukas Rieder.`,
			`„Er hat die Berge mehr geliebt als alles andere auf der Welt“, sagte Anton Rieders Witwe Hedwig Rieder.`,
		}, []string{"Lukas Rieder|Er war am Berg immer der Vorsichtigste von uns allen", "Hedwig Rieder|Er hat die Berge mehr geliebt als alles andere auf der Welt"}},
		{"body's name between the noun and the person, de", "de", []string{
			`Die Leiterin des Forschungsprogramms Polarstern Katharina Dörfler erwartet einen warmen Winter.`,
			`„Die Daten deuten klar auf einen milden Dezember hin“, sagte Dörfler.`,
		}, []string{"Katharina Dörfler|Die Daten deuten klar auf einen milden Dezember hin"}},
		// A role noun in the paragraph a named person has just spoken in.
		{"role noun goes on with the paragraph's speaker, es", "es", []string{
			`La investigadora chilena Valentina Araya publicó el estudio en marzo.`,
			`El glaciólogo Tomás Urrutia midió el deshielo durante tres veranos. “Nunca habíamos visto una pérdida tan rápida en esta zona”, resalta Urrutia. “Si sigue así, el glaciar desaparecerá antes de 2060”, añade el investigador.`,
		}, []string{"Tomás Urrutia|Nunca habíamos visto una pérdida tan rápida en esta zona", "Tomás Urrutia|Si sigue así, el glaciar desaparecerá antes de 2060"}},
		{"role noun goes on with the paragraph's speaker, en", "en", []string{
			`The researcher Priya Nandakumar led the first survey of the reef.`,
			`Marine biologist Owen Tremblay dived there again in May. "Half of the coral we mapped five years ago is gone," Tremblay said. "What is left is bleached white," the researcher added.`,
		}, []string{"Owen Tremblay|Half of the coral we mapped five years ago is gone", "Owen Tremblay|What is left is bleached white"}},
		{"role noun in a new paragraph still reads the role, en", "en", []string{
			`Health Minister Ruth Okonjo visited the clinic.`,
			`"We will open two more of these by summer," Okonjo said.`,
			`Opposition leader Mark Deane called the plan late. "It is a year overdue," Deane said.`,
			`"The funding was approved in March," the minister said.`,
		}, []string{"Ruth Okonjo|We will open two more of these by summer", "Mark Deane|It is a year overdue", "Ruth Okonjo|The funding was approved in March"}},
		// Adverbs and auxiliaries between the subject and the verb.
		{"adverb between name and verb, en", "en", []string{
			`Nadia Perkins and Colm Ferris were both on duty that night.`,
			`"We never checked the cells after midnight," Ferris allegedly told a supervisor.`,
			`"I was asleep at the desk by then," Perkins later said.`,
		}, []string{"Colm Ferris|We never checked the cells after midnight", "Nadia Perkins|I was asleep at the desk by then"}},
		{"auxiliary after an organisation, en", "en", []string{
			`"Nobody in this town wants the depot," Mayor Glen Ostrowski said.`,
			`The county council has argued that "the depot is the only site that meets the rules" in its filing.`,
		}, []string{"Glen Ostrowski|Nobody in this town wants the depot", "county council|the depot is the only site that meets the rules"}},
		{"party tag after the subject's name, en", "en", []string{
			`"We will not stop until this is done," Governor Alma Reyes said.`,
			`Sen. Dale Whitcomb, R-Iowa, called the delay "an insult to every farmer in the state" on Tuesday.`,
		}, []string{"Alma Reyes|We will not stop until this is done", "Dale Whitcomb|an insult to every farmer in the state"}},
		// A pronoun after a person brought in as a subject with an
		// appositive, when another person spoke before.
		{"pronoun after a subject with an appositive, en", "en", []string{
			`Poet Lindiwe Mokoena, from Soweto, said she wrote her first book at fifteen.`,
			`"I wrote it on the backs of old calendars," she said.`,
			`Novelist Hester Vandermeer, from Stellenbosch, spoke about her years as a nurse.`,
			`"The night shifts gave me every story I have ever told," she said.`,
		}, []string{"Lindiwe Mokoena|I wrote it on the backs of old calendars", "Hester Vandermeer|The night shifts gave me every story I have ever told"}},
		{"pronoun after a subject with a job appositive, en", "en", []string{
			`"We need the bridge open by winter," Mayor Paul Grech said.`,
			`Joan Albright, a nurse at the county hospital, worked through the storm.`,
			`"We had no power for nine hours and two babies were born," she said.`,
		}, []string{"Paul Grech|We need the bridge open by winter", "Joan Albright|We had no power for nine hours and two babies were born"}},
		{"pronoun after a known surname with an appositive, en", "en", []string{
			`The panel heard from retired pilot Gwen Ashdown and engineer Victor Salas.`,
			`"Nobody asked the crews what they thought," Ashdown said.`,
			`"The budget is the whole problem," Salas said.`,
			`Ashdown, later in the session, was blunter still.`,
			`"They built a plane nobody wanted to fly," she said.`,
		}, []string{"Gwen Ashdown|Nobody asked the crews what they thought", "Victor Salas|The budget is the whole problem", "Gwen Ashdown|They built a plane nobody wanted to fly"}},
		// A capitalised appositive between the name and the verb.
		{"appositive opened by a capitalised title, en", "en", []string{
			`Chris Eberle of the players' union spoke first.`,
			`"Our strategy is to be where the buyers are," Hamid Roshan, CEO of Vantor Games, adds.`,
			`"The deal was never about the money," Ines Calder, President of the Harbour Trust, said.`,
			`"We will see who blinks first," Olu Adeyemi, Vantor's chief rival, said on Monday.`,
		}, []string{"Hamid Roshan|Our strategy is to be where the buyers are", "Ines Calder|The deal was never about the money", "Olu Adeyemi|We will see who blinks first"}},
		// A known name, then a verb no lexicon lists.
		{"name then an unlisted verb, en", "en", []string{
			`Director Felix Ambrose and his sister Clara Ambrose-Wynn spoke after the screening.`,
			`"We shot the whole film in eleven days and nobody slept," Felix laughed.`,
			`"He is exaggerating, but only a little," Clara Ambrose-Wynn chimed in, shaking her head.`,
		}, []string{"Felix Ambrose|We shot the whole film in eleven days and nobody slept", "Clara Ambrose-Wynn|He is exaggerating, but only a little"}},
		{"adverb of manner before the verb, en", "en", []string{
			`The final pitted Maya Okafor against singer Ivy Lark.`,
			`"I never thought I would get this far," Okafor said.`,
			`"Can I give my place to Maya?" Lark tearfully asked the judges.`,
		}, []string{"Maya Okafor|I never thought I would get this far", "Ivy Lark|Can I give my place to Maya?"}},
		// French prints the attribution inside the guillemets.
		{"attribution inside the guillemets, fr", "fr", []string{
			`Le maire Didier Rocheteau a reçu la ministre Hélène Vasseur lundi.`,
			`« Sur ce point, nous ne sommes pas d'accord, souligne-t-elle. La commune doit payer sa part. »`,
			`« Nous partirons, a déclaré M. Rocheteau, dès que les travaux seront finis. »`,
		}, []string{"Hélène Vasseur|Sur ce point, nous ne sommes pas d'accord. La commune doit payer sa part.", "Didier Rocheteau|Nous partirons dès que les travaux seront finis."}},
		// Indirect speech whose verb closes the sentence, then a quote.
		{"indirect speech closed by its verb, en", "en", []string{
			`"The cells were everywhere," said Dana Whitlow, a biologist.`,
			`Marco Bellini, a chemist, studied the receptors too.`,
			`The receptors probably evolved together, Bellini says.`,
			`"That doesn't mean that's the order they evolved in."`,
		}, []string{"Dana Whitlow|The cells were everywhere", "Marco Bellini|That doesn't mean that's the order they evolved in."}},
		{"indirect speech closed by its verb, id", "id", []string{
			`"Stok beras di gudang masih aman sampai Lebaran," kata Kepala Bulog Wilayah Sukamaju Hendra Wijaya.`,
			`Harga cabai di pasar naik dua kali lipat sejak pekan lalu, ujar pedagang Siti Rohmah.`,
			`"Pembeli sekarang hanya beli seperempat kilo."`,
		}, []string{"Hendra Wijaya|Stok beras di gudang masih aman sampai Lebaran", "Siti Rohmah|Pembeli sekarang hanya beli seperempat kilo."}},
		{"a verb after an appositive opens a clause, not a speaker, en", "en", []string{
			`Boltek Systems builds small satellites.`,
			`Mara Quinn, the firm's operations chief, said Boltek Systems would build the first lander.`,
			`"We are starting with something small," she said.`,
		}, []string{"Mara Quinn|We are starting with something small"}},
		{"speaker after the verb, then an appositive, en", "en", []string{
			`"The cells were everywhere," said Dana Whitlow, a biologist.`,
			`This network, says Omar Haddad, an immunologist in Leeds, guides the body's response.`,
			`He cautions that "we are still in the very early days of this work."`,
		}, []string{"Dana Whitlow|The cells were everywhere", "Omar Haddad|we are still in the very early days of this work."}},
		{"two capitalised words after a determiner are no name, de", "de", []string{
			`Interimstrainer Jonas Brückner übernimmt bis zum Saisonende.`,
			`Bei einem Kölner Erfolg am Freitag wäre der Abstieg besiegelt, so Brückner: „Wir wissen genau, wo wir stehen.“`,
			`Trotzdem betont der Trainer: „Wir wollen jedes verbleibende Spiel gewinnen.“`,
		}, []string{"Jonas Brückner|Wir wissen genau, wo wir stehen.", "Jonas Brückner|Wir wollen jedes verbleibende Spiel gewinnen."}},
		// A verb leading into the quote names who spoke it; an
		// attribution after names who reported it.
		{"lead-in verb before a reporting attribution, id", "id", []string{
			`Dalam kisah itu, Salman bin Hadi berkata, “Wahai Yusuf, jangan terburu-buru mengambil keputusan,” Yusuf bertanya, “Mengapa begitu, wahai guruku?”`,
		}, []string{"Salman bin Hadi|Wahai Yusuf, jangan terburu-buru mengambil keputusan", "Yusuf|Mengapa begitu, wahai guruku?"}},
		{"lead-in verb before a reporting attribution, en", "en", []string{
			`Trevor Lindqvist, 41, admitted making the calls, the district attorney's office said.`,
			`A clerk who took one call recalled that he said, "I know where the judge parks her car," the office said.`,
		}, []string{"Trevor Lindqvist|I know where the judge parks her car"}},
		{"a gendered pronoun is no organisation, en", "en", []string{
			`Trevor Lindqvist, 41, admitted making the calls.`,
			`"The calls went on for months and frightened the staff," the Harwick County Prosecutor's Office said.`,
			`"I only wanted them to listen to me," he said.`,
		}, []string{"Harwick County Prosecutor's Office|The calls went on for months and frightened the staff", "Trevor Lindqvist|I only wanted them to listen to me"}},
		{"an organisation named before the verb speaks, en", "en", []string{
			`"Prices will stay high through the winter," said analyst Meera Pillai.`,
			`"We remain sceptical of a quick recovery this year," said Harwick Capital Partners.`,
			`"It is a market for picking single stocks," she said.`,
			`"We see risks to every one of these forecasts," Harwick Capital Partners said.`,
		}, []string{"Meera Pillai|Prices will stay high through the winter", "Harwick Capital Partners|We remain sceptical of a quick recovery this year", "Meera Pillai|It is a market for picking single stocks", "Harwick Capital Partners|We see risks to every one of these forecasts"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range lx.readArticleQuotes(articleInfo{lang: tt.lang}, tt.paras) {
				got = append(got, q.Speaker+"|"+q.Text)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("quotes\n got %q\nwant %q\nof %s", got, tt.want, strings.Join(tt.paras, "\n"))
			}
		})
	}
}
