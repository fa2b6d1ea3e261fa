// Package eval measures extraction against a benchmark folder the way the
// referee score.py does, so that kabar prints the same figures without
// Python: the body text with the ScrapingHub article-extraction-benchmark
// metric (4-token shingle F1 over \w+ tokens), and every field of a record
// (title, names, dates, dateline, sources, quotes and speakers, boilerplate
// left) as score.py's fields mode scores them, split by publisher half. It
// knows nothing of how pages are extracted: Run and RunRecords take the
// extractor as a function.
package eval

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Entry is one line of a dataset's manifest.tsv: the page file (relative to
// the dataset folder) and the URL it was fetched from.
type Entry struct {
	ID   string // PageID(Path)
	Path string
	URL  string
}

// PageID is a page's id as score.py derives it: the base name (what
// follows the last "/", as Python's os.path.basename: "" for "" or "a/")
// without a trailing .gz, then .html or .htm.
func PageID(name string) string {
	base := name[strings.LastIndexByte(name, '/')+1:]
	for _, ext := range []string{".gz", ".html", ".htm"} {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}

// LoadManifest reads dir/manifest.tsv (lines "path<TAB>url").
func LoadManifest(dir string) ([]Entry, error) {
	f, err := os.Open(filepath.Join(dir, "manifest.tsv"))
	if err != nil {
		return nil, fmt.Errorf("eval: manifest: %w", err)
	}
	defer f.Close()
	var out []Entry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		path, url, _ := strings.Cut(line, "\t")
		out = append(out, Entry{ID: PageID(path), Path: path, URL: strings.TrimSpace(url)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: manifest: %w", err)
	}
	return out, nil
}

// Truth is what a truth file says about one page's body.
type Truth struct {
	Text string
	// Boilerplate lists strings that must not survive in the text
	// (gold-dev labels them; other sets have none).
	Boilerplate []string
}

// LoadTruth reads a truth file: JSON Lines with "id" (or "source_file") and
// "text" (or "articleBody") on each line, or one JSON object {id: {...}}.
func LoadTruth(path string) (map[string]string, error) {
	full, err := LoadTruthFull(path)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(full))
	for id, t := range full {
		out[id] = t.Text
	}
	return out, nil
}

// LoadTruthFull is LoadTruth keeping the boilerplate labels too.
func LoadTruthFull(path string) (map[string]Truth, error) {
	data, err := readMaybeGzip(path)
	if err != nil {
		return nil, fmt.Errorf("eval: truth: %w", err)
	}
	type record struct {
		ID          string   `json:"id"`
		SourceFile  string   `json:"source_file"`
		Text        *string  `json:"text"`
		ArticleBody string   `json:"articleBody"`
		Boilerplate []string `json:"boilerplate"`
	}
	text := func(r record) Truth {
		t := Truth{Text: r.ArticleBody, Boilerplate: r.Boilerplate}
		if r.Text != nil {
			t.Text = *r.Text
		}
		return t
	}
	out := map[string]Truth{}
	var whole map[string]json.RawMessage
	if json.Unmarshal(data, &whole) == nil && whole != nil {
		if _, ok := whole["id"]; !ok {
			for id, raw := range whole {
				var r record
				if err := json.Unmarshal(raw, &r); err != nil {
					return nil, fmt.Errorf("eval: truth %s: %w", id, err)
				}
				out[id] = text(r)
			}
			return out, nil
		}
	}
	for n, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var r record
		if err := json.Unmarshal(line, &r); err != nil {
			return nil, fmt.Errorf("eval: truth line %d: %w", n+1, err)
		}
		key := r.SourceFile
		if key == "" {
			key = r.ID
		}
		out[PageID(key)] = text(r)
	}
	return out, nil
}

// ReadPage returns the bytes of a saved page, gunzipped when it is gzip
// (a .gz name, or gzip's magic bytes under another name).
func ReadPage(path string) ([]byte, error) { return readMaybeGzip(path) }

