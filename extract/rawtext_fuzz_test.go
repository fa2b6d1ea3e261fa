package extract

import "testing"

func FuzzEmptyRawText(f *testing.F) {
	for _, s := range []string{
		`<html><head><style>p{}</style><script>a<b</script></head><body><svg><style>x</style></svg><p>t</p></body></html>`,
		`<!-- <style> --><table><style>x</style><tr><td>a</td></tr></table>`,
		`<div title="<style>">x</div><textarea><style></textarea><style>y</style>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		checkRawText(t, "fuzz", page)
	})
}
