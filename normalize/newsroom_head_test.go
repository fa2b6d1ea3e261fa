package normalize

import "testing"

// TestNewsroomHeadLabels: "Tim" or "Redaksi" before the site's or an
// outlet's name is a newsroom label, which FIELDS.md takes for no author
// ("Tim detikcom"), in a visible byline and in metadata alike; before it
// the label was kept whole, cut down to the site's name ("Redaksi X" ->
// "X") or to the given name "Tim". A person whose given name is Tim
// stands, and so does a writer named beside the label.
func TestNewsroomHeadLabels(t *testing.T) {
	const url, site = "https://www.wartaselatan.example/berita/123/banjir", "WartaSelatan"
	tests := []bylineCase{
		{"Tim WartaSelatan", nil},
		{"Tim wartaselatan.example", nil},
		{"Redaksi WartaSelatan", nil},
		{"Tim Kabarindo.com", nil},
		{"Oleh: Tim Kabarindo.com", nil},
		{"Tim Harian Nusantara", nil},
		{"Redaksi Harian Nusantara", nil},
		{"Tim Santoso", []string{"Tim Santoso"}},
		{"Tim Hendrawan Putra", []string{"Tim Hendrawan Putra"}},
		{"Rina Wulandari, Tim WartaSelatan", []string{"Rina Wulandari"}},
		{"Tim WartaSelatan, Agus Prabowo", []string{"Agus Prabowo"}},
	}
	checkBylineAndMeta(t, url, site, "Banjir melanda tiga kecamatan", tests)
}
