package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar"
)

// article builds a record; published is RFC 3339 or "" for none.
func article(id, domain, lang, published string) kabar.Article {
	a := kabar.Article{
		ID:           id,
		URL:          "https://www." + domain + "/read/" + id,
		CanonicalURL: "https://" + domain + "/" + id,
		Site:         domain,
		Domain:       domain,
		Lang:         lang,
		Title:        "Title <b>" + id + "</b> & more",
		Authors:      []string{"Fitri Wulandari"},
		Text:         "Body of " + id + ".\n\nSecond paragraph.",
		WordCount:    6,
		ContentHash:  "hash-" + id,
		FetchedAt:    time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC),
	}
	if published != "" {
		t, err := time.Parse(time.RFC3339, published)
		if err != nil {
			panic(err) // a broken literal in a test table
		}
		a.PublishedAt = t
	}
	return a
}

func mustPut(t *testing.T, db *DB, a kabar.Article, raw *RawPage) PutResult {
	t.Helper()
	r, err := db.Put(a, raw)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestPutGetUpdateUnchanged(t *testing.T) {
	db := openTest(t)
	a := article("id1", "tribunnews.com", "id", "2022-11-30T14:21:00+07:00")

	if r := mustPut(t, db, a, nil); r != Created {
		t.Fatalf("first Put = %v, want created", r)
	}
	got, ok, err := db.Get("id1")
	if err != nil || !ok {
		t.Fatalf("Get = %v, %v", ok, err)
	}
	if !got.PublishedAt.Equal(a.PublishedAt) || got.PublishedAt.Format(time.RFC3339) != "2022-11-30T14:21:00+07:00" {
		t.Errorf("published_at lost its offset: %v", got.PublishedAt)
	}
	got.PublishedAt, got.FetchedAt = a.PublishedAt, a.FetchedAt
	if !reflect.DeepEqual(got, a) {
		t.Errorf("Get = %+v\nwant %+v", got, a)
	}
	s1, _, _ := db.Seen("id1")
	if s1.Versions != 1 || !s1.FirstSeen.Equal(a.FetchedAt) || !s1.LastSeen.Equal(a.FetchedAt) {
		t.Errorf("after create Seen = %+v", s1)
	}

	// Same content fetched later: unchanged, only last_seen moves.
	again := a
	again.FetchedAt = a.FetchedAt.Add(time.Hour)
	if r := mustPut(t, db, again, nil); r != Unchanged {
		t.Fatalf("re-put of same content = %v, want unchanged", r)
	}
	s2, _, _ := db.Seen("id1")
	if s2.Versions != 1 || !s2.FirstSeen.Equal(a.FetchedAt) || !s2.LastSeen.Equal(again.FetchedAt) || s2.Seq != s1.Seq {
		t.Errorf("after unchanged Seen = %+v (before %+v)", s2, s1)
	}
	if got, _, _ := db.Get("id1"); !got.FetchedAt.Equal(a.FetchedAt) {
		t.Errorf("unchanged put rewrote the record: fetched_at %v", got.FetchedAt)
	}

	// New content: updated in place, a new version.
	changed := again
	changed.FetchedAt = a.FetchedAt.Add(2 * time.Hour)
	changed.Text = "Corrected body."
	changed.ContentHash = "hash-2"
	changed.PublishedAt = changed.PublishedAt.Add(24 * time.Hour) // moves day index too
	if r := mustPut(t, db, changed, nil); r != Updated {
		t.Fatalf("put of new content = %v, want updated", r)
	}
	got, _, _ = db.Get("id1")
	if got.Text != "Corrected body." {
		t.Errorf("update not stored: %q", got.Text)
	}
	s3, _, _ := db.Seen("id1")
	if s3.Versions != 2 || !s3.FirstSeen.Equal(a.FetchedAt) || !s3.LastSeen.Equal(changed.FetchedAt) || s3.Seq <= s2.Seq {
		t.Errorf("after update Seen = %+v", s3)
	}

	// Same text, better metadata (re-extraction): updated, same version.
	fixed := changed
	fixed.Editors = []string{"Choirul Arifin"}
	if r := mustPut(t, db, fixed, nil); r != Updated {
		t.Fatalf("put of new metadata = %v, want updated", r)
	}
	if s4, _, _ := db.Seen("id1"); s4.Versions != 2 {
		t.Errorf("metadata change counted as a version: %+v", s4)
	}

	// Still exactly one record, indexed once under its new day.
	st, err := db.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.ByDay["2022-12-01"] != 1 || len(st.ByDay) != 1 {
		t.Errorf("Stats after updates = %+v", st)
	}
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestPutRejectsEmptyID(t *testing.T) {
	db := openTest(t)
	if _, err := db.Put(kabar.Article{URL: "https://x.test/"}, nil); err == nil {
		t.Fatal("Put with empty id succeeded")
	}
	if ok, _ := db.HasURL("https://x.test/"); ok {
		t.Error("a failed Put indexed its URL")
	}
}

func TestRawRoundTrip(t *testing.T) {
	db := openTest(t)
	body := bytes.Repeat([]byte("<p>Berita hari ini.</p>\n"), 500)
	raw := &RawPage{
		URL:      "https://example.com/a?utm=1",
		FinalURL: "https://example.com/a",
		Status:   200,
		Header: http.Header{
			"Content-Type": {"text/html; charset=windows-1252"},
			"Etag":         {`"abc"`},
			"Set-Cookie":   {"secret=1"},
		},
		Body:      body,
		FetchedAt: time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC),
	}
	a := article("r1", "example.com", "en", "")
	mustPut(t, db, a, raw)

	got, err := db.Raw("r1")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Body, body) {
		t.Errorf("body differs: %d bytes, want %d", len(got.Body), len(body))
	}
	if got.URL != raw.URL || got.FinalURL != raw.FinalURL || got.Status != 200 || !got.FetchedAt.Equal(raw.FetchedAt) {
		t.Errorf("raw page = %+v", got)
	}
	if got.Header.Get("Content-Type") != "text/html; charset=windows-1252" || got.Header.Get("ETag") != `"abc"` {
		t.Errorf("kept headers lost: %v", got.Header)
	}
	if got.Header.Get("Set-Cookie") != "" {
		t.Errorf("Set-Cookie kept: %v", got.Header)
	}
	// The body is stored compressed.
	var stored int
	db.view(func(tx *bolt.Tx) error { stored = len(tx.Bucket(bucketRaw).Get([]byte("r1"))); return nil })
	if stored == 0 || stored > len(body)/5 {
		t.Errorf("stored raw value is %d bytes for a %d-byte repetitive body", stored, len(body))
	}
	for _, u := range []string{a.URL, a.CanonicalURL, raw.URL, raw.FinalURL} {
		if id, ok, err := db.LookupURL(u); err != nil || !ok || id != "r1" {
			t.Errorf("LookupURL(%s) = %q, %v, %v", u, id, ok, err)
		}
	}
	if ok, _ := db.HasURL("https://example.com/other"); ok {
		t.Error("HasURL of an unknown URL is true")
	}
	if _, err := db.Raw("nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Raw of unknown id: %v, want ErrNotFound", err)
	}
}

