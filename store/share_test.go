//go:build unix

package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"
)

// A sharing reader opens beside a writer and sees its commits; other
// readers and a second writer are still refused; the writer's commit
// waits for an open sharing reader and goes through once it closes.
func TestSharedReaderBesideWriter(t *testing.T) {
	path := filepath.Join(t.TempDir(), "corpus.db")
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.Put(article("a1", "kompas.com", "id", "2024-05-01T10:00:00+07:00"), nil); err != nil {
		t.Fatal(err)
	}

	if _, err := Open(path, WithReadOnly(), WithLockTimeout(50*time.Millisecond)); !errors.Is(err, ErrInUse) {
		t.Fatalf("plain reader beside a writer: err = %v, want ErrInUse", err)
	}
	if _, err := Open(path, WithLockTimeout(50*time.Millisecond)); !errors.Is(err, ErrInUse) {
		t.Fatalf("second writer: err = %v, want ErrInUse", err)
	}

	r, err := Open(path, WithShared(), WithLockTimeout(time.Second))
	if err != nil {
		t.Fatalf("sharing reader: %v", err)
	}
	if _, ok, err := r.Get("a1"); err != nil || !ok {
		t.Fatalf("sharing reader Get = %v, %v", ok, err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := w.Put(article("a2", "kompas.com", "id", "2024-05-02T10:00:00+07:00"), nil)
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("the writer committed while a reader held the file (err %v)", err)
	case <-time.After(100 * time.Millisecond):
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the writer still waits after the reader closed")
	}

	r, err = Open(path, WithShared(), WithLockTimeout(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, ok, _ := r.Get("a2"); !ok {
		t.Fatal("a new sharing reader does not see the writer's latest commit")
	}
}
