package serve

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kabar-news/kabar"
)

// chromium finds a Chromium or Chrome binary. Without one the browser
// tests skip, except in CI (CI=true), where .ci/run installs Debian's
// chromium and a missing browser is a failure.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no chromium binary on PATH, and CI=true: the browser tests must run in CI (.ci/run installs Debian's chromium)")
	}
	t.Skip("browser tests skipped: no chromium binary on PATH (apt-get install chromium)")
	return ""
}

func browser(t *testing.T) context.Context {
	t.Helper()
	bin := chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("no-proxy-server", true), chromedp.WindowSize(1280, 900))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel3)
	return ctx
}

// TestBrowser drives the three pages in headless Chromium and checks what
// a user sees: the chart's bars, a search that finds a record, and a record
// page with its quotes and its stored page, whose scripts and remote loads
// never run (a loopback beacon counts every request they would make).
func TestBrowser(t *testing.T) {
	ctx := browser(t)

	var beacon atomic.Int64
	bs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		beacon.Add(1)
	}))
	defer bs.Close()
	evil := fmt.Sprintf(`<!doctype html><html><head><title>raw</title>
<link rel="stylesheet" href="%[1]s/css"><script src="%[1]s/js"></script></head>
<body><h1 id="h">Banjir melanda Jakarta</h1><img src="%[1]s/img.png">
<script>document.getElementById('h').textContent='SCRIPT RAN';fetch('%[1]s/fetch');new Image().src='%[1]s/pixel';</script>
</body></html>`, bs.URL)

	recs := []kabar.Article{
		testRecord(1, "kompas.com", 1, "Banjir melanda Jakarta", "Hujan deras sejak pagi.\n\n\"Air naik cepat,\" kata Budi Santoso."),
		testRecord(2, "detik.com", 2, "Harga beras naik", "Pedagang pasar mengeluh."),
		testRecord(3, "detik.com", 3, "Timnas menang", "Pertandingan berakhir 2-0."),
	}
	recs[0].Quotes = []kabar.Quote{{Text: "Air naik cepat,", Speaker: "Budi Santoso", Cue: "kata", Paragraph: 2}}
	c := openCorpus(t, newStore(t, recs, map[string]string{"id0001": evil}))

	var rawHits atomic.Int64
	h := Handler(c, slog.New(slog.DiscardHandler))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/raw/") {
			rawHits.Add(1)
		}
		h.ServeHTTP(w, r)
	}))
	defer srv.Close()

	// The control: the same page outside serve's iframe does reach the
	// beacon, so a zero count below means blocked, not broken.
	control := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, evil)
	}))
	defer control.Close()
	if err := chromedp.Do(ctx, chromedp.Navigate(control.URL), chromedp.Sleep(300*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	if beacon.Load() == 0 {
		t.Fatal("control: the raw page outside serve made no request; the beacon check would prove nothing")
	}
	beacon.Store(0)

	// The overview: the chart has a bar per site and day.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(`#chart svg`)); err != nil {
		t.Fatal(err)
	}
	bars, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#chart svg rect.bar').length`))
	if err != nil {
		t.Fatal(err)
	}
	articles, err := chromedp.Run(ctx, chromedp.Text(`#articles`))
	if err != nil {
		t.Fatal(err)
	}
	if bars != 3 || articles != "3" {
		t.Errorf("overview: %d bars, %q records; want 3 and 3", bars, articles)
	}

	// A search typed in the box finds the record.
	err = chromedp.Do(ctx,
		chromedp.SendKeys(`nav input[name=q]`, "beras"),
		chromedp.Submit(`nav input[name=q]`),
		chromedp.WaitVisible(`#results a.rec`),
	)
	if err != nil {
		t.Fatal(err)
	}
	found, err := chromedp.Run(ctx, chromedp.Text(`#results`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(found, "Harga beras naik") || strings.Contains(found, "Timnas") {
		t.Errorf("search for beras shows %q", found)
	}

	// The record page: quotes with speakers, the stored page in its
	// sandboxed frame, and nothing of the page's scripts or loads ran.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/records/id0001"), chromedp.WaitVisible(`#quotes`)); err != nil {
		t.Fatal(err)
	}
	quotes, err := chromedp.Run(ctx, chromedp.Text(`#quotes`))
	if err != nil {
		t.Fatal(err)
	}
	sandbox, err := chromedp.Run(ctx, chromedp.AttributeValue(`#raw`, "sandbox"))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Sleep(500*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(quotes, "Air naik cepat") || !strings.Contains(quotes, "Budi Santoso") {
		t.Errorf("record page quotes: %q", quotes)
	}
	if !sandbox.Exists || sandbox.Value != "" {
		t.Errorf("raw iframe sandbox attribute = %+v, want present and empty", sandbox)
	}
	if rawHits.Load() == 0 {
		t.Error("the iframe never loaded the stored page")
	}
	if n := beacon.Load(); n != 0 {
		t.Errorf("the stored page made %d requests to the beacon: its scripts or remote loads ran", n)
	}
}
