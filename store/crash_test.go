package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kabar-news/kabar"
)

// crashChildEnv names the store a crash child writes to; the child is this
// test binary run again with TestCrashChild selected.
const crashChildEnv = "KABAR_STORE_CRASH_CHILD"

// TestCrashChild is not a test on its own: it is the process that
// TestCrashMidBatch kills. It puts records from several goroutines forever
// and prints each id once its Put has returned, i.e. once it is committed.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashChildEnv)
	if path == "" {
		t.Skip("run by TestCrashMidBatch")
	}
	db, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	var mu sync.Mutex
	out := bufio.NewWriter(os.Stdout)
	var wg sync.WaitGroup
	for w := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				a := article(fmt.Sprintf("p%d-w%d-%d", os.Getpid(), w, i), "example.com", "id", "2024-03-01T10:00:00+07:00")
				a.Text = strings.Repeat("kata ", 300+i%50)
				raw := &RawPage{URL: a.URL, Status: 200, Body: []byte(strings.Repeat("<p>halaman</p>", 200))}
				if _, err := db.Put(a, raw); err != nil {
					mu.Lock()
					fmt.Fprintln(out, "error", err)
					out.Flush()
					mu.Unlock()
					return
				}
				// Re-put an older record changed, so that the kill also
				// lands inside updates that move index entries.
				if i > 0 {
					old := article(fmt.Sprintf("p%d-w%d-%d", os.Getpid(), w, i-1), "example.com", "id", "2024-03-02T10:00:00+07:00")
					old.ContentHash = "v2"
					if _, err := db.Put(old, nil); err != nil {
						return
					}
				}
				mu.Lock()
				fmt.Fprintln(out, "ok", a.ID)
				out.Flush()
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	os.Exit(3)
}

// TestCrashMidBatch SIGKILLs a process in the middle of batched writes,
// several times over the same file, and checks that every Put that had
// returned survived and that the file and its indexes are consistent.
func TestCrashMidBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	var committed []string
	for round := range 4 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(stdout)
		want := 40 + 30*round // kill at a different point each round
		n := 0
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) == 2 && f[0] == "ok" {
				committed = append(committed, f[1])
				n++
			} else if len(f) > 0 && f[0] == "error" {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("child: %s", sc.Text())
			}
			if n == want {
				break
			}
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		// Lines printed after the kill decision are committed too.
		for sc.Scan() {
			if f := strings.Fields(sc.Text()); len(f) == 2 && f[0] == "ok" {
				committed = append(committed, f[1])
			}
		}
		cmd.Wait()
		if n < want {
			t.Fatalf("round %d: child stopped after %d records", round, n)
		}

		db, err := Open(path, WithLockTimeout(5*time.Second))
		if err != nil {
			t.Fatalf("round %d: reopen after kill: %v", round, err)
		}
		if err := db.Check(); err != nil {
			t.Errorf("round %d: %v", round, err)
		}
		for _, id := range committed {
			if _, ok, err := db.Get(id); err != nil || !ok {
				t.Errorf("round %d: committed record %s lost (%v)", round, id, err)
			}
		}
		count := 0
		if err := db.Each(context.Background(), Filter{}, func(kabar.Article) error { count++; return nil }); err != nil {
			t.Fatal(err)
		}
		if count < len(committed) {
			t.Errorf("round %d: %d records, %d committed", round, count, len(committed))
		}
		db.Close()
	}
	t.Logf("%d committed puts survived 4 kills", len(committed))
}

// TestCheckFindsBrokenIndex shows that Check, used above, can fail.
func TestCheckFindsBrokenIndex(t *testing.T) {
	db := openTest(t)
	mustPut(t, db, article("a", "example.com", "en", "2024-01-01T00:00:00Z"), nil)
	mustPut(t, db, article("b", "example.com", "en", ""), nil)
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
	if err := db.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDays).Delete(dayKey(article("a", "", "", "2024-01-01T00:00:00Z").PublishedAt, "a"))
	}); err != nil {
		t.Fatal(err)
	}
	err := db.Check()
	if err == nil || !strings.Contains(err.Error(), `record "a": days key`) {
		t.Errorf("Check of a store missing an index entry = %v", err)
	}
}
