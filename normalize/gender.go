package normalize

import "strings"

// affixGender is an ending of a word and the gender ("m", "f") it tells:
// the grammar of a language, as lexicon data (verb-genders,
// surname-genders).
type affixGender struct {
	end, gender string
}

// insertAffixGender adds a to list, kept longest ending first, so that the
// first ending that fits a word is its most specific one ("лась" before
// "ла"). An ending listed twice keeps its first gender.
func insertAffixGender(list []affixGender, a affixGender) []affixGender {
	for i, b := range list {
		if b.end == a.end {
			return list
		}
		if len(a.end) > len(b.end) {
			return append(list[:i], append([]affixGender{a}, list[i:]...)...)
		}
	}
	return append(list, a)
}

// endingGender is the gender the longest ending of list that w ends with
// (and is longer than) tells, or "".
func endingGender(list []affixGender, w string) string {
	for _, a := range list {
		if len(w) > len(a.end) && strings.HasSuffix(w, a.end) {
			return a.gender
		}
	}
	return ""
}

// verbGender is the gender of the subject that the reporting verb cue
// tells by its form in lang: the past tense of the Slavic languages
// agrees with its subject ("řekla", "powiedziała", "сказала": a woman
// spoke). Only a word the lexicons know as a reporting verb is read, so
// an ending never guesses at other words; a plural or a present tense
// ("řekli", "говорит") tells nothing: "".
func (lx *lexicon) verbGender(cue, lang string) string {
	list := lx.verbGenders[lang]
	if len(list) == 0 || cue == "" {
		return ""
	}
	ws := strings.Fields(strings.ToLower(cue))
	if len(ws) == 0 {
		return ""
	}
	w := strings.Trim(ws[len(ws)-1], ".,;:!?")
	if !lx.verbs[w] {
		return ""
	}
	return endingGender(list, w)
}

// surnameGender is the gender the form of name's last word tells in lang
// (Czech "Horáková", Polish "Nowicka", Russian "Орлова": women), or "".
// It reads the page's language alone: an ending is one language's
// grammar, not a fact of every name.
func (lx *lexicon) surnameGender(name, lang string) string {
	list := lx.surnameGenders[lang]
	if len(list) == 0 {
		return ""
	}
	ws := fields(name)
	if len(ws) == 0 {
		return ""
	}
	return endingGender(list, strings.ToLower(ws[len(ws)-1]))
}
