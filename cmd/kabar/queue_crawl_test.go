package main

// The distributed crawl (issue 17, point 3): worker processes of the real
// binary crawl three loopback sites together through an in-process NATS
// server, one of them killed with SIGKILL mid-crawl.

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kabar-news/kabar/queue"
	"github.com/kabar-news/kabar/queue/natstest"
)

// clusterSites are loopback news sites (one host each, told apart by
// port) that watch how a cluster of crawlers treats them: two requests to
// one host at once, a request to a host sooner than the delay after
// another worker's, a request robots.txt forbids. Workers are told apart
// by their User-Agent.
type clusterSites struct {
	srvs     []*httptest.Server
	articles int // per site
	delay    time.Duration

	mu         sync.Mutex
	active     map[string][]string // host -> workers with a request in progress
	last       map[string]lastReq  // host -> the last request to end
	violations []string
	served     map[string]int // worker -> article pages served
	onArticle  func(worker string, n int)
}

type lastReq struct {
	worker string
	end    time.Time
}

func clusterTitle(site, i int) string {
	return fmt.Sprintf("Site %d reports on the %s and the %s, story %d", site, words[(site*5+i)%len(words)], words[(i*7+site)%len(words)], i)
}

func newClusterSites(t testing.TB, sites, articles, sections int, delay time.Duration) *clusterSites {
	t.Helper()
	cs := &clusterSites{articles: articles, delay: delay, active: map[string][]string{}, last: map[string]lastReq{}, served: map[string]int{}}
	for k := range sites {
		k := k
		mux := http.NewServeMux()
		mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		})
		mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
			var b strings.Builder
			fmt.Fprintf(&b, "<!DOCTYPE html><html><head><title>Site %d</title></head><body><h1>Site %d</h1><ul>", k, k)
			for s := range sections {
				fmt.Fprintf(&b, `<li><a href="/section/%d.html">Section %d</a></li>`, s, s)
			}
			b.WriteString(`</ul><a href="/private/admin.html">Staff only</a></body></html>`)
			htmlOK(w, b.String())
		})
		mux.HandleFunc("/section/{p}", func(w http.ResponseWriter, r *http.Request) {
			var s int
			if _, err := fmt.Sscanf(r.PathValue("p"), "%d.html", &s); err != nil || s < 0 || s >= sections {
				http.NotFound(w, r)
				return
			}
			var b strings.Builder
			fmt.Fprintf(&b, "<!DOCTYPE html><html><head><title>Section %d of site %d</title></head><body><ul>", s, k)
			for i := s; i < articles; i += sections {
				fmt.Fprintf(&b, `<li><a href="%s">%s</a></li>`, genPath(i), clusterTitle(k, i))
			}
			b.WriteString("</ul></body></html>")
			htmlOK(w, b.String())
		})
		mux.HandleFunc("/news/{p}", func(w http.ResponseWriter, r *http.Request) {
			var i int
			if _, err := fmt.Sscanf(r.PathValue("p"), "%d.html", &i); err != nil || i < 0 || i >= articles {
				http.NotFound(w, r)
				return
			}
			paras := articleText(k*1000+i, 4)
			// A link to the next story, one to the same story on the next
			// site (found here, fetched by whoever holds that host), and
			// one robots.txt forbids.
			next := cs.url((k+1)%sites) + genPath(i)
			paras = append(paras, fmt.Sprintf(`Read next: <a href="%s">story %d</a>, <a href="%s">elsewhere</a>, <a href="/private/%d.html">draft</a>`,
				genPath((i+1)%articles), i+1, next, i))
			htmlOK(w, articlePage(clusterTitle(k, i), `<meta charset="utf-8">`, paras))
		})
		srv := httptest.NewServer(cs.watch(mux))
		t.Cleanup(func() {
			srv.CloseClientConnections()
			srv.Close()
		})
		cs.srvs = append(cs.srvs, srv)
	}
	return cs
}

func (cs *clusterSites) url(k int) string { return cs.srvs[k].URL }

