package store

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Export writes every record passing f to w as JSON Lines, one
// kabar.Article per line, in Each's order, and returns how many it wrote.
// The lines are the stored bytes, which Put wrote with encoding/json and
// SetEscapeHTML(false), so Export does not decode or re-encode records.
// On error the count is of the lines written before it.
func Export(ctx context.Context, db *DB, w io.Writer, f Filter) (int, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	n := 0
	err := db.scan(ctx, f, func(_ string, rec []byte) error {
		if _, err := bw.Write(rec); err != nil {
			return err
		}
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
		n++
		return nil
	})
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

// unsupportedSuffixes are compressions that a name asks for but this build
// cannot write; writing plain JSON under such a name would mislead.
var unsupportedSuffixes = []string{".zst", ".bz2", ".xz", ".lz4", ".zip"}

// ExportFile exports to path in the format its name asks for (FormatOf):
// "-" is standard output (JSON Lines), a ".gz" suffix writes gzip. A file is
// written to a temporary file in the same folder, synced and renamed over
// path, so a failed or cancelled export leaves no file (and an older file at
// path untouched).
func ExportFile(ctx context.Context, db *DB, path string, f Filter) (int, error) {
	return ExportFileAs(ctx, db, path, f, FormatOf(path))
}

// ExportAs writes to w in the given format (Export or ExportCSV).
func ExportAs(ctx context.Context, db *DB, w io.Writer, f Filter, format Format) (int, error) {
	switch format {
	case JSONL, "":
		return Export(ctx, db, w, f)
	case CSV:
		return ExportCSV(ctx, db, w, f)
	}
	return 0, fmt.Errorf("export: unknown format %q", format)
}

// ExportFileAs is ExportFile with the format given, for a --format flag.
func ExportFileAs(ctx context.Context, db *DB, path string, f Filter, format Format) (int, error) {
	if path == "-" {
		return ExportAs(ctx, db, os.Stdout, f, format)
	}
	for _, s := range unsupportedSuffixes {
		if strings.HasSuffix(path, s) {
			return 0, fmt.Errorf("export %s: %s compression is not supported (use .gz or plain .jsonl)", path, s)
		}
	}
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return 0, fmt.Errorf("export %s: folder %s does not exist", path, dir)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return 0, fmt.Errorf("export %s: %w", path, err)
	}
	committed := false
	defer func() {
		if !committed {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()

	var w io.Writer = tmp
	var zw *gzip.Writer
	if strings.HasSuffix(path, ".gz") {
		zw = gzip.NewWriter(tmp)
		w = zw
	}
	n, err := ExportAs(ctx, db, w, f, format)
	if err == nil && zw != nil {
		err = zw.Close()
	}
	if err == nil {
		err = tmp.Chmod(0o644) // CreateTemp makes 0600; an export is for sharing
	}
	if err == nil {
		err = tmp.Sync()
	}
	if err == nil {
		err = tmp.Close()
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return 0, fmt.Errorf("export %s: %w", path, trimExportPrefix(err))
	}
	committed = true
	if err := syncDir(dir); err != nil {
		db.log.Warn("export: sync folder after rename", "path", path, "err", err)
	}
	return n, nil
}

// trimExportPrefix avoids "export F: export: cause" in messages.
func trimExportPrefix(err error) error {
	msg := err.Error()
	if u := errors.Unwrap(err); u != nil && (strings.HasPrefix(msg, "export: ") || strings.HasPrefix(msg, "export csv: ")) {
		return u
	}
	return err
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// ExportSince exports, like ExportFile, the records created or updated since
// the last export under name (all records the first time), in change order,
// and moves the cursor only after the file is completely written and synced.
// A failed export leaves the cursor where it was, so the next run exports the
// same records again: a consumer may see a record twice, never miss one.
// f's own Changed is replaced. The format follows the name, as in
// ExportFile.
func ExportSince(ctx context.Context, db *DB, path, name string, f Filter) (int, error) {
	return ExportSinceAs(ctx, db, path, name, f, FormatOf(path))
}

// ExportSinceAs is ExportSince with the format given.
func ExportSinceAs(ctx context.Context, db *DB, path, name string, f Filter, format Format) (int, error) {
	if name == "" {
		return 0, errors.New("export since last: empty cursor name")
	}
	cur, _, err := db.Cursor(name)
	if err != nil {
		return 0, err
	}
	head, err := db.LastChange()
	if err != nil {
		return 0, err
	}
	if head < cur.Seq {
		// The store was replaced by an older copy; start over rather
		// than skip records.
		cur.Seq = 0
	}
	f.Changed = &SeqRange{After: cur.Seq, Through: head}
	n, err := ExportFileAs(ctx, db, path, f, format)
	if err != nil {
		return n, err
	}
	err = db.SetCursor(Cursor{Name: name, Seq: head, At: time.Now().UTC(), Records: n, Path: path})
	if err != nil {
		return n, fmt.Errorf("export %s: written, but the cursor did not move: %w", path, err)
	}
	return n, nil
}
