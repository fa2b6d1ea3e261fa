package dedup_test

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/dedup"
	"github.com/kabar-news/kabar/normalize"
	"github.com/kabar-news/kabar/store"
)

// article turns a generated version into the record normalize would make
// of it (the fields detection reads).
func article(d doc, i int) kabar.Article {
	sum := sha256.Sum256([]byte(d.text))
	return kabar.Article{
		ID: d.id, URL: "https://" + d.domain + "/read/" + d.id, Site: d.site, Domain: d.domain, Lang: d.lang,
		Title: d.title, Text: d.text, Sources: d.sources,
		WordCount: len(strings.Fields(d.text)), ContentHash: hex.EncodeToString(sum[:]), SimHash: normalize.SimHash(d.text),
		PublishedAt: time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute),
		FetchedAt:   time.Date(2025, 3, 2, 8, 0, 0, 0, time.UTC),
	}
}

// storeAll puts docs one by one (as a crawl does) into a new bbolt store
// and returns it with the stored records.
func storeAll(t *testing.T, docs []doc) (*store.DB, map[string]kabar.Article) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "kabar.db"), store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for i, d := range docs {
		if _, err := db.Put(article(d, i), nil); err != nil {
			t.Fatal(err)
		}
	}
	got := map[string]kabar.Article{}
	err = db.Each(context.Background(), store.Filter{}, func(a kabar.Article) error {
		got[a.ID] = a
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return db, got
}

// pairwise scores "same story" over every pair of docs: a pair is
// predicted same when both records carry one cluster.
func pairwise(docs []doc, got map[string]kabar.Article) (precision, recall float64, fp, fn []string) {
	var tp, nfp, nfn int
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			a, b := got[docs[i].id], got[docs[j].id]
			pred := a.Cluster != "" && a.Cluster == b.Cluster
			truth := docs[i].story == docs[j].story
			switch {
			case pred && truth:
				tp++
			case pred:
				nfp++
				fp = append(fp, docs[i].id+" ~ "+docs[j].id)
			case truth:
				nfn++
				fn = append(fn, docs[i].id+" ~ "+docs[j].id)
			}
		}
	}
	precision, recall = 1, 1
	if tp+nfp > 0 {
		precision = float64(tp) / float64(tp+nfp)
	}
	if tp+nfn > 0 {
		recall = float64(tp) / float64(tp+nfn)
	}
	return precision, recall, fp, fn
}

func checkFigures(t *testing.T, name string, docs []doc, got map[string]kabar.Article) {
	t.Helper()
	p, r, fp, fn := pairwise(docs, got)
	t.Logf("%s: %d records, pairwise precision %.4f recall %.4f", name, len(docs), p, r)
	if p < 0.99 {
		t.Errorf("%s: precision %.4f < 0.99; merged wrongly e.g. %v", name, p, fp[:min(5, len(fp))])
	}
	if r < 0.95 {
		t.Errorf("%s: recall %.4f < 0.95; missed e.g. %v", name, r, fn[:min(5, len(fn))])
	}
}

// TestCorpusPrecisionRecall runs the generated corpus through a real store
// and scores the groups it made.
func TestCorpusPrecisionRecall(t *testing.T) {
	for _, seed := range []uint64{1, 7, 13} {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) { corpusFigures(t, seed) })
	}
}

func corpusFigures(t *testing.T, seed uint64) {
	docs := genCorpus(seed, 240)
	_, got := storeAll(t, docs)
	checkFigures(t, "generated corpus", docs, got)
	// Per variant, how many copies found their story.
	found := map[string][2]int{}
	for _, d := range docs {
		if d.variant == "original" {
			continue
		}
		f := found[d.variant]
		f[1]++
		if got[d.id].DuplicateOf != "" {
			f[0]++
		}
		found[d.variant] = f
	}
	for v, f := range found {
		t.Logf("  %-10s %d of %d copies marked", v, f[0], f[1])
	}
}

