package body

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
)

// A page rendered by script may ship its article only in the data the
// script renders from: a <script type="application/json"> holding the
// application's state (Next.js' __NEXT_DATA__, Nuxt's, a CMS's preload),
// the markup an empty <div id="app"> awaits. When the page's elements
// hold next to no body and JSON-LD gives no articleBody, the longest
// prose string of that data is the article's likeliest text: StateBody
// reads it.

// minStateSentences is the least number of sentence ends a string of the
// state holds to be read as prose (a description, a caption, an address
// holds fewer).
const minStateSentences = 3

// StateBody returns the body read from the longest prose string (at least
// minArticleBody bytes) of scripts, the texts of a page's JSON data
// scripts (not JSON-LD, whose articleBody is Options.ArticleBody), with
// Method "state" and Signals.FromState set; an empty Result when none
// holds one. A string of markup is read as a page of its own (Extract,
// without opts.Root and opts.ArticleBody); a string of text is split into
// paragraphs at its line breaks, as articleBody is. Furniture lines go as
// they go from articleBody. shown is the text the page's elements gave,
// if any (a teaser, the first paragraph): a string is taken only when it
// holds stateCover of shown's distinct words, so that a longer text of
// the data that is not this article (another story, a related one's
// body) does not replace a short article shown whole.
func StateBody(scripts []string, shown string, opts Options) Result {
	var seen words
	if strings.TrimSpace(shown) != "" {
		seen = wordSet(shown)
	}
	best := ""
	for _, s := range scripts {
		var v any
		if json.Unmarshal([]byte(s), &v) == nil {
			longestProse(v, seen, &best)
		}
	}
	if best == "" {
		return Result{}
	}
	var blocks []Block
	if strings.Contains(best, "</p>") || strings.Contains(best, "<br") {
		frag, err := html.Parse(strings.NewReader(best))
		if err != nil {
			return Result{}
		}
		blocks = Extract(frag, Options{PageURL: opts.PageURL, Phrases: opts.Phrases}).Blocks
	} else {
		blocks = fromArticleBody(best)
	}
	lx := builtin().withExtra(opts.Phrases)
	kept, src := cleanArticleBody(lx, blocks)
	if len(kept) == 0 {
		return Result{}
	}
	sig := crossCheck(lx, &analysis{chosen: -1}, nil, kept, opts)
	sig.FromState = true
	return Result{Blocks: kept, SourceLines: src, Method: "state", Signals: sig}
}

// stateCover is the share of the words shown on the page that a string
// of the script data holds to be taken for the article they start.
const stateCover = 0.8

// longestProse sets *best to the longest string in v that reads as prose
// (see stateProse), is longer than *best and holds stateCover of the
// words of seen (when seen is not nil).
func longestProse(v any, seen words, best *string) {
	switch t := v.(type) {
	case string:
		if len(t) > len(*best) && len(t) >= minArticleBody && stateProse(t) &&
			(seen == nil || overlap(seen, wordSet(t)) >= stateCover) {
			*best = t
		}
	case []any:
		for _, e := range t {
			longestProse(e, seen, best)
		}
	case map[string]any:
		for _, e := range t {
			longestProse(e, seen, best)
		}
	}
}

// stateProse reports a string that reads as running text, markup aside:
// minStateSentences sentence ends, and words of a language's length (a
// space every 16 bytes at least) unless it is written without spaces
// (CJK full stops). A token, a list of addresses or encoded data has
// neither.
func stateProse(s string) bool {
	ends := strings.Count(s, ". ") + strings.Count(s, ".<") + strings.Count(s, ".\n") + strings.Count(s, "。") +
		strings.Count(s, "? ") + strings.Count(s, "! ")
	if ends < minStateSentences {
		return false
	}
	return strings.Count(s, " ")*16 >= len(s) || strings.Count(s, "。") >= minStateSentences
}
