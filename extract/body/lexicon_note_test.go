package body

import "testing"

// TestNoteLabels: a notice set behind a note label and its colon is
// judged as the notice alone, in each language; a note that says
// something of the story's own stays, as does a block that only opens
// with the label's word.
func TestNoteLabels(t *testing.T) {
	lx := builtin()
	checkJudge(t, lx, []judgeCase{
		{"Hinweis: Dieser Artikel erschien zuerst im Talboten.", dropSource},
		{"Note: A version of this story appeared in the Valley Ledger.", dropSource},
		{"Editor’s note: This story has been updated with a statement from the port.", drop},
		{"Catatan: Artikel ini telah tayang di Warta Pesisir.", dropSource},
		{"Catatan redaksi: Berita ini akan terus diperbarui.", drop},
		{"Nota: Este artículo fue publicado originalmente en El Faro del Sur.", dropSource},
		{"Anmerkung der Redaktion: Dieser Artikel wird laufend aktualisiert.", drop},
		{"Update: This is a developing story.", drop},
		{"Note de la rédaction : cet article a été mis à jour le 4 mars.", drop},
		// The note's own words.
		{"Note: The ferry runs again on Monday, the harbour office said.", keep},
		{"Hinweis: Die Fähre fährt ab Montag wieder nach Fahrplan.", keep},
		{"Catatan: Data ini dihimpun dari tiga kelurahan di kawasan pelabuhan.", keep},
		{"Update: Police have named the driver as Tom Okafor, 41.", keep},
		{"Notes from the council meeting: the night bus will run until 2am.", keep},
	})
}