func readMaybeGzip(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".gz") && !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		return data, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer zr.Close()
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// ExtractFunc turns one page's raw bytes (as stored, charset undecoded) and
// its URL into body text, paragraphs separated by blank lines.
type ExtractFunc func(html []byte, url string) (text string, err error)

// RecordFunc turns one page's raw bytes and its URL into the JSON record
// the pipeline writes for it (one object; what `kabar extract` writes).
// A record that carries an error is still scored.
type RecordFunc func(html []byte, url string) (record []byte, err error)

// Result is what one pass over a set gives: the body figures and the
// field figures.
type Result struct {
	Body   Report
	Fields FieldReport
}

// Run extracts every page of the dataset in dir (manifest.tsv, truth.jsonl,
// the page files) with extract and scores the texts. A page whose
// extraction fails counts as empty and keeps its error in the report; only
// unreadable dataset files and cancellation stop Run.
func Run(ctx context.Context, dir string, extract ExtractFunc) (Report, error) {
	res, err := RunRecords(ctx, dir, func(html []byte, url string) ([]byte, error) {
		text, err := extract(html, url)
		rec, merr := json.Marshal(map[string]string{"text": text})
		if merr != nil {
			return nil, merr
		}
		return rec, err
	})
	return res.Body, err
}

// RunRecords extracts every page of the dataset in dir that the truth
// labels, as Run does, and scores both the body text (as score.py body)
// and every field (as score.py fields) of the records. Truth and records
// are read as score.py reads them.
func RunRecords(ctx context.Context, dir string, extract RecordFunc) (Result, error) {
	entries, err := LoadManifest(dir)
	if err != nil {
		return Result{}, err
	}
	truth, _, err := LoadRecords(filepath.Join(dir, "truth.jsonl"))
	if err != nil {
		return Result{}, err
	}
	pred := make(map[string]Record, len(entries))
	errs := map[string]string{}
	urls := make(map[string]string, len(entries))
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return Result{}, err
		}
		urls[e.ID] = e.URL
		if _, ok := truth[e.ID]; !ok {
			continue
		}
		page, err := ReadPage(filepath.Join(dir, e.Path))
		if err != nil {
			return Result{}, fmt.Errorf("eval: %w", err)
		}
		data, err := extract(page, e.URL)
		if err != nil {
			errs[e.ID] = err.Error()
		}
		rec := Record{}
		if len(data) > 0 {
			r, derr := DecodeRecord(data)
			if derr != nil {
				errs[e.ID] = fmt.Sprintf("record: %v", derr)
			} else if r != nil {
				rec = r
			}
		}
		pred[e.ID] = rec
	}
	texts := make(map[string]string, len(truth))
	for id, t := range truth {
		texts[id] = textOf(t)
	}
	predTexts := make(map[string]string, len(pred))
	for id, p := range pred {
		predTexts[id] = textOf(p)
	}
	body := Score(texts, predTexts)
	body.Name = filepath.Base(dir)
	for i := range body.Pages {
		p := &body.Pages[i]
		p.URL = urls[p.ID]
		p.Err = errs[p.ID]
		p.Confidence, p.Warnings = extractionOf(pred[p.ID])
		if bp, ok := truth[p.ID]["boilerplate"].([]any); ok && len(bp) > 0 {
			labels := make([]string, len(bp))
			for j, b := range bp {
				labels[j] = str(b)
			}
			body.BoilerplatePages++
			p.Leftover = Leftover(predTexts[p.ID], labels)
			if len(p.Leftover) == 0 {
				body.CleanPages++
			}
		}
	}

	fields := ScoreFields(truth, pred)
	fields.Name = filepath.Base(dir)
	for i := range fields.Pages {
		p := &fields.Pages[i]
		p.URL, p.Err = urls[p.ID], errs[p.ID]
		p.Half = PageHalf(p.ID, p.URL) // a hash id's half is its host's
	}
	return Result{Body: body, Fields: fields}, nil
}
