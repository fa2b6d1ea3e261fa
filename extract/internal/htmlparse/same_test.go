package htmlparse

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/net/html"
)

// sameTree says where the trees a and b differ, "" when they are the same
// node for node: type, name, atom, namespace, attributes in order, data.
func sameTree(a, b *html.Node, path string) string {
	if a == nil || b == nil {
		if a != b {
			return path + ": one tree ends"
		}
		return ""
	}
	if a.Type != b.Type || a.Data != b.Data || a.DataAtom != b.DataAtom || a.Namespace != b.Namespace {
		return fmt.Sprintf("%s: %v %q %q against %v %q %q", path, a.Type, a.Data, a.Namespace, b.Type, b.Data, b.Namespace)
	}
	if len(a.Attr) != len(b.Attr) {
		return fmt.Sprintf("%s <%s>: %d attributes against %d", path, a.Data, len(a.Attr), len(b.Attr))
	}
	for i := range a.Attr {
		if a.Attr[i] != b.Attr[i] {
			return fmt.Sprintf("%s <%s>: attribute %q against %q", path, a.Data, a.Attr[i], b.Attr[i])
		}
	}
	ca, cb := a.FirstChild, b.FirstChild
	for i := 0; ca != nil || cb != nil; i++ {
		if d := sameTree(ca, cb, fmt.Sprintf("%s/%d", path, i)); d != "" {
			return d
		}
		ca, cb = ca.NextSibling, cb.NextSibling
	}
	return ""
}

// sameCases are markup the tree builder treats each its own way: entities
// in text and attributes, NUL and CR bytes, upper-case names and keys,
// foreign content, tables, misnested formatting, raw text, comments,
// doctypes and a page cut short.
var sameCases = []string{
	"",
	"plain text",
	"<!DOCTYPE html><html><head><title>T &amp; U</title></head><body><p>a&nbsp;b &lt;c&gt; &copy &#169; &#x41;</p></body></html>",
	"<P CLASS=\"Lead\" ID=x Data-Foo='1'>Up &AMP; down</P>",
	"<a href=\"/x?a=1&b=2&amp;c=3&notanentity;\" title='a\r\nb\rc'>link</a>",
	"<div>nul\x00here<span a=\"nul\x00val\" b\x00c=d>x</span></div>",
	"<p>one\r\ntwo\rthree\n</p>",
	"<svg viewBox='0 0 1 1'><foreignObject><p>in svg</p></foreignObject><path d='M0'/></svg><math><mi>x</mi></math>",
	"<table><tr><td>a<td>b</tr>text in table<tr><th>c</table>",
	"<b><i>bold italic</b> italic?</i> <p>1<b>2<p>3</b>4</p>",
	"<a><p>misnested</a></p><a>x<a>y",
	"<script>if (a < b && c > d) { x = '</scr' + 'ipt>'; }</script><style>p > a { color: red }</style>",
	"<textarea>&lt;b&gt;kept</textarea><title>a <b> c</title><noscript><img src=x></noscript>",
	"<!-- a comment -- with dashes --><!----><!--->x<!--a--!>b",
	"<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\"><p>quirks?",
	"<template><td>in template</td></template><select><option>a<option>b</select>",
	"<frameset><frame src=a></frameset>",
	"<p a=1 a=2 b = '3' c=\"4\"d=5 e>dup and odd attributes",
	"<div><p>cut sho",
	"<div class=\"a\" class=\"b\"><br/><img/src=x><input type=hidden value=\"&quot;q&quot;\"></div>",
	"<body><![CDATA[not in html]]><svg><![CDATA[in svg]]></svg></body>",
	"<ul><li>1<li>2<ol><li>a</ol></ul><dl><dt>t<dd>d</dl>",
	"<h1><h2>nested headings</h2></h1><form><form>nested forms</form></form>",
	"<p>\u00e9l\u00e8ve &eacute;&Eacute; &hellip;&mdash; \U0001F600 &#128512; &#xD800; &#0; &#x110000;</p>",
	"<p A=1 a=2 B=3 b=4 data-X=5 DATA-x=6 \u00c9=7 \u00e9=8>keys that differ in case</p></p class=x id=y>",
	"<DIV\x00X CLASS\x00=1 class\x00=2>NUL in names</DIV\x00X><sPaN TiTlE='a&AMP;b&#13;c\r\nd'>x</SpAn>",
	"<div " + manyAttrs(40) + ">forty attributes and their repeats</div>",
	"<p><svg><title><p>x</title><desc>d</desc></svg><button><math><mi><button>y</mi><mo>z</mo></math><li>a<p>b</li><object><p>c</object></button>",
	"<div " + manyAttrs(31) + " K0=again k31=new K32=new2 k32=again2>around the 32nd attribute</div>",
}

