package normalize

import (
	"reflect"
	"strings"
	"testing"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
)

// TestTranslatorFootLine: a translator's credit closing the story as a
// line of its own ("Translated by X", "Übersetzt von X", "Diterjemahkan
// oleh X") is a contributor with the role translator (FIELDS.md). The body
// reader dropped the short line and no reader outside it took it, so the
// credit was lost.
func TestTranslatorFootLine(t *testing.T) {
	want := []kabar.Person{{Name: "Ilse Varga", Role: kabar.RoleTranslator}}
	for _, foot := range []string{
		`<p>Translated by Ilse Varga</p>`,
		`<p>Translation by Ilse Varga</p>`,
		`<p>Übersetzt von Ilse Varga</p>`,
		`<p>Traduit par Ilse Varga</p>`,
		`<p>Traducido por Ilse Varga</p>`,
		`<p>Diterjemahkan oleh Ilse Varga</p>`,
		`<p>Tradotto da Ilse Varga</p>`,
	} {
		p, err := extract.Extract([]byte(wirePage(foot)), "https://harbourwire.example/world/port-strike", extract.Options{})
		if err != nil {
			t.Fatalf("%s: %v", foot, err)
		}
		a := Normalize(p, Options{})
		if !reflect.DeepEqual(a.Contributors, want) {
			t.Errorf("%s: contributors %v, want %v", foot, a.Contributors, want)
		}
		if strings.Contains(a.Text, "Ilse Varga") {
			t.Errorf("%s: credit line left in text", foot)
		}
	}
}
