package normalize

import (
	"fmt"
	"testing"
)

func TestDbgSp15S(t *testing.T) {
	lx := loadLexicon()
	for _, p := range []string{
		`Lionel Messi told ESPN he would stay.`,
		`Lionel Messi told Reuters he would stay.`,
		`"I will stay," Messi told ESPN.`,
		`The coach told ESPN that he would stay.`,
		`Messi told The Athletic he would stay.`,
		`The coach told Sky Sports that he would stay.`,
		`He told the Associated Press that he would stay.`,
		`The coach told reporters he would stay.`,
		`Messi told Neymar he would stay.`,
	} {
		fmt.Printf("%q\n   -> %q\n", p, lx.dropShortForms(lx.readSources([]string{p}, "Kabar Kita", "kabarkita.com")))
	}
}
