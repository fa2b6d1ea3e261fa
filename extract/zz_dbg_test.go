package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestZZDbg(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	raw, _ := readPage(f)
	root, _ := parseForTest(raw)
	want := os.Getenv("WANT")
	var walk func(n *html.Node, path []string)
	walk = func(n *html.Node, path []string) {
		if n.Type == html.ElementNode {
			path = append(path, n.Data+"."+strings.ReplaceAll(classID(n), " ", "."))
			if strings.Contains(classID(n), want) {
				fmt.Println(strings.Join(path, " > "))
				for _, p := range path {
					_ = p
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, path)
		}
	}
	walk(root, nil)
}

func TestZZDbg2(t *testing.T) {
	f := os.Getenv("DBG2")
	if f == "" {
		t.Skip()
	}
	raw, _ := readPage(f)
	root, _ := parseForTest(raw)
	h := titleHeading(root, os.Getenv("TITLE"))
	fmt.Println(h.Data, classID(h.Parent), nodeText(h))
	fmt.Println(visibleDates(root, os.Getenv("TITLE")))
}