// watch records every request and the rules it breaks.
func (cs *clusterSites) watch(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		worker := r.UserAgent()
		host := r.Host
		start := time.Now()
		cs.mu.Lock()
		for _, other := range cs.active[host] {
			cs.violations = append(cs.violations, fmt.Sprintf("%s %s by %s while %s had a request in progress", host, r.URL.Path, worker, other))
		}
		if l, ok := cs.last[host]; ok && l.worker != worker && start.Sub(l.end) < cs.delay-5*time.Millisecond {
			cs.violations = append(cs.violations, fmt.Sprintf("%s %s by %s %s after %s's request ended (delay %s)", host, r.URL.Path, worker, start.Sub(l.end), l.worker, cs.delay))
		}
		if strings.HasPrefix(r.URL.Path, "/private/") {
			cs.violations = append(cs.violations, fmt.Sprintf("%s %s by %s: robots.txt forbids it", host, r.URL.Path, worker))
		}
		cs.active[host] = append(cs.active[host], worker)
		var hook func(string, int)
		n := 0
		if strings.HasPrefix(r.URL.Path, "/news/") {
			cs.served[worker]++
			n, hook = cs.served[worker], cs.onArticle
		}
		cs.mu.Unlock()
		h.ServeHTTP(w, r)
		cs.mu.Lock()
		for i, a := range cs.active[host] {
			if a == worker {
				cs.active[host] = append(cs.active[host][:i], cs.active[host][i+1:]...)
				break
			}
		}
		cs.last[host] = lastReq{worker, time.Now()}
		cs.mu.Unlock()
		if hook != nil {
			hook(worker, n)
		}
	})
}

