package store

import (
	"bytes"
	"context"
	"testing"
)

// Merge stores the union of its sources by id: a record present in two
// shards (a redelivered task) is one record, and the merged export equals
// the export of one store that received every record.
func TestMergeByID(t *testing.T) {
	ctx := context.Background()
	a, b, one, merged := openTest(t), openTest(t), openTest(t), openTest(t)
	raw := &RawPage{URL: "https://www.x.test/read/2", Status: 200, Body: []byte("<html>2</html>")}
	mustPut(t, a, article("1", "x.test", "id", "2024-05-01T10:00:00+07:00"), nil)
	mustPut(t, a, article("2", "x.test", "id", "2024-05-02T10:00:00+07:00"), raw)
	mustPut(t, b, article("2", "x.test", "id", "2024-05-02T10:00:00+07:00"), raw)
	mustPut(t, b, article("3", "y.test", "en", ""), nil)
	mustPut(t, one, article("1", "x.test", "id", "2024-05-01T10:00:00+07:00"), nil)
	mustPut(t, one, article("2", "x.test", "id", "2024-05-02T10:00:00+07:00"), nil)
	mustPut(t, one, article("3", "y.test", "en", ""), nil)
	n, err := Merge(ctx, merged, []*DB{a, b}, true)
	if err != nil {
		t.Fatal(err)
	}
	if n != 4 {
		t.Errorf("Merge read %d records, want 4", n)
	}
	st, err := merged.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 3 || st.RawPages != 1 {
		t.Errorf("merged store: %d articles, %d raw pages; want 3 and 1", st.Articles, st.RawPages)
	}
	var got, want bytes.Buffer
	if _, err := Export(ctx, merged, &got, Filter{}); err != nil {
		t.Fatal(err)
	}
	if _, err := Export(ctx, one, &want, Filter{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("merged export differs from one store's:\n%s\nwant\n%s", got.String(), want.String())
	}
}
