package serve

import (
	"bytes"
	"fmt"
	"html/template"
	"sort"
)

// palette colours the sites of the chart, in order of their record counts.
var palette = []string{"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"}

// chartDays is how many of the latest publication days the chart shows.
const chartDays = 90

// chartSVG draws records per day per site as stacked bars, the latest
// chartDays days that have records; sites past the palette are "other".
// Every text is escaped (template.HTMLEscapeString).
func chartSVG(st Stats) []byte {
	days := make([]string, 0, len(st.ByDay))
	for d := range st.ByDay {
		days = append(days, d)
	}
	sort.Strings(days)
	if len(days) > chartDays {
		days = days[len(days)-chartDays:]
	}
	sites := make([]string, 0, len(st.BySite))
	for s := range st.BySite {
		sites = append(sites, s)
	}
	sort.Slice(sites, func(i, j int) bool {
		if st.BySite[sites[i]] != st.BySite[sites[j]] {
			return st.BySite[sites[i]] > st.BySite[sites[j]]
		}
		return sites[i] < sites[j]
	})
	colour := map[string]string{}
	for i, s := range sites {
		if i < len(palette)-1 {
			colour[s] = palette[i]
		} else {
			colour[s] = palette[len(palette)-1]
		}
	}
	maxN := 1
	for _, d := range days {
		n := 0
		for _, c := range st.ByDay[d] {
			n += c
		}
		maxN = max(maxN, n)
	}
	const w, h, left, bottom, top = 900, 260, 40, 40, 10
	legendH := 18 * min(len(sites), len(palette))
	var b bytes.Buffer
	esc := template.HTMLEscapeString
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="11" role="img" aria-label="records per day per site">`, w+220, h+legendH, w+220, h+legendH)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#333"/>`, left, h-bottom, w, h-bottom)
	fmt.Fprintf(&b, `<text x="4" y="%d">%d</text><text x="4" y="%d">0</text>`, top+8, maxN, h-bottom)
	if len(days) > 0 {
		bw := float64(w-left) / float64(len(days))
		for i, d := range days {
			x := float64(left) + float64(i)*bw
			y := float64(h - bottom)
			for _, s := range sites {
				n := st.ByDay[d][s]
				if n == 0 {
					continue
				}
				bh := float64(n) / float64(maxN) * float64(h-bottom-top)
				y -= bh
				fmt.Fprintf(&b, `<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s %s: %d</title></rect>`,
					x+0.5, y, max(bw-1, 0.5), bh, colour[s], esc(d), esc(s), n)
			}
			if i == 0 || i == len(days)-1 || (len(days) > 6 && i%(len(days)/6) == 0) {
				fmt.Fprintf(&b, `<text x="%.1f" y="%d">%s</text>`, x, h-bottom+16, esc(d))
			}
		}
	}
	for i, s := range sites {
		if i >= len(palette) {
			break
		}
		name := s
		if i == len(palette)-1 && len(sites) > len(palette) {
			name = fmt.Sprintf("%d other sites", len(sites)-i)
		}
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text class="legend" x="%d" y="%d">%s (%d)</text>`,
			w+10, top+i*18, colour[s], w+28, top+i*18+10, esc(name), st.BySite[s])
	}
	b.WriteString(`</svg>`)
	return b.Bytes()
}
