package eval

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Field is one figure of score.py's fields mode, in its order.
type Field struct {
	Key   string // score.py's key ("authors", "quote_recall")
	Label string // score.py's label
	Unit  string // what the figure is counted over
	// LowerIsBetter marks the "where none" figures: the share of pages
	// whose truth has no such names but the prediction gives some.
	LowerIsBetter bool
}

// Fields lists the figures as score.py's LABELS and UNITS do.
var Fields = []Field{
	{Key: "title", Label: "title exact", Unit: "pages"},
	{Key: "authors", Label: "authors set-F1", Unit: "pages"},
	{Key: "editors", Label: "editors set-F1", Unit: "pages"},
	{Key: "date", Label: "published date", Unit: "pages"},
	{Key: "instant", Label: "published minute", Unit: "pages"},
	{Key: "dateline", Label: "dateline place", Unit: "pages"},
	{Key: "sources", Label: "cited sources set-F1", Unit: "pages"},
	{Key: "quote_recall", Label: "quotes found (recall)", Unit: "quotes"},
	{Key: "quote_precision", Label: "quotes kept (precision)", Unit: "predicted quotes"},
	{Key: "speaker", Label: "speaker right, of found", Unit: "found quotes"},
	{Key: "quote_speaker_f1", Label: "quote+speaker F1", Unit: "quotes"},
	{Key: "clean", Label: "no boilerplate left", Unit: "pages"},
	{Key: "editors_spurious", Label: "editors where none", Unit: "pages", LowerIsBetter: true},
	{Key: "sources_spurious", Label: "sources where none", Unit: "pages", LowerIsBetter: true},
}

// FieldByKey returns the Field of a key.
func FieldByKey(key string) (Field, bool) {
	for _, f := range Fields {
		if f.Key == key {
			return f, true
		}
	}
	return Field{}, false
}

// Tally is a figure's count of units and the sum of their scores (each
// unit scores 0 to 1); the figure is Sum/Units.
type Tally struct {
	Units int
	Sum   float64
}

// Score is Sum/Units (0 when there are no units).
func (t Tally) Score() float64 {
	if t.Units == 0 {
		return 0
	}
	return t.Sum / float64(t.Units)
}

// FieldResult is one field on one page: its tally and a compact account
// of what was predicted and what was wanted, for listings.
type FieldResult struct {
	Tally
	Got, Want string
	// Note replaces got/want where a pair says too little (quotes).
	Note string
}

// PageFields is how one page fares on each field its truth scores.
type PageFields struct {
	ID, URL string
	Half    string // "A" or "B", see Half
	Err     string // extraction error, if any
	Fields  map[string]FieldResult
	// The page's quote counts: truth quotes, predicted quotes (counted
	// only where the truth lists quotes), truth quotes found, and found
	// ones with the right speaker. The quote figures of a set are ratios
	// of their sums, not means of page figures.
	TruthQuotes, PredQuotes, Found, Right int
}

// ScorePage scores one predicted record against its truth record as
// score.py's field_scores scores one page. A nil pred is an empty record.
func ScorePage(t, p Record) PageFields {
	out := PageFields{Fields: map[string]FieldResult{}}
	add := func(k string, ok bool, got, want string) {
		r := FieldResult{Tally: Tally{Units: 1}, Got: got, Want: want}
		if ok {
			r.Sum = 1
		}
		out.Fields[k] = r
	}
	if truthy(t["title"]) {
		tt, pt := str(t["title"]), str(p["title"])
		add("title", NormTitle(tt) == NormTitle(pt), pt, tt)
	}
	if _, ok := t["authors"]; ok {
		want, got := NamesOf(t, "authors"), NamesOf(p, "authors")
		out.Fields["authors"] = FieldResult{Tally: Tally{1, SetF1(want, got)}, Got: names(got), Want: names(want)}
	}
	for _, k := range []string{"editors", "sources"} {
		want, got := NamesOf(t, k), NamesOf(p, k)
		if len(want) > 0 {
			out.Fields[k] = FieldResult{Tally: Tally{1, SetF1(want, got)}, Got: names(got), Want: names(want)}
		} else if _, ok := t[k]; ok {
			add(k+"_spurious", len(got) > 0, names(got), "none")
		}
	}
	if ts, ok := t["published_at"].(string); ok {
		pts := str(p["published_at"])
		if tt, ok := ParseTime(ts); ok {
			pt, pok := ParseTime(pts)
			add("date", pok && SameDate(tt, pt), pts, ts)
			if utf8.RuneCountInString(ts) > 10 {
				add("instant", pok && SameInstant(tt, pt), pts, ts)
			}
		}
	}
	if td, ok := t["dateline"].(map[string]any); ok && truthy(td["place"]) {
		pd, _ := p["dateline"].(map[string]any)
		want, got := str(td["place"]), str(pd["place"])
		add("dateline", NormName(want) == NormName(got), got, want)
	}
	if bp, ok := t["boilerplate"].([]any); ok && len(bp) > 0 {
		var labels []string
		for _, b := range bp {
			labels = append(labels, str(b))
		}
		left := Leftover(str(p["text"]), labels)
		add("clean", len(left) == 0, "", "")
		out.Fields["clean"] = FieldResult{Tally: out.Fields["clean"].Tally, Note: "left " + quoted(left)}
	}
	if tq, ok := t["quotes"]; ok {
		out.scoreQuotes(quotesOf(tq), quotesOf(p["quotes"]))
	}
	return out
}

