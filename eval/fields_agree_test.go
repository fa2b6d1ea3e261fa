package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestFieldsAgreeWithScorePy writes degraded copies of the gold-dev and
// fundus truth records (names dropped, added, recased or given as
// objects; times moved to other zones, stripped of their zone, shifted by
// a minute or a day; datelines, boilerplate, quotes and speakers altered;
// some pages missing), scores them here and with the referee score.py
// fields --json, and requires every figure to agree to 1e-3 with the same
// unit counts: for all pages and for each publisher half (score.py run on
// the half's truth lines). It skips without python3 or ../shared.
func TestFieldsAgreeWithScorePy(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	bench := findBench(t)
	for _, name := range []string{"gold-dev", "fundus"} {
		t.Run(name, func(t *testing.T) {
			truthPath := filepath.Join(bench, name, "truth.jsonl")
			truth, _, err := LoadRecords(truthPath)
			if err != nil {
				t.Fatal(err)
			}
			ids := make([]string, 0, len(truth))
			for id := range truth {
				ids = append(ids, id)
			}
			slices.Sort(ids)
			rng := rand.New(rand.NewPCG(7, uint64(len(ids))))
			var lines bytes.Buffer
			for i, id := range ids {
				if i%15 == 7 {
					continue // no record for this page
				}
				rec := degrade(rng, truth[id])
				rec["source_file"] = "html/" + id + ".html.gz"
				b, err := json.Marshal(rec)
				if err != nil {
					t.Fatal(err)
				}
				lines.Write(append(b, '\n'))
			}
			tmp := t.TempDir()
			predPath := filepath.Join(tmp, "pred.jsonl")
			if err := os.WriteFile(predPath, lines.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			pred, bad, err := LoadRecords(predPath)
			if err != nil || bad > 0 {
				t.Fatalf("reading back the predictions: %v (%d bad lines)", err, bad)
			}
			rep := ScoreFields(truth, pred)

			// Truth files for each half, for score.py to score alone.
			raw, err := readMaybeGzip(truthPath)
			if err != nil {
				t.Fatal(err)
			}
			halves := map[string]*bytes.Buffer{"A": {}, "B": {}}
			for _, line := range splitLines(string(raw)) {
				r, err := DecodeRecord([]byte(line))
				if err != nil {
					continue
				}
				halves[Half(str(r["id"]))].WriteString(line + "\n")
			}
			for _, half := range []string{"all", "A", "B"} {
				tp := truthPath
				if half != "all" {
					tp = filepath.Join(tmp, "truth-"+half+".jsonl")
					if err := os.WriteFile(tp, halves[half].Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				out, err := exec.Command(py, filepath.Join(bench, "score.py"), "fields", "--json", tp, predPath).Output()
				if err != nil {
					t.Fatalf("score.py: %v", err)
				}
				var want struct {
					Fields map[string]struct {
						Pages int
						Score float64
					}
				}
				if err := json.Unmarshal(out, &want); err != nil {
					t.Fatal(err)
				}
				got := rep.Sum(half)
				if len(want.Fields) == 0 {
					t.Errorf("half %s: score.py gave no field figures", half)
				}
				for k, w := range want.Fields {
					g, ok := got[k]
					if !ok || g.Units != w.Pages || math.Abs(g.Score()-w.Score) > 1e-3 {
						t.Errorf("%s half %s %s: Go %.4f over %d, score.py %.4f over %d", name, half, k, g.Score(), g.Units, w.Score, w.Pages)
					}
				}
				for k := range got {
					if _, ok := want.Fields[k]; !ok {
						t.Errorf("%s half %s: Go has %s, score.py has not", name, half, k)
					}
				}
				if half == "all" {
					t.Logf("%s: %d figures agree (%d pages)", name, len(want.Fields), len(ids))
				}
			}
		})
	}
}

// degrade returns a copy of a truth record made into a plausible, partly
// wrong prediction, each field changed one of several ways.
func degrade(rng *rand.Rand, t Record) Record {
	p := Record{}
	pick := func(n int) int { return rng.IntN(n) }
	if title, ok := t["title"].(string); ok {
		switch pick(4) {
		case 0:
			p["title"] = title
		case 1:
			p["title"] = "  " + strings.ToUpper(title) + " \n"
		case 2:
			p["title"] = title + " | Example News"
		}
	}
	for _, k := range []string{"authors", "editors", "sources"} {
		names := NamesOf(t, k)
		if v, ok := degradeNames(rng, names); ok {
			p[k] = v
		}
	}
	if s, ok := t["published_at"].(string); ok {
		if v, ok := degradeTime(rng, s); ok {
			p["published_at"] = v
		}
	}
	if d, ok := t["dateline"].(map[string]any); ok {
		place := str(d["place"])
		switch pick(5) {
		case 0:
			p["dateline"] = map[string]any{"place": place}
		case 1:
			p["dateline"] = map[string]any{"place": strings.ToLower(place) + ","}
		case 2:
			p["dateline"] = map[string]any{"place": "Elsewhere"}
		case 3:
			p["dateline"] = place // not an object
		}
	}
	text := textOf(t)
	if bp, ok := t["boilerplate"].([]any); ok && len(bp) > 0 && pick(2) == 0 {
		text += "\n\n" + strings.ToUpper(str(bp[rng.IntN(len(bp))]))
	}
	if pick(10) > 0 {
		p["text"] = text
	}
	if qs, ok := t["quotes"].([]any); ok {
		p["quotes"] = degradeQuotes(rng, qs)
	}
	return p
}

func degradeNames(rng *rand.Rand, names []string) (any, bool) {
	switch rng.IntN(8) {
	case 0:
		return nil, false
	case 1:
		return append(slices.Clone(names), "Extra Person"), true
	case 2:
		if len(names) > 1 {
			return names[:len(names)-1], true
		}
		return []string{}, true
	case 3:
		var objs []any
		for _, n := range names {
			objs = append(objs, map[string]any{"name": n, "role": "reporter"})
		}
		return objs, true
	case 4:
		return strings.Join(names, ", "), true // one string
	case 5:
		var out []string
		for _, n := range names {
			out = append(out, strings.ToUpper(n)+".")
		}
		return out, true
	case 6:
		if len(names) > 0 {
			return []string{"Dr " + names[0]}, true
		}
		return []string{"Someone Else"}, true
	}
	return names, true
}

func degradeTime(rng *rand.Rand, s string) (string, bool) {
	in, ok := ParseTime(s)
	if !ok {
		return "garbage", true
	}
	t := in.T
	zone := func(t time.Time) string {
		if in.Aware {
			return t.Format(time.RFC3339Nano)
		}
		return t.Format("2006-01-02T15:04:05")
	}
	switch rng.IntN(10) {
	case 0:
		return "", false
	case 1:
		return t.UTC().Format(time.RFC3339), true // another zone, same instant
	case 2:
		return t.In(time.FixedZone("", -4*3600)).Format(time.RFC3339), true
	case 3:
		return t.Format("2006-01-02T15:04:05"), true // zone dropped
	case 4:
		return t.Format("2006-01-02"), true
	case 5:
		return zone(t.Add(time.Minute)), true
	case 6:
		return zone(t.Add(24 * time.Hour)), true
	case 7:
		return t.Add(123456789 * time.Nanosecond).Format(time.RFC3339Nano), true
	case 8:
		return t.Format("2006-01-02 15:04:05-0700"), true
	}
	return s, true
}

func degradeQuotes(rng *rand.Rand, qs []any) []any {
	var out []any
	for _, q := range qs {
		m, ok := q.(map[string]any)
		if !ok {
			continue
		}
		text, speaker := str(m["text"]), str(m["speaker"])
		words := strings.Fields(text)
		switch rng.IntN(7) {
		case 0:
			continue // missed
		case 6:
			// A share of the words kept, so that the overlap falls on
			// either side of the 0.8 a match needs.
			keep := int(math.Ceil(float64(len(words)) * (0.55 + 0.35*rng.Float64())))
			text = strings.Join(words[:keep], " ")
		case 1:
			if len(words) > 6 {
				text = strings.Join(words[1:], " ") // a word lost: usually still found
			}
		case 2:
			text = strings.Join(words[:len(words)/2], " ") // half: usually not found
		case 3:
			text = strings.ToLower(text)
		}
		switch rng.IntN(5) {
		case 0:
			speaker = ""
		case 1:
			speaker = "Someone Else"
		case 2:
			speaker = strings.ToUpper(speaker) + "."
		}
		out = append(out, map[string]any{"text": text, "speaker": speaker})
	}
	if rng.IntN(3) == 0 {
		out = append(out, map[string]any{"text": fmt.Sprintf("An extra remark number %d that nobody made", rng.IntN(100)), "speaker": "Nobody"})
	}
	if len(out) > 1 && rng.IntN(3) == 0 {
		out[0], out[len(out)-1] = out[len(out)-1], out[0]
	}
	if rng.IntN(8) == 0 {
		out = append(out, "not an object", map[string]any{"text": ""})
	}
	return out
}
