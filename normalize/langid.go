package normalize

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/abadojack/whatlanggo"
)

// textDetector names the language of a text with whatlanggo, a trigram
// detector whose profiles are compiled into the binary: nothing to load,
// no memory beyond the binary, about 0.4 ms a page. lingua-go was more
// accurate in general but loaded ~22 MB of models on the first question
// and took the extract command's peak RSS from 33 MB to 90 MB; on the
// pages where language asks (see lang.go) the two agreed. It is asked only
// when the page's declaration and its stopwords disagree or say too
// little, a few pages in a hundred.
type textDetector struct {
	opts whatlanggo.Options
}

// langIDSample is how many bytes of the text the detector reads: enough
// for a trigram profile to be sure, little enough to stay cheap.
const langIDSample = 400

// minLangIDConfidence is the detector's confidence (0 to 1) below which
// its answer is not taken.
const minLangIDConfidence = 0.2

// newTextDetector builds a detector for the languages listed in src (ISO
// 639-1 codes, one a line, # comments).
func newTextDetector(src string) (*textDetector, error) {
	byCode := map[string]whatlanggo.Lang{}
	for l := range whatlanggo.Langs {
		if c := l.Iso6391(); c != "" {
			byCode[c] = l
		}
	}
	allow := map[whatlanggo.Lang]bool{}
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		l, ok := byCode[line]
		if !ok {
			return nil, fmt.Errorf("languages.txt line %d: %q is not an ISO 639-1 code the detector knows", n, line)
		}
		allow[l] = true
	}
	if len(allow) < 2 {
		return nil, fmt.Errorf("languages.txt: at least two languages are needed, found %d", len(allow))
	}
	return &textDetector{whatlanggo.Options{Whitelist: allow}}, nil
}

// identify returns the ISO 639-1 code of text's language, or "" when the
// detector cannot tell.
func (d *textDetector) identify(text string) string {
	if d == nil {
		return ""
	}
	if len(text) > langIDSample {
		cut := langIDSample
		for cut > 0 && text[cut]&0xC0 == 0x80 { // not inside a character
			cut--
		}
		text = text[:cut]
	}
	info := whatlanggo.DetectWithOptions(text, d.opts)
	if info.Confidence < minLangIDConfidence {
		return ""
	}
	return info.Lang.Iso6391()
}
