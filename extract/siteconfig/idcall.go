package siteconfig

import "strings"

// withoutIDCalls rewrites each call of XPath 1.0's id() function on a
// string literal ("id('main')/p", `id("a b")`) as the location path it
// stands for ("//*[@id='main']/p", "//*[@id='a' or @id='b']"), since the
// XPath engine (antchfx/xpath) does not implement id() and the format's
// files use it. A call on anything but one literal, and text inside string
// literals, are left as written.
func withoutIDCalls(expr string) string {
	if !strings.Contains(expr, "id") {
		return expr
	}
	var b strings.Builder
	var quote byte
	for i := 0; i < len(expr); i++ {
		c := expr[i]
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			b.WriteByte(c)
			continue
		}
		if c == '\'' || c == '"' {
			quote = c
			b.WriteByte(c)
			continue
		}
		if c == 'i' && strings.HasPrefix(expr[i:], "id") && (i == 0 || !idCallBefore(expr[i-1])) {
			if path, n, ok := idCall(expr[i:]); ok {
				b.WriteString(path)
				i += n - 1
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// idCallBefore says whether c, just before "id", makes it no call of
// id() that opens a path: part of a longer name, an attribute (@id), a
// variable, or a step after a slash (a function call is no step in XPath
// 1.0; such an expression is left to fail as written).
func idCallBefore(c byte) bool {
	return xpathNameByte(c) || c == '@' || c == '$' || c == '/'
}

// idCall reads `id ( 'tokens' )` at the start of s and returns the path
// standing for it and the length read.
func idCall(s string) (path string, n int, ok bool) {
	i := len("id")
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	if i >= len(s) || s[i] != '(' {
		return "", 0, false
	}
	i++
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	if i >= len(s) || s[i] != '\'' && s[i] != '"' {
		return "", 0, false
	}
	q := s[i]
	end := strings.IndexByte(s[i+1:], q)
	if end < 0 {
		return "", 0, false
	}
	lit := s[i+1 : i+1+end]
	i += end + 2
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	if i >= len(s) || s[i] != ')' {
		return "", 0, false
	}
	ids := strings.Fields(lit)
	if len(ids) == 0 {
		return "", 0, false
	}
	var conds []string
	for _, id := range ids {
		if strings.Contains(id, "'") {
			conds = append(conds, `@id="`+id+`"`)
		} else {
			conds = append(conds, "@id='"+id+"'")
		}
	}
	return "//*[" + strings.Join(conds, " or ") + "]", i + 1, true
}
