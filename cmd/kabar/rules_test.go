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
