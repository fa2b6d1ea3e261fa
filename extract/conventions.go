package extract

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/andybalholm/cascadia"
)

// conventionsJSON holds the markup conventions the generic readers use
// (class-name fragments for bylines, dates and page furniture; author URL
// paths; credit labels and marks; marks of non-pictures). It is data so
// that adding a word needs no code change.
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
// length ("*date" in "pubdate"); one with a trailing "-" matches words
// that start with it ("most-" in "most-read").
type wordSet struct {
	anywhere []string // matched as substrings of the lower-cased name
	words    []string // "-word-" or "-prefix", matched against wordForm
	// The two lists compiled, nil when empty.
	anywhereM, wordsM *substrings
}

// minFreeFragment is the length from which a fragment matches anywhere.
const minFreeFragment = 8

// UnmarshalJSON reads a list of fragments; an empty list is an error.
func (w *wordSet) UnmarshalJSON(b []byte) error {
	var list []string
	if err := json.Unmarshal(b, &list); err != nil {
		return err
	}
	*w = newWordSet(list...)
	if w.empty() {
		return fmt.Errorf("empty list")
	}
	return nil
}

func newWordSet(fragments ...string) wordSet {
	var w wordSet
	for _, f := range fragments {
		f = strings.ToLower(strings.TrimSpace(f))
		switch {
		case f == "" || f == "*":
		case strings.HasPrefix(f, "*"):
			w.anywhere = append(w.anywhere, f[1:])
		case len(f) >= minFreeFragment || strings.ContainsAny(f, "./:©() "):
			w.anywhere = append(w.anywhere, f)
		case strings.HasSuffix(f, "-"):
			w.words = append(w.words, "-"+f)
		default:
			w.words = append(w.words, "-"+f+"-")
		}
	}
	w.anywhereM = newSubstrings(w.anywhere, true)
	w.wordsM = newSubstrings(w.words, false)
	return w
}

func (w wordSet) empty() bool { return len(w.anywhere) == 0 && len(w.words) == 0 }

// MatchString reports whether s contains one of the fragments.
func (w wordSet) MatchString(s string) bool {
	if s == "" {
		return false
	}
	if w.anywhereM != nil {
		found, ok := w.anywhereM.matchASCII(s)
		if !ok {
			found = w.anywhereM.match(strings.ToLower(s))
		}
		if found != 0 {
			return true
		}
	}
	if w.wordsM != nil {
		// (Read as it is made: this runs for every element with a
		// class or id.)
		return w.wordsM.matchWordForm(s) != 0
	}
	return false
}

// classMark says which of the class-name word sets a class or id matches.
type classMark uint16

const (
	markFurniture classMark = 1 << iota
	markByline
	markNotByline
	markDate
)

// classSets answers for the sets of classMark at once (see marks).
var classSets = newWordSets(furnitureClass, bylineClass, notBylineClass, dateClass)

// wordSets is several word sets compiled together, so that one pass over
// a name and one over its word form answer for all of them.
type wordSets struct{ anywhere, words *substrings }

func newWordSets(sets ...wordSet) wordSets {
	var anywhere, words [][]string
	for _, w := range sets {
		anywhere = append(anywhere, w.anywhere)
		words = append(words, w.words)
	}
	return wordSets{newSubstringSets(anywhere, true), newSubstringSets(words, false)}
}

// marks has bit i set when sets[i].MatchString(s).
func (w wordSets) marks(s string) classMark {
	if s == "" {
		return 0
	}
	found, ok := w.anywhere.matchASCII(s)
	if !ok {
		found = w.anywhere.match(strings.ToLower(s))
	}
	if found != w.anywhere.all {
		found |= w.words.matchWordForm(s)
	}
	return classMark(found)
}

// appendWordForm appends s to b lower-cased and split into words joined
// by "-", with "-" at both ends: "detail__Author mainMenu" becomes
// "-detail-author-main-menu-".
func appendWordForm(b []byte, s string) []byte {
	b = append(b, '-')
	prevLower := false
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			if prevLower {
				b = append(b, '-')
			}
			b = append(b, byte(r+('a'-'A')))
			prevLower = false
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b = append(b, byte(r))
			prevLower = true
		case r > 127:
			b = utf8.AppendRune(b, unicode.ToLower(r))
			prevLower = true
		default:
			if b[len(b)-1] != '-' {
				b = append(b, '-')
			}
			prevLower = false
		}
	}
	if b[len(b)-1] != '-' {
		b = append(b, '-')
	}
	return b
}

// bytesString views b as a string without copying; b must not change
// while the string is in use.
func bytesString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

