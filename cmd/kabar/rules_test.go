package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRulesWhich(t *testing.T) {
	dir := t.TempDir()
	// The user's own file for a site the bundled snapshot also covers.
	if err := os.WriteFile(filepath.Join(dir, "nytimes.com.txt"), []byte("body: //article\nbody: //div[\nfrobnicate: yes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := kabarRun(t, "rules", "--site-config", dir, "https://www.nytimes.com/2020/01/02/world/a.html", "https://unknown-paper.example/x")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"used     rules:user/nytimes.com (--site-config nytimes.com.txt)",
		"shadowed rules:ftr/nytimes.com (bundled ftr-site-config nytimes.com.txt)",
		"https://unknown-paper.example/x\n  used     generic",
		"note: unknown directive: frobnicate: yes",
		"note: does not compile: body",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = kabarRun(t, "rules", "--rules", "kabar", "https://www.nytimes.com/2020/01/02/world/a.html")
	if strings.Contains(out, "rules:ftr") || !strings.Contains(out, "used     generic") {
		t.Errorf("--rules kabar still lists the snapshot:\n%s", out)
	}
}

func TestRulesCheck(t *testing.T) {
	cfg, pages := t.TempDir(), t.TempDir()
	conf := "body: //div[@class='copy']\n" +
		"test_url: https://www.lantern-post.example/2025/lamps\n" +
		"test_contains: lamplighters walked the old quarter\n" +
		"test_contains: a sentence the page does not have\n"
	page := `<html><head><title>Lamps</title></head><body><h1>The lamps of the old quarter</h1><div class="copy">` +
		`<p>Every evening the lamplighters walked the old quarter with long poles and a ladder, as they had for a century.</p>` +
		`<p>The council voted on Monday to keep the gas lamps lit for another decade, citing visitors and residents alike.</p></div></body></html>`
	for name, body := range map[string]string{
		filepath.Join(cfg, "lantern-post.example.txt"): conf,
		filepath.Join(pages, "lamps.html"):             page,
		filepath.Join(pages, "manifest.tsv"):           "lamps.html\thttps://lantern-post.example/2025/lamps/\n",
	} {
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, _ := kabarRun(t, "rules", "check", "--site-config", cfg, pages)
	if code == 0 {
		t.Errorf("a failing test_contains exited 0:\n%s", out)
	}
	for _, want := range []string{
		`PASS rules:user/lantern-post.example lamps.html contains "lamplighters walked the old quarter"`,
		`FAIL rules:user/lantern-post.example lamps.html contains "a sentence the page does not have"`,
		"1 passed, 1 failed, 1 pages",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestSiteConfigUserOverridesBundled: for a host the bundled snapshot
// covers, a file of the same name in --site-config is the one read, at
// the command line as in the library; --rules kabar leaves the snapshot
// out but keeps the user's file.
func TestSiteConfigUserOverridesBundled(t *testing.T) {
	dir, cfg := t.TempDir(), t.TempDir()
	page := `<!doctype html><html lang="en"><head><title>Old consoles find a second life in repair cafés</title></head><body>
<article><h1>Old consoles find a second life in repair cafés</h1>
<p class="meta" data-who="Omar Haddad">Saturday workshop</p>
<p>Volunteers at a dozen repair cafés now spend their Saturday afternoons bringing old game consoles back to life.</p>
<p>Most faults are worn capacitors and dusty optical drives, which take an hour to fix with parts that cost a few euros.</p>
<p>Organisers say the consoles draw younger visitors who then stay to learn how to mend toasters and lamps as well.</p>
</article></body></html>`
	if err := os.WriteFile(filepath.Join(dir, "page.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(cfg, "arstechnica.com.txt"), []byte("author: //p[@class='meta']/@data-who\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const u = "https://arstechnica.com/gadgets/2025/03/old-consoles-repair-cafes/"
	for _, tc := range []struct {
		args   []string
		method string
		author string
	}{
		{[]string{"--site-config", cfg}, "rules:user/arstechnica.com", "Omar Haddad"},
		{[]string{"--site-config", cfg, "--rules", "kabar"}, "rules:user/arstechnica.com", "Omar Haddad"},
		{nil, "rules:ftr/arstechnica.com", ""},
	} {
		out := filepath.Join(t.TempDir(), "out.jsonl")
		args := append([]string{"extract", "--url", u, "--out", out}, tc.args...)
		if code, _, errOut := kabarRun(t, append(args, filepath.Join(dir, "page.html"))...); code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errOut)
		}
		recs := readRecords(t, out)
		if len(recs) != 1 || recs[0].Extraction == nil {
			t.Fatalf("%v: records %+v", tc.args, recs)
		}
		a := recs[0]
		if a.Extraction.Method != tc.method {
			t.Errorf("%v: method %q, want %q (warnings %q)", tc.args, a.Extraction.Method, tc.method, a.Extraction.Warnings)
		}
		got := strings.Join(a.Authors, "; ")
		if got != tc.author {
			t.Errorf("%v: authors %q, want %q", tc.args, got, tc.author)
		}
	}
}
