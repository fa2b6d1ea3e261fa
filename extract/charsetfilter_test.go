package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestMayDeclareCharset checks metaCharset's shortcut against the full
// prescan: on heads made of pieces that declare a charset in every way
// (attribute, http-equiv content, numeric references, any case, a word
// broken or misspelt, in comments and scripts, after <body>), metaCharset
// gives what scanMetaCharset gives, and the filter never refuses a head
// the prescan reads a charset from.
func TestMayDeclareCharset(t *testing.T) {
	pieces := []string{
		`<!doctype html>`, `<html lang="en">`, `<head>`, `<title>Harbour&#8217;s tide</title>`,
		`<meta charset="utf-8">`, `<META CHARSET=ISO-8859-2>`, `<meta CharSet='windows-1251'/>`,
		`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`,
		`<meta http-equiv="content-type" content="text/html; &#99;harset=shift_jis">`,
		`<meta http-equiv="Content-Type" content="text/html; &#x63;&#x68;arset=euc-kr">`,
		`<meta http-equiv="Content-Type" content="text/html; chars&#101;t=gbk">`,
		`<meta http-equiv="Content-Type" content="text/html; char set=big5">`,
		`<meta http-equiv="Content-Type" content="text/html; chraset=big5">`,
		`<meta content="text/html; CHARSET=latin1" http-equiv="CONTENT-TYPE">`,
		`<meta name="viewport" content="width=device-width">`, `<meta property="og:title" content="A &amp; B">`,
		`<link rel="stylesheet" href="/s.css?charset">`, `<script>var charset = "<meta charset=big5>";</script>`,
		`<!-- <meta charset="iso-8859-5"> -->`, `<style>p{color:red}</style>`, `</head>`, `<body>`,
		`<p>Plain text, a &#233; and &eacute; or two.</p>`, `charset`, `&#`, `&#104;`, ` `, "\n",
		`<meta charset="utf-16le">`, `<meta charset="no-such-set">`, `<meta charset=>`,
	}
	r := rand.New(rand.NewPCG(17, 2026))
	refused, declared := 0, 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		head := []byte(b.String())
		want := scanMetaCharset(head)
		if want != "" {
			declared++
		}
		if !mayDeclareCharset(head) {
			refused++
			if want != "" {
				t.Errorf("the filter refuses %q, which declares %q", head, want)
			}
		}
		if got := metaCharset(head); got != want {
			t.Errorf("metaCharset(%q) = %q, the prescan %q", head, got, want)
		}
	}
	if refused == 0 || declared == 0 {
		t.Errorf("heads refused %d, declaring %d: the cases do not try both ways", refused, declared)
	}
}
