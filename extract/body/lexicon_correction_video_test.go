package body

import "testing"

// TestCorrectionLabelsAndVideoPointers: a correction note's label in more
// languages, and a short prompt pointing at the video player above or
// below, leave the text; sentences that open with the same words stay.
func TestCorrectionLabelsAndVideoPointers(t *testing.T) {
	lx := builtin()
	checkJudge(t, lx, []judgeCase{
		{"Corrección: una versión anterior de esta nota daba mal el nombre de la concejala.", drop},
		{"Erratum : une erreur s'est glissée dans le prénom de la conseillère.", drop},
		{"Correzione: in una versione precedente il cognome era sbagliato.", drop},
		{"Rättelse: I en tidigare version stod fel datum.", drop},
		{"Koreksi: Artikel ini diperbaiki pada nama narasumber.", drop},
		{"Im Video oben sehen Sie die ersten Bilder vom Hafen.", drop},
		{"Im folgenden Video erklärt die Stadträtin den neuen Fahrplan.", drop},
		{"En el siguiente vídeo puedes ver las primeras imágenes del puerto.", drop},
		{"Regardez la vidéo ci-dessous.", drop},
		{"No vídeo abaixo, veja como ficou o novo terminal.", drop},
		{"Nel video qui sotto le immagini del porto.", drop},
		{"Assista ao vídeo abaixo.", drop},
		{"Guarda il video qui sotto.", drop},
		{"Bekijk de video hieronder.", drop},
		{"In the video above, the harbour master explains the new timetable.", drop},
		// Prose.
		{"Corrección de errores en el padrón: el ayuntamiento revisará cuatro mil fichas este año.", keep},
		{"Koreksi terhadap anggaran itu dibahas dewan pada Senin.", keep},
		{"Erratum-Listen führen die Verlage seit Jahren, sagte die Bibliothekarin.", keep},
		{"The video, filmed from a ferry, was shared thousands of times before the council removed it and apologised to the harbour staff on Monday evening after complaints.", keep},
	})
}
