package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/eval"
)

// input is one saved page to extract: where to read it, the path to report
// as source_file, and the URL it was fetched from (may be empty).
type input struct {
	path   string // path to open
	listed string // path as given on the command line or in the manifest
	url    string
}

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("extract", "[--url URL] [--out FILE] FILE...\n       kabar extract --manifest LIST.tsv [--out FILE]",
		"Extracts saved HTML pages (.gz files are gunzipped) without crawling and without a store,\n"+
			"writing one JSON record per page. A manifest line is 'path<TAB>url', the path relative\n"+
			"to the manifest's folder. A page that cannot be extracted yields a record with an\n"+
			"\"error\" field; the exit status is non-zero only when an input cannot be read.")
	pageURL := fs.String("url", "", "the URL the `FILE`s were fetched from (for relative links, site rules and ids)")
	manifest := fs.String("manifest", "", "read the list of pages from this `TSV` file")
	out := fs.String("out", "-", "write records to this `FILE` (- for stdout; .gz compresses)")
	rules := addRulesFlag(fs)
	workers := fs.Int("parallelism", runtime.GOMAXPROCS(0), "pages extracted at once")
	files, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if *workers < 1 {
		return usagef("--parallelism must be at least 1")
	}
	var inputs []input
	switch {
	case *manifest != "" && len(files) > 0:
		return usagef("give either --manifest or files, not both")
	case *manifest != "":
		inputs, err = readManifest(*manifest)
		if err != nil {
			return err
		}
	case len(files) == 0:
		return usagef("no pages given: name HTML files or a --manifest")
	default:
		for _, f := range files {
			inputs = append(inputs, input{path: f, listed: f, url: *pageURL})
		}
	}

	w, finish, err := createOutput(*out)
	if err != nil {
		return err
	}
	p, err := rules.pipeline()
	if err != nil {
		return err
	}
	unreadable, err := extractAll(ctx, p, inputs, *workers, w, e)
	if ferr := finish(err == nil); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if unreadable > 0 {
		return fmt.Errorf("%d of %d inputs could not be read", unreadable, len(inputs))
	}
	return nil
}

// readManifest reads 'path<TAB>url' lines; blank lines and lines starting
// with # are skipped. Paths are relative to the manifest's folder.
func readManifest(path string) ([]input, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	defer f.Close()
	dir := filepath.Dir(path)
	var inputs []input
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		listed, u, _ := strings.Cut(line, "\t")
		listed = strings.TrimSpace(listed)
		if listed == "" {
			return nil, fmt.Errorf("manifest %s line %d: no path", path, n)
		}
		p := listed
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		inputs = append(inputs, input{path: p, listed: listed, url: strings.TrimSpace(u)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read manifest %s: %w", path, err)
	}
	return inputs, nil
}

// extractAll runs the pipeline over inputs on several workers and writes the
// records in input order. It returns how many inputs could not be read.
func extractAll(ctx context.Context, p pipeline, inputs []input, workers int, w io.Writer, e *env) (int, error) {
	type result struct {
		line       []byte
		unreadable bool
	}
	results := make([]chan result, len(inputs))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				in := inputs[i]
				var a kabar.Article
				raw, err := eval.ReadPage(in.path)
				unreadable := err != nil
				if err != nil {
					fmt.Fprintf(e.stderr, "kabar extract: %v\n", err)
					a = kabar.Article{URL: in.url, Error: err.Error()}
				} else {
					a, _, _ = p.process(raw, in.url, "", time.Time{})
				}
				a.SourceFile = in.listed
				line, err := marshalLine(a)
				if err != nil {
					line = []byte(fmt.Sprintf("{\"source_file\":%q,\"error\":%q}\n", in.listed, err.Error()))
				}
				results[i] <- result{line, unreadable}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range inputs {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	unreadable := 0
	var werr error
	for i := range inputs {
		var r result
		select {
		case r = <-results[i]:
		case <-ctx.Done():
			wg.Wait()
			return unreadable, ctx.Err()
		}
		if r.unreadable {
			unreadable++
		}
		if werr == nil {
			if _, err := w.Write(r.line); err != nil {
				werr = fmt.Errorf("write records: %w", err)
			}
		}
	}
	wg.Wait()
	return unreadable, werr
}

// marshalLine encodes a record as one JSON line, without HTML escaping so
// that text stays readable.
func marshalLine(a kabar.Article) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// createOutput opens where records go: stdout for "-"; a device or a pipe
// (/dev/null, a FIFO) written in place, since renaming over it would replace
// it; else a temporary file beside path that finish renames into place only
// when ok, so a failed run never leaves a half-written file. A .gz path is
// gzip-compressed.
func createOutput(path string) (io.Writer, func(ok bool) error, error) {
	if path == "-" || path == "" {
		bw := bufio.NewWriterSize(os.Stdout, 64*1024)
		return bw, func(bool) error { return bw.Flush() }, nil
	}
	var f *os.File
	var err error
	inPlace := false
	if st, serr := os.Stat(path); serr == nil && !st.Mode().IsRegular() {
		inPlace = true
		f, err = os.OpenFile(path, os.O_WRONLY, 0)
	} else {
		dir := filepath.Dir(path)
		if st, serr := os.Stat(dir); serr != nil || !st.IsDir() {
			return nil, nil, fmt.Errorf("create %s: folder %s does not exist", path, dir)
		}
		f, err = os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	}
	if err != nil {
		return nil, nil, fmt.Errorf("create %s: %w", path, err)
	}
	bw := bufio.NewWriterSize(f, 64*1024)
	var w io.Writer = bw
	var zw *gzip.Writer
	if strings.HasSuffix(path, ".gz") {
		zw = gzip.NewWriter(bw)
		w = zw
	}
	finish := func(ok bool) error {
		var err error
		if zw != nil {
			err = zw.Close()
		}
		err = errors.Join(err, bw.Flush())
		if !inPlace {
			err = errors.Join(err, f.Sync())
		}
		err = errors.Join(err, f.Close())
		if inPlace {
			if err != nil {
				return fmt.Errorf("write %s: %w", path, err)
			}
			return nil
		}
		if !ok || err != nil {
			os.Remove(f.Name())
			if err != nil {
				return fmt.Errorf("write %s: %w", path, err)
			}
			return nil
		}
		if err := os.Rename(f.Name(), path); err != nil {
			os.Remove(f.Name())
			return fmt.Errorf("write %s: %w", path, err)
		}
		return nil
	}
	return w, finish, nil
}
