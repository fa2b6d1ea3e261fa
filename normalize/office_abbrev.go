package normalize

import "strings"

// officeAbbrev is an office's short form and its full form's words, lower
// case, from a language's [office-abbreviations]: "dirut" and "direktur
// utama", "ag" and "attorney general". News introduces an official under
// the full office and goes on with the short one ("kata Dirut", "the AG
// said"), which must resolve to the person, not be printed as a speaker.
type officeAbbrev struct {
	short string
	full  []string
}

// maxOfficeLead is how many words before a name are read for an office's
// full form: the office, its organisation or region and a rank ("Kepala
// Kepolisian Resor Tegal AKBP Joko Prasetyo").
const maxOfficeLead = 9

// officeShortsBefore gives the short forms of the offices of lang whose
// full form stands in the words before toks[end], the end of a name's run
// (which may open with its office: "Attorney General Marla Quince"),
// within the name's sentence and clause (a comma only right before the
// run at: "Direktur Utama PT X, Hendra Gunawan"), with only capitalised
// words between it and the run. It allocates only when it finds one.
func (lx *lexicon) officeShortsBefore(lang string, toks []token, at, end int) []string {
	pairs := lx.officeAbbrevs[lang]
	if len(pairs) == 0 || at < 0 || end > len(toks) || at >= end {
		return nil
	}
	lo := at
	for lo > 0 && lo > at-maxOfficeLead && !toks[lo-1].stop && (!toks[lo-1].comma || lo == at) {
		lo--
	}
	var out []string
	for _, p := range pairs {
		for j := lo; j+len(p.full) <= end; j++ {
			if officeWordsAt(toks, j, p.full) && capitalisedBetween(toks, j+len(p.full), at) {
				out = append(out, p.short)
				break
			}
		}
	}
	return out
}

// capitalisedBetween says the words from toks[from] up to toks[to] are
// all capitalised: the office's organisation, region or a rank between it
// and the name ("Direktur Utama PT Samudra Biru Hendra Gunawan"), not a
// clause ("Menteri … meninjau lokasi bersama Wali Kota Dewi …").
func capitalisedBetween(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if !isCapitalised(toks[k].word) {
			return false
		}
	}
	return true
}

// officeWordsAt says toks from j hold words, lower case, with no sentence or
// clause ending before the last of them.
func officeWordsAt(toks []token, j int, words []string) bool {
	for k, w := range words {
		t := toks[j+k]
		if unelided(t.lower) != w || k < len(words)-1 && (t.comma || t.stop) {
			return false
		}
	}
	return true
}

// isOfficeShort says l, lower case, is an office's short form in lang.
func (lx *lexicon) isOfficeShort(lang, l string) bool {
	for _, p := range lx.officeAbbrevs[lang] {
		if p.short == l {
			return true
		}
	}
	return false
}

// officeShortHolder is the cast member an office's short form stands for
// when s, a speaker read as a name or a phrase, is that short form alone
// or after a determiner ("AG", "the AG"): the person introduced under the
// full form ("Attorney General Marla Quince"), or "" when no one was (the
// short form may then be an organisation's, or the speaker as printed).
func (c *quoteCtx) officeShortHolder(s string) string {
	ws := fields(strings.ToLower(s))
	if len(ws) == 2 && c.lx.isRoleDet(ws[0]) {
		ws = ws[1:]
	}
	if len(ws) != 1 || !c.lx.isOfficeShort(c.lang, ws[0]) {
		return ""
	}
	if m := c.cast.byRole(ws[0]); m != nil && !m.author {
		return m.name
	}
	return ""
}

// heldShort says l, lower case, is an office's short form in the
// article's language that a member of the cast was introduced under.
func (c *quoteCtx) heldShort(l string) bool {
	if !c.lx.isOfficeShort(c.lang, l) {
		return false
	}
	m := c.cast.byRole(l)
	return m != nil && !m.author
}

// regionHolder is the cast member a region's name stands for when name,
// read as a speaker's, is one word the article has shown as the region
// of a regional office ("ujar Bupati Sleman" after "Bupati Sleman
// Kustini Sri Purnomo": the office stripped leaves the region), and the
// member was introduced with that office and region; "" otherwise.
func (c *quoteCtx) regionHolder(name string) string {
	if strings.ContainsAny(name, " ") {
		return ""
	}
	l := strings.ToLower(name)
	if !c.places[l] || c.cast.find(name) != nil {
		return ""
	}
	if m := c.cast.byRole(l); m != nil && !m.author {
		return m.name
	}
	return ""
}
