package serve

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/kabar-news/kabar"
)

// Every page escapes what the records say, the chart included, and the
// API answers as documented.
func TestPagesEscapeAndAPI(t *testing.T) {
	evil := `<script>alert(1)</script>`
	a := testRecord(1, "kompas.com", 1, "Judul "+evil, "Teks "+evil)
	a.Domain = `x"><img src=x onerror=alert(1)>.com`
	a.Authors = []string{evil}
	a.Quotes = []kabar.Quote{{Text: evil, Speaker: evil, Paragraph: 1}}
	c := openCorpus(t, newStore(t, []kabar.Article{a}, map[string]string{"id0001": "<html><body>" + evil + "</body></html>"}))
	srv := httptest.NewServer(Handler(c, slog.New(slog.DiscardHandler)))
	defer srv.Close()
	get := func(path string) (*http.Response, string) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	for _, path := range []string{"/", "/records", "/records?q=judul", "/records/id0001", "/chart.svg"} {
		resp, body := get(path)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d %s", path, resp.StatusCode, body)
		}
		if strings.Contains(body, "<script>") || strings.Contains(body, "<img src=x") {
			t.Errorf("%s: a record's markup is not escaped", path)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
			t.Errorf("%s: CSP %q", path, csp)
		}
	}
	resp, _ := get("/raw/id0001")
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "sandbox") || !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("raw page CSP %q", csp)
	}

	_, body := get("/api/records?q=judul&quotes=1")
	var list struct {
		Total   int             `json:"total"`
		Records []kabar.Article `json:"records"`
	}
	if err := json.Unmarshal([]byte(body), &list); err != nil || list.Total != 1 || len(list.Records) != 1 || list.Records[0].Title != a.Title {
		t.Errorf("/api/records: %v %+v", err, list)
	}
	_, body = get("/api/stats")
	var st Stats
	if err := json.Unmarshal([]byte(body), &st); err != nil || st.Articles != 1 || st.ByDay["2024-05-01"][a.Domain] != 1 {
		t.Errorf("/api/stats: %v %s", err, body)
	}
	if resp, _ := get("/api/records/nope"); resp.StatusCode != 404 {
		t.Errorf("/api/records/nope: %d", resp.StatusCode)
	}
	if resp, _ := get("/api/records?since=yesterday"); resp.StatusCode != 400 {
		t.Errorf("a bad date: %d", resp.StatusCode)
	}
}
