package eval

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
)

// Calibration thresholds: a record is trusted at TrustedConfidence, and a
// body is right at RightF1.
const (
	TrustedConfidence = 0.8
	RightF1           = 0.8
	// worstShare is the share of pages (lowest F1) whose mean confidence
	// is compared with the rest's.
	worstShare = 0.05
)

// Calibration says whether the records' extraction.confidence can be
// filtered on: how many records reach TrustedConfidence, how often those
// are right, and how far the worst pages' confidence sits below the rest.
type Calibration struct {
	Pages int
	// Under05 and Under08 count pages whose body F1 is under 0.5 and 0.8.
	Under05, Under08 int
	// Trusted counts records with confidence >= TrustedConfidence,
	// TrustedRight those of them whose body F1 >= RightF1.
	Trusted, TrustedRight int
	// WorstMean is the mean confidence of the worst worstShare of pages by
	// F1 (at least one page), RestMean that of the others.
	WorstMean, RestMean float64
	// Low lists the pages under TrustedConfidence, Missed the pages at or
	// over it whose body is wrong; both by confidence, then id.
	Low, Missed []PageScore
	// Worst lists the worst worstShare of pages by F1 (those WorstMean is
	// taken over), worst first: whether the gap is small because their
	// confidence is high or because they are in fact right shows there.
	Worst []PageScore
	// WorstRight counts the pages of Worst that are right (F1 >=
	// RightF1). When it is all of them, the gap compares right pages
	// with right pages (label conventions, not errors) and says nothing
	// of how well confidence finds wrong bodies.
	WorstRight int
	// WrongMean and RightMean are the mean confidence of the pages under
	// RightF1 and of the others (0 when there are none): the gap between
	// the wrong pages and the right ones, however few the wrong are.
	WrongMean, RightMean float64
}

// TrustedShare is Trusted over Pages.
func (c Calibration) TrustedShare() float64 { return ratio(c.Trusted, c.Pages) }

// Precision is TrustedRight over Trusted (1 when nothing is trusted).
func (c Calibration) Precision() float64 {
	if c.Trusted == 0 {
		return 1
	}
	return ratio(c.TrustedRight, c.Trusted)
}

// Gap is RestMean - WorstMean.
func (c Calibration) Gap() float64 { return c.RestMean - c.WorstMean }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Calibrate computes the calibration of a report whose pages carry their
// records' confidence.
func (r Report) Calibrate() Calibration {
	c := Calibration{Pages: len(r.Pages)}
	if c.Pages == 0 {
		return c
	}
	for _, p := range r.Pages {
		if p.F1 < 0.5 {
			c.Under05++
		}
		if p.F1 < RightF1 {
			c.Under08++
		}
		if p.Confidence >= TrustedConfidence {
			c.Trusted++
			if p.F1 >= RightF1 {
				c.TrustedRight++
			} else {
				c.Missed = append(c.Missed, p)
			}
		} else {
			c.Low = append(c.Low, p)
		}
	}
	byConf := func(a, b PageScore) int {
		return cmp.Or(cmp.Compare(a.Confidence, b.Confidence), cmp.Compare(a.ID, b.ID))
	}
	slices.SortFunc(c.Low, byConf)
	slices.SortFunc(c.Missed, byConf)
	worst := r.Worst(len(r.Pages))
	n := max(1, int(math.Ceil(worstShare*float64(len(worst)))))
	c.Worst = worst[:n]
	c.WorstMean = meanConfidence(worst[:n])
	c.RestMean = meanConfidence(worst[n:])
	for _, p := range c.Worst {
		if p.F1 >= RightF1 {
			c.WorstRight++
		}
	}
	// worst is sorted by F1, so the wrong pages are its first Under08.
	c.WrongMean = meanConfidence(worst[:c.Under08])
	c.RightMean = meanConfidence(worst[c.Under08:])
	return c
}

func meanConfidence(ps []PageScore) float64 {
	if len(ps) == 0 {
		return 0
	}
	s := 0.0
	for _, p := range ps {
		s += p.Confidence
	}
	return s / float64(len(ps))
}

