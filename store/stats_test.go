package store

import (
	"fmt"
	"maps"
	"testing"
	"time"
)

func TestStats(t *testing.T) {
	db := corpus(t)
	base := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for i := range 12 {
		reason := "http 404"
		if i%3 == 0 {
			reason = "not html"
		}
		if err := db.PutFailure(fmt.Sprintf("https://example.com/f%02d", i), 404, reason, base.Add(time.Duration(i)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.PutRun(Run{Started: base, Seeds: []string{"https://example.com/"}, Fetched: 3}); err != nil {
		t.Fatal(err)
	}
	id, err := db.AddRun(Run{Started: base.Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.PutRun(Run{ID: id, Started: base.Add(time.Hour), Finished: base.Add(2 * time.Hour), Articles: 7}); err != nil {
		t.Fatal(err)
	}

	st, err := db.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 7 || st.Undated != 2 {
		t.Errorf("Articles %d Undated %d, want 7 and 2", st.Articles, st.Undated)
	}
	wantSites := map[string]int{"tribunnews.com": 3, "kompas.com": 1, "reuters.com": 2, "detik.com": 1}
	if !maps.Equal(st.BySite, wantSites) {
		t.Errorf("BySite = %v, want %v", st.BySite, wantSites)
	}
	// Days are the page's own: reuters' 2022-11-29T23:30-05:00 stays on the 29th,
	// and d's 2022-12-01T00:30+07:00 on the 1st though it is the 30th in UTC.
	wantDays := map[string]int{"2022-11-29": 1, "2022-11-30": 2, "2022-12-01": 1, "2022-12-02": 1}
	if !maps.Equal(st.ByDay, wantDays) {
		t.Errorf("ByDay = %v, want %v", st.ByDay, wantDays)
	}
	if st.Failures != 12 || st.FailuresByReason["not html"] != 4 || st.FailuresByReason["http 404"] != 8 {
		t.Errorf("failures %d by reason %v", st.Failures, st.FailuresByReason)
	}
	if len(st.RecentFailures) != recentFailures || st.RecentFailures[0].URL != "https://example.com/f11" ||
		st.RecentFailures[recentFailures-1].URL != "https://example.com/f02" {
		t.Errorf("RecentFailures not the newest first: %v", st.RecentFailures)
	}
	if st.Runs != 2 || st.LastRun == nil || st.LastRun.ID != id || st.LastRun.Articles != 7 || st.LastRun.Finished.IsZero() {
		t.Errorf("Runs %d LastRun %+v", st.Runs, st.LastRun)
	}
	runs, err := db.Runs(0)
	if err != nil || len(runs) != 2 || runs[0].ID != id || runs[1].Fetched != 3 {
		t.Errorf("Runs(0) = %+v, %v", runs, err)
	}
}

func TestStatsEmpty(t *testing.T) {
	st, err := openTest(t).Stats()
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 0 || st.Failures != 0 || st.Runs != 0 || st.LastRun != nil || st.BySite == nil {
		t.Errorf("Stats of an empty store = %+v", st)
	}
}
