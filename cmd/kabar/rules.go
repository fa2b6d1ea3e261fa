package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kabar-news/kabar/eval"
	"github.com/kabar-news/kabar/extract"
)

// errTestsFailed makes `kabar rules check` exit non-zero when a site
// config's test_contains is not found in its saved page.
var errTestsFailed = errors.New("some site-config tests failed")

func runRules(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 && args[0] == "check" {
		return runRulesCheck(ctx, e, args[1:])
	}
	fs := newFlagSet("rules", "[--rules all|kabar|none] [--site-config DIR] URL...\n       kabar rules check [--site-config DIR] DIR",
		"Tells which site rule applies to each URL and where it is kept: kabar's own rules\n"+
			"(extract/sites), then the --site-config folder's ftr-site-config files, then the bundled\n"+
			"ftr-site-config snapshot; rules further down the list are shadowed. 'rules check DIR' runs\n"+
			"each site config's test_contains against the saved pages of DIR (DIR/manifest.tsv lists\n"+
			"'path<TAB>url'; without it every .html/.html.gz file, its URL read from its canonical link)\n"+
			"and exits non-zero when one is missing.")
	rules := addRulesFlag(fs)
	urls, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(urls) == 0 {
		return usagef("no URL given")
	}
	p, err := rules.pipeline()
	if err != nil {
		return err
	}
	for _, u := range urls {
		choices, err := extract.WhichRules(u, p.extractOptions(""))
		if err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, u)
		used := false
		for _, c := range choices {
			mark := "shadowed"
			if c.Used {
				mark, used = "used", true
			}
			fmt.Fprintf(e.stdout, "  %-8s %s (%s)\n", mark, c.Method, c.From)
			for _, n := range c.Notes {
				fmt.Fprintf(e.stdout, "           note: %s\n", n)
			}
		}
		if !used {
			fmt.Fprintln(e.stdout, "  used     generic")
		}
	}
	return nil
}

func runRulesCheck(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("rules check", "[--site-config DIR] DIR", "Runs each site config's test_contains against the saved pages of DIR.")
	rules := addRulesFlag(fs)
	dirs, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(dirs) != 1 {
		return usagef("give one folder of saved pages")
	}
	p, err := rules.pipeline()
	if err != nil {
		return err
	}
	inputs, err := savedPages(dirs[0])
	if err != nil {
		return err
	}
	pass, fail := 0, 0
	for _, in := range inputs {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		raw, err := eval.ReadPage(in.path)
		if err != nil {
			return err
		}
		u := in.url
		if u == "" {
			if pg, err := extract.Extract(raw, "", extract.Options{NoRules: true}); err == nil {
				u = pg.CanonicalURL
			}
		}
		if u == "" {
			continue
		}
		res, err := extract.CheckTests(raw, u, p.siteConfigs)
		if err != nil {
			fmt.Fprintf(e.stdout, "ERROR %s: %v\n", in.listed, err)
			fail++
			continue
		}
		for _, r := range res {
			verdict := "PASS"
			if r.Found {
				pass++
			} else {
				verdict = "FAIL"
				fail++
			}
			fmt.Fprintf(e.stdout, "%s %s %s contains %q\n", verdict, r.Method, in.listed, r.Contains)
		}
	}
	fmt.Fprintf(e.stdout, "%d passed, %d failed, %d pages\n", pass, fail, len(inputs))
	if fail > 0 {
		return errTestsFailed
	}
	return nil
}

// savedPages lists the pages of dir: from dir/manifest.tsv when there is
// one, else every .html, .htm and .html.gz file in it (URL unknown).
func savedPages(dir string) ([]input, error) {
	m := filepath.Join(dir, "manifest.tsv")
	if _, err := os.Stat(m); err == nil {
		return readManifest(m)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("rules check: %w", err)
	}
	var out []input
	for _, en := range entries {
		n := en.Name()
		if en.IsDir() || !(strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm") || strings.HasSuffix(n, ".html.gz")) {
			continue
		}
		out = append(out, input{path: filepath.Join(dir, n), listed: n})
	}
	return out, nil
}
