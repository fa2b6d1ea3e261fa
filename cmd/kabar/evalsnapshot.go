package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kabar-news/kabar/eval"
	"github.com/kabar-news/kabar/extract"
)

// snapshotModes are the rule settings the snapshot table compares: generic
// only, the bundled snapshot off (kabar's rules), and on.
var snapshotModes = []string{"none", "kabar", "all"}

// writeSnapshotTable prints, for each set, the figures with rules none,
// kabar (the bundled ftr-site-config snapshot off) and all (on), over all
// pages and over the pages the snapshot covers (no kabar rule, a bundled
// file for the host), per publisher half: the table issue 15's closing
// note asks for. fields narrows the field rows (empty: every field the
// set's truth labels; "none": the body only).
func writeSnapshotTable(ctx context.Context, w io.Writer, bench string, sets, fields []string) error {
	all, err := newPipeline("all", "")
	if err != nil {
		return err
	}
	first := true
	for _, set := range sets {
		dir := filepath.Join(bench, set)
		entries, err := eval.LoadManifest(dir)
		if errors.Is(err, os.ErrNotExist) {
			fmt.Fprintf(w, "%s: not found under %s, skipped\n", set, bench)
			continue
		}
		if err != nil {
			return err
		}
		covered := map[string]bool{}
		for _, e := range entries {
			if e.URL == "" {
				continue
			}
			choices, err := extract.WhichRules(e.URL, all.extractOptions(""))
			if err != nil {
				continue // no absolute URL: no rule by address
			}
			for _, c := range choices {
				if c.Used && strings.HasPrefix(c.Method, "rules:ftr/") {
					covered[e.ID] = true
				}
			}
		}
		res := map[string]eval.Result{}
		for _, m := range snapshotModes {
			p, err := newPipeline(m, "")
			if err != nil {
				return err
			}
			r, err := eval.RunRecords(ctx, dir, p.record)
			if err != nil {
				return err
			}
			res[m] = r
		}
		if !first {
			fmt.Fprintln(w)
		}
		first = false
		writeSnapshotSet(w, set, res, covered, fields)
	}
	return nil
}

type snapshotColumn struct {
	label string
	keep  func(id string) bool
}

// pageHalves maps each page of a result to its publisher half by
// eval.PageHalf, which needs the page's URL: a page named by a hash of its
// content (AEB) belongs to its host's publisher, so that one publisher's
// pages never fall in both halves (eval.Half of the hash alone would split
// them at random).
func pageHalves(r eval.Result) map[string]string {
	out := make(map[string]string, len(r.Body.Pages)+len(r.Fields.Pages))
	for _, p := range r.Body.Pages {
		out[p.ID] = eval.PageHalf(p.ID, p.URL)
	}
	for _, p := range r.Fields.Pages {
		if _, ok := out[p.ID]; !ok {
			out[p.ID] = eval.PageHalf(p.ID, p.URL)
		}
	}
	return out
}

func writeSnapshotSet(w io.Writer, set string, res map[string]eval.Result, covered map[string]bool, fields []string) {
	halves := pageHalves(res[snapshotModes[0]])
	var cols []snapshotColumn
	for _, scope := range []string{"all", "covered"} {
		for _, h := range []string{"A", "B"} {
			cols = append(cols, snapshotColumn{scope + " " + h, func(id string) bool {
				return halves[id] == h && (scope == "all" || covered[id])
			}})
		}
	}
	fmt.Fprintf(w, "== %s: rules none / kabar (snapshot off) / all (snapshot on); (pages)\n", set)
	fmt.Fprintf(w, "%-18s", "")
	for _, c := range cols {
		fmt.Fprintf(w, "%25s", c.label)
	}
	fmt.Fprintln(w)
	cell := func(vals []float64, ok []bool, n int) string {
		var parts []string
		for i, v := range vals {
			if ok[i] {
				parts = append(parts, fmt.Sprintf("%.3f", v))
			} else {
				parts = append(parts, "  -  ")
			}
		}
		return fmt.Sprintf("%s (%d)", strings.Join(parts, "/"), n)
	}
	fmt.Fprintf(w, "%-18s", "body F1")
	for _, c := range cols {
		var vals []float64
		var ok []bool
		n := 0
		for _, m := range snapshotModes {
			r := res[m].Body.Only(c.keep)
			vals, ok, n = append(vals, r.F1), append(ok, len(r.Pages) > 0), len(r.Pages)
		}
		fmt.Fprintf(w, "%25s", cell(vals, ok, n))
	}
	fmt.Fprintln(w)
	if slices.Equal(fields, []string{"none"}) {
		return
	}
	for _, f := range eval.Fields {
		if len(fields) > 0 && !slices.Contains(fields, f.Key) {
			continue
		}
		if _, labelled := res["all"].Fields.Sum("all")[f.Key]; !labelled {
			continue
		}
		fmt.Fprintf(w, "%-18s", f.Key)
		for _, c := range cols {
			var vals []float64
			var ok []bool
			n := 0
			for _, m := range snapshotModes {
				t, has := res[m].Fields.Only(c.keep).Sum("all")[f.Key]
				vals, ok, n = append(vals, t.Score()), append(ok, has), t.Units
			}
			fmt.Fprintf(w, "%25s", cell(vals, ok, n))
		}
		fmt.Fprintln(w)
	}
}
