package eval

import (
	"cmp"
	"fmt"
	"io"
	"slices"
)

// PageScore is the body metric of one page.
type PageScore struct {
	ID, URL       string
	TP, FP, FN    float64 // normalised shingle counts (sum 1, or all 0)
	Precision     float64
	Recall        float64
	F1            float64
	TruthTokens   int
	PredTokens    int
	Err           string   // extraction error, if any (the page then counts as empty)
	Leftover      []string // labelled boilerplate strings found in the text
	Exact         bool     // token sequences match exactly
	Confidence    float64  // the record's extraction.confidence (0 when absent)
	Warnings      []string // the record's extraction.warnings
	predicted     bool     // TP+FP > 0: counts towards precision
	truthNonEmpty bool     // TP+FN > 0: counts towards recall
}

// Report holds the figures of one dataset, computed as score.py does:
// precision averaged over pages that predicted something, recall over pages
// whose truth is not empty, F1 the harmonic mean of the two averages.
type Report struct {
	Name      string
	Pages     []PageScore // sorted by ID
	Precision float64
	Recall    float64
	F1        float64
	Accuracy  float64 // share of pages whose token sequences match exactly
	Missing   int     // pages with no prediction
	// BoilerplatePages counts pages whose truth labels boilerplate;
	// CleanPages those of them whose text keeps none of it.
	BoilerplatePages, CleanPages int
}

// Score computes the report for truth and predicted texts keyed by page id.
// Pages absent from pred count as empty extractions.
func Score(truth, pred map[string]string) Report {
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	r := Report{Pages: make([]PageScore, 0, len(ids))}
	for _, id := range ids {
		p, ok := pred[id]
		if !ok {
			r.Missing++
		}
		r.Pages = append(r.Pages, scorePage(id, truth[id], p))
	}
	r.summarise()
	return r
}

func scorePage(id, truth, pred string) PageScore {
	tp, fp, fn := Counts(truth, pred)
	p, rc := precision(tp, fp, fn), recall(tp, fp, fn)
	return PageScore{
		ID: id, TP: tp, FP: fp, FN: fn,
		Precision: p, Recall: rc, F1: 2 * p * rc / max(1e-9, p+rc),
		TruthTokens: len(Tokens(truth)), PredTokens: len(Tokens(pred)),
		Exact:     sameTokens(truth, pred),
		predicted: tp+fp > 0, truthNonEmpty: tp+fn > 0,
	}
}

func (r *Report) summarise() {
	var ps, rs float64
	var np, nr, exact int
	for _, s := range r.Pages {
		if s.predicted {
			ps += s.Precision
			np++
		}
		if s.truthNonEmpty {
			rs += s.Recall
			nr++
		}
		if s.Exact {
			exact++
		}
	}
	r.Precision, r.Recall = 0, 0
	if np > 0 {
		r.Precision = ps / float64(np)
	}
	if nr > 0 {
		r.Recall = rs / float64(nr)
	}
	r.F1 = f1(r.Precision, r.Recall)
	r.Accuracy = 0
	if len(r.Pages) > 0 {
		r.Accuracy = float64(exact) / float64(len(r.Pages))
	}
}

// Worst returns the n pages with the lowest F1 (ties by id), as score.py
// --worst lists them.
func (r Report) Worst(n int) []PageScore {
	w := slices.Clone(r.Pages)
	slices.SortStableFunc(w, func(a, b PageScore) int {
		return cmp.Or(cmp.Compare(a.F1, b.F1), cmp.Compare(a.ID, b.ID))
	})
	return w[:min(n, len(w))]
}

// Write prints the figures in score.py's layout, then the worst pages.
func (r Report) Write(w io.Writer, worst int) error {
	if r.Name != "" {
		if _, err := fmt.Fprintf(w, "%s\n", r.Name); err != nil {
			return err
		}
	}
	if r.Missing > 0 {
		if _, err := fmt.Fprintf(w, "pages with no record: %d\n", r.Missing); err != nil {
			return err
		}
	}
	if _, err := fmt.Fprintf(w, "body precision %.3f recall %.3f accuracy %.3f over %d pages\nbody F1 %.3f\n",
		r.Precision, r.Recall, r.Accuracy, len(r.Pages), r.F1); err != nil {
		return err
	}
	if r.BoilerplatePages > 0 {
		if _, err := fmt.Fprintf(w, "no boilerplate left %.3f over %d pages\n",
			float64(r.CleanPages)/float64(r.BoilerplatePages), r.BoilerplatePages); err != nil {
			return err
		}
		for _, s := range r.Pages {
			if len(s.Leftover) > 0 {
				if _, err := fmt.Fprintf(w, "  left in %s: %q\n", s.ID, s.Leftover); err != nil {
					return err
				}
			}
		}
	}
	return r.WriteWorst(w, worst, "all")
}

// WriteWorst prints the n pages of publisher half ("A", "B", or "all")
// with the lowest F1, in score.py's layout: `kabar eval --worst-half`
// lists only the half developed on, so the held-out half's pages stay
// out of view.
func (r Report) WriteWorst(w io.Writer, n int, half string) error {
	listed := 0
	for _, s := range r.Worst(len(r.Pages)) {
		if listed == n {
			break
		}
		if half != "all" && PageHalf(s.ID, s.URL) != half {
			continue
		}
		listed++
		msg := ""
		if s.Err != "" {
			msg = " error: " + s.Err
		}
		if _, err := fmt.Fprintf(w, "  worst %.3f p %.3f r %.3f %s %s%s\n", s.F1, s.Precision, s.Recall, s.ID, s.URL, msg); err != nil {
			return err
		}
	}
	return nil
}