// The kill test of the distributed crawl: three worker processes share a
// crawl of three sites, one host each at a time; the first is killed with
// SIGKILL once it has fetched a few articles. Its host and the pages it
// held go to the others after the lease TTL. In the end every article of
// every site is stored, none twice in the merged shards; no host ever had
// two requests at once, nor one sooner than the delay after another
// worker's; robots.txt was never broken.
func TestQueueCrawlWorkerKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the kabar binary")
	}
	began := time.Now()
	bin := kabarBinary(t)
	t.Logf("binary built in %s", time.Since(began).Round(time.Millisecond))
	const sites, articles, delay = 3, 24, 30 * time.Millisecond
	cs := newClusterSites(t, sites, articles, 2, delay)
	dir := t.TempDir()
	url := natstest.Start(t) + "/CRAWL"
	var seeds []string
	for k := range sites {
		seeds = append(seeds, cs.url(k)+"/")
	}
	type proc struct {
		cmd *exec.Cmd
		out *bytes.Buffer
	}
	start := func(i int) proc {
		var out bytes.Buffer
		args := append([]string{"crawl", "--queue", url, "--db", filepath.Join(dir, fmt.Sprintf("shard-%d.db", i)),
			"--delay", delay.String(), "--lease-ttl", "2s", "--max-hosts", "1", "--user-agent", fmt.Sprintf("kabar-test-w%d", i),
			"--id", fmt.Sprintf("w%d", i), "--quiet"}, seeds...)
		cmd := exec.Command(bin, args...)
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return proc{cmd, &out}
	}
	kill := make(chan struct{})
	var once sync.Once
	cs.mu.Lock()
	cs.onArticle = func(worker string, n int) {
		if worker == "kabar-test-w0" && n == 6 {
			once.Do(func() { close(kill) })
		}
	}
	cs.mu.Unlock()
	victim := start(0)
	var others []proc
	for i := 1; i <= 2; i++ {
		others = append(others, start(i))
	}
	select {
	case <-kill:
	case <-time.After(30 * time.Second):
		t.Fatalf("the first worker fetched no 6 articles in 30s: %s", victim.out)
	}
	if err := victim.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	victim.cmd.Wait()
	killed := time.Since(began)
	for i, p := range others {
		done := make(chan error, 1)
		go func() { done <- p.cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("worker %d: %v: %s", i+1, err, p.out)
			}
		case <-time.After(60 * time.Second):
			p.cmd.Process.Kill()
			t.Fatalf("worker %d did not finish the crawl in 60s: %s", i+1, p.out)
		}
	}
	t.Logf("victim killed at %s, crawl over at %s", killed.Round(time.Millisecond), time.Since(began).Round(time.Millisecond))

	cs.mu.Lock()
	violations, served := cs.violations, cs.served
	cs.mu.Unlock()
	for _, v := range violations {
		t.Error(v)
	}
	t.Logf("articles served per worker: %v", served)
	if served["kabar-test-w1"] == 0 && served["kabar-test-w2"] == 0 {
		t.Errorf("the survivors fetched no article")
	}

	// Every article of every site, once in the merged shards.
	_, ids := exportJSONL(t, filepath.Join(dir, "merged.jsonl"), filepath.Join(dir, "shard-*.db"))
	urls := map[string]int{}
	for _, a := range readRecords(t, filepath.Join(dir, "merged.jsonl")) {
		urls[a.URL]++
	}
	var missing, twice []string
	for k := range sites {
		for i := range articles {
			u := cs.url(k) + genPath(i)
			switch urls[u] {
			case 0:
				missing = append(missing, u)
			case 1:
			default:
				twice = append(twice, u)
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 || len(twice) > 0 || len(ids) != sites*articles {
		t.Errorf("merged shards hold %d records, want %d; missing %v; twice %v", len(ids), sites*articles, missing, twice)
	}
	// The victim stored part of the crawl before it died.
	_, vids := exportJSONL(t, filepath.Join(dir, "victim.jsonl"), filepath.Join(dir, "shard-0.db"))
	if len(vids) == 0 {
		t.Errorf("the victim stored nothing before it was killed")
	}
	t.Logf("victim stored %d of %d articles", len(vids), len(ids))

	// Nothing left queued or leased.
	q, err := queue.Open(context.Background(), url, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	cst, err := q.CrawlStatus(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if cst.Queued != 0 || cst.Leased != 0 || !cst.Done {
		t.Errorf("after the crawl: %+v", cst)
	}
}

// SIGTERM (here: the command's context ending) stops a crawl worker with
// exit 130 after storing the pages in flight, and hands back its hosts and
// the pages it held at once rather than after the lease TTL: the next
// worker, started at once, finishes the crawl well within the TTL.
func TestQueueCrawlStopReleases(t *testing.T) {
	const articles, delay = 30, 20 * time.Millisecond
	cs := newClusterSites(t, 1, articles, 2, delay)
	dir := t.TempDir()
	url := natstest.Start(t) + "/STOPCRAWL"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cs.mu.Lock()
	cs.onArticle = func(worker string, n int) {
		if worker == "a" && n == 5 {
			cancel()
		}
	}
	cs.mu.Unlock()
	args := func(id string) []string {
		return []string{"crawl", "--queue", url, "--db", filepath.Join(dir, id+".db"), "--delay", delay.String(),
			"--lease-ttl", "1m", "--user-agent", id, "--id", id, "--quiet", cs.url(0) + "/"}
	}
	var out, errb bytes.Buffer
	if code := run(ctx, &env{stdout: &out, stderr: &errb}, args("a")); code != exitInterrupted {
		t.Fatalf("stopped crawl: exit %d, want 130: %s %s", code, out.String(), errb.String())
	}
	q, err := queue.Open(context.Background(), url, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	st, err := q.CrawlStatus(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Leased != 0 || st.Queued == 0 || st.Done {
		t.Fatalf("after the stop: %+v; want no host leased, URLs still queued, the crawl not over", st)
	}
	code, sout, errs := kabarRun(t, "queue", "status", "--queue", url)
	if code != exitOK || !strings.Contains(sout, "crawl 1 (under way") || !strings.Contains(sout, fmt.Sprintf("%d URLs queued, 0 hosts leased", st.Queued)) ||
		!strings.Contains(sout, "a  ") {
		t.Errorf("queue status: exit %d: %s %s", code, sout, errs)
	}
	began := time.Now()
	if code, out, errs := kabarRun(t, args("b")...); code != exitOK {
		t.Fatalf("second worker: exit %d: %s %s", code, out, errs)
	}
	if d := time.Since(began); d > 30*time.Second {
		t.Errorf("the second worker took %s: the pages waited for the lease TTL", d)
	}
	cs.mu.Lock()
	for _, v := range cs.violations {
		t.Error(v)
	}
	cs.mu.Unlock()
	_, ids := exportJSONL(t, filepath.Join(dir, "all.jsonl"), filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db"))
	if len(ids) != articles {
		t.Errorf("merged export holds %d articles, want %d", len(ids), articles)
	}
	if st, err := q.CrawlStatus(context.Background()); err != nil || !st.Done || st.Queued != 0 {
		t.Errorf("after the second worker: %+v %v", st, err)
	}
}

// Hosts are shared out: a worker that started alone and took every host
// gives some back when a second worker joins, so both crawl.
//
// The delay keeps each host busy for about 4 s, well past the second a
// worker keeps a host before giving it to one with fewer (minHold). The
// test failed on CI (9 and 7 of 160 articles, and 0 twice in six runs
// once the delay was longer): a busy host was never idle between two
// pages, so the first worker kept every host; it now gives a host back
// once the pages in hand are done.
func TestQueueCrawlSharesHosts(t *testing.T) {
	const sites, articles, delay = 4, 40, 100 * time.Millisecond
	cs := newClusterSites(t, sites, articles, 2, delay)
	dir := t.TempDir()
	url := natstest.Start(t) + "/SHARE"
	var seeds []string
	for k := range sites {
		seeds = append(seeds, cs.url(k)+"/")
	}
	second := make(chan struct{})
	var once sync.Once
	cs.mu.Lock()
	cs.onArticle = func(worker string, n int) {
		if worker == "a" && n == 3 {
			once.Do(func() { close(second) })
		}
	}
	cs.mu.Unlock()
	args := func(id string) []string {
		return append([]string{"crawl", "--queue", url, "--db", filepath.Join(dir, id+".db"), "--delay", delay.String(),
			"--lease-ttl", "5s", "--user-agent", id, "--id", id, "--quiet"}, seeds...)
	}
	codes := make(chan string, 2)
	go func() {
		code, out, errs := kabarRun(t, args("a")...)
		codes <- fmt.Sprintf("a: exit %d %s %s", code, out, errs)
	}()
	select {
	case <-second:
	case <-time.After(30 * time.Second):
		t.Fatal("the first worker fetched no article in 30s")
	}
	go func() {
		code, out, errs := kabarRun(t, args("b")...)
		codes <- fmt.Sprintf("b: exit %d %s %s", code, out, errs)
	}()
	for range 2 {
		select {
		case s := <-codes:
			if !strings.Contains(s, "exit 0") {
				t.Error(s)
			}
		case <-time.After(60 * time.Second):
			t.Fatal("the crawl did not end in 60s")
		}
	}
	cs.mu.Lock()
	served := cs.served
	for _, v := range cs.violations {
		t.Error(v)
	}
	cs.mu.Unlock()
	t.Logf("articles served per worker: %v", served)
	if served["b"] < articles/2 {
		t.Errorf("the second worker fetched %d articles: the first kept the hosts", served["b"])
	}
	_, ids := exportJSONL(t, filepath.Join(dir, "all.jsonl"), filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db"))
	if len(ids) != sites*articles {
		t.Errorf("merged export holds %d articles, want %d", len(ids), sites*articles)
	}
}

// TLS files go to the NATS client: with the CA that signed the server's
// certificate, queue status and a crawl worker talk to a TLS-only server;
// without it, the connection is refused in one line, exit 1.
func TestQueueTLS(t *testing.T) {
	url, ca := natstest.StartTLS(t)
	code, out, errs := kabarRun(t, "queue", "status", "--queue", url+"/SECURE", "--tls-ca", ca)
	if code != exitOK || !strings.Contains(out, "queue SECURE:") {
		t.Errorf("queue status over TLS: exit %d: %s %s", code, out, errs)
	}
	code, _, errs = kabarRun(t, "queue", "status", "--queue", url+"/SECURE")
	if code != exitFailure {
		t.Errorf("without the CA: exit %d, want 1: %s", code, errs)
	}
	oneLine(t, errs, "connect to NATS at "+url)
	cs := newClusterSites(t, 1, 6, 1, 0)
	dir := t.TempDir()
	code, out, errs = kabarRun(t, "crawl", "--queue", url+"/SECURE", "--tls-ca", ca, "--db", filepath.Join(dir, "s.db"), "--delay", "0", "--quiet", cs.url(0)+"/")
	if code != exitOK {
		t.Fatalf("crawl over TLS: exit %d: %s %s", code, out, errs)
	}
	if _, ids := exportJSONL(t, filepath.Join(dir, "s.jsonl"), filepath.Join(dir, "s.db")); len(ids) != 6 {
		t.Errorf("crawl over TLS stored %d articles, want 6", len(ids))
	}
}

// A NATS server restarted mid-crawl (down for a second) is ridden out: the
// worker reconnects and finishes the crawl, every article stored once.
func TestQueueCrawlServerRestart(t *testing.T) {
	const articles, delay = 40, 20 * time.Millisecond
	cs := newClusterSites(t, 1, articles, 2, delay)
	dir := t.TempDir()
	srv := natstest.StartRestartable(t)
	var once sync.Once
	restarted := make(chan struct{})
	cs.mu.Lock()
	cs.onArticle = func(worker string, n int) {
		if n == 5 {
			once.Do(func() {
				go func() {
					defer close(restarted)
					srv.Restart(time.Second)
				}()
			})
		}
	}
	cs.mu.Unlock()
	code, out, errs := kabarRun(t, "crawl", "--queue", srv.URL+"/RESTART", "--db", filepath.Join(dir, "r.db"), "--delay", delay.String(),
		"--lease-ttl", "10s", "--quiet", cs.url(0)+"/")
	<-restarted
	if code != exitOK {
		t.Fatalf("crawl across a server restart: exit %d: %s %s", code, out, errs)
	}
	if _, ids := exportJSONL(t, filepath.Join(dir, "r.jsonl"), filepath.Join(dir, "r.db")); len(ids) != articles {
		t.Errorf("stored %d articles, want %d: %s", len(ids), articles, errs)
	}
}
