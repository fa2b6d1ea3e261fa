package normalize

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestGateFoldASCII pins what the gate's length rule for one-word labels
// rests on: the only runes outside ASCII that fold into it are İ, K and
// ſ (to i, k and s).
func TestGateFoldASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if f := gateFold(r); f < utf8.RuneSelf && r != 'İ' && r != '\u212A' && r != 'ſ' {
			t.Errorf("gateFold(%U) = %q: a rune outside ASCII folds into it", r, f)
		}
	}
}

// gateLines are lines to hold the gate against the reader: credit lines
// in their many shapes and prose that only looks like them.
var gateLines = []string{
	"Reporting by Hana Okafor; Editing by Piet Lundqvist",
	"(Reporting by Hana Okafor in Lagos and Tomas Rybak in Brno; Editing by Ines Camara)",
	"-- Writing by Ravi Menon; editing by Clara Voss",
	"| By Mira Solberg",
	"; Compiled by Dev Anand",
	"  —  Edited by Lotte Berg.",
	"Mira Solberg Author",
	"Mira Solberg Author Piet Lundqvist Editor",
	"Mira Solberg, Political Editor",
	"MiraSolbergAuthor Piet Lundqvist",
	"EditorAuthor Piet Lundqvist",
	"Hana OkaforReporter Tomas Rybak",
	"Tomas Rybak Follow Ines Camara Follow",
	"Tomas Rybak - staff writer",
	"Tomas Rybak, Staff Reporter",
	"Ines Camara - detikSport",
	"Ines Camara - DETIKFINANCE",
	"Nadia Ferris in Valletta contributed to this report.",
	"Harbour Gazette writers Nadia Ferris and Leo Brandt contributed reporting",
	"BY NADIA FERRIS AND LEO BRANDT",
	"by nadia ferris",
	"\u212aontributor: Leo Brandt",
	"Edi\u00adtor: Leo Brandt",
	"Editor&#58; Leo Brandt",
	"&#66;y Leo Brandt",
	"Re\u0301dige\u0301 par Lucie Marchal",
	"Rédigé par Lucie Marchal",
	"Penulis: Sari Wulandari | Editor: Bayu Prasetyo",
	"Laporan Wartawan Harian Kota, Sari Wulandari",
	"Kontributor Makassar, Bayu Prasetyo",
	"Oleh Sari Wulandari",
	"Pewarta: Bayu Prasetyo\nRedaktur: Sari Wulandari",
	"Von Greta Hofmann, mit Material von dpa",
	"Text: Greta Hofmann; Fotos: Jan Kurz",
	"Por Lucía Ferrer y Tomás Gil",
	"Redacción: Lucía Ferrer",
	"Photo\u00a0by Leo Brandt",
	"Reporting\u00a0 by  Leo Brandt",
	"Leo Brandt Reporter",
	"Leo Brandt Correspondent",
	"Leo Brandt; Author",
	"Leo Brandt • Editor",
	"Jane Roe|Editor",
	"The council met on Tuesday to discuss the budget.",
	"By the time the firefighters arrived, the roof had collapsed.",
	"Editors at the paper declined to comment.",
	"The Editor said the reporters had contributed to this report.",
	"Reporters were kept outside the hall.",
	"Oleh karena itu, warga diminta tetap waspada.",
	"Por la mañana llovió en la costa.",
	"Autoridades locales confirmaron el cierre.",
	"Representatives of the Republican caucus met.",
	"Photographers lined the red carpet.",
	"Fotografía de archivo de la plaza mayor.",
	"ſtaff writer Leo Brandt",
	"İnterview by Leo Brandt",
	"Analysis\tby Leo Brandt",
	"“By Leo Brandt”",
	"(By Leo Brandt)",
	"[Editing by Leo Brandt]",
	"Leo Brandt/Editor",
	"Leo Brandt, Editor, Harbour Gazette",
}

// variants gives line and what the reader may meet of it: each tail
// after a space or separator, and the line behind separators.
func variants(line string) []string {
	out := []string{line, "| " + line, "; " + line, "• " + line, " - " + line, "(" + line + ")", strings.ToUpper(line), strings.ToLower(line)}
	for i, r := range line {
		if unicode.IsSpace(r) || strings.ContainsRune(";|,:", r) {
			out = append(out, line[i+utf8.RuneLen(r):])
		}
	}
	return out
}

