package body

import "testing"

// TestUpdateNoticeWithDate: update and correction notices in English,
// German, Dutch, French, Spanish, Italian and Portuguese that carry the date inside the phrase (a day
// number with its full stop, a month name) leave the text; sentences that
// open alike and go on as prose stay.
func TestUpdateNoticeWithDate(t *testing.T) {
	lx := builtin()
	tests := []struct {
		text string
		want verdict
	}{
		{"Dieser Artikel wurde am 3. November aktualisiert.", drop},
		{"Dieser Artikel wurde am 14. März 2026 um 9:30 Uhr aktualisiert.", drop},
		{"Dieser Beitrag wurde am 21. Januar aktualisiert und um eine Stellungnahme der Stadt ergänzt.", drop},
		{"Dieser Text wurde am 2. Juni korrigiert.", drop},
		{"Dieser Artikel wurde am 03.11.2026 aktualisiert.", drop},
		{"Dit artikel is op 3 november bijgewerkt.", drop},
		{"Dit artikel is op 12 februari 2026 bijgewerkt met een reactie van de gemeente.", drop},
		{"Dit bericht werd op 5 mei aangepast.", drop},
		{"Article mis à jour le 3 novembre.", drop},
		{"Article mis à jour le 18 février 2026 à 10h15.", drop},
		{"Cet article a été modifié le 4 avril pour corriger le nom du maire.", drop},
		{"Este artículo fue actualizado el 3 de noviembre.", drop},
		{"Der Artikel wurde am 9. Februar 2026 aktualisiert.", drop},
		{"Questo articolo è stato aggiornato il 3 novembre alle 10:15.", drop},
		{"Questo articolo è stato aggiornato con la replica del sindaco.", drop},
		{"Este artigo foi atualizado em 3 de novembro de 2026.", drop},
		{"Der Artikel wurde am Montag von der Redaktion gekürzt, weil der Platz fehlte und das Thema später wieder aufgegriffen werden soll.", keep},
		// Prose that opens like a notice.
		{"Dieser Artikel wurde von vielen Lesern geteilt. Die Stadt hat am 3. November reagiert und die Brücke gesperrt, die seit Jahren aktualisiert werden sollte.", keep},
		{"Dit artikel is geschreven door twee verslaggevers die de haven drie maanden volgden, en het is later bijgewerkt.", keep},
		{"Article de loi mis à jour par le Parlement : les députés ont voté le texte en deuxième lecture le 3 novembre.", keep},
	}
	for _, tt := range tests {
		if got := lx.judge(tt.text, 0); got != tt.want {
			t.Errorf("judge(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