type quote struct{ text, speaker string }

// quotesOf keeps the quotes that are objects with a text, as score.py does.
func quotesOf(v any) []quote {
	list, _ := v.([]any)
	var out []quote
	for _, x := range list {
		if m, ok := x.(map[string]any); ok && truthy(m["text"]) {
			out = append(out, quote{str(m["text"]), str(m["speaker"])})
		}
	}
	return out
}

func (out *PageFields) scoreQuotes(tqs, pqs []quote) {
	out.TruthQuotes, out.PredQuotes = len(tqs), len(pqs)
	tt, pt := make([]string, len(tqs)), make([]string, len(pqs))
	for i, q := range tqs {
		tt[i] = q.text
	}
	for i, q := range pqs {
		pt[i] = q.text
	}
	match := MatchQuotes(tt, pt)
	var missed, wrong []string
	matched := make([]bool, len(pqs))
	for i, j := range match {
		if j < 0 {
			missed = append(missed, "«"+clip(tqs[i].text, 40)+"»")
			continue
		}
		matched[j] = true
		out.Found++
		if NormName(tqs[i].speaker) == NormName(pqs[j].speaker) {
			out.Right++
		} else {
			wrong = append(wrong, fmt.Sprintf("«%s» got %q want %q", clip(tqs[i].text, 30), pqs[j].speaker, tqs[i].speaker))
		}
	}
	var extra []string
	for j, q := range pqs {
		if !matched[j] {
			extra = append(extra, "«"+clip(q.text, 40)+"»")
		}
	}
	if out.TruthQuotes > 0 {
		out.Fields["quote_recall"] = FieldResult{Tally: Tally{out.TruthQuotes, float64(out.Found)},
			Note: fmt.Sprintf("found %d of %d; missed %s", out.Found, out.TruthQuotes, some(missed))}
		out.Fields["quote_speaker_f1"] = FieldResult{Tally: quoteSpeakerF1(out.TruthQuotes, out.PredQuotes, out.Right),
			Note: fmt.Sprintf("%d of %d right, %d predicted", out.Right, out.TruthQuotes, out.PredQuotes)}
	}
	if out.PredQuotes > 0 {
		out.Fields["quote_precision"] = FieldResult{Tally: Tally{out.PredQuotes, float64(out.Found)},
			Note: fmt.Sprintf("kept %d of %d predicted; extra %s", out.Found, out.PredQuotes, some(extra))}
	}
	if out.Found > 0 {
		out.Fields["speaker"] = FieldResult{Tally: Tally{out.Found, float64(out.Right)},
			Note: fmt.Sprintf("%d of %d found right; %s", out.Right, out.Found, some(wrong))}
	}
}

// quoteSpeakerF1 is score.py's quote+speaker figure over tq truth quotes:
// F1 of right/pq and right/tq, weighted by tq.
func quoteSpeakerF1(tq, pq, right int) Tally {
	var rp float64
	if pq > 0 {
		rp = float64(right) / float64(pq)
	}
	rr := float64(right) / float64(tq)
	f := 0.0
	if rp+rr != 0 {
		f = 2 * rp * rr / (rp + rr)
	}
	return Tally{tq, f * float64(tq)}
}

// SumFields adds up the pages' figures as score.py's field_scores does
// over the same pages (in the same order, so sums agree to the last bit).
// Figures with no units are absent.
func SumFields(pages []PageFields) map[string]Tally {
	out := map[string]Tally{}
	var tq, pq, found, right int
	for _, p := range pages {
		for k, r := range p.Fields {
			switch k {
			case "quote_recall", "quote_precision", "speaker", "quote_speaker_f1":
				continue
			}
			t := out[k]
			t.Units += r.Units
			t.Sum += r.Sum
			out[k] = t
		}
		tq, pq, found, right = tq+p.TruthQuotes, pq+p.PredQuotes, found+p.Found, right+p.Right
	}
	if tq > 0 {
		out["quote_recall"] = Tally{tq, float64(found)}
		out["speaker"] = Tally{found, float64(right)}
		out["quote_precision"] = Tally{pq, float64(found)}
		out["quote_speaker_f1"] = quoteSpeakerF1(tq, pq, right)
	}
	for k, t := range out {
		if t.Units == 0 {
			delete(out, k)
		}
	}
	return out
}

func names(list []string) string { return strings.Join(list, "; ") }

func quoted(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = "«" + clip(s, 40) + "»"
	}
	return some(q)
}

// some joins the first two items and counts the rest.
func some(list []string) string {
	switch {
	case len(list) == 0:
		return "none"
	case len(list) <= 2:
		return strings.Join(list, ", ")
	}
	return fmt.Sprintf("%s (+%d more)", strings.Join(list[:2], ", "), len(list)-2)
}

// clip shortens s to n characters, whitespace collapsed.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
