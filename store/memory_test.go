package store

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/kabar-news/kabar"
)

func TestEachRaw(t *testing.T) {
	db := openTest(t)
	withRaw := article("r", "example.com", "en", "2024-01-01T00:00:00Z")
	mustPut(t, db, withRaw, &RawPage{URL: withRaw.URL, Status: 200, Body: []byte("<html>r</html>")})
	mustPut(t, db, article("n", "example.com", "en", "2024-01-02T00:00:00Z"), nil)
	got := map[string]string{}
	err := db.EachRaw(context.Background(), Filter{}, func(a kabar.Article, raw *RawPage) error {
		if raw == nil {
			got[a.ID] = "<nil>"
		} else {
			got[a.ID] = string(raw.Body)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got["r"] != "<html>r</html>" || got["n"] != "<nil>" {
		t.Errorf("EachRaw saw %v", got)
	}
}

// heapWatcher samples the live heap every few writes while an export
// streams through it.
type heapWatcher struct {
	writes, peak uint64
}

func (h *heapWatcher) Write(p []byte) (int, error) {
	if h.writes++; h.writes%64 == 0 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		h.peak = max(h.peak, m.HeapAlloc)
	}
	return len(p), nil
}

// TestExportMemoryFlat exports far more bytes than it lets the heap grow:
// Export must stream, not gather the records first.
func TestExportMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 60 MB")
	}
	db := openTest(t, WithNoSync())
	const records = 12000
	text := strings.Repeat("Kalimat panjang dalam berita hari ini. ", 120) // ~4.7 KB
	for i := 0; i < records; i += 1000 {
		var batch []Entry
		for j := i; j < i+1000; j++ {
			a := article(fmt.Sprintf("m%06d", j), "example.com", "id", "")
			a.Text = text
			batch = append(batch, Entry{Article: a})
		}
		if _, err := db.PutMany(context.Background(), batch); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)

	cw := &countingWriter{}
	h := &heapWatcher{}
	n, err := Export(context.Background(), db, io.MultiWriter(cw, h), Filter{})
	if err != nil || n != records {
		t.Fatalf("Export = %d, %v", n, err)
	}
	growth := int64(h.peak) - int64(before.HeapAlloc)
	t.Logf("exported %d MB; live heap grew at most %d KB", cw.n>>20, growth>>10)
	if limit := int64(cw.n) / 8; growth > limit {
		t.Errorf("heap grew %d KB while exporting %d KB: not streaming", growth>>10, cw.n>>10)
	}
}

type countingWriter struct{ n int }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}
