package store

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// Export writes every record passing f to w as JSON Lines, one
// kabar.Article per line, in Each's order, and returns how many it wrote.
// The lines are the stored bytes, which Put wrote with encoding/json and
// SetEscapeHTML(false), so Export does not decode or re-encode records (a
// founder's cluster is spliced in: withGroupFields).
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

// ExportFile exports to path in the format its name asks for (FormatOf):
// "-" is standard output (JSON Lines), a ".gz" suffix writes gzip and a
// ".zst" suffix zstd. A file is written to a temporary file in the same
// folder, synced and renamed over path, so a failed or cancelled export
// leaves no file (and an older file at path untouched). A path that names
// an existing device or pipe (/dev/null, a FIFO) is written in place.
func ExportFile(ctx context.Context, db *DB, path string, f Filter) (int, error) {
	return ExportFileAs(ctx, db, path, f, FormatOf(path))
}

// ExportAs writes to w in the given format (Export, ExportCSV or
// ExportParquet), uncompressed.
func ExportAs(ctx context.Context, db *DB, w io.Writer, f Filter, format Format) (int, error) {
	switch format {
	case JSONL, "":
		return Export(ctx, db, w, f)
	case CSV:
		return ExportCSV(ctx, db, w, f)
	case Parquet:
		return ExportParquet(ctx, db, w, f)
	}
	return 0, fmt.Errorf("export: unknown format %q", format)
}

// ExportFileAs is ExportFile with the format given, for a --format flag.
// The compression still follows the name; Parquet refuses a compression
// suffix, because it compresses its columns itself and a gzipped Parquet
// file is one no dataset tool opens.
func ExportFileAs(ctx context.Context, db *DB, path string, f Filter, format Format) (int, error) {
	if path == "-" {
		n, err := exportCompressed(ctx, db, os.Stdout, uncompressed, f, format)
		if err == nil {
			err = syncIfRegular(os.Stdout)
		}
		if err != nil {
			return n, fmt.Errorf("export to standard output: %w", trimExportPrefix(err))
		}
		return n, nil
	}
	comp, _, err := compressionOf(path)
	if err != nil {
		return 0, fmt.Errorf("export %s: %w", path, err)
	}
	if format == Parquet && comp != uncompressed {
		return 0, fmt.Errorf("export %s: Parquet compresses its columns itself; drop the compression suffix", path)
	}
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		if st.IsDir() {
			return 0, fmt.Errorf("export %s: is a folder", path)
		}
		return exportInPlace(ctx, db, path, comp, f, format)
	}
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return 0, fmt.Errorf("export %s: folder %s does not exist", path, dir)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the temporary name means nothing to the user
		}
		return 0, fmt.Errorf("export %s: cannot create a file in %s: %w", path, dir, err)
	}
	committed := false
	defer func() {
		if !committed {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()

	n, err := exportCompressed(ctx, db, tmp, comp, f, format)
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

// exportInPlace writes to an existing non-regular file (a device such as
// /dev/null or /dev/full, a FIFO). Renaming a temporary file over it would
// replace the device node, so it is opened and written directly.
func exportInPlace(ctx context.Context, db *DB, path string, comp compression, f Filter, format Format) (int, error) {
	out, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return 0, fmt.Errorf("export %s: %w", path, err)
	}
	n, err := exportCompressed(ctx, db, out, comp, f, format)
	if err == nil {
		err = syncIfRegular(out)
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, fmt.Errorf("export %s: %w", path, trimExportPrefix(err))
	}
	return n, nil
}

// exportCompressed is ExportAs through the compressor comp asks for. The
// compressor is closed (its last block and trailer written) before it
// returns, so a nil error means every byte has reached w.
func exportCompressed(ctx context.Context, db *DB, w io.Writer, comp compression, f Filter, format Format) (int, error) {
	var zw io.WriteCloser
	switch comp {
	case gzipped:
		zw = gzip.NewWriter(w)
	case zstded:
		enc, err := zstd.NewWriter(w, zstd.WithEncoderConcurrency(1))
		if err != nil {
			return 0, fmt.Errorf("zstd: %w", err)
		}
		zw = enc
	}
	if zw == nil {
		return ExportAs(ctx, db, w, f, format)
	}
	n, err := ExportAs(ctx, db, zw, f, format)
	if cerr := zw.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("compress: %w", cerr)
	}
	return n, err
}

// syncIfRegular fsyncs f when it is a regular file: standard output
// redirected to a file must be durable before a cursor moves, while a pipe
// or terminal cannot be synced and needs not be.
func syncIfRegular(f *os.File) error {
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return nil
	}
	return f.Sync()
}

// trimExportPrefix avoids "export F: export: cause" in messages.
func trimExportPrefix(err error) error {
	msg := err.Error()
	if u := errors.Unwrap(err); u != nil && (strings.HasPrefix(msg, "export: ") || strings.HasPrefix(msg, "export csv: ") || strings.HasPrefix(msg, "export parquet: ")) {
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
	return exportSince(db, name, f, path, func(f Filter) (int, error) {
		return ExportFileAs(ctx, db, path, f, format)
	})
}

// ExportSinceTo is ExportSinceAs to a writer (standard output in a
// pipeline): the cursor moves once every record has been written to w
// without error, and, when w is a regular file, synced. A consumer that
// needs more (its own commit) should export to a file.
func ExportSinceTo(ctx context.Context, db *DB, w io.Writer, name string, f Filter, format Format) (int, error) {
	return exportSince(db, name, f, "", func(f Filter) (int, error) {
		n, err := ExportAs(ctx, db, w, f, format)
		if of, ok := w.(*os.File); ok && err == nil {
			err = syncIfRegular(of)
		}
		return n, err
	})
}

// exportSince runs export over the records changed since the cursor name
// and moves the cursor to the change it started from only when export
// succeeds.
func exportSince(db *DB, name string, f Filter, path string, export func(Filter) (int, error)) (int, error) {
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
	n, err := export(f)
	if err != nil {
		return n, err
	}
	err = db.SetCursor(Cursor{Name: name, Seq: head, At: time.Now().UTC(), Records: n, Path: path})
	if err != nil {
		return n, fmt.Errorf("export: written, but the cursor %q did not move: %w", name, err)
	}
	return n, nil
}
