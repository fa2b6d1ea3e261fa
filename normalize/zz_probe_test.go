package normalize

import "testing"

func TestZZProbe(t *testing.T) {
	lx := loadLexicon()
	for _, p := range []string{
		"JAKARTA,KOMPAS.com-Pengadilan memutuskan pada Selasa.",
		"Jakarta -Pengadilan memutuskan pada Selasa.",
		"JAKARTA--Pengadilan memutuskan pada Selasa.",
		"Jakarta, (ANTARA) - Pengadilan memutuskan pada Selasa.",
		"JAKARTA (Suara.com) - Pengadilan memutuskan pada Selasa.",
		"Jakarta, Kompas.com- Pengadilan memutuskan pada Selasa.",
		"BANDUNG, TRIBUN - Pengadilan memutuskan pada Selasa.",
		"Jakarta : Pengadilan memutuskan pada Selasa.",
		"Jakarta- Pengadilan memutuskan pada Selasa.",
		"SOLO, solopos.com - Pengadilan memutuskan pada Selasa.",
		"Metrotvnews.com, Jakarta: Pengadilan memutuskan pada Selasa.",
		"PEKANBARU (RIAUPOS.CO) - Pengadilan memutuskan pada Selasa.",
		"Jakarta, Gatra.com - Pengadilan memutuskan pada Selasa.",
		"JAKARTA, DISWAY.ID - Pengadilan memutuskan pada Selasa.",
		"JAKARTA, Radar Bogor - Pengadilan memutuskan pada Selasa.",
		"Jakarta\u00a0- Pengadilan memutuskan pada Selasa.",
		"JAKARTA, KOMPAS.com\u00a0- Pengadilan memutuskan pada Selasa.",
		"Jakarta, 20 November 2024 - Pengadilan memutuskan pada Selasa.",
		"Jakarta, 20/11/2024 (ANTARA) - Pengadilan memutuskan pada Selasa.",
		"Jakarta, CNBC Indonesia- Pengadilan memutuskan pada Selasa.",
		"Jakarta, CNN Indonesia-- Pengadilan memutuskan pada Selasa.",
		"Jakarta, CNN Indonesia — Pengadilan memutuskan pada Selasa.",
		"SEMARANG, suaramerdeka.com - Pengadilan memutuskan pada Selasa.",
		"Kota Bandung - Pengadilan memutuskan pada Selasa.",
		"Kabupaten Bogor - Pengadilan memutuskan pada Selasa.",
		"Jakarta Selatan - Pengadilan memutuskan pada Selasa.",
		"Tangerang Selatan, KOMPAS.com - Pengadilan memutuskan pada Selasa.",
		"Sleman, IDN Times - Pengadilan memutuskan pada Selasa.",
		"Bantul - Pengadilan memutuskan pada Selasa.",
		"Labuan Bajo (ANTARA) - Pengadilan memutuskan pada Selasa.",
		"Jakarta (ANTARA) – Pengadilan memutuskan pada Selasa.",
		"Jakarta, Jurnas.com - Pengadilan memutuskan pada Selasa.",
		"HOUSTON, Texas (KTRK) -- The court ruled on Tuesday that the law stands.",
		"(CNN) — The court ruled on Tuesday that the law stands.",
		"(CNN)The court ruled on Tuesday that the law stands.",
		"WASHINGTON (CNN)The court ruled on Tuesday that the law stands.",
		"(Reuters) - The court ruled on Tuesday that the law stands.",
		"BRASÍLIA, DF (Reuters) - The court ruled on Tuesday that the law stands.",
	} {
		dl := lx.readDateline(p, "valleyledger.example")
		if dl == nil {
			t.Logf("MISS %q", p[:min(len(p), 60)])
		} else {
			t.Logf("ok   %-30q %-14q <- %q", dl.Place, dl.Source, p[:min(len(p), 50)])
		}
	}
}