// Write prints the calibration figures, then the pages under
// TrustedConfidence, the trusted pages that are wrong, and the worst
// worstShare of pages by F1.
func (c Calibration) Write(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "pages with body F1 < 0.5: %d, < 0.8: %d (%.1f %%)\n"+
		"confidence >= %.1f: %.3f of %d records, right (F1 >= %.1f) %.3f; mean confidence worst 5 %% %.3f, rest %.3f, gap %.3f\n",
		c.Under05, c.Under08, 100*ratio(c.Under08, c.Pages),
		TrustedConfidence, c.TrustedShare(), c.Pages, RightF1, c.Precision(), c.WorstMean, c.RestMean, c.Gap()); err != nil {
		return err
	}
	if _, err := fmt.Fprintf(w, "worst 5 %%: %d of %d right (F1 >= %.1f)", c.WorstRight, len(c.Worst), RightF1); err != nil {
		return err
	}
	if c.WorstRight == len(c.Worst) {
		if _, err := fmt.Fprint(w, ", so the gap compares right pages with right pages"); err != nil {
			return err
		}
	}
	if c.Under08 > 0 {
		if _, err := fmt.Fprintf(w, "; mean confidence of the %d wrong pages (F1 < %.1f) %.3f, of the right %.3f, gap %.3f",
			c.Under08, RightF1, c.WrongMean, c.RightMean, c.RightMean-c.WrongMean); err != nil {
			return err
		}
	}
	if _, err := fmt.Fprintln(w); err != nil {
		return err
	}
	for _, p := range c.Low {
		if _, err := fmt.Fprintf(w, "  confidence %.3f F1 %.3f %s %s\n", p.Confidence, p.F1, p.ID, strings.Join(p.Warnings, "; ")); err != nil {
			return err
		}
	}
	for _, p := range c.Missed {
		if _, err := fmt.Fprintf(w, "  trusted but wrong: confidence %.3f F1 %.3f %s %s\n", p.Confidence, p.F1, p.ID, strings.Join(p.Warnings, "; ")); err != nil {
			return err
		}
	}
	for _, p := range c.Worst {
		if _, err := fmt.Fprintf(w, "  worst 5 %%: F1 %.3f confidence %.3f %s %s\n", p.F1, p.Confidence, p.ID, strings.Join(p.Warnings, "; ")); err != nil {
			return err
		}
	}
	return nil
}

// extractionOf reads extraction.confidence and extraction.warnings of a
// predicted record (0 and none when absent).
func extractionOf(r Record) (float64, []string) {
	ex, _ := r["extraction"].(map[string]any)
	if ex == nil {
		return 0, nil
	}
	var conf float64
	if n, ok := ex["confidence"].(json.Number); ok {
		conf, _ = n.Float64()
	}
	var warns []string
	if ws, ok := ex["warnings"].([]any); ok {
		for _, x := range ws {
			warns = append(warns, str(x))
		}
	}
	return conf, warns
}

// Half returns the report of the pages of one publisher half ("A" or "B",
// see PageHalf), its figures computed over those pages alone: calibration
// is fitted on one half and checked on the other.
func (r Report) Half(half string) Report {
	sub := Report{Name: r.Name}
	for _, p := range r.Pages {
		if PageHalf(p.ID, p.URL) == half {
			sub.Pages = append(sub.Pages, p)
		}
	}
	sub.summarise()
	return sub
}

// WriteHalves prints, for half A and half B in turn, one line of the body
// F1 and the calibration figures over that half's pages.
func (r Report) WriteHalves(w io.Writer) error {
	for _, h := range []string{"A", "B"} {
		s := r.Half(h)
		if len(s.Pages) == 0 {
			continue
		}
		c := s.Calibrate()
		if _, err := fmt.Fprintf(w, "  half %s: %d pages, body F1 %.3f, < 0.5: %d, < 0.8: %d; confidence >= %.1f: %.3f, right %.3f; gap %.3f (worst 5 %%: %d of %d right)",
			h, c.Pages, s.F1, c.Under05, c.Under08, TrustedConfidence, c.TrustedShare(), c.Precision(), c.Gap(), c.WorstRight, len(c.Worst)); err != nil {
			return err
		}
		if c.Under08 > 0 {
			if _, err := fmt.Fprintf(w, "; wrong/right gap %.3f", c.RightMean-c.WrongMean); err != nil {
				return err
			}
		}
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	return nil
}
