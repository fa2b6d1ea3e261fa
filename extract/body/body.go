// Package body finds the main text of a news page in an already parsed HTML
// tree and strips boilerplate from it. It never parses HTML itself.
package body

import (
	"golang.org/x/net/html"

	kabar "github.com/kabar-news/kabar"
)

// BlockKind tells paragraphs from subheadings, list items and table rows.
type BlockKind uint8

const (
	Paragraph BlockKind = iota
	Heading
	ListItem
	TableRow
	Preformatted
	Blockquote
)

// Block is one block of body text, whitespace collapsed.
type Block struct {
	Kind BlockKind
	Text string
}

// Options steer one extraction.
type Options struct {
	// Root, when set, is the node a site rule chose as the body: candidate
	// selection is skipped and only cleaning is done inside it.
	Root *html.Node
	// Phrases are extra boilerplate phrases (from a site rule) on top of the
	// built-in lexicons.
	Phrases []string
	// ArticleBody is JSON-LD articleBody, used when it agrees with the page.
	ArticleBody string
	// PageURL resolves relative links in Related.
	PageURL string
}

// Result is the body found.
type Result struct {
	Blocks  []Block
	Related []kabar.Link
	// Method names the candidate chosen ("readability", "density", "jsonld", "rule").
	Method string
}

// Extract finds the article body in doc. It does not modify doc.
// (Placeholder until the body extractor lands; returns nothing.)
func Extract(doc *html.Node, opts Options) Result {
	return Result{}
}
