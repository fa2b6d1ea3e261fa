//go:build unix

package store

import (
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
)

// Sharing the file with readers while a writer runs.
//
// bbolt takes an exclusive flock on the file for a writer's whole life, so
// no other process could read a store while a crawl or an ingest ran. kabar
// serve must show a crawl's records as they come, without ever making the
// crawl wait for long, so a writer holds the file differently:
//
//   - It holds an exclusive flock on PATH-writer (a small file beside the
//     store) for its whole life: that alone keeps a second writer out, so
//     the lock on the store file itself may change hands.
//   - On the store file it holds a shared flock between transactions and
//     an exclusive one only while a write transaction runs and commits.
//   - A sharing reader (WithShared: kabar serve) opens the store read-only,
//     which takes a shared flock, reads, and closes within milliseconds.
//     While it holds the file the writer's next commit waits for it; while
//     the writer commits the reader's open waits. bbolt's copy-on-write
//     pages stay valid for a reader because the writer cannot write a page
//     while any reader holds the file.
//   - Any other reader (export, stats) first checks PATH-writer and reports
//     ErrInUse when a writer holds it, as before, so a long export never
//     stalls a crawl's commits.
//
// Converting a flock between shared and exclusive is not atomic (Linux
// drops the old lock first), which is why the writer lock is a file of its
// own: in that instant a reader may slip in (and the writer waits for it),
// but never a second writer.

// writerLockSuffix names the writer lock file beside the store.
const writerLockSuffix = "-writer"

// lockWriter takes the exclusive writer lock beside path, waiting up to
// timeout.
func lockWriter(path string, timeout time.Duration) (*os.File, error) {
	f, err := os.OpenFile(path+writerLockSuffix, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("writer lock: %w", err)
	}
	if err := flockWait(f, syscall.LOCK_EX, timeout); err != nil {
		_ = f.Close()
		if h := lockHolder(path + writerLockSuffix); h != "" {
			return nil, fmt.Errorf("%w (%s)", err, h)
		}
		return nil, err
	}
	return f, nil
}

// checkNoWriter waits up to timeout for no writer to hold the writer lock
// beside path; a store no sharing writer ever opened has no lock file.
func checkNoWriter(path string, timeout time.Duration) error {
	f, err := os.Open(path + writerLockSuffix)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("writer lock: %w", err)
	}
	defer f.Close()
	if err := flockWait(f, syscall.LOCK_SH, timeout); err != nil {
		if h := lockHolder(path + writerLockSuffix); h != "" {
			return fmt.Errorf("%w (%s)", err, h)
		}
		return err
	}
	return nil // closing f drops the lock
}

// flockWait takes how (LOCK_SH or LOCK_EX) on f, polling until timeout.
func flockWait(f *os.File, how int, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
		if err == nil {
			return nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return fmt.Errorf("flock: %w", err)
		}
		if time.Now().After(deadline) {
			return ErrInUse
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// shareFile turns the writer's exclusive lock on the store file into a
// shared one, letting sharing readers in between transactions.
func shareFile(f *os.File) error {
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH); err != nil {
		return fmt.Errorf("share store file: %w", err)
	}
	return nil
}

// exclusiveFile takes the store file back for a write transaction,
// waiting for sharing readers to close (they hold it for milliseconds).
func exclusiveFile(f *os.File) error {
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("lock store file: %w", err)
	}
	return nil
}
