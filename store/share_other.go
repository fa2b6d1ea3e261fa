//go:build !unix

package store

import (
	"os"
	"time"
)

// Outside unix the writer keeps bbolt's exclusive lock for its whole life:
// sharing readers wait for it to close, as every reader does.

func lockWriter(string, time.Duration) (*os.File, error) { return nil, nil }
func checkNoWriter(string, time.Duration) error          { return nil }
func shareFile(*os.File) error                           { return nil }
func exclusiveFile(*os.File) error                       { return nil }
