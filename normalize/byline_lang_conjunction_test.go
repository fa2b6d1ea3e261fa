package normalize

import (
	"slices"
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

// TestBylineConjunctionInPageLanguage covers a byline of two writers
// joined by a conjunction that another language reads as a preposition:
// Dutch "en" (Spanish "in", before the town a writer filed from), Polish
// "i" (Norwegian "in"), Turkish "ve" (Czech "in"). In a page of the
// conjunction's language both writers stand; in a page of the other
// language the word still puts a place after the name, no writer.
func TestBylineConjunctionInPageLanguage(t *testing.T) {
	nl := []string{"De gemeenteraad keurde dinsdag na een lang debat een nieuw plan voor de busdiensten goed.", "De oppositie stemde tegen het plan en vroeg om meer uitleg over de kosten."}
	es := []string{"El concejo aprobó el martes un nuevo plan para el transporte de la comarca tras un largo debate.", "La oposición criticó el plan y pidió más detalles sobre su coste total."}
	pl := []string{"Rada gminy przyjęła we wtorek po długiej debacie nowy plan dla komunikacji autobusowej.", "Opozycja głosowała przeciw i domagała się wyjaśnień w sprawie kosztów."}
	no := []string{"Kommunestyret vedtok tirsdag en ny plan for bussrutene etter en lang debatt i salen.", "Opposisjonen stemte imot og ba om mer informasjon om kostnadene."}
	tr := []string{"Belediye meclisi salı günü uzun bir tartışmanın ardından otobüs hatları için yeni bir planı kabul etti.", "Muhalefet plana karşı oy verdi ve maliyetler hakkında açıklama istedi."}
	tests := []struct {
		lang, byline string
		text         []string
		want         []string
	}{
		{"nl", "Door Sanne Verhoef en Joost Lammers", nl, []string{"Sanne Verhoef", "Joost Lammers"}},
		{"nl", "Sanne Verhoef en Joost Lammers", nl, []string{"Sanne Verhoef", "Joost Lammers"}},
		{"es", "Por Inés Barrientos en Villa Serena", es, []string{"Inés Barrientos"}},
		{"pl", "Zofia Lisiecka i Marek Gawron", pl, []string{"Zofia Lisiecka", "Marek Gawron"}},
		{"no", "Av Ingrid Solheim og Rune Vatne", no, []string{"Ingrid Solheim", "Rune Vatne"}},
		{"tr", "Elif Karataş ve Burak Oğuz", tr, []string{"Elif Karataş", "Burak Oğuz"}},
		// Undeclared: the opening paragraphs tell the language.
		{"", "Door Sanne Verhoef en Joost Lammers", nl, []string{"Sanne Verhoef", "Joost Lammers"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.nieuws-voorbeeld.example/regio/plan", Lang: tc.lang, Title: "Plan",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}},
			Body:    []body.Block{{Text: tc.text[0]}, {Text: tc.text[1]}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%s %q: authors %q, want %q", tc.lang, tc.byline, got, tc.want)
		}
	}
}

// TestBylinePlaceInPageLanguage covers the other side of the same clash:
// Norwegian, Danish and Swedish "i" puts the town a writer filed from
// after her name, where Polish "i" joins two writers and a Catalan name
// holds it between its surnames. The town goes in a page of those
// languages; elsewhere the byline reads as before.
func TestBylinePlaceInPageLanguage(t *testing.T) {
	no := []string{"Kommunestyret vedtok tirsdag en ny plan for bussrutene etter en lang debatt i salen.", "Opposisjonen stemte imot og ba om mer informasjon om kostnadene."}
	sv := []string{"Kommunfullmäktige godkände på tisdagen en ny plan för busstrafiken efter en lång debatt.", "Oppositionen röstade emot och krävde mer information om kostnaderna."}
	es := []string{"El concejo aprobó el martes un nuevo plan para el transporte de la comarca tras un largo debate.", "La oposición criticó el plan y pidió más detalles sobre su coste total."}
	pl := []string{"Rada gminy przyjęła we wtorek po długiej debacie nowy plan dla komunikacji autobusowej.", "Opozycja głosowała przeciw i domagała się wyjaśnień w sprawie kosztów."}
	tests := []struct {
		lang, byline string
		text         []string
		want         []string
	}{
		{"no", "Av Ingrid Solheim i Strandvik", no, []string{"Ingrid Solheim"}},
		{"no", "Av Ingrid Solheim i Strandvik og Rune Vatne", no, []string{"Ingrid Solheim", "Rune Vatne"}},
		{"sv", "Av Karin Dahlberg i Norrvik", sv, []string{"Karin Dahlberg"}},
		{"es", "Por Jordi Serra i Vilanova", es, []string{"Jordi Serra i Vilanova"}},
		{"pl", "Tekst: Zofia Lisiecka i Marek Gawron", pl, []string{"Zofia Lisiecka", "Marek Gawron"}},
	}
	for _, tc := range tests {
		p := &extract.Page{URL: "https://www.avis-eksempel.example/lokalt/plan", Lang: tc.lang, Title: "Plan",
			Bylines: []extract.Field{{Value: tc.byline, Source: "byline"}},
			Body:    []body.Block{{Text: tc.text[0]}, {Text: tc.text[1]}}}
		if got := Normalize(p, Options{}).Authors; !slices.Equal(got, tc.want) {
			t.Errorf("%s %q: authors %q, want %q", tc.lang, tc.byline, got, tc.want)
		}
	}
}
