package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dash speech. Swedish, Norwegian, Danish, Polish and Russian news print a
// speaker's words as a paragraph opened by a dash, with no quotation
// marks: "– Vi bygger skolan i år, säger Erik Lund." (the attribution
// after a comma), "– Nie rezygnujemy z projektu – powiedział Nowak." (after
// a second dash). The words are a direct quotation all the same
// (FIELDS.md: speech attributed to someone). dashSpeech gives the quote
// reader such a paragraph with the marks a quotation prints elsewhere,
// “…”, so that every reader of spans, attributions and speakers reads it
// as it reads "“Vi bygger skolan i år”, säger Erik Lund." The article's
// text is not changed: only the quote reader's copy of its paragraphs.
//
// A language reads dash speech when its lexicon says so ([dash-speech]
// yes): a dash opening a paragraph in English or German is a list's
// item. Even there a paragraph is speech only when it holds no
// quotation mark of its own, and either its dash words are followed by
// an attribution (a reporting verb after the comma or the second dash)
// or the article attributes another dash paragraph so: a list of dashed
// items in an article that quotes no one by dashes stays a list.

// speechDashes are the dashes that open a paragraph of dash speech: the
// en dash and the em dash (a hyphen is a list's bullet).
var speechDashes = []string{"–", "—"}

// dashSpeech is paras with each paragraph of dash speech in lang written
// with quotation marks; paras itself (not a copy) when lang reads no dash
// speech or no paragraph changes.
func (lx *lexicon) dashSpeech(lang string, paras []string) []string {
	if !lx.dashSpeechLangs[lang] {
		return paras
	}
	var out []string
	attributed := false
	pending := []int(nil) // dash paragraphs with no attribution, by index
	for i, p := range paras {
		body, ok := dashOpened(p)
		if !ok {
			continue
		}
		q, ok := lx.dashQuote(lang, body)
		if !ok {
			pending = append(pending, i)
			continue
		}
		if out == nil {
			out = append([]string(nil), paras...)
		}
		out[i], attributed = q, true
	}
	if !attributed {
		return paras
	}
	for _, i := range pending {
		// "– Nu börjar arbetet." after an attributed dash paragraph:
		// the speaker goes on.
		body, _ := dashOpened(paras[i])
		out[i] = "“" + strings.TrimRight(body, " ") + "”"
	}
	return out
}

// dashOpened is p after the dash that opens it, and true, when p opens
// with a dash and a space and holds no quotation mark of its own.
func dashOpened(p string) (string, bool) {
	t := strings.TrimLeft(p, " \u00a0")
	for _, d := range speechDashes {
		rest, ok := strings.CutPrefix(t, d)
		if !ok {
			continue
		}
		if !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "\u00a0") {
			return "", false
		}
		rest = strings.TrimLeft(rest, " \u00a0")
		if rest == "" || strings.ContainsAny(rest, "\"“”„«»‹›「」") {
			return "", false
		}
		return rest, true
	}
	return "", false
}

// dashQuote writes body, a paragraph's words after its opening dash, with
// quotation marks around the speech, when an attribution follows it: a
// reporting verb in lower case (of any lexicon, or of lang's own verbs:
// Norwegian "sa"), or a subject pronoun and such a verb ("…, hän
// kertoi."), after a comma ("…, säger Erik Lund.") or
// after a second dash ("… – powiedział Nowak.") or both ("…, — сказал
// он."). Words after the
// attribution's sentence opened by a dash ("… säger hon. – Nu börjar
// arbetet.") are the same speaker's and are marked too.
func (lx *lexicon) dashQuote(lang, body string) (string, bool) {
	for k := 0; k < len(body); {
		j, sep := nextSpeechBreak(body[k:])
		if j < 0 {
			return "", false
		}
		at := k + j
		rest := body[at+len(sep):]
		w := rest
		if e := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); e >= 0 {
			w = w[:e]
		}
		if w != "" && isLower(w) && (lx.speechVerb(lang, w) || lx.pronouns[w] != "" && lx.speechVerb(lang, secondWord(rest))) && at > 0 {
			speech := strings.TrimRight(body[:at], " ,")
			attr := body[at:]
			if sep[0] != ',' {
				attr = " " + strings.TrimLeft(attr, " ")
			}
			tail := ""
			if e := strings.Index(attr, ". "); e >= 0 {
				if more, ok := dashOpened(attr[e+2:]); ok && startsUpper(more) {
					attr, tail = attr[:e+1], " “"+strings.TrimRight(more, " ")+"”"
				}
			}
			return "“" + speech + "”" + attr + tail, true
		}
		k = at + len(sep)
	}
	return "", false
}

// speechVerb says w is a reporting verb of any lexicon or of lang's own.
func (lx *lexicon) speechVerb(lang, w string) bool {
	return w != "" && isLower(w) && (lx.isVerb(w) || lx.ownVerbs[lang][w])
}

// secondWord is the second word of s, up to its first character that is
// no letter ("hän kertoi." → "kertoi"); "" when s has one word.
func secondWord(s string) string {
	_, rest, ok := strings.Cut(s, " ")
	if !ok {
		return ""
	}
	if e := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); e >= 0 {
		rest = rest[:e]
	}
	return rest
}

// nextSpeechBreak is the index in s of the first ", " or spaced dash
// (" – ", " — "), or both (", — ", as Russian writes it), and the
// separator found; -1 when none.
func nextSpeechBreak(s string) (int, string) {
	best, sep := -1, ""
	for _, b := range []string{", — ", ", – ", ", ", " – ", " — "} {
		if i := strings.Index(s, b); i >= 0 && (best < 0 || i < best) {
			best, sep = i, b
		}
	}
	return best, sep
}

// startsUpper says s opens with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
