package extract

import "testing"

// TestSiteTrims: the memo returns what trimSiteNameShown returns, for a
// title asked again with the same shown words, with other shown words
// (the answer may differ), with nil or empty shown, and after more
// titles than it holds (the oldest are forgotten, never mixed up).
func TestSiteTrims(t *testing.T) {
	names := []string{"Valley Courier", "valleycourier.example"}
	shown := headlineWords("Valley Courier at the County Show")
	titles := []string{
		"Valley Courier at the County Show - Valley Courier",
		"Bridge reopens after repairs | Valley Courier",
		"Bridge reopens after repairs | Valley Courier",
		"Valley Courier at the County Show - Valley Courier",
		"Bakery wins the regional prize – valleycourier.example",
		"Lantern festival draws crowds - News - Valley Courier",
		"Storm warning for the coast",
		"Schools close early on Friday | Valley Courier",
		"Bridge reopens after repairs | Valley Courier",
		"Valley Courier at the County Show - Valley Courier",
	}
	var m siteTrims
	for round := range 2 {
		for _, title := range titles {
			for _, sh := range [][]string{nil, {}, shown, headlineWords(title)} {
				want := trimSiteNameShown(title, names, sh)
				if got := m.trim(title, names, sh); got != want {
					t.Errorf("round %d: trim(%q, %q) = %q, want %q", round, title, sh, got, want)
				}
			}
		}
	}
}
