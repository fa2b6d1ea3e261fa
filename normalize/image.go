package normalize

import (
	"strings"

	kabar "github.com/kabar-news/kabar"
)

// readImages cleans the page's images and splits a photo credit out of a
// caption that holds one: "… (Edi Wahyono/detikcom)", "… Foto: X",
// "… KOMPAS.com/NABILLA TASHANDRA", "ANTARA FOTO/Budi Setya".
func (lx *lexicon) readImages(imgs []kabar.Image) []kabar.Image {
	var out []kabar.Image
	seen := map[string]bool{}
	for _, im := range imgs {
		im.URL = strings.TrimSpace(im.URL)
		if im.URL == "" || seen[im.URL] {
			continue
		}
		seen[im.URL] = true
		im.Caption = cleanText(im.Caption)
		im.Credit = lx.cleanCredit(cleanText(im.Credit))
		if c, cr := lx.splitCredit(im.Credit); cr != "" && c != "" {
			// "Infografis … (Liputan6.com/Triyasni)" given as the credit.
			im.Credit = cr
			if im.Caption == "" {
				im.Caption = c
			}
		}
		switch caption, credit := lx.splitCredit(im.Caption); {
		case im.Credit == "":
			im.Caption, im.Credit = caption, credit
		case credit != "" && strings.Contains(strings.ToLower(credit), strings.ToLower(im.Credit)):
			// The caption holds the credit in full ("(ANTARA
			// FOTO/Budi Setya)" where the credit field says "ANTARA").
			im.Caption, im.Credit = caption, credit
		case strings.HasSuffix(im.Caption, im.Credit):
			im.Caption = lx.trimCaption(strings.TrimSuffix(im.Caption, im.Credit))
		}
		im.Credit = unbracket(lx.cleanCredit(unbracket(im.Credit)))
		im.Caption = lx.trimRights(im.Caption, true)
		out = append(out, im)
	}
	return out
}

// trimRights removes a rights notice ending s ("(AP Photo/Matias
// Delacroix) - Copyright", "Reuters. Tous droits réservés"). In a caption
// (sep set) only a notice set off by a dash, bar or © goes: "a dispute
// over copyright" keeps its word.
func (lx *lexicon) trimRights(s string, sep bool) string {
	for trimmed := true; trimmed; {
		trimmed = false
		lower := strings.ToLower(s)
		for _, m := range lx.rightsMarks {
			if len(lower) <= len(m) || !strings.HasSuffix(lower, m) {
				continue
			}
			head := strings.TrimRight(s[:len(s)-len(m)], " ")
			if sep && !strings.HasSuffix(head, "-") && !strings.HasSuffix(head, "–") && !strings.HasSuffix(head, "—") && !strings.HasSuffix(head, "|") && !strings.HasSuffix(head, "©") {
				continue
			}
			s = strings.TrimRight(head, " -–—|,;:©")
			trimmed = true
			break
		}
	}
	return s
}

// unbracket takes the brackets off a credit written whole in them
// ("(Jacquelyn Martin / Associated Press)").
func unbracket(s string) string {
	if len(s) > 2 && s[0] == '(' && s[len(s)-1] == ')' && strings.Count(s, "(") == 1 && strings.Count(s, ")") == 1 {
		return strings.TrimSpace(s[1 : len(s)-1])
	}
	return s
}

// cleanCredit drops a credit label ("Foto: X" → "X").
func (lx *lexicon) cleanCredit(s string) string {
	s = strings.TrimSpace(s)
	s = lx.trimRights(s, false)

	for _, p := range []string{"©", "(c)", "(C)", "Copyright"} {
		s = strings.TrimSpace(strings.TrimPrefix(s, p))
	}
	for _, l := range lx.creditLabels {
		if len(s) > len(l) && strings.EqualFold(s[:len(l)], l) {
			rest := strings.TrimLeft(s[len(l):], " ")
			if strings.HasPrefix(rest, ":") {
				return lx.cleanCredit(rest[1:]) // "Image: © X"
			}
		}
	}
	return s
}

// splitCredit finds a credit at the end of a caption.
func (lx *lexicon) splitCredit(caption string) (string, string) {
	c := strings.TrimSpace(caption)
	if c == "" {
		return "", ""
	}
	// "… (Foto: X)" or "… (X/Agency)".
	if strings.HasSuffix(c, ")") {
		if i := strings.LastIndexByte(c, '('); i >= 0 {
			inner := strings.TrimSpace(c[i+1 : len(c)-1])
			cr := lx.cleanCredit(inner)
			if cr != inner || lx.looksLikeCredit(inner) {
				return lx.trimCaption(c[:i]), cr
			}
		}
	}
	// "… Foto: X" / "… Photo: X". Every pattern holds a colon, which
	// lower-casing neither makes nor unmakes: a caption without one
	// skips the labels.
	lower := ""
	if strings.IndexByte(c, ':') >= 0 {
		lower = strings.ToLower(c)
	}
	for _, pats := range lx.creditLabelPats {
		if lower == "" {
			break
		}
		for _, pat := range pats {
			i := strings.LastIndex(lower, pat)
			if i < 0 || (i > 0 && lower[i-1] != ' ' && lower[i-1] != '(' && lower[i-1] != '.') {
				continue
			}
			cr := strings.TrimSpace(c[i+len(pat):])
			if cr != "" && len(cr) <= 80 {
				return lx.trimCaption(c[:i]), cr
			}
		}
	}
	// "… KOMPAS.com/NABILLA TASHANDRA": a last sentence that is a credit.
	cut := strings.LastIndexAny(c, ".!?")
	for cut >= 0 && cut+1 < len(c) && c[cut+1] != ' ' {
		// a dot inside "KOMPAS.com": look further back
		cut = strings.LastIndexAny(c[:cut], ".!?")
	}
	tail := strings.TrimSpace(c[cut+1:])
	if lx.looksLikeCredit(tail) && len(tail) <= 80 {
		return lx.trimCaption(c[:cut+1]), tail
	}
	return c, ""
}

// looksLikeCredit says s reads as a photo credit: an agency or outlet,
// or "Name/Agency" with a slash.
func (lx *lexicon) looksLikeCredit(s string) bool {
	if s == "" || len(s) > 80 {
		return false
	}
	if strings.Contains(s, "/") && !strings.Contains(s, "://") && countFields(s) <= 8 {
		return true
	}
	l := strings.ToLower(s)
	for _, suffix := range lx.creditAgency {
		if l == suffix || strings.HasSuffix(l, " "+suffix) || strings.HasSuffix(l, "/"+suffix) {
			return true
		}
	}
	return lx.isOutlet(s) && countFields(s) <= 3
}

// trimCaption trims what separated a caption from its credit: dashes,
// bars, and a credit label left without its credit ("… Foto:").
func (lx *lexicon) trimCaption(s string) string {
	s = strings.TrimRight(strings.TrimSpace(s), " |-–—(")
	for _, pats := range lx.creditLabelPats {
		for _, pat := range pats {
			if n := len(s) - len(pat); n >= 0 && strings.EqualFold(s[n:], pat) && (n == 0 || s[n-1] == ' ') {
				return strings.TrimRight(strings.TrimSpace(s[:n]), " |-–—(")
			}
		}
	}
	return s
}
