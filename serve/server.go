package serve

import (
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kabar-news/kabar"
)

//go:embed templates/*.html
var templateFS embed.FS

var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"pct":   func(f float64) string { return strconv.Itoa(int(f*100+0.5)) + "%" },
	"low":   func(f float64) bool { return f < 0.5 },
	"date":  func(t time.Time) string { return fmtTime(t) },
	"inc":   func(i int) int { return i + 1 },
	"dec":   func(i int) int { return i - 1 },
	"query": func(q url.Values, page int) string { return withPage(q, page) },
}).ParseFS(templateFS, "templates/*.html"))

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02 15:04 -07:00")
}

// rawCSP is the Content-Security-Policy of a stored raw page: nothing may
// be fetched (no script, style sheet, font, frame or image from any
// address, inline images as data: URLs aside) and the page is sandboxed
// without scripts even when opened outside its iframe. The page's bytes
// are served as stored: nothing is rewritten, the browser blocks.
const rawCSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox; form-action 'none'; base-uri 'none'; frame-ancestors 'self'"

// pageCSP is the policy of serve's own pages: no script at all.
const pageCSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// Handler serves the corpus: the HTML pages and the JSON API.
func Handler(c *Corpus, log *slog.Logger) http.Handler {
	s := &server{c: c, log: log}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.overview)
	mux.HandleFunc("GET /chart.svg", s.chart)
	mux.HandleFunc("GET /records", s.list)
	mux.HandleFunc("GET /records/{id}", s.record)
	mux.HandleFunc("GET /raw/{id}", s.raw)
	mux.HandleFunc("GET /api/stats", s.apiStats)
	mux.HandleFunc("GET /api/records", s.apiList)
	mux.HandleFunc("GET /api/records/{id}", s.apiRecord)
	return mux
}

type server struct {
	c   *Corpus
	log *slog.Logger
}

func (s *server) fail(w http.ResponseWriter, r *http.Request, code int, err error) {
	if code >= 500 {
		s.log.Error("serve", "path", r.URL.Path, "err", err)
	}
	http.Error(w, err.Error(), code)
}

func (s *server) html(w http.ResponseWriter, r *http.Request, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", pageCSP)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if err := pages.ExecuteTemplate(w, name, data); err != nil {
		s.log.Error("serve: template", "page", name, "err", err)
	}
}

func (s *server) json(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// parseQuery reads a list's filters from the URL; since and until are days
// (YYYY-MM-DD, until inclusive as a person means it) or RFC 3339 instants
// (until exclusive).
func parseQuery(v url.Values) (Query, error) {
	q := Query{
		Q: strings.TrimSpace(v.Get("q")), Lang: strings.TrimSpace(v.Get("lang")),
		Author: strings.TrimSpace(v.Get("author")), Speaker: strings.TrimSpace(v.Get("speaker")),
	}
	for _, s := range strings.Split(v.Get("site"), ",") {
		if s = strings.TrimSpace(s); s != "" {
			q.Sites = append(q.Sites, s)
		}
	}
	var err error
	if q.Since, err = parseDay(v.Get("since"), false); err != nil {
		return q, err
	}
	if q.Until, err = parseDay(v.Get("until"), true); err != nil {
		return q, err
	}
	switch v.Get("quotes") {
	case "", "0", "false", "off":
	default:
		q.Quotes = true
	}
	if p := v.Get("page"); p != "" {
		if q.Page, err = strconv.Atoi(p); err != nil || q.Page < 1 {
			return q, fmt.Errorf("page %q: want a number from 1", p)
		}
	}
	return q, nil
}

func parseDay(s string, end bool) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		if end {
			t = t.AddDate(0, 0, 1)
		}
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD or RFC 3339", s)
	}
	return t, nil
}

func withPage(v url.Values, page int) string {
	c := url.Values{}
	for k, vs := range v {
		if k != "page" {
			c[k] = vs
		}
	}
	c.Set("page", strconv.Itoa(page))
	return "/records?" + c.Encode()
}

