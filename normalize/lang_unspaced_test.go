package normalize

import "testing"

// TestLanguageUnspacedUndeclared: a page that declares no language and
// is written in a script without spaces has few words however long it
// is; its language is told from its letters, not left empty. A short
// English text with no declaration is read as before (undecided, or
// told by its stopwords), and a Latin text with a name in Han in it is
// no text in a script without spaces.
func TestLanguageUnspacedUndeclared(t *testing.T) {
	lx := loadLexicon()
	tests := []struct{ text, want string }{
		{"市民マラソンは先月終わったものの、陸上協会は来年の大会についてまだ何も決まっていないと説明した。参加者からは早く日程を知りたいという声が上がっている。", "ja"},
		{"The ferry runs again.", ""},
		{"The museum showed scrolls by 雪舟 and others.", "en"},
	}
	for _, tt := range tests {
		if got := lx.language("", tt.text, "example.com"); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}
