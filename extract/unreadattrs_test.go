package extract

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kabar-news/kabar/extract/siteconfig"
)

// TestUnreadAttributes checks that no reader names an attribute that
// cuts.attrs drops before parsing: no code or data file of extract (its
// sub-packages, kabar's site rules and conventions included) or of
// normalize spells one of siteconfig.UnreadAttributes as a quoted name,
// a CSS attribute selector or an XPath attribute, nor an event handler
// ("on…") as an attribute name. A reader that comes to need one must
// take it out of the list.
func TestUnreadAttributes(t *testing.T) {
	var alts []string
	for _, name := range siteconfig.UnreadAttributes {
		alts = append(alts, regexp.QuoteMeta(name))
	}
	names := `(?:` + strings.Join(alts, "|") + `)`
	uses := regexp.MustCompile(`(?i)(?:["'` + "`" + `]` + names + `["'` + "`" + `]|\[\s*` + names + `\s*[\]=~|^$*]|@` + names + `\b)`)
	handlers := regexp.MustCompile(`(?i)(?:\[\s*on[a-z]{2,}|@on[a-z]{2,}|(?:attr|Attr|hasAttr|GetAttribute|AttrOr)\([^()"]*"on[a-z]{2,}"|Key\s*==\s*"on[a-z]{2,}"|case\s+"on[a-z]{2,}")`)
	checked := 0
	for _, root := range []string{".", "../normalize"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && filepath.ToSlash(path) == "internal/htmlparse" {
				// The HTML parser: its tables adjust the names of
				// foreign attributes (SVG's viewBox, xlink) however
				// they came; it reads no attribute for kabar.
				return filepath.SkipDir
			}
			if d.IsDir() || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			switch filepath.Ext(path) {
			case ".go", ".json", ".txt", ".lex":
			default:
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			checked++
			inList := false
			for n, line := range strings.Split(string(b), "\n") {
				if strings.HasPrefix(line, "var UnreadAttributes") {
					inList = true
				}
				if inList {
					inList = !strings.HasSuffix(strings.TrimSpace(line), "}")
					continue
				}
				if m := uses.FindString(line); m != "" {
					t.Errorf("%s:%d names %s, which cuts.attrs drops", path, n+1, m)
				}
				if m := handlers.FindString(line); m != "" {
					t.Errorf("%s:%d names the event handler %s, which cuts.attrs drops", path, n+1, m)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if checked < 50 {
		t.Fatalf("only %d files read", checked)
	}
}