func TestFailureResolvedBySuccess(t *testing.T) {
	db := openTest(t)
	at := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	a := article("f1", "example.com", "en", "")
	if err := db.PutFailure(a.URL, 503, "http 503", at); err != nil {
		t.Fatal(err)
	}
	if err := db.PutFailure(a.URL, 503, "http 503", at.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if err := db.PutFailure("https://example.com/gone", 404, "http 404", at); err != nil {
		t.Fatal(err)
	}
	st, _ := db.Stats()
	if st.Failures != 2 || st.FailuresByReason["http 503"] != 1 || st.Resolved != 0 {
		t.Errorf("before success: %+v", st)
	}
	f, ok, _ := db.Failure(a.URL)
	if !ok || f.Attempts != 2 {
		t.Errorf("Failure = %+v, %v; want 2 attempts", f, ok)
	}

	mustPut(t, db, a, nil)
	st, _ = db.Stats()
	if st.Failures != 1 || st.FailuresByReason["http 503"] != 0 || st.Resolved != 1 {
		t.Errorf("after success: failures %d by reason %v resolved %d", st.Failures, st.FailuresByReason, st.Resolved)
	}
	if len(st.RecentFailures) != 1 || st.RecentFailures[0].URL != "https://example.com/gone" {
		t.Errorf("RecentFailures = %+v", st.RecentFailures)
	}
}

func TestConcurrentPut(t *testing.T) {
	db := openTest(t)
	const workers, each = 8, 40
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				// Every worker also re-puts a shared id, so workers
				// race on the same record as well as on new ones.
				a := article(fmt.Sprintf("w%d-%d", w, i), fmt.Sprintf("site%d.com", w%3), "id",
					fmt.Sprintf("2024-01-%02dT08:00:00+07:00", 1+i%28))
				if _, err := db.Put(a, &RawPage{URL: a.URL, Status: 200, Body: []byte(strings.Repeat("x", i))}); err != nil {
					errs <- err
				}
				shared := article("shared", "shared.com", "en", "")
				shared.Text = fmt.Sprintf("version %d", i%2)
				shared.ContentHash = shared.Text
				if _, err := db.Put(shared, nil); err != nil {
					errs <- err
				}
				if i%10 == 0 {
					if err := db.PutFailure(fmt.Sprintf("https://bad%d.test/%d", w, i), 500, "http 500", time.Now()); err != nil {
						errs <- err
					}
				}
			}
		}()
	}
	// Readers run alongside the writers.
	ctx, cancel := context.WithCancel(context.Background())
	readerDone := make(chan error)
	go func() {
		for ctx.Err() == nil {
			if _, err := db.Stats(); err != nil {
				readerDone <- err
				return
			}
			if err := db.Each(ctx, Filter{}, func(kabar.Article) error { return nil }); err != nil && ctx.Err() == nil {
				readerDone <- err
				return
			}
		}
		readerDone <- nil
	}()
	wg.Wait()
	cancel()
	if err := <-readerDone; err != nil {
		t.Fatal(err)
	}
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}

	st, err := db.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if want := workers*each + 1; st.Articles != want {
		t.Errorf("Articles = %d, want %d", st.Articles, want)
	}
	if st.RawPages != workers*each {
		t.Errorf("RawPages = %d, want %d", st.RawPages, workers*each)
	}
	if st.Failures != workers*(each/10) {
		t.Errorf("Failures = %d, want %d", st.Failures, workers*(each/10))
	}
	n := 0
	if err := db.Each(context.Background(), Filter{}, func(kabar.Article) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != st.Articles {
		t.Errorf("Each saw %d records, Stats counts %d", n, st.Articles)
	}
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
}
