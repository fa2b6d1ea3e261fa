package extract

import "testing"

// TestUpdatedLabelsLanguages: a visible date line that a French, Spanish,
// Italian, Portuguese, Dutch, Nordic, Polish, Czech or Turkish "updated"
// label opens is the modification time (FIELDS.md: "Actualizado"), and a
// line that prints both dates splits at the label. The lines are invented.
func TestUpdatedLabelsLanguages(t *testing.T) {
	for _, c := range []struct{ name, line, pub, mod string }{
		{"French", "Publié le 12 février 2026 à 09:30 · Mis à jour le 12 février 2026 à 11:05",
			"Publié le 12 février 2026 à 09:30", "Mis à jour le 12 février 2026 à 11:05"},
		{"Spanish", "12 feb 2026 - 09:30 CET Actualizado: 12 feb 2026 - 11:05 CET", "12 feb 2026 - 09:30 CET", "Actualizado: 12 feb 2026 - 11:05 CET"},
		{"Italian", "12 febbraio 2026 09:30 | Ultimo aggiornamento: 12 febbraio 2026 11:05", "12 febbraio 2026 09:30", "Ultimo aggiornamento: 12 febbraio 2026 11:05"},
		{"Portuguese", "12/02/2026 09:30 Atualizado 12/02/2026 11:05", "12/02/2026 09:30", "Atualizado 12/02/2026 11:05"},
		{"Dutch", "12 februari 2026, 09:30 Laatst bijgewerkt: 12 februari 2026, 11:05", "12 februari 2026, 09:30", "Laatst bijgewerkt: 12 februari 2026, 11:05"},
		{"Swedish", "12 februari 2026 09.30 Uppdaterad 12 februari 2026 11.05", "12 februari 2026 09.30", "Uppdaterad 12 februari 2026 11.05"},
		{"Polish", "12.02.2026, 09:30 Aktualizacja: 12.02.2026, 11:05", "12.02.2026, 09:30", "Aktualizacja: 12.02.2026, 11:05"},
		{"Czech", "12. 2. 2026 9:30 Aktualizováno 12. 2. 2026 11:05", "12. 2. 2026 9:30", "Aktualizováno 12. 2. 2026 11:05"},
		{"Turkish", "12.02.2026 09:30 Son Güncelleme: 12.02.2026 11:05", "12.02.2026 09:30", "Son Güncelleme: 12.02.2026 11:05"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := `<html><body><main><div><h1>The little harbour is busy again</h1><div><div class="date">` + c.line +
				`</div></div></div><p>Fishing boats have come back to the little harbour since the start of the month.</p></main></body></html>`
			p, err := Extract([]byte(page), "https://example.org/x", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !hasField(p.Published, "text", c.pub) || !hasField(p.Modified, "text", c.mod) {
				t.Errorf("published %q modified %q, want %q and %q", p.Published, p.Modified, c.pub, c.mod)
			}
		})
	}
	// A line that opens with the label is the modification time alone.
	page := `<html><body><main><div><h1>The little harbour is busy again</h1><div><div class="date">Mis à jour le 12 février 2026 à 11:05</div></div></div><p>Fishing boats have come back to the little harbour since the start of the month.</p></main></body></html>`
	p, err := Extract([]byte(page), "https://example.org/x", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Published) != 0 || !hasField(p.Modified, "text", "Mis à jour le 12 février 2026 à 11:05") {
		t.Errorf("published %q modified %q, want only the modified line", p.Published, p.Modified)
	}
}
