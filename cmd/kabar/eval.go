package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/kabar-news/kabar/eval"
)

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("eval", "[--bench DIR] [--sets aeb,fundus,gold-dev] [--rules none,all] [--fields KEYS] [--worst N] [--worst-half A] [--snapshot]",
		"Scores extraction on benchmark sets (each a folder with manifest.tsv, truth.jsonl and the\n"+
			"pages) with the referee's own metrics, with site rules and without: the body text (as\n"+
			"score.py body) and how well extraction.confidence is calibrated (the share of records at\n"+
			"confidence 0.8 or more, how often those are right, the worst 5 %'s mean confidence\n"+
			"against the rest's, the pages under 0.8; body and calibration per half too), then every field the truth labels (as score.py fields) over the records\n"+
			"`kabar extract` writes, for publisher half A, half B and all pages, with the worst pages\n"+
			"of each field. Publisher = page id less a trailing -N or _YYYY_MM_DD (a page named by a\n"+
			"content hash, as AEB's: its URL host's main label); half = crc32 of it mod 2 (0 = A, 1 = B). Half A is held out, so by default only half B's worst pages are\n"+
			"listed. The figures agree with score.py to three decimals. A missing DIR is skipped; a\n"+
			"relative DIR not found is looked for from each parent folder in turn.")
	dir := fs.String("bench", "../shared/bench", "the folder holding the benchmark sets")
	sets := fs.String("sets", "aeb,fundus,gold-dev", "comma-separated `SETS` to score")
	rules := fs.String("rules", "none,all", "comma-separated rule settings to score with (`none,all`; kabar: the bundled ftr-site-config snapshot off)")
	fields := fs.String("fields", "", "comma-separated field `KEYS` to show ("+fieldKeys()+"), or none for the body only; all when empty")
	worst := fs.Int("worst", 3, "list the `N` worst pages of the body and of each field")
	worstHalf := fs.String("worst-half", "A", "whose worst pages (body and fields) to list: A, B or all (default: the half developed on this round; the confidence lists cover every page)")
	snapshot := fs.Bool("snapshot", false, "instead, print the bundled ftr-site-config snapshot's effect: every figure with rules none, kabar (snapshot off) and all (on), over all pages and over the pages the snapshot covers, per half")
	rest, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	if *worst < 0 {
		return usagef("--worst must not be negative")
	}
	if !slices.Contains([]string{"A", "B", "all"}, *worstHalf) {
		return usagef("--worst-half must be A, B or all, not %q", *worstHalf)
	}
	ruleList := splitList(*rules)
	for _, r := range ruleList {
		if r != "none" && r != "all" && r != "kabar" {
			return usagef("--rules takes none, kabar and all, not %q", r)
		}
	}
	fieldList := splitList(*fields)
	showFields := !slices.Equal(fieldList, []string{"none"})
	if showFields {
		for _, k := range fieldList {
			if _, ok := eval.FieldByKey(k); !ok {
				return usagef("unknown field %q (fields: %s, or none)", k, fieldKeys())
			}
		}
	}
	bench, ok := findBenchDir(*dir)
	if !ok {
		fmt.Fprintf(e.stdout, "no benchmark folder at %s: skipped\n", *dir)
		return nil
	}
	if *snapshot {
		var keys []string
		if showFields {
			keys = fieldList
		} else {
			keys = []string{"none"}
		}
		return writeSnapshotTable(ctx, e.stdout, bench, splitList(*sets), keys)
	}
	first := true
	for _, set := range splitList(*sets) {
		for _, r := range ruleList {
			p, err := newPipeline(r, "")
			if err != nil {
				return err
			}
			start := time.Now()
			res, err := eval.RunRecords(ctx, filepath.Join(bench, set), p.record)
			if errors.Is(err, os.ErrNotExist) {
				fmt.Fprintf(e.stdout, "%s: not found under %s, skipped\n", set, bench)
				break
			}
			if err != nil {
				return err
			}
			if !first {
				fmt.Fprintln(e.stdout)
			}
			first = false
			res.Body.Name = fmt.Sprintf("== %s (rules=%s, %s)", set, r, time.Since(start).Round(time.Millisecond))
			if err := res.Body.Write(e.stdout, 0); err != nil {
				return err
			}
			if err := res.Body.WriteWorst(e.stdout, *worst, *worstHalf); err != nil {
				return err
			}
			if err := res.Body.WriteHalves(e.stdout); err != nil {
				return err
			}
			if err := res.Body.Calibrate().Write(e.stdout); err != nil {
				return err
			}
			if showFields {
				err := res.Fields.Write(e.stdout, eval.FieldWriteOptions{Fields: fieldList, Worst: *worst, WorstHalf: *worstHalf})
				if err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// record is the JSON record `kabar extract` writes for one page (less its
// source_file, which scoring does not read): what eval scores.
func (p pipeline) record(html []byte, url string) ([]byte, error) {
	a, _, err := p.process(html, url, "", time.Time{})
	line, merr := marshalLine(a)
	if merr != nil {
		return nil, fmt.Errorf("encode record: %w", merr)
	}
	return line, err
}

// fieldKeys lists the field keys, as score.py names them.
func fieldKeys() string {
	var keys []string
	for _, f := range eval.Fields {
		keys = append(keys, f.Key)
	}
	return strings.Join(keys, ", ")
}

// splitList splits a comma-separated flag value, dropping blanks.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// findBenchDir returns dir when it is a folder; a relative dir that is not
// is looked for from each parent of the working folder in turn, so that
// "../shared/bench" is found from a worktree nested deeper than the
// repository.
func findBenchDir(dir string) (string, bool) {
	isDir := func(p string) bool {
		st, err := os.Stat(p)
		return err == nil && st.IsDir()
	}
	if isDir(dir) {
		return dir, true
	}
	if filepath.IsAbs(dir) {
		return "", false
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		parent := filepath.Dir(wd)
		if parent == wd {
			return "", false
		}
		wd = parent
		if p := filepath.Join(wd, dir); isDir(p) {
			return p, true
		}
	}
}