// TestGroupFields checks the record fields on a small group: the original
// keeps its place (no duplicate_of) and carries the cluster; a syndicated
// copy that names its source links to it; a story published once has
// neither field; export --dedup keeps one record per story.
func TestGroupFields(t *testing.T) {
	docs := genCorpus(2, 30)
	db, got := storeAll(t, docs)
	byStory := map[string][]doc{}
	for _, d := range docs {
		byStory[d.story] = append(byStory[d.story], d)
	}
	stories := 0
	for s, ds := range byStory {
		stories++
		orig := got[ds[0].id]
		if len(ds) == 1 {
			if orig.Cluster != "" || orig.DuplicateOf != "" {
				t.Errorf("%s published once: cluster %q duplicate_of %q", s, orig.Cluster, orig.DuplicateOf)
			}
			continue
		}
		if orig.DuplicateOf != "" || orig.Cluster != orig.ID {
			t.Errorf("%s original: cluster %q duplicate_of %q, want cluster = own id and no duplicate_of", s, orig.Cluster, orig.DuplicateOf)
		}
		for _, d := range ds[1:] {
			a := got[d.id]
			if a.Cluster != orig.ID || a.DuplicateOf != orig.ID {
				t.Errorf("%s %s: cluster %q duplicate_of %q, want both %q", s, d.variant, a.Cluster, a.DuplicateOf, orig.ID)
			}
		}
	}
	for _, mode := range []store.DedupMode{store.DedupEarliest, store.DedupLatest} {
		seen := map[string]int{}
		err := db.Each(context.Background(), store.Filter{Dedup: mode}, func(a kabar.Article) error {
			s := storyOf(docs, a.ID)
			seen[s]++
			// article() dates docs in corpus order: a story's first
			// doc is its earliest, its last its latest.
			want := byStory[s][0].id
			if mode == store.DedupLatest {
				want = byStory[s][len(byStory[s])-1].id
			}
			if a.ID != want {
				t.Errorf("--dedup=%s: story %s exported as %s, want %s", mode, s, a.ID, want)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(seen) != stories {
			t.Errorf("--dedup=%s: %d stories exported, want %d", mode, len(seen), stories)
		}
		for s, n := range seen {
			if n != 1 {
				t.Errorf("--dedup=%s: story %s exported %d times", mode, s, n)
			}
		}
	}
}

func storyOf(docs []doc, id string) string {
	for _, d := range docs {
		if d.id == id {
			return d.story
		}
	}
	return ""
}

// TestSyndicationLinksSource: a copy whose text names the site it was
// taken from points at that site's record, not at the group's earliest.
func TestSyndicationLinksSource(t *testing.T) {
	s := newStory(rand.New(rand.NewPCG(5, 5)), "syn", &indonesian)
	ss := sitesOf("id")
	docs := []doc{
		{id: "first", story: "syn", site: ss[0].name, domain: ss[0].domain, lang: "id", text: publish(s, ss[0], s.paras)},
		{id: "second", story: "syn", site: ss[1].name, domain: ss[1].domain, lang: "id", text: publish(s, ss[1], s.paras)},
		{id: "copy", story: "syn", site: ss[2].name, domain: ss[2].domain, lang: "id", sources: []string{ss[1].name},
			text: publish(s, ss[2], s.paras) + "\n\n" + fmt.Sprintf(indonesian.syndicate, ss[1].name, s.title)},
	}
	_, got := storeAll(t, docs)
	if c := got["copy"]; c.DuplicateOf != "second" || c.Cluster != "first" {
		t.Errorf("copy naming %s: duplicate_of %q cluster %q, want second and first", ss[1].name, c.DuplicateOf, c.Cluster)
	}
}

// TestReputKeepsGroups: putting every record again (reextract) leaves the
// groups as they were, and a copy whose text is replaced by another
// story's leaves its group.
func TestReputKeepsGroups(t *testing.T) {
	docs := genCorpus(3, 40)
	db, before := storeAll(t, docs)
	for i, d := range docs {
		a := article(d, i)
		if _, err := db.Put(a, nil); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range docs {
		a, _, err := db.Get(d.id)
		if err != nil {
			t.Fatal(err)
		}
		if b := before[d.id]; a.Cluster != b.Cluster || a.DuplicateOf != b.DuplicateOf {
			t.Errorf("%s after re-put: cluster %q duplicate_of %q, before %q %q", d.id, a.Cluster, a.DuplicateOf, b.Cluster, b.DuplicateOf)
		}
	}
	var copyDoc doc
	for _, d := range docs {
		if before[d.id].DuplicateOf != "" {
			copyDoc = d
			break
		}
	}
	if copyDoc.id == "" {
		t.Fatal("corpus made no copies")
	}
	fresh := newStory(rand.New(rand.NewPCG(99, 1)), "fresh", &english)
	copyDoc.text = publish(fresh, sitesOf("en")[0], fresh.paras)
	if _, err := db.Put(article(copyDoc, 0), nil); err != nil {
		t.Fatal(err)
	}
	a, _, _ := db.Get(copyDoc.id)
	if a.DuplicateOf != "" || a.Cluster != "" {
		t.Errorf("re-put with another story's text: cluster %q duplicate_of %q, want none", a.Cluster, a.DuplicateOf)
	}
}

// TestThresholdsFromMeasurement measures containment and simhash distance
// of same-story pairs against different stories on one site, template and
// topic, which is where MinContainment and MaxHamming come from, and
// fails when the corpus no longer separates at them.
func TestThresholdsFromMeasurement(t *testing.T) {
	docs := genCorpus(4, 200)
	sh := make([][]uint64, len(docs))
	sim := make([]uint64, len(docs))
	for i, d := range docs {
		sh[i] = dedup.Shingles(d.text)
		fmt.Sscanf(normalize.SimHash(d.text), "%x", &sim[i])
	}
	var same, diff []float64
	var hSame, hDiff []int
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			c := dedup.Containment(sh[i], sh[j])
			h := dedup.Hamming(sim[i], sim[j])
			if docs[i].story == docs[j].story {
				same = append(same, c)
				hSame = append(hSame, h)
			} else if docs[i].domain == docs[j].domain {
				diff = append(diff, c)
				hDiff = append(hDiff, h)
			}
		}
	}
	sort.Float64s(same)
	sort.Float64s(diff)
	slices.Sort(hSame)
	slices.Sort(hDiff)
	q := func(xs []float64, p float64) float64 { return xs[int(p*float64(len(xs)-1))] }
	qi := func(xs []int, p float64) int { return xs[int(p*float64(len(xs)-1))] }
	t.Logf("containment same story (%d pairs): min %.2f p5 %.2f median %.2f", len(same), same[0], q(same, 0.05), q(same, 0.5))
	t.Logf("containment other story, same site (%d pairs): median %.2f p99.9 %.2f max %.2f", len(diff), q(diff, 0.5), q(diff, 0.999), diff[len(diff)-1])
	t.Logf("simhash distance same story: median %d p95 %d max %d; other story: min %d p0.1 %d median %d",
		qi(hSame, 0.5), qi(hSame, 0.95), hSame[len(hSame)-1], hDiff[0], qi(hDiff, 0.001), qi(hDiff, 0.5))
	if m := q(diff, 0.999); m >= dedup.MinContainment {
		t.Errorf("0.1%% of different stories on one site reach containment %.2f >= MinContainment %.2f", m, dedup.MinContainment)
	}
	if p := q(same, 0.02); p < dedup.MinContainment {
		t.Errorf("2nd percentile of same-story containment %.2f < MinContainment %.2f", p, dedup.MinContainment)
	}
}

// TestShortTextsLeftAlone: texts below MinShingles are never grouped, not
// even when equal (a one-line "video" page on two stories).
func TestShortTextsLeftAlone(t *testing.T) {
	docs := []doc{
		{id: "v1", story: "a", site: "A", domain: "a.com", text: "Watch the video above."},
		{id: "v2", story: "b", site: "B", domain: "b.com", text: "Watch the video above."},
	}
	_, got := storeAll(t, docs)
	if got["v1"].Cluster != "" || got["v2"].Cluster != "" {
		t.Errorf("short texts grouped: %q %q", got["v1"].Cluster, got["v2"].Cluster)
	}
}

func TestContainment(t *testing.T) {
	a := dedup.Shingles("one two three four five six seven eight nine ten")
	b := dedup.Shingles("one two three four five six")
	if c := dedup.Containment(a, b); c != 1 {
		t.Errorf("prefix containment %v, want 1", c)
	}
	if c := dedup.Containment(a, dedup.Shingles("eleven twelve thirteen fourteen fifteen")); c != 0 {
		t.Errorf("disjoint containment %v, want 0", c)
	}
	if c := dedup.Containment(nil, a); c != 0 {
		t.Errorf("empty containment %v", c)
	}
	if !dedup.NamesSite([]string{"Kompas.com"}, "Kompas", "kompas.com") || dedup.NamesSite([]string{"Antara"}, "Kompas", "kompas.com") {
		t.Error("NamesSite")
	}
}

// benchTexts reads the texts of ../shared/bench/SET/truth.jsonl, looking
// in parent folders as make eval does; the test skips when absent.
func benchTexts(t *testing.T, set string) []string {
	t.Helper()
	dir := os.Getenv("KABAR_BENCH_DIR")
	var path string
	if dir != "" {
		path = filepath.Join(dir, set, "truth.jsonl")
	} else {
		for up := ".."; len(up) < 40; up = filepath.Join(up, "..") {
			p := filepath.Join(up, "shared", "bench", set, "truth.jsonl")
			if _, err := os.Stat(p); err == nil {
				path = p
				break
			}
			p = filepath.Join(up, "..", "shared", "bench", set, "truth.jsonl")
			if _, err := os.Stat(p); err == nil {
				path = p
				break
			}
		}
	}
	f, err := os.Open(path)
	if path == "" || err != nil {
		t.Skipf("no %s truth.jsonl (set KABAR_BENCH_DIR)", set)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var r struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, r.Text)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

// copiesOf publishes each real text several ways, as genCorpus does with
// generated ones: another site's boilerplate around it, small edits, a
// truncated teaser, related links inside it, an exact copy.
func copiesOf(texts []string, set string) []doc {
	r := rand.New(rand.NewPCG(11, uint64(len(texts))))
	var docs []doc
	for i, text := range texts {
		story := fmt.Sprintf("%s-%03d", set, i)
		add := func(v, domain, text string) {
			docs = append(docs, doc{id: story + "-" + v, story: story, site: domain, domain: domain, text: text, variant: v})
		}
		add("original", "origin.example", text)
		paras := strings.Split(text, "\n\n")
		add("boiler", "mirror.example", "MIRROR NEWS - "+text+"\n\nShare this story. Follow us for more news every day. Copyright Mirror News.")
		edited := strings.Fields(text)
		for range max(1, len(edited)/80) {
			k := r.IntN(len(edited))
			edited[k] = strings.ToUpper(edited[k]) + "s"
		}
		add("edited", "origin.example", strings.Join(edited, " "))
		if len(paras) > 2 {
			add("truncated", "teaser.example", strings.Join(paras[:max(1, len(paras)*55/100)], "\n\n")+"\n\nRead more in the app.")
		}
		if len(paras) > 3 {
			var b []string
			for j, p := range paras {
				b = append(b, p)
				if j%3 == 1 {
					b = append(b, "Read also: "+strings.Join(strings.Fields(texts[(i+j+1)%len(texts)])[:min(8, len(strings.Fields(texts[(i+j+1)%len(texts)])))], " "))
				}
			}
			add("related", "portal.example", strings.Join(b, "\n\n"))
		}
		add("amp", "origin.example", text)
	}
	return docs
}

// TestBenchCopies: copies made of the aeb and gold-dev texts are grouped
// with their originals, and no two different originals are merged.
func TestBenchCopies(t *testing.T) {
	for _, set := range []string{"aeb", "gold-dev"} {
		t.Run(set, func(t *testing.T) {
			texts := benchTexts(t, set)
			docs := copiesOf(texts, set)
			_, got := storeAll(t, docs)
			// Pairs involving a text too short to take part
			// (below MinShingles) cannot be grouped by design; they
			// are scored too, so they count against recall.
			checkFigures(t, set+" copies", docs, got)
			clusterOf := map[string]string{}
			for _, d := range docs {
				if d.variant != "original" {
					continue
				}
				c := got[d.id].Cluster
				if c == "" {
					continue
				}
				if other, ok := clusterOf[c]; ok {
					t.Errorf("%s: different originals %s and %s merged", set, other, d.id)
				}
				clusterOf[c] = d.id
			}
		})
	}
}

// TestWithoutDedup: a store opened WithoutDedup groups nothing.
func TestWithoutDedup(t *testing.T) {
	docs := genCorpus(8, 6)
	db, err := store.Open(filepath.Join(t.TempDir(), "kabar.db"), store.WithNoSync(), store.WithoutDedup())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i, d := range docs {
		if _, err := db.Put(article(d, i), nil); err != nil {
			t.Fatal(err)
		}
	}
	st, err := db.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) <= 6 || len(st.CopiesBySite) != 0 || len(st.GroupsBySite) != 0 {
		t.Errorf("%d docs: copies %v groups %v, want none", len(docs), st.CopiesBySite, st.GroupsBySite)
	}
}
