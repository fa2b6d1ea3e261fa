package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// expandInitials writes a credited name that gives its first names as
// initials ("M. Quill", "J.R. Okafor", "M Quill") as the full name that
// another credit on the page gives for the same person ("Mara Quill" in
// the author meta tag, "Jay Rowan Okafor" in a credit box): FIELDS.md
// takes the full name where the page gives it behind initials. A full
// name matches when its surname is the same word and its first names
// open, in order, with the initials (and equal any first name written
// out). Only a full name that is the one match stands in; with none, or
// two that differ, the name stays as printed. Organisations are neither
// expanded nor taken as full names. The result holds no name twice in
// one role: an expanded name already credited in that role goes.
func expandInitials(cs, pool []credit) []credit {
	out := cs[:0:0]
	seen := map[string]bool{}
	for _, c := range cs {
		if !c.outlet && hasInitials(c.name) {
			full := ""
			for _, o := range pool {
				if o.outlet || hasInitials(o.name) || !writesWithInitials(c.name, o.name) {
					continue
				}
				if full != "" && nameKey(full) != nameKey(o.name) {
					full = ""
					break
				}
				full = o.name
			}
			if full != "" {
				c.name = full
			}
		}
		k := string(c.role) + "\x00" + nameKey(c.name)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, c)
	}
	return out
}

// nameInitials reads a word of a name as initials: "M.", "M", "J.R.",
// "J.-P." give their capitals ("M", "JR", "JP"); ok is false for a
// word that is written out ("Mara", "Mc").
func nameInitials(w string) (letters []rune, ok bool) {
	w = strings.TrimSuffix(w, ",")
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '.' || r == '-' }) {
		r, size := utf8.DecodeRuneInString(part)
		if size != len(part) || !unicode.IsUpper(r) {
			return nil, false
		}
		letters = append(letters, r)
	}
	return letters, len(letters) > 0
}

// hasInitials says a name of two words or more writes some first name
// as initials ("M. Quill", "Mara J. Quill"); its last word, the surname,
// is written out.
func hasInitials(name string) bool {
	f := fields(name)
	if len(f) < 2 {
		return false
	}
	if _, ok := nameInitials(f[len(f)-1]); ok {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if _, ok := nameInitials(w); ok {
			return true
		}
	}
	return false
}

// writesWithInitials says full is the name that short writes with initials:
// the same surname, and first names that open with short's initials in
// order and equal short's first names written out.
func writesWithInitials(short, full string) bool {
	s, f := fields(short), fields(full)
	if len(f) < 2 || nameKey(s[len(s)-1]) != nameKey(f[len(f)-1]) {
		return false
	}
	given := f[:len(f)-1]
	j := 0
	for _, w := range s[:len(s)-1] {
		if letters, ok := nameInitials(w); ok {
			for _, l := range letters {
				if j >= len(given) {
					return false
				}
				first, _ := utf8.DecodeRuneInString(given[j])
				if unicode.ToUpper(first) != l {
					return false
				}
				j++
			}
			continue
		}
		if j >= len(given) || nameKey(w) != nameKey(given[j]) {
			return false
		}
		j++
	}
	return j == len(given)
}