// checkGate fails when the gate refuses a line the reader reads.
func checkGate(t *testing.T, lx *lexicon, line string) (refused bool) {
	t.Helper()
	u := unwrapCredit(line)
	if u == "" || len(u) > maxCreditLine {
		return false
	}
	if lx.creditGate.mayBeCredit(u) {
		return false
	}
	if cs, ok := lx.readUnwrappedCredit(u); ok {
		t.Errorf("the gate refuses %q, which the reader reads as %+v", u, cs)
	}
	return true
}

// TestCreditGate holds the gate against the full reader: it may let
// through lines the reader refuses, never refuse one the reader reads.
// KABAR_GATE_JSONL names the output of `kabar extract` (or a list of
// such files, comma-separated): every paragraph of every record's text,
// and their tails, are held against the reader too.
func TestCreditGate(t *testing.T) {
	lx := loadLexicon()
	if !lx.creditGate.on {
		t.Fatal("the credit gate is off: a label table holds a rune it cannot fold")
	}
	refused := 0
	for _, line := range gateLines {
		for _, v := range variants(line) {
			if checkGate(t, lx, v) {
				refused++
			}
		}
	}
	// The gate must do its work: plain prose is refused.
	for _, prose := range []string{"The council met on Tuesday to discuss the budget.", "Reporters were kept outside the hall."} {
		if lx.creditGate.mayBeCredit(prose) {
			t.Errorf("the gate lets %q through", prose)
		}
	}
	t.Logf("%d lines refused by the gate", refused)
	files := os.Getenv("KABAR_GATE_JSONL")
	if files == "" {
		return
	}
	lines, refused := 0, 0
	for _, name := range strings.Split(files, ",") {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var rec struct{ Text, Title, Description string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatal(err)
			}
			for _, p := range append(strings.Split(rec.Text, "\n"), rec.Title, rec.Description) {
				for _, v := range variants(p) {
					lines++
					if checkGate(t, lx, v) {
						refused++
					}
				}
			}
		}
		f.Close()
	}
	t.Logf("%d of %d lines from %s refused by the gate", refused, lines, files)
}

// FuzzCreditGate looks for a line the gate refuses and the reader reads.
func FuzzCreditGate(f *testing.F) {
	for _, l := range gateLines {
		f.Add(l)
	}
	lx := loadLexicon()
	f.Fuzz(func(t *testing.T, line string) {
		checkGate(t, lx, line)
	})
}

// TestTrimStops holds trimStops to the strings.TrimRight it stands for.
func TestTrimStops(t *testing.T) {
	for _, s := range []string{"", ",", "said,", "said.)", "(42).", "a:;.,", "end)", "x)", "))", "kata:", "é.", "word"} {
		if got, want := trimStops(s, false), strings.TrimRight(s, ",.;:"); got != want {
			t.Errorf("trimStops(%q, false) = %q, want %q", s, got, want)
		}
		if got, want := trimStops(s, true), strings.TrimRight(s, ",.;:)"); got != want {
			t.Errorf("trimStops(%q, true) = %q, want %q", s, got, want)
		}
	}
}

// foldedPrefixRune is foldedPrefix decoding and folding every rune, as it
// did before its ASCII step: the reference its results must equal.
func foldedPrefixRune(s, p string) (n int, ok bool) {
	var enc [utf8.UTFMax]byte
	for len(p) > 0 {
		if n >= len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[n:])
		k := utf8.EncodeRune(enc[:], gateFold(r))
		if k > len(p) || string(enc[:k]) != p[:k] {
			return 0, false
		}
		p = p[k:]
		n += size
	}
	return n, true
}

func TestFoldedPrefixASCIIStep(t *testing.T) {
	lines := []string{"", "Foto: Rina Wulandari", "FOTO:", "foto", "Photo by Sam Okoro", "ſource: wires",
		"\u212aompas", "Kompas", "Édition: Ana Ruiz", "édition", "Fotó", "a\xffb", "Crédit photo : Luc Marin", "İstanbul"}
	prefixes := []string{"", "f", "foto", "foto:", "photo by", "source", "kompas", "édition", "édi", "fotó", "a\ufffdb",
		"crédit photo", "i̇stanbul", "istanbul", "\xc3"}
	for _, s := range lines {
		for _, p := range prefixes {
			n, ok := foldedPrefix(s, p)
			wn, wok := foldedPrefixRune(s, p)
			if n != wn || ok != wok {
				t.Errorf("foldedPrefix(%q, %q) = %d, %v; want %d, %v", s, p, n, ok, wn, wok)
			}
		}
	}
}