// manyAttrs is n attributes k0="0" … of a tag, and then each of them again
// in upper case with another value, which the parser drops.
func manyAttrs(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, ` k%d="%d"`, i, i)
	}
	for i := range n {
		fmt.Fprintf(&b, ` K%d="again %d"`, i, i)
	}
	return b.String()
}

// TestParseSameTree holds the fork to golang.org/x/net/html: the same
// tree for the same bytes, read whole or a byte at a time (the tokenizer
// refills its buffer at every read), and for the pages kabar's tests keep.
func TestParseSameTree(t *testing.T) {
	inputs := map[string][]byte{}
	for i, s := range sameCases {
		inputs[fmt.Sprintf("case %d", i)] = []byte(s)
	}
	for _, glob := range []string{"../../testdata/sites/*.html", "../../../fixtures/*/*.html", "../../../fixtures/*.html"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			inputs[f] = b
		}
	}
	if len(inputs) < len(sameCases)+10 {
		t.Fatalf("only %d inputs: the test pages were not found", len(inputs))
	}
	for name, in := range inputs {
		want, err := html.Parse(bytes.NewReader(in))
		if err != nil {
			t.Fatalf("%s: x/net/html: %v", name, err)
		}
		got, err := Parse(bytes.NewReader(in))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d := sameTree(want, got, ""); d != "" {
			t.Errorf("%s: %s", name, d)
		}
		if len(in) > 200_000 {
			continue
		}
		got, err = Parse(iotest.OneByteReader(bytes.NewReader(in)))
		if err != nil {
			t.Fatalf("%s, a byte at a time: %v", name, err)
		}
		if d := sameTree(want, got, ""); d != "" {
			t.Errorf("%s, a byte at a time: %s", name, d)
		}
	}
}

// FuzzParseSameTree: any bytes give x/net/html's tree.
func FuzzParseSameTree(f *testing.F) {
	for _, s := range sameCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err1 := html.Parse(strings.NewReader(s))
		got, err2 := Parse(strings.NewReader(s))
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("errors %v against %v", err1, err2)
		}
		if d := sameTree(want, got, ""); d != "" {
			t.Fatal(d)
		}
	})
}

// TestValueChanged: valueChanged agrees with hasByte on values of every
// length to 40 holding each byte value at each place, and on random ones.
func TestValueChanged(t *testing.T) {
	for n := 0; n <= 40; n++ {
		for at := 0; at < n; at++ {
			for c := range 256 {
				v := bytes.Repeat([]byte{'a'}, n)
				v[at] = byte(c)
				if got, want := valueChanged(v), hasByte(v, valChanged); got != want {
					t.Fatalf("%q: %v, want %v", v, got, want)
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		v := make([]byte, r.IntN(64))
		for i := range v {
			v[i] = byte(r.IntN(256))
			if r.IntN(4) > 0 {
				v[i] = byte(0x20 + r.IntN(0x5f))
			}
		}
		if got, want := valueChanged(v), hasByte(v, valChanged); got != want {
			t.Fatalf("%q: %v, want %v", v, got, want)
		}
	}
}
