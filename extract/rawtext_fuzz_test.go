package extract

import "testing"

func FuzzEmptyRawText(f *testing.F) {
	for _, s := range []string{
		`<html><head><style>p{}</style><script>a<b</script></head><body><svg><style>x</style></svg><p>t</p></body></html>`,
		`<!-- <style> --><table><style>x</style><tr><td>a</td></tr></table>`,
		`<div title="<style>">x</div><textarea><style></textarea><style>y</style>`,
		"<pre>\n\n  a</pre>\r\n\r\n<listing>\r\n \n</listing>  <p> x </p>\n\t<!-- c -->\n <b>y</b>  </ x>  <?p?>  <table>  <tr> </tr>\n</table>",
		"<p>a</b>   </p><svg>  <![CDATA[ x ]]>  </svg>  </",
		`<!-- a long comment --><svg><path d="M0 0L10 10L20 20Z" points='1,2 3,4 5,6 7,8'/><!-- --!> x --></svg><!--[if IE]><p>old</p><![endif]-->`,
		`<div data-state='{"a":1,"b":"<p>"}' data-src="https://example.com/a.jpg" data-x=unquoted-value-long-enough>x</div>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		checkRawText(t, "fuzz", page)
		checkCuts(t, "fuzz", page, cuts{spacing: true})
		checkCuts(t, "fuzz", page, cuts{rawText: true, spacing: true})
		checkCuts(t, "fuzz", page, cuts{comments: true, drawing: true})
		checkCuts(t, "fuzz", page, cuts{data: true})
		checkCuts(t, "fuzz", page, cuts{attrs: true})
		checkCuts(t, "fuzz", page, cuts{rawText: true, spacing: true, comments: true, drawing: true, data: true, attrs: true})
	})
}
