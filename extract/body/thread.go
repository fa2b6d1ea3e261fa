package body

import (
	"strings"
	"unicode"
)

// A comment thread set directly in the article's element, not in a
// wrapper of its own: its heading ("12 Comments", comments.txt) is a
// block among the article's paragraphs, and what follows it is the
// comments, each under a line naming its writer and when it was posted
// and over a reply button. No element ends the thread's part, so the
// heading's skip of the element it heads (Extract) does not reach it; the
// thread is told by its heading and the stamps and buttons after it.

// Bounds of threadFollows: it reads this many blocks after the heading
// and wants this many witnesses among them.
const (
	threadLook      = 12
	threadWitnesses = 2
)

// maxReplyButton is the longest line (bytes) replyButton reads.
const maxReplyButton = 40

// maxStampedLine is the longest line (bytes) a comment's writer and time
// are read from ("Rosa Finch says: 7 December 2026 at 10:42 am").
const maxStampedLine = 100

// commentHeading reports a block that heads a comment thread (a phrase
// of comments.txt).
func (lx *lexicon) commentHeading(text string) bool {
	return lx.threadHeads != nil && lx.threadHeads.judgeBare(text, 0) != keep
}

// replyButton reports a line that is only a reply button (replies.txt),
// arrows, brackets and separators around it aside ("Reply ↓", "[Antworten]").
func (lx *lexicon) replyButton(s string) bool {
	if len(s) > maxReplyButton || len(lx.replyWords) == 0 {
		return false
	}
	t := strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
	})
	return t != "" && lx.replyWords[foldSpace(lowerFold(t))]
}

// stampedLine reports a short line that says when a comment was posted,
// alone ("7 December 2026 at 10:42", "3 hours ago") or after its writer's
// name ("Rosa Finch 7 December 2026 at 10:42 am", "Ivo Drent · 2 days
// ago"): the line, or what follows one of its first words, is a date line
// or a relative time stamp.
func (lx *lexicon) stampedLine(s string) bool {
	if len(s) > maxStampedLine {
		return false
	}
	if lx.agoLine(s) || lx.dateLine(s) {
		return true
	}
	for k, rest := 0, s; k < 6; k++ {
		_, after, ok := strings.Cut(rest, " ")
		if !ok {
			break
		}
		rest = strings.TrimLeft(after, " ·|-–—:,")
		if rest != "" && (lx.agoLine(rest) || lx.dateLine(rest)) {
			return true
		}
	}
	return false
}

// threadFollows reports that the blocks from from (before end) read as a
// comment thread: among the first threadLook of them, threadWitnesses or
// more are reply buttons or lines stamping a comment. An article's
// paragraphs after a subheading that counts something are neither.
func (lx *lexicon) threadFollows(blocks []rawBlock, from, end int) bool {
	n := 0
	for i := from; i < end && i < from+threadLook; i++ {
		if t := blocks[i].text; lx.replyButton(t) || lx.stampedLine(t) {
			if n++; n >= threadWitnesses {
				return true
			}
		}
	}
	return false
}
