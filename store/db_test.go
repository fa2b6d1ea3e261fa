package store

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// openTest opens a fresh store in t.TempDir and closes it with the test.
func openTest(t *testing.T, opts ...Option) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "kabar.db"), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
	return db
}

func TestOpenCreatesAndReopens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "corpus.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if db.Path() != path {
		t.Errorf("Path() = %q, want %q", db.Path(), path)
	}
	if _, err := db.Put(article("a1", "example.com", "en", "2024-01-02T03:04:05+07:00"), nil); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = Open(path, WithReadOnly())
	if err != nil {
		t.Fatalf("reopen read-only: %v", err)
	}
	defer db.Close()
	if _, ok, err := db.Get("a1"); err != nil || !ok {
		t.Fatalf("Get after reopen = %v, %v", ok, err)
	}
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()

	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("just some text\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bigText := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(bigText, []byte(strings.Repeat("lorem ipsum dolor sit amet\n", 2000)), 0o644); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(dir, "foreign.db")
	{
		b, err := bolt.Open(foreign, 0o644, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Update(func(tx *bolt.Tx) error {
			_, err := tx.CreateBucket([]byte("widgets"))
			return err
		}); err != nil {
			t.Fatal(err)
		}
		b.Close()
	}
	newer := filepath.Join(dir, "newer.db")
	{
		db, err := Open(newer)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.bolt.Update(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keySchema, []byte("99"))
		}); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}

	tests := []struct {
		name, path string
		opts       []Option
		want       string
	}{
		{"missing folder", filepath.Join(dir, "nope", "x.db"), nil,
			"open store " + filepath.Join(dir, "nope", "x.db") + ": folder " + filepath.Join(dir, "nope") + " does not exist"},
		{"small text file", text, nil, "open store " + text + ": not a kabar store (not a bbolt file)"},
		{"large text file", bigText, nil, "open store " + bigText + ": not a kabar store (not a bbolt file)"},
		{"other bbolt file", foreign, nil, "open store " + foreign + ": not a kabar store (a bbolt file of another program)"},
		{"newer schema", newer, nil, "open store " + newer + ": written by a newer kabar (store schema 99, this build reads up to " + strconv.Itoa(SchemaVersion) + ")"},
		{"folder as file", dir, nil, "open store " + dir + ": is a folder, not a store file"},
		{"read-only missing", filepath.Join(dir, "absent.db"), []Option{WithReadOnly()}, "open store " + filepath.Join(dir, "absent.db") + ": no such store"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, _ := os.ReadFile(tt.path)
			db, err := Open(tt.path, tt.opts...)
			if err == nil {
				db.Close()
				t.Fatalf("Open succeeded, want %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("Open error\n got %q\nwant %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
			if after, _ := os.ReadFile(tt.path); string(after) != string(before) {
				t.Errorf("Open modified %s", tt.path)
			}
		})
	}
}

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kabar.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	start := time.Now()
	second, err := Open(path, WithLockTimeout(200*time.Millisecond))
	if err == nil {
		second.Close()
		t.Fatal("second Open of a held store succeeded")
	}
	want := "open store " + path + ": in use by another kabar process"
	if runtime.GOOS == "linux" {
		// The holder is named from /proc/locks: here, this test process.
		want += fmt.Sprintf(" (pid %d, %s", os.Getpid(), filepath.Base(os.Args[0]))
	}
	if !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error = %q, want %q...", err, want)
	}
	if waited := time.Since(start); waited < 150*time.Millisecond || waited > 5*time.Second {
		t.Errorf("waited %v for the lock, want about the 200ms timeout", waited)
	}
	// The holder is unaffected.
	if _, err := db.Put(article("a", "example.com", "en", ""), nil); err != nil {
		t.Errorf("holder cannot write after a refused Open: %v", err)
	}
}
