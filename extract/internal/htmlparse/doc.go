// Package htmlparse is golang.org/x/net/html v0.62.0's HTML5 tokenizer and
// tree builder (BSD licence, LICENSE), copied so that kabar can parse a
// page for fewer instructions while building the very tree x/net/html
// builds, of x/net/html's own nodes (Node, NodeType and Attribute are
// aliases), which goquery, cascadia and kabar's walkers read.
//
// What differs from the copy, all marked "kabar:" where it is:
//
//   - The tokenizer holds its whole input in its buffer from the start
//     (ParseBytes, or Parse reading its reader whole), so readByte never
//     refills and is inlined; SetMaxBuf is gone. Texts up to the next '<'
//     and quoted attribute values are passed with bytes.IndexByte.
//   - Token reads tag names, attribute keys and values straight from the
//     buffer into strings when x/net/html's changes (NUL replaced, lower
//     case, CR converted, entities unescaped) would leave them as they are;
//     a repeated attribute is found by comparing the tag's keys in place.
//   - The default scope's stop tags are a switch, not a map by namespace;
//     text and element nodes come from slabs allocated together.
//
// TestParseSameTree and FuzzParseSameTree hold the trees to x/net/html's.
// When x/net/html is upgraded, compare its token.go and parse.go with
// these files and carry its fixes over.
package htmlparse
