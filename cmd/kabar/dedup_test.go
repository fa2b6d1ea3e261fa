package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/store"
)

// TestExportDedup: the demo site's articles, each stored again as a copy
// on another site with boilerplate around it, export once each with
// --dedup and --dedup=latest, twice each without; stats counts the copies
// and groups.
func TestExportDedup(t *testing.T) {
	path, recs := fixtureStore(t)
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	copies := 0
	for _, a := range recs {
		if len(strings.Fields(a.Text)) < 40 {
			continue // too short to be told apart from another story
		}
		c := a
		c.ID, c.URL, c.CanonicalURL, c.Domain, c.Site = a.ID+"-copy", "https://mirror.example/"+a.ID, "", "mirror.example", "Mirror"
		c.Text = "MIRROR - " + a.Text + "\n\nFollow Mirror for more news."
		c.ContentHash = "copy-" + a.ContentHash
		if _, err := db.Put(c, nil); err != nil {
			t.Fatal(err)
		}
		copies++
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if copies < 5 {
		t.Fatalf("only %d fixture articles long enough", copies)
	}
	all := strings.Count(exportOK(t, "--db", path), "{\"id\"")
	if want := len(recs) + copies; all != want {
		t.Errorf("export: %d records, want %d", all, want)
	}
	for _, flag := range []string{"--dedup", "--dedup=latest"} {
		out := exportOK(t, "--db", path, flag)
		if n := strings.Count(out, "{\"id\""); n != len(recs) {
			t.Errorf("export %s: %d records, want %d", flag, n, len(recs))
		}
	}
	code, _, stderr := kabarRun(t, "export", "--db", path, "--dedup=newest")
	if code != 2 || !strings.Contains(stderr, "earliest or latest") {
		t.Errorf("--dedup=newest: exit %d, %q", code, stderr)
	}
	code, stdout, _ := kabarRun(t, "stats", "--db", path, "--json")
	if code != 0 && code != 3 {
		t.Fatalf("stats exit %d", code)
	}
	var st struct {
		Groups map[string]int `json:"groups_by_site"`
		Copies map[string]int `json:"copies_by_site"`
	}
	if err := json.Unmarshal([]byte(stdout), &st); err != nil {
		t.Fatal(err)
	}
	if st.Copies["mirror.example"] != copies {
		t.Errorf("stats: copies %v, want %d on mirror.example", st.Copies, copies)
	}
	groups := 0
	for _, n := range st.Groups {
		groups += n
	}
	if groups != copies {
		t.Errorf("stats: %d groups, want %d", groups, copies)
	}
}
