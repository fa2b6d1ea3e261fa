package main

// Graceful stop (issue 7): SIGINT or SIGTERM to a crawling kabar lets the
// pages in flight finish and be stored, starts nothing new, closes the store
// and exits 130 within 5 seconds, even when a page in flight never
// finishes; a second signal stops it at once; the next run resumes.

import (
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"
)

// stopLimit is how long kabar may take to exit after SIGINT or SIGTERM
// (issue 7).
const stopLimit = 5 * time.Second

// holder holds article responses: from the article numbered from on,
// every request waits until release is called, and reports its path on
// held. forever makes release never answer, as for a page that hangs.
type holder struct {
	from    int64
	held    chan string
	release chan struct{}
	once    sync.Once
	forever bool
}

func newHolder(from int64, forever bool) *holder {
	return &holder{from: from, held: make(chan string, 64), release: make(chan struct{}), forever: forever}
}

func (h *holder) hook(w http.ResponseWriter, r *http.Request, i int64, page string) bool {
	if i < h.from {
		return false
	}
	h.held <- r.URL.Path
	select {
	case <-h.release:
	case <-r.Context().Done():
		return true
	}
	if h.forever {
		<-r.Context().Done() // the client gives up, or the test ends
		return true
	}
	htmlOK(w, page)
	return true
}

func (h *holder) let() { h.once.Do(func() { close(h.release) }) }

// stoppedPaths gathers the paths held so far.
func (h *holder) drain() []string {
	var out []string
	for {
		select {
		case p := <-h.held:
			out = append(out, p)
		default:
			return out
		}
	}
}

// resume runs the crawl again to the end and checks that it stores every
// article of the site, and fetches again none of the articles the stopped
// run stored: over both runs, only the pages requested but not stored before
// may be requested twice.
func resume(t *testing.T, bin string, site *genSite, db string, fetchedBefore int64) {
	t.Helper()
	storedBefore := int64(len(storedRecords(t, db)))
	site.setHook(nil, nil)
	p := startCrawl(t, bin, db, site.srv.URL+"/")
	if code := p.wait(t, 2*time.Minute); code != exitOK {
		t.Fatalf("the run after the stop exit %d:\n%s", code, p.stderr.String())
	}
	recs := storedRecords(t, db)
	if len(recs) != site.articles {
		t.Errorf("after resuming, %d of %d articles stored", len(recs), site.articles)
	}
	if total, limit := fetchedBefore+site.requests.Load(), int64(site.articles)+fetchedBefore-storedBefore; total > limit {
		t.Errorf("articles requested %d times over both runs, want at most %d (%d articles, %d requested and not stored before): stored ones fetched again",
			total, limit, site.articles, fetchedBefore-storedBefore)
	}
}

func TestSignalGracefulStop(t *testing.T) {
	if testing.Short() {
		t.Skip("runs kabar crawl in subprocesses; run without -short")
	}
	bin := kabarBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			site := newGenSite(t, 120, 6)
			db := filepath.Join(t.TempDir(), "stop.db")
			h := newHolder(10, false)
			site.setHook(h.hook, nil)
			p := startCrawl(t, bin, db, site.srv.URL+"/")
			defer h.let()
			// Three pages in flight (of the four slots), held by the server.
			var inFlight []string
			for len(inFlight) < 3 {
				select {
				case path := <-h.held:
					inFlight = append(inFlight, path)
				case <-time.After(time.Minute):
					t.Fatalf("only %d pages in flight after a minute:\n%s", len(inFlight), p.stderr.String())
				}
			}

			if err := p.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			sent := time.Now()
			// Let kabar take the signal in, then let the pages in flight
			// finish.
			time.Sleep(time.Second)
			inFlight = append(inFlight, h.drain()...)
			requested := site.requests.Load()
			h.let()
			code := p.wait(t, time.Minute)
			took := time.Since(sent)
			if code != exitInterrupted {
				t.Errorf("exit %d after %s, want %d:\n%s", code, sig, exitInterrupted, p.stderr.String())
			}
			if took > stopLimit {
				t.Errorf("exited %s after %s, want within %s", took.Round(time.Millisecond), sig, stopLimit)
			}
			if n := site.requests.Load(); n != requested {
				t.Errorf("%d article requests started after %s", n-requested, sig)
			}
			recs := storedRecords(t, db)
			stored := map[string]bool{}
			for _, a := range recs {
				stored[a.CanonicalURL] = true
			}
			for _, path := range inFlight {
				if !stored[site.srv.URL+path] {
					t.Errorf("page %s was in flight at the %s and is not stored", path, sig)
				}
			}
			if len(recs) >= site.articles {
				t.Fatalf("the crawl stored every article before the signal; the test proves nothing")
			}
			t.Logf("%s: exit %d after %s, %d pages in flight finished, %d of %d stored", sig, code, took.Round(time.Millisecond), len(inFlight), len(recs), site.articles)
			resume(t, bin, site, db, requested)
		})
	}
}

// TestSignalHungPage stops a crawl whose page in flight never finishes:
// the stop grace must cut it off in time.
func TestSignalHungPage(t *testing.T) {
	if testing.Short() {
		t.Skip("runs kabar crawl in subprocesses; run without -short")
	}
	bin := kabarBinary(t)
	site := newGenSite(t, 60, 4)
	db := filepath.Join(t.TempDir(), "hung.db")
	h := newHolder(5, true)
	site.setHook(h.hook, nil)
	p := startCrawl(t, bin, db, site.srv.URL+"/")
	defer h.let()
	<-h.held
	h.let() // the held requests now hang until kabar lets go
	requested := site.requests.Load()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	sent := time.Now()
	code := p.wait(t, time.Minute)
	took := time.Since(sent)
	if code != exitInterrupted || took > stopLimit {
		t.Errorf("with a page hanging, SIGTERM gave exit %d after %s; want %d within %s:\n%s",
			code, took.Round(time.Millisecond), exitInterrupted, stopLimit, p.stderr.String())
	}
	storedRecords(t, db)
	site.srv.CloseClientConnections()
	resume(t, bin, site, db, requested)
}

// TestSignalTwice sends a second signal while the first waits for a hung
// page: kabar must stop at once, leaving a store the next run can use.
func TestSignalTwice(t *testing.T) {
	if testing.Short() {
		t.Skip("runs kabar crawl in subprocesses; run without -short")
	}
	bin := kabarBinary(t)
	site := newGenSite(t, 60, 4)
	db := filepath.Join(t.TempDir(), "twice.db")
	h := newHolder(5, true)
	site.setHook(h.hook, nil)
	p := startCrawl(t, bin, db, site.srv.URL+"/")
	defer h.let()
	<-h.held
	h.let()
	requested := site.requests.Load()
	if err := p.cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond) // the first signal has been taken in
	select {
	case <-p.done:
		t.Fatalf("kabar exited on the first signal although a page was in flight:\n%s", p.stderr.String())
	default:
	}
	if err := p.cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	sent := time.Now()
	code := p.wait(t, time.Minute)
	took := time.Since(sent)
	if code != exitInterrupted {
		t.Errorf("exit %d after the second signal, want %d:\n%s", code, exitInterrupted, p.stderr.String())
	}
	// "At once": well inside the stop grace the first signal started.
	if took > 2*time.Second {
		t.Errorf("exited %s after the second signal, want at once (under 2 s)", took.Round(time.Millisecond))
	}
	t.Logf("second signal: exit %d after %s; stderr:\n%s", code, took.Round(time.Millisecond), p.stderr.String())
	storedRecords(t, db)
	site.srv.CloseClientConnections()
	resume(t, bin, site, db, requested)
}
