package store

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestOpenFallsBackWhenMapRefused: a writer whose address space is limited
// (ulimit -v) below the presized map still opens the store, with bbolt's
// default map, and writes to it. It runs in a child process, since the
// limit cannot be lifted again.
func TestOpenFallsBackWhenMapRefused(t *testing.T) {
	if !mapPresize || strconv.IntSize < 64 {
		t.Skip("no presized map on this platform")
	}
	if os.Getenv("KABAR_TEST_MAP_LIMIT") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestOpenFallsBackWhenMapRefused$", "-test.v")
		cmd.Env = append(os.Environ(), "KABAR_TEST_MAP_LIMIT=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("child: %v\n%s", err, out)
		}
		if strings.Contains(string(out), "--- SKIP") {
			t.Skipf("child skipped:\n%s", out)
		}
		return
	}
	vm := vmSize(t)
	if vm > 64<<30 {
		// The race detector reserves terabytes of shadow memory.
		t.Skipf("address space already %d bytes", vm)
	}
	// Room for the runtime to grow, not for a 16 GB map.
	limit := uint64(vm) + 4<<30
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: limit, Max: limit}); err != nil {
		t.Skipf("setrlimit: %v", err)
	}
	path := filepath.Join(t.TempDir(), "kabar.db")
	db, err := Open(path)
	if err != nil {
		t.Fatalf("open under a %d-byte address space: %v", limit, err)
	}
	defer db.Close()
	if db.presized {
		t.Errorf("the map is presized under a %d-byte address space", limit)
	}
	a := dedupBenchArticle(1)
	if _, err := db.Put(a, nil); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := db.Get(a.ID); err != nil || !ok {
		t.Fatalf("get after put: found %v, err %v", ok, err)
	}
}

// vmSize is the process's address space (VmSize of /proc/self/status).
func vmSize(t *testing.T) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmSize:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				t.Skip(err)
			}
			return kb << 10
		}
	}
	t.Skip("no VmSize")
	return 0
}
