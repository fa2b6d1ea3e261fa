package extract

import (
	"bytes"

	"golang.org/x/net/html"
)

// parseForTest decodes and parses a page the way Extract does.
func parseForTest(raw []byte) (*html.Node, error) {
	text, _, _, err := decode(raw, "")
	if err != nil {
		return nil, err
	}
	return html.Parse(bytes.NewReader(text))
}