func (s *server) find(r *http.Request) (Query, []kabar.Article, int, int, error) {
	q, err := parseQuery(r.URL.Query())
	if err != nil {
		return q, nil, 0, http.StatusBadRequest, err
	}
	ids, total, err := s.c.Find(q)
	if err != nil {
		return q, nil, 0, http.StatusInternalServerError, err
	}
	recs, err := s.c.Records(ids)
	if err != nil {
		return q, nil, 0, http.StatusServiceUnavailable, err
	}
	return q, recs, total, 0, nil
}

func (s *server) apiStats(w http.ResponseWriter, r *http.Request) {
	s.json(w, s.c.Stats())
}

func (s *server) apiList(w http.ResponseWriter, r *http.Request) {
	q, recs, total, code, err := s.find(r)
	if err != nil {
		s.fail(w, r, code, err)
		return
	}
	if q.Page < 1 {
		q.Page = 1
	}
	s.json(w, struct {
		Total    int             `json:"total"`
		Page     int             `json:"page"`
		PageSize int             `json:"page_size"`
		Records  []kabar.Article `json:"records"`
	}{total, q.Page, PageSize, recs})
}

func (s *server) get(w http.ResponseWriter, r *http.Request) (kabar.Article, bool) {
	recs, err := s.c.Records([]string{r.PathValue("id")})
	if err != nil {
		s.fail(w, r, http.StatusServiceUnavailable, err)
		return kabar.Article{}, false
	}
	if len(recs) == 0 {
		s.fail(w, r, http.StatusNotFound, fmt.Errorf("no record %q", r.PathValue("id")))
		return kabar.Article{}, false
	}
	return recs[0], true
}

func (s *server) apiRecord(w http.ResponseWriter, r *http.Request) {
	if a, ok := s.get(w, r); ok {
		s.json(w, a)
	}
}

func (s *server) overview(w http.ResponseWriter, r *http.Request) {
	st := s.c.Stats()
	// chartSVG escapes every text it writes.
	s.html(w, r, "overview.html", map[string]any{"Stats": st, "Chart": template.HTML(chartSVG(st))})
}

func (s *server) chart(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	_, _ = w.Write(chartSVG(s.c.Stats()))
}

func (s *server) list(w http.ResponseWriter, r *http.Request) {
	q, recs, total, code, err := s.find(r)
	if err != nil {
		s.fail(w, r, code, err)
		return
	}
	if q.Page < 1 {
		q.Page = 1
	}
	st := s.c.Stats()
	sites := make([]string, 0, len(st.BySite))
	for d := range st.BySite {
		sites = append(sites, d)
	}
	sort.Strings(sites)
	s.html(w, r, "list.html", map[string]any{
		"Q": q, "V": r.URL.Query(), "Records": recs, "Total": total,
		"Page": q.Page, "More": q.Page*PageSize < total, "Sites": sites,
		"Site": strings.Join(q.Sites, ","),
	})
}

func (s *server) record(w http.ResponseWriter, r *http.Request) {
	a, ok := s.get(w, r)
	if !ok {
		return
	}
	page, err := s.c.Raw(a.ID)
	if err != nil {
		s.fail(w, r, http.StatusServiceUnavailable, err)
		return
	}
	var paras []string
	for p := range strings.SplitSeq(a.Text, "\n\n") {
		paras = append(paras, p)
	}
	quoted := map[int]bool{}
	for _, q := range a.Quotes {
		quoted[q.Paragraph] = true
	}
	s.html(w, r, "record.html", map[string]any{
		"A": a, "HasRaw": page != nil, "Paragraphs": paras, "Quoted": quoted,
	})
}

func (s *server) raw(w http.ResponseWriter, r *http.Request) {
	page, err := s.c.Raw(r.PathValue("id"))
	if err != nil {
		s.fail(w, r, http.StatusServiceUnavailable, err)
		return
	}
	if page == nil {
		s.fail(w, r, http.StatusNotFound, fmt.Errorf("no raw page for %q", r.PathValue("id")))
		return
	}
	ct := page.Header.Get("Content-Type")
	if !strings.Contains(strings.ToLower(ct), "html") {
		ct = "text/html"
	}
	h := w.Header()
	h.Set("Content-Type", ct)
	h.Set("Content-Security-Policy", rawCSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	body := page.Body
	for _, p := range page.Parts {
		body = append(slices.Clip(body), p.Body...)
	}
	_, _ = w.Write(body)
}
