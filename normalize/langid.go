package normalize

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/pemistahl/lingua-go"
)

// textDetector names the language of a text with lingua-go, the most
// accurate of the maintained detectors for Go. It is slow beside a
// stopword count (about 1 ms a page for the languages of
// lexicon/languages.txt) and loads about 22 MB of models on its first
// question, so language asks it only when the page's declaration and its
// stopwords disagree or say too little. Models are loaded lazily and
// shared by every goroutine (lingua keeps them in sync.Maps).
type textDetector struct {
	det lingua.LanguageDetector
}

// langIDSample is how many bytes of the text the detector reads: enough
// for a trigram model to be sure, little enough to stay cheap.
const langIDSample = 400

// newTextDetector builds a detector for the languages listed in src (ISO
// 639-1 codes, one a line, # comments).
func newTextDetector(src string) (*textDetector, error) {
	var langs []lingua.Language
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		l := lingua.GetLanguageFromIsoCode639_1(lingua.GetIsoCode639_1FromValue(strings.ToUpper(line)))
		if l == lingua.Unknown {
			return nil, fmt.Errorf("languages.txt line %d: %q is not an ISO 639-1 code lingua knows", n, line)
		}
		langs = append(langs, l)
	}
	if len(langs) < 2 {
		return nil, fmt.Errorf("languages.txt: at least two languages are needed, found %d", len(langs))
	}
	return &textDetector{lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).WithLowAccuracyMode().Build()}, nil
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
	l, ok := d.det.DetectLanguageOf(text)
	if !ok {
		return ""
	}
	return strings.ToLower(l.IsoCode639_1().String())
}
