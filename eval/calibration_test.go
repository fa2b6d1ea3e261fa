package eval

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func TestCalibrate(t *testing.T) {
	var r Report
	// 20 pages: 17 right and trusted, one right but distrusted, one wrong
	// and distrusted, one wrong but trusted.
	for i := range 17 {
		r.Pages = append(r.Pages, PageScore{ID: fmt.Sprintf("ok-%02d", i), F1: 0.95, Confidence: 0.9})
	}
	r.Pages = append(r.Pages,
		PageScore{ID: "shy", F1: 0.99, Confidence: 0.5, Warnings: []string{"body very short"}},
		PageScore{ID: "caught", F1: 0.3, Confidence: 0.2, Warnings: []string{"possible live blog"}},
		PageScore{ID: "missed", F1: 0.7, Confidence: 0.85},
	)
	c := r.Calibrate()
	if c.Pages != 20 || c.Trusted != 18 || c.TrustedRight != 17 || c.Under05 != 1 || c.Under08 != 2 {
		t.Fatalf("%+v", c)
	}
	if got := c.TrustedShare(); got != 0.9 {
		t.Errorf("TrustedShare %.3f, want 0.9", got)
	}
	// The worst 5 % of 20 pages is one page: "caught", confidence 0.2.
	if c.WorstMean != 0.2 {
		t.Errorf("WorstMean %.3f, want 0.2", c.WorstMean)
	}
	wantRest := (17*0.9 + 0.5 + 0.85) / 19
	if d := c.RestMean - wantRest; d > 1e-9 || d < -1e-9 {
		t.Errorf("RestMean %.4f, want %.4f", c.RestMean, wantRest)
	}
	if len(c.Low) != 2 || c.Low[0].ID != "caught" || c.Low[1].ID != "shy" {
		t.Errorf("Low %v", c.Low)
	}
	if len(c.Missed) != 1 || c.Missed[0].ID != "missed" {
		t.Errorf("Missed %v", c.Missed)
	}
	var buf bytes.Buffer
	if err := c.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if len(c.Worst) != 1 || c.Worst[0].ID != "caught" || c.WorstRight != 0 {
		t.Errorf("Worst %v, %d right", c.Worst, c.WorstRight)
	}
	// Wrong pages: caught (0.2) and missed (0.85); right: 17 at 0.9 and shy.
	if d := c.WrongMean - 0.525; d > 1e-9 || d < -1e-9 {
		t.Errorf("WrongMean %.4f, want 0.525", c.WrongMean)
	}
	if d := c.RightMean - (17*0.9+0.5)/18; d > 1e-9 || d < -1e-9 {
		t.Errorf("RightMean %.4f", c.RightMean)
	}
	for _, want := range []string{"pages with body F1 < 0.5: 1, < 0.8: 2", "right (F1 >= 0.8) 0.944", "caught possible live blog", "trusted but wrong: confidence 0.850 F1 0.700 missed",
		"worst 5 %: F1 0.300 confidence 0.200 caught possible live blog",
		"worst 5 %: 0 of 1 right (F1 >= 0.8); mean confidence of the 2 wrong pages (F1 < 0.8) 0.525, of the right 0.878, gap 0.353"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, buf.String())
		}
	}
}

// TestHalves: the figures of each half are those of its pages alone.
func TestHalves(t *testing.T) {
	// Half("abc13-1") and Half("antaranews-1") differ (see halves_test).
	a, b := "antaranews", "abc13"
	if Half(a+"-1") == Half(b+"-1") {
		t.Fatalf("%s and %s fall in one half", a, b)
	}
	r := Report{Pages: []PageScore{
		{ID: a + "-1", F1: 1, Precision: 1, Recall: 1, Confidence: 0.9, predicted: true, truthNonEmpty: true},
		{ID: a + "-2", F1: 0.4, Precision: 0.4, Recall: 0.4, Confidence: 0.3, predicted: true, truthNonEmpty: true},
		{ID: b + "-1", F1: 0.6, Precision: 0.6, Recall: 0.6, Confidence: 0.85, predicted: true, truthNonEmpty: true},
	}}
	ha, hb := r.Half(Half(a+"-1")), r.Half(Half(b+"-1"))
	if len(ha.Pages) != 2 || len(hb.Pages) != 1 {
		t.Fatalf("halves of %d and %d pages", len(ha.Pages), len(hb.Pages))
	}
	if c := ha.Calibrate(); c.Under05 != 1 || c.Trusted != 1 || c.TrustedRight != 1 || c.Gap() < 0.59 {
		t.Errorf("half of %s: %+v", a, c)
	}
	if c := hb.Calibrate(); c.Trusted != 1 || c.TrustedRight != 0 || hb.F1 < 0.59 || hb.F1 > 0.61 {
		t.Errorf("half of %s: F1 %.3f %+v", b, hb.F1, c)
	}
	var buf bytes.Buffer
	if err := r.WriteHalves(&buf); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "  half "); n != 2 {
		t.Errorf("%d half lines:\n%s", n, buf.String())
	}
}

func TestExtractionOf(t *testing.T) {
	r, err := DecodeRecord([]byte(`{"extraction":{"confidence":0.42,"warnings":["no author","body very short"]}}`))
	if err != nil {
		t.Fatal(err)
	}
	conf, warns := extractionOf(r)
	if conf != 0.42 || len(warns) != 2 || warns[1] != "body very short" {
		t.Errorf("got %v %q", conf, warns)
	}
	if conf, warns := extractionOf(Record{}); conf != 0 || warns != nil {
		t.Errorf("empty record: %v %q", conf, warns)
	}
}

// TestCalibrateAllRight: when even the worst pages are right, the output
// says the gap compares right pages with right pages, and no wrong/right
// gap is printed.
func TestCalibrateAllRight(t *testing.T) {
	var r Report
	for i := range 20 {
		r.Pages = append(r.Pages, PageScore{ID: fmt.Sprintf("p-%02d", i), F1: 0.9 + float64(i)/200, Confidence: 1})
	}
	c := r.Calibrate()
	if c.WorstRight != 1 || c.Under08 != 0 || c.WrongMean != 0 {
		t.Fatalf("%+v", c)
	}
	var buf bytes.Buffer
	if err := c.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); !strings.Contains(out, "worst 5 %: 1 of 1 right (F1 >= 0.8), so the gap compares right pages with right pages\n") || strings.Contains(out, "wrong pages") {
		t.Errorf("output:\n%s", out)
	}
}
