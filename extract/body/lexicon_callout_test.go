package body

import "testing"

// TestCalloutsAndListenPrompts: a call for readers' stories and a prompt to
// listen to the broadcaster's programme or podcast leave the text; a
// sentence of the story that opens with the same words stays.
func TestCalloutsAndListenPrompts(t *testing.T) {
	lx := builtin()
	checkJudge(t, lx, []judgeCase{
		{"We want to hear from you: Has the ferry strike changed your week? Tell us how.", drop},
		{"Tell us: are you waiting for a hip operation?", drop},
		{"Tell us - have you been caught by the new parking fines?", drop},
		{"Share your story: Were you on the delayed train? Email the newsroom.", drop},
		{"Share your experience: how has the heatwave affected your work?", drop},
		{"Get in touch: If you saw the collision, contact our reporters.", drop},
		{"Have your say: should the library open on Sundays?", drop},
		{"Listen to Harbour Drive live at 16:30 weekdays - or listen back here.", drop},
		{"Listen to the latest episode of Street Level, our city podcast.", drop},
		{"Listen to the full interview with the harbour master.", drop},
		{"Subscribe to Street Level wherever you get your podcasts.", drop},
		{"Das ganze Gespräch mit der Bürgermeisterin – oder hier zum Nachhören.", drop},
		{"L'entretien avec la maire est à réécouter ici.", drop},
		{"Vuelve a escuchar la entrevista con la alcaldesa aquí.", drop},
		// Prose.
		{"Tell us what you think about the bus, the councillor wrote on her blog, and hundreds did.", keep},
		{"Get in touch with the transport office before Friday, the council advised residents.", keep},
		{"We want to hear from residents before we decide, the councillor said at the meeting.", keep},
		{"Listen to the recording: the councillor can be heard shouting at the driver.", keep},
		{"Listen to the choir live at the cathedral and you hear why the tickets went in an hour.", keep},
		{"“We need your support,” the mayor told the crowd at the harbour.", keep},
	})
}

// TestWidgetLabels: an embed's label and a magazine's current-issue box
// standing alone leave the text; prose that opens with the words stays.
func TestWidgetLabels(t *testing.T) {
	lx := builtin()
	checkJudge(t, lx, []judgeCase{
		{"Embed", drop},
		{"EMBED", drop},
		{"Current Issue", drop},
		{"Current issue:", drop},
		{"Embed codes let readers copy the map into their own pages, the studio said.", keep},
		{"Current issues facing the harbour include silt and a shortage of pilots.", keep},
	})
}

// TestFirstAndNextForms: the "first appeared" syndication line, the
// "next page" marker, the Facebook page and free-newsletter prompts, the
// scroll and play prompts leave the text; prose opening alike stays.
func TestFirstAndNextForms(t *testing.T) {
	lx := builtin()
	checkJudge(t, lx, []judgeCase{
		{"A version of this article first appeared in the Valley Ledger.", dropSource},
		{"A version of this story was first published by Coastline News.", dropSource},
		{"Continued on next page", drop},
		{"Continue reading on the next page", drop},
		{"Like our Facebook page for the latest harbour news.", drop},
		{"Stay up to date with our free newsletter.", drop},
		{"Scroll to continue reading", drop},
		{"Click to play video", drop},
		// Prose.
		{"A version of the plan first appeared in the council's 2019 budget, officials said.", keep},
		{"Like our neighbours across the bay, we pay more for buses than for schools, the mayor said.", keep},
		{"Continued pressure from residents forced the council to act on the next page of its agenda.", keep},
	})
}

// TestIndonesianPromptWordings: channel and account prompts in their
// "gabung channel" and "akun … kami" wordings, the newsletter prompt with
// "email kamu", and the opinion disclaimer that the piece does not speak
// for the newsroom leave the text; prose with the same words stays.
func TestIndonesianPromptWordings(t *testing.T) {
	lx := builtin()
	checkJudge(t, lx, []judgeCase{
		{"Yuk, gabung channel WhatsApp Kabar Pesisir untuk berita terbaru.", drop},
		{"Jangan lupa ikuti akun Instagram kami untuk kabar terbaru.", drop},
		{"Dapatkan rangkuman berita pilihan di email kamu setiap pagi.", drop},
		{"Tulisan ini adalah opini pribadi penulis dan tidak mencerminkan pandangan redaksi.", drop},
		// Prose.
		{"Warga diminta bergabung dalam grup diskusi kelurahan untuk menyampaikan keluhan soal bus malam, kata lurah kepada wartawan pada Senin.", keep},
		{"Akun Instagram milik dinas perhubungan membagikan jadwal baru bus malam sejak Senin pagi, dan unggahan itu dibagikan ribuan kali oleh warga pelabuhan.", keep},
	})
}

// TestGermanNoticeWordings: the German correction label, support appeal,
// app prompt and comment button leave the text; prose with the same words
// stays.
func TestGermanNoticeWordings(t *testing.T) {
	lx := builtin()
	checkJudge(t, lx, []judgeCase{
		{"Transparenzhinweis: In einer früheren Version hieß es, die Fähre fahre ab April.", drop},
		{"Unterstützen Sie unabhängigen Journalismus.", drop},
		{"Unterstützen Sie unseren Journalismus mit einem Abo.", drop},
		{"Alles Wichtige aufs Handy: Laden Sie jetzt unsere App herunter.", drop},
		{"Kommentar schreiben", drop},
		{"Jetzt kommentieren", drop},
		// Prose.
		{"Unterstützen Sie die Petition, rief die Stadträtin den Anwohnern am Hafen zu, und viele unterschrieben noch am Abend.", keep},
		{"Transparenz fordern die Anwohner seit Jahren von der Stadtverwaltung.", keep},
	})
}
