package extract

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
)

// conventionsJSON holds the markup conventions the generic readers use
// (class-name fragments for bylines, dates and page furniture; author URL
// paths; marks of non-pictures). It is data so that adding a word needs no
// code change.
//
//go:embed conventions.json
var conventionsJSON []byte

// wordSet matches fragments of class names, ids and URLs. A fragment of
// eight or more characters matches anywhere ("terpopuler" in
// "box-terpopuler2"); a shorter one only as whole words of the name, words
// being split at "-", "_", spaces and camelCase ("menu" in "main-menu" and
// "mainMenu", not in "abmenu"; "editor" in "editor-box", not in
// "editorial"), so that short words do not match inside unrelated names.
// A fragment written with a leading "*" matches anywhere whatever its
// length ("*date" in "pubdate").
type wordSet []string

// minFreeFragment is the length from which a fragment matches anywhere.
const minFreeFragment = 8

// MatchString reports whether s contains one of the fragments.
func (w wordSet) MatchString(s string) bool {
	lower := strings.ToLower(s)
	var words string // "-word-word-", built on first need
	for _, f := range w {
		if strings.HasPrefix(f, "*") || len(f) >= minFreeFragment || strings.ContainsAny(f, "./:©()") {
			if strings.Contains(lower, strings.TrimPrefix(f, "*")) {
				return true
			}
			continue
		}
		if words == "" {
			words = wordForm(s)
		}
		if strings.Contains(words, "-"+strings.Trim(f, "-")+"-") || strings.HasSuffix(f, "-") && strings.Contains(words, "-"+f) {
			return true
		}
	}
	return false
}

// wordForm lower-cases s and splits it into words joined by "-", with "-"
// at both ends: "detail__Author mainMenu" becomes "-detail-author-main-menu-".
func wordForm(s string) string {
	var b strings.Builder
	b.WriteByte('-')
	prevLower := false
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			if prevLower {
				b.WriteByte('-')
			}
			b.WriteRune(r + ('a' - 'A'))
			prevLower = false
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127:
			b.WriteRune(r)
			prevLower = true
		default:
			b.WriteByte('-')
			prevLower = false
		}
	}
	b.WriteByte('-')
	out := b.String()
	for strings.Contains(out, "--") {
		out = strings.ReplaceAll(out, "--", "-")
	}
	return out
}

type conventionSet struct {
	BylineClasses    wordSet `json:"byline_classes"`
	NotBylineClasses wordSet `json:"not_byline_classes"`
	FurnitureClasses wordSet `json:"furniture_classes"`
	DateClasses      wordSet `json:"date_classes"`
	CopyrightMarks   wordSet `json:"copyright_marks"`
	AuthorPaths      wordSet `json:"author_paths"`
	NotPicture       wordSet `json:"not_picture"`
	CreditMarks      wordSet `json:"credit_marks"`
}

// Loaded once at package initialisation and never modified: the embedded
// file is part of the binary, so a failure here is a build defect that
// TestConventions catches.
var (
	conventions    = mustConventions(conventionsJSON)
	bylineClass    = conventions.BylineClasses
	notBylineClass = conventions.NotBylineClasses
	furnitureClass = conventions.FurnitureClasses
	dateClass      = conventions.DateClasses
	copyrightMark  = conventions.CopyrightMarks
	authorPath     = conventions.AuthorPaths
	notPicture     = conventions.NotPicture
	creditMark     = conventions.CreditMarks
)

func loadConventions(b []byte) (conventionSet, error) {
	var c conventionSet
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("extract: conventions.json: %w", err)
	}
	for _, w := range []*wordSet{&c.BylineClasses, &c.NotBylineClasses, &c.FurnitureClasses, &c.DateClasses, &c.CopyrightMarks, &c.AuthorPaths, &c.NotPicture, &c.CreditMarks} {
		if len(*w) == 0 {
			return c, fmt.Errorf("extract: conventions.json: a list is empty or missing")
		}
		for i, f := range *w {
			(*w)[i] = strings.ToLower(f)
		}
	}
	return c, nil
}

func mustConventions(b []byte) conventionSet {
	c, err := loadConventions(b)
	if err != nil {
		panic(err)
	}
	return c
}
