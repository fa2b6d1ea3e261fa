package body

import "testing"

// TestApostropheFold: a phrase written with the typewriter apostrophe
// matches a block set with a typographic one (’ or ʼ), and the other way
// round, in every language's lexicon; prose with the same words and
// apostrophes stays.
func TestApostropheFold(t *testing.T) {
	lx := builtin()
	checkJudge(t, lx, []judgeCase{
		{"Hier geht’s zur Anmeldung", drop},
		{"Hier gehtʼs zur Anmeldung", drop},
		{"Hier geht's zur Anmeldung", drop},
		{"Editor’s note: this story was updated to add the ferry timetable.", drop},
		{"Editor's note: this story was updated to add the ferry timetable.", drop},
		{"Don’t miss: The ten best walks along the river", dropRelated},
		{"Don't miss: The ten best walks along the river", dropRelated},
		{"What’s this?", drop},
		{"Lire l'article", drop},
		{"Photo d'illustration", dropCredit},
		// Prose.
		{"Hier geht’s zur Sache, sagte die Bürgermeisterin am Abend im Rathaus.", keep},
		{"Don’t miss the bus, the driver told the children every morning.", keep},
	})
}
