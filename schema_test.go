package kabar_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/kabar-news/kabar"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(kabar.JSONSchema))
	if err != nil {
		t.Fatalf("schema.json is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("schema.json")
	if err != nil {
		t.Fatalf("schema.json does not compile: %v", err)
	}
	return s
}

func validate(s *jsonschema.Schema, line string) error {
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(line))
	if err != nil {
		return err
	}
	return s.Validate(v)
}

// jsonNames lists the JSON field names of a struct type.
func jsonNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// TestSchemaMatchesTypes keeps schema.json and article.go in step: the
// same properties on every object, and a full record valid.
func TestSchemaMatchesTypes(t *testing.T) {
	var doc struct {
		Properties map[string]struct {
			Properties map[string]any `json:"properties"`
			Items      struct {
				Properties map[string]any `json:"properties"`
			} `json:"items"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(kabar.JSONSchema, &doc); err != nil {
		t.Fatal(err)
	}
	keys := func(m map[string]any) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		return ks
	}
	var top []string
	for k := range doc.Properties {
		top = append(top, k)
	}
	slices.Sort(top)
	if want := jsonNames(reflect.TypeFor[kabar.Article]()); !slices.Equal(top, want) {
		t.Errorf("schema properties %v\nArticle fields    %v", top, want)
	}
	for field, typ := range map[string]reflect.Type{
		"contributors": reflect.TypeFor[kabar.Person](), "quotes": reflect.TypeFor[kabar.Quote](),
		"images": reflect.TypeFor[kabar.Image](), "related": reflect.TypeFor[kabar.Link](),
	} {
		if got, want := keys(doc.Properties[field].Items.Properties), jsonNames(typ); !slices.Equal(got, want) {
			t.Errorf("%s items: schema %v, type %v", field, got, want)
		}
	}
	for field, typ := range map[string]reflect.Type{"dateline": reflect.TypeFor[kabar.Dateline](), "extraction": reflect.TypeFor[kabar.Extraction]()} {
		if got, want := keys(doc.Properties[field].Properties), jsonNames(typ); !slices.Equal(got, want) {
			t.Errorf("%s: schema %v, type %v", field, got, want)
		}
	}
}

func TestSchemaValidates(t *testing.T) {
	s := compileSchema(t)
	wib := time.FixedZone("WIB", 7*3600)
	full := kabar.Article{
		ID: "abc", URL: "https://www.tribunnews.com/x", CanonicalURL: "https://www.tribunnews.com/x", Site: "Tribunnews",
		Domain: "tribunnews.com", Lang: "id", Title: "T", Description: "D", Authors: []string{"Fitri Wulandari"},
		Editors: []string{"Choirul Arifin"}, Contributors: []kabar.Person{{Name: "X", Role: kabar.RoleTranslator}},
		PublishedAt: time.Date(2022, 11, 30, 14, 21, 0, 0, wib), ModifiedAt: time.Date(2022, 11, 30, 15, 0, 0, 0, wib),
		Dateline: &kabar.Dateline{Place: "BRUSSELS", Source: "TRIBUNNEWS.COM"}, Section: "Internasional", Tags: []string{"NATO"},
		Text: "P1\n\nP2", Quotes: []kabar.Quote{{Text: "Q", Speaker: "S", Cue: "kata", Paragraph: 2}}, Sources: []string{"Sputnik News"},
		Images: []kabar.Image{{URL: "https://img/x.jpg", Caption: "C", Credit: "AFP"}}, Related: []kabar.Link{{URL: "https://x/y", Title: "Y"}},
		WordCount: 2, ContentHash: "h", SimHash: "s", FetchedAt: time.Now(), SourceFile: "a.html",
		Extraction: &kabar.Extraction{Version: kabar.Version, Method: "rules:tribunnews", Warnings: []string{"w"}},
	}
	b, err := json.Marshal(full)
	if err != nil {
		t.Fatal(err)
	}
	if err := validate(s, string(b)); err != nil {
		t.Errorf("a full record is invalid: %v", err)
	}
	if err := validate(s, `{"id":"x","url":"https://e.com/a","error":"no body"}`); err != nil {
		t.Errorf("an error record is invalid: %v", err)
	}
	// The schema must be able to fail: each of these breaks one rule.
	for _, bad := range []string{
		`{}`,
		`{"id":""}`,
		`{"id":"x","title":""}`,
		`{"id":"x","title":null}`,
		`{"id":"x","authors":[]}`,
		`{"id":"x","frobs":1}`,
		`{"id":"x","lang":"ind"}`,
		`{"id":"x","published_at":"2022-11-30 14:21"}`,
		`{"id":"x","contributors":[{"name":"A","role":"chef"}]}`,
		`{"id":"x","quotes":[{"text":"q","paragraph":0}]}`,
		`{"id":"x","word_count":0}`,
		`{"id":"x","dateline":{}}`,
		`{"id":"x","extraction":{"method":"magic"}}`,
	} {
		if err := validate(s, bad); err == nil {
			t.Errorf("schema accepts %s", bad)
		}
	}
}