type conventionSet struct {
	BylineClasses    wordSet `json:"byline_classes"`
	NotBylineClasses wordSet `json:"not_byline_classes"`
	FurnitureClasses wordSet `json:"furniture_classes"`
	DateClasses      wordSet `json:"date_classes"`
	CopyrightMarks   wordSet `json:"copyright_marks"`
	AuthorPaths      wordSet `json:"author_paths"`
	NotPicture       wordSet `json:"not_picture"`
	CreditMarks      wordSet `json:"credit_marks"`
	// CreditRoleClasses mark the element that gives a person's role in a
	// credits box, after the name ("Editor").
	CreditRoleClasses wordSet `json:"credit_role_classes"`
	// SeoHeadingClasses mark a heading kept for search engines, often
	// in the breadcrumb trail, while readers see another headline.
	SeoHeadingClasses wordSet `json:"seo_heading_classes"`
	// KickerClasses mark the kicker (overline, "Dachzeile") set inside a
	// headline element above the headline proper.
	KickerClasses wordSet `json:"kicker_classes"`
	// BylineLabels are whole labels before a colon, lower-cased.
	BylineLabels []string `json:"byline_labels"`
	// CreditLineOpeners open a credit line written without a colon
	// ("Reporting by A; Editing by B", often after the story's last
	// paragraph), lower-cased.
	CreditLineOpeners []string `json:"credit_line_openers"`
	// BylinePrepositions open a byline written as a plain line, with no
	// colon: "By", "Par", "Von", "Oleh" before the names, lower-cased.
	BylinePrepositions []string `json:"byline_prepositions"`
	// AccountNames are the last path segments of author pages that
	// belong to a CMS account, not a person ("/author/admin/").
	AccountNames []string `json:"account_names"`
	// SourceLabels open a line that names where the story came from
	// ("Sumber : Antara", "Source: Reuters"), lower-cased.
	SourceLabels []string `json:"source_labels"`
	// UpdatedLabels open a visible date line that gives the modification
	// time ("Diperbarui 20 Des 2021", "Updated 9:22 PM EST").
	UpdatedLabels []string `json:"updated_labels"`
	// TitlePageWords are the nouns of a page marker a title of one page
	// of an article split over pages carries ("Headline - Page 2",
	// "Headline Halaman 2"), lower-cased; TitlePageAll the words that
	// stand for every page at once in such a marker ("Halaman all", the
	// whole-article view). See trimPageMarker.
	TitlePageWords []string `json:"title_page_words"`
	TitlePageAll   []string `json:"title_page_all"`
	// CaptionSelectors and CreditSelectors find a picture's caption and
	// credit (CSS), after the site rule's own.
	CaptionSelectors []string `json:"caption_selectors"`
	CreditSelectors  []string `json:"credit_selectors"`
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
	creditRole     = conventions.CreditRoleClasses
	seoHeading     = conventions.SeoHeadingClasses
	kickerClass    = conventions.KickerClasses
	bylineLabels   = conventions.BylineLabels
	creditOpeners  = conventions.CreditLineOpeners
	bylinePreps    = conventions.BylinePrepositions
	accountNames   = conventions.AccountNames
	sourceLabels   = conventions.SourceLabels
	updatedLabels  = conventions.UpdatedLabels
	titlePageWords = conventions.TitlePageWords
	titlePageAll   = conventions.TitlePageAll
	// Compiled once, in order; a bad selector fails TestConventions.
	captionSelectors = mustSelectors(conventions.CaptionSelectors)
	creditSelectors  = mustSelectors(conventions.CreditSelectors)
)

func mustSelectors(list []string) []cascadia.Matcher {
	ms, err := compileSelectors(list)
	if err != nil {
		panic(err)
	}
	return ms
}

// compileSelectors parses CSS selectors (each may be a group).
func compileSelectors(list []string) ([]cascadia.Matcher, error) {
	var ms []cascadia.Matcher
	for _, s := range list {
		m, err := cascadia.ParseGroup(s)
		if err != nil {
			return nil, fmt.Errorf("extract: conventions.json: selector %q: %w", s, err)
		}
		ms = append(ms, m)
	}
	return ms, nil
}

func loadConventions(b []byte) (conventionSet, error) {
	var c conventionSet
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("extract: conventions.json: %w", err)
	}
	for _, w := range []wordSet{c.BylineClasses, c.NotBylineClasses, c.FurnitureClasses, c.DateClasses, c.CopyrightMarks, c.AuthorPaths, c.NotPicture, c.CreditMarks, c.CreditRoleClasses, c.SeoHeadingClasses, c.KickerClasses} {
		if w.empty() {
			return c, fmt.Errorf("extract: conventions.json: a list is empty or missing")
		}
	}
	if len(c.BylineLabels) == 0 || len(c.SourceLabels) == 0 || len(c.AccountNames) == 0 || len(c.CaptionSelectors) == 0 || len(c.CreditSelectors) == 0 {
		return c, fmt.Errorf("extract: conventions.json: byline_labels, source_labels, account_names, caption_selectors or credit_selectors is empty or missing")
	}
	for _, list := range [][]string{c.CaptionSelectors, c.CreditSelectors} {
		if _, err := compileSelectors(list); err != nil {
			return c, err
		}
	}
	for _, list := range [][]string{c.BylineLabels, c.UpdatedLabels, c.CreditLineOpeners, c.BylinePrepositions, c.TitlePageWords, c.TitlePageAll} {
		for i, l := range list {
			list[i] = strings.ToLower(strings.TrimSpace(l))
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
