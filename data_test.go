package kabar

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDataHasNoConflictMarkers guards the embedded knowledge files
// (lexicons, phrase lists, site rules): their parsers take any line as an
// entry, so a merge that left "<<<<<<< HEAD" … ">>>>>>> branch" in a file
// would build and load, with one side's section silently cut short.
func TestDataHasNoConflictMarkers(t *testing.T) {
	dirs := []string{"normalize/lexicon", "extract/body/lexicon", "extract/sites", "extract"}
	exts := map[string]bool{".lex": true, ".txt": true, ".json": true}
	checked := 0
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.IsDir() || !exts[filepath.Ext(e.Name())] {
				continue
			}
			name := filepath.Join(dir, e.Name())
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			checked++
			sc := bufio.NewScanner(bytes.NewReader(data))
			sc.Buffer(nil, 1<<20)
			for n := 1; sc.Scan(); n++ {
				if l := sc.Text(); strings.HasPrefix(l, "<<<<<<< ") || l == "=======" || strings.HasPrefix(l, ">>>>>>> ") {
					t.Errorf("%s:%d: merge conflict marker %q", name, n, l)
				}
			}
			if err := sc.Err(); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d data files found: the test no longer looks where the data is", checked)
	}
}
