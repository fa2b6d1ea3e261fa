package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kabar-news/kabar/eval"
)

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("eval", "[--bench DIR] [--sets aeb,fundus] [--worst N]",
		"Scores body extraction on benchmark sets (each a folder with manifest.tsv, truth.jsonl and\n"+
			"the pages) with the benchmark's own metric, with site rules and without, and lists the\n"+
			"worst pages. The figures agree with score.py to three decimals. A missing DIR is skipped.")
	dir := fs.String("bench", "../shared/bench", "the folder holding the benchmark sets")
	sets := fs.String("sets", "aeb,fundus,gold-dev", "comma-separated `SETS` to score")
	worst := fs.Int("worst", 10, "list the `N` worst pages of each set")
	rest, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
		fmt.Fprintf(e.stdout, "no benchmark folder at %s: skipped\n", *dir)
		return nil
	}
	for _, set := range strings.Split(*sets, ",") {
		set = strings.TrimSpace(set)
		if set == "" {
			continue
		}
		for _, rules := range []string{"none", "all"} {
			p := pipeline{noRules: rules == "none"}
			start := time.Now()
			rep, err := eval.Run(ctx, filepath.Join(*dir, set), func(html []byte, url string) (string, error) {
				a, _, err := p.process(html, url, "", time.Time{})
				return a.Text, err
			})
			if errors.Is(err, os.ErrNotExist) {
				fmt.Fprintf(e.stdout, "%s: not found under %s, skipped\n", set, *dir)
				break
			}
			if err != nil {
				return err
			}
			rep.Name = fmt.Sprintf("%s (rules=%s, %s)", set, rules, time.Since(start).Round(time.Millisecond))
			if err := rep.Write(e.stdout, *worst); err != nil {
				return err
			}
		}
	}
	return nil
}
