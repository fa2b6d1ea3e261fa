package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/klauspost/compress/zstd"
)

func TestExportFileZstd(t *testing.T) {
	db := corpus(t)
	path := filepath.Join(t.TempDir(), "corpus.jsonl.zst")
	n, err := ExportFile(context.Background(), db, path, Filter{Lang: "en"})
	if err != nil || n != 2 {
		t.Fatalf("ExportFile = %d, %v", n, err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := zstd.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer dec.Close()
	recs := readLines(t, dec)
	if len(recs) != 2 || recs[0].ID != "b" || recs[1].ID != "u" {
		t.Errorf("zstd export holds %v", recs)
	}
	if !bytes.HasPrefix(b, []byte{0x28, 0xb5, 0x2f, 0xfd}) {
		t.Errorf("no zstd magic number: % x", b[:4])
	}
}

// TestExportDiskFull writes to /dev/full, whose every write fails with
// ENOSPC: the error says so in one line, the device node stays a device
// (no temporary file is renamed over it), and the cursor does not move.
func TestExportDiskFull(t *testing.T) {
	if st, err := os.Stat("/dev/full"); err != nil || st.Mode()&os.ModeDevice == 0 {
		t.Skip("no /dev/full")
	}
	db := corpus(t)
	const path = "/dev/full"
	for _, format := range []Format{JSONL, CSV, Parquet} {
		_, err := ExportSinceAs(context.Background(), db, path, "nightly", Filter{}, format)
		if !errors.Is(err, syscall.ENOSPC) {
			t.Fatalf("%s export to %s = %v, want ENOSPC", format, path, err)
		}
		if msg := err.Error(); strings.Contains(msg, "\n") || !strings.Contains(msg, "/dev/full") || !strings.Contains(msg, "no space left") {
			t.Errorf("error %q is not one line naming the file and the cause", msg)
		}
	}
	if st, err := os.Stat("/dev/full"); err != nil || st.Mode()&os.ModeDevice == 0 {
		t.Fatalf("/dev/full is no longer a device: %v %v", st, err)
	}
	if c, ok, err := db.Cursor("nightly"); err != nil || ok {
		t.Errorf("cursor after a failed export: %+v %v %v", c, ok, err)
	}
	// A device that accepts writes is written in place.
	if st, err := os.Stat(os.DevNull); err != nil || st.Mode()&os.ModeDevice == 0 {
		t.Skipf("%s is not a device on this machine", os.DevNull)
	}
	if n, err := ExportFile(context.Background(), db, os.DevNull, Filter{}); err != nil || n != 7 {
		t.Errorf("export to %s = %d, %v", os.DevNull, n, err)
	}
	if st, err := os.Stat(os.DevNull); err != nil || st.Mode()&os.ModeDevice == 0 {
		t.Fatalf("%s is no longer a device", os.DevNull)
	}
}

// TestExportUnwritable covers targets that cannot be written: a folder, a
// path under a regular file, and (when not root) a read-only folder. None
// leaves a file behind.
func TestExportUnwritable(t *testing.T) {
	db := corpus(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "plain")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		dir:                              "is a folder",
		filepath.Join(file, "out.jsonl"): "does not exist",
	}
	if os.Geteuid() != 0 {
		ro := filepath.Join(dir, "ro")
		if err := os.Mkdir(ro, 0o555); err != nil {
			t.Fatal(err)
		}
		cases[filepath.Join(ro, "out.jsonl")] = "permission denied"
	}
	for path, want := range cases {
		_, err := ExportSince(context.Background(), db, path, "n", Filter{})
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), path) {
			t.Errorf("export to %s = %v, want an error naming it with %q", path, err, want)
		}
	}
	if _, ok, _ := db.Cursor("n"); ok {
		t.Error("cursor moved after failed exports")
	}
	assertNoTemp(t, dir)
}
