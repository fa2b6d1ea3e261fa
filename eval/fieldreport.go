package eval

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
)

// FieldReport holds the field figures of one set, page by page; the set's
// figures are sums over its pages (SumFields), for either half or both.
type FieldReport struct {
	Name  string
	Pages []PageFields // sorted by id, as score.py orders them
}

// ScoreFields scores every page of truth against its record in pred (an
// absent record is an empty one), as score.py fields does.
func ScoreFields(truth, pred map[string]Record) FieldReport {
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	r := FieldReport{Pages: make([]PageFields, 0, len(ids))}
	for _, id := range ids {
		p := ScorePage(truth[id], pred[id])
		p.ID, p.Half = id, Half(id)
		r.Pages = append(r.Pages, p)
	}
	return r
}

// Sum returns the figures over the pages of half ("A", "B"), or over all
// pages when half is "" or "all".
func (r FieldReport) Sum(half string) map[string]Tally {
	if half == "" || half == "all" {
		return SumFields(r.Pages)
	}
	var pages []PageFields
	for _, p := range r.Pages {
		if p.Half == half {
			pages = append(pages, p)
		}
	}
	return SumFields(pages)
}

// Worst returns up to n pages of half ("" or "all" for both) that lost
// most on field key, worst first (ties by id); pages that lost nothing
// are not listed.
func (r FieldReport) Worst(key string, n int, half string) []PageFields {
	f, _ := FieldByKey(key)
	type scored struct {
		p    PageFields
		loss float64
	}
	var list []scored
	for _, p := range r.Pages {
		if half != "" && half != "all" && p.Half != half {
			continue
		}
		res, ok := p.Fields[key]
		if !ok || res.Units == 0 {
			continue
		}
		loss := 1 - res.Score()
		if f.LowerIsBetter {
			loss = res.Score()
		}
		if loss > 1e-9 {
			list = append(list, scored{p, loss})
		}
	}
	slices.SortStableFunc(list, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.loss, a.loss), cmp.Compare(a.p.ID, b.p.ID))
	})
	out := make([]PageFields, 0, min(n, len(list)))
	for _, s := range list[:min(n, len(list))] {
		out = append(out, s.p)
	}
	return out
}

// FieldWriteOptions says what FieldReport.Write prints.
type FieldWriteOptions struct {
	// Fields limits the figures to these keys (all when empty).
	Fields []string
	// Worst is how many of the worst pages to list for each field.
	Worst int
	// WorstHalf is the half whose pages are listed ("A", "B", or "all").
	WorstHalf string
}

// Write prints one row per figure that has units in the set: its label,
// the figure and unit count for half A, half B and all pages, and the
// unit; then, for each field, the worst pages of opts.WorstHalf with what
// was predicted and what was wanted.
func (r FieldReport) Write(w io.Writer, opts FieldWriteOptions) error {
	keep := func(key string) bool { return len(opts.Fields) == 0 || slices.Contains(opts.Fields, key) }
	sums := map[string]map[string]Tally{"A": r.Sum("A"), "B": r.Sum("B"), "all": r.Sum("all")}
	var b strings.Builder
	rows := 0
	for _, f := range Fields {
		all, ok := sums["all"][f.Key]
		if !ok || !keep(f.Key) {
			continue
		}
		if rows == 0 {
			fmt.Fprintf(&b, "%-26s %12s %12s %12s\n", "fields", "half A", "half B", "all")
		}
		rows++
		fmt.Fprintf(&b, "%-26s %12s %12s %12s  %s\n", f.Label, cell(sums["A"][f.Key]), cell(sums["B"][f.Key]), cell(all), f.Unit)
	}
	if rows > 0 && opts.Worst > 0 {
		half := opts.WorstHalf
		var lines []string
		for _, f := range Fields {
			if _, ok := sums["all"][f.Key]; !ok || !keep(f.Key) {
				continue
			}
			for _, p := range r.Worst(f.Key, opts.Worst, half) {
				res := p.Fields[f.Key]
				what := res.Note
				if what == "" {
					what = fmt.Sprintf("got %q want %q", clip(res.Got, 70), clip(res.Want, 70))
				}
				if p.Err != "" {
					what += " (error: " + clip(p.Err, 60) + ")"
				}
				lines = append(lines, fmt.Sprintf("  %-16s %.3f %s %s: %s", f.Key, res.Score(), p.Half, p.ID, what))
			}
		}
		switch half {
		case "A", "B":
			fmt.Fprintf(&b, "worst pages of half %s (%d a field):\n", half, opts.Worst)
		default:
			fmt.Fprintf(&b, "worst pages (%d a field):\n", opts.Worst)
		}
		if len(lines) == 0 {
			b.WriteString("  none lost anything\n")
		}
		for _, l := range lines {
			b.WriteString(l + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// cell is a figure with its unit count, or "-" when there is none.
func cell(t Tally) string {
	if t.Units == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f (%3d)", t.Score(), t.Units)
}
