package normalize

import (
	"testing"
	"time"
)

// TestTurkishAttribution holds invented Turkish reports in the language's
// own order: the subject before the quote, set off by a comma or leading
// in with "şunları" and a colon, and the reporting verb after the quote,
// bare ("dedi") or joined to it by a complement word ("diye konuştu",
// "ifadelerini kullandı"). The subject may be a full name, a name after
// its office, or a surname the article called its person by before.
func TestTurkishAttribution(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"a bare verb after the quote", "tr", []string{
			`Nilgün Saraçoğlu, "Kütüphanenin yeni binası eylül ayında okurlara kapılarını açacak." dedi.`,
		}, []string{"Nilgün Saraçoğlu: Kütüphanenin yeni binası"}},
		{"a complement word before the verb", "tr", []string{
			`Nilgün Saraçoğlu, "Kütüphanenin yeni binası eylül ayında okurlara kapılarını açacak." diye konuştu.`,
		}, []string{"Nilgün Saraçoğlu: Kütüphanenin yeni binası"}},
		{"used the words", "tr", []string{
			`Nilgün Saraçoğlu, "Kütüphanenin yeni binası eylül ayında okurlara kapılarını açacak" ifadelerini kullandı.`,
		}, []string{"Nilgün Saraçoğlu: Kütüphanenin yeni binası"}},
		{"an office before the name", "tr", []string{
			`Kültür Bakanı Nilgün Saraçoğlu, "Kütüphanenin yeni binası eylül ayında okurlara kapılarını açacak." şeklinde konuştu.`,
		}, []string{"Nilgün Saraçoğlu: Kütüphanenin yeni binası"}},
		{"a participle clause before the surname", "tr", []string{
			`Belediye Başkanı Orhan Yüceer, Kaan Demirkol'dan aldığı mektubu okudu.`,
			`Projenin bütçesini anlatan Yüceer, "İhalenin ilk aşaması önümüzdeki hafta tamamlanmış olacak." diye konuştu.`,
		}, []string{"Orhan Yüceer: İhalenin ilk aşaması"}},
		{"the surname alone after an office", "tr", []string{
			`Vali Tezcan, yeni köprünün trafiği rahatlatacağını söyledi.`,
			`Çalışmaların takvimini açıklayan Tezcan, "Köprünün açılışını yaz gelmeden yapmayı planlıyoruz." ifadesini kullandı.`,
		}, []string{"Tezcan: Köprünün açılışını"}},
		{"şunları and a colon", "tr", []string{
			`Orhan Yüceer şunları söyledi: "İhalenin ilk aşaması önümüzdeki hafta tamamlanmış olacak."`,
		}, []string{"Orhan Yüceer: İhalenin ilk aşaması"}},
		{"a place's case ending is no speaker", "tr", []string{
			`Toplantı İzmir'de yapıldı ve katılımcılar, "Bu sorunun çözümü için herkes elini taşın altına koymalı." diye konuştu.`,
		}, []string{": Bu sorunun çözümü"}},
	}
	checkQuotes(t, lx, tests)
}

// TestTurkishOwnVerb: "dedi", Turkish for "said", is read as a verb only
// in Turkish text; in Indonesian it is a given name ("kata Dedi").
func TestTurkishOwnVerb(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"dedi in Turkish", "tr", []string{
			`Selin Akbulut, "Festivalin bütün biletleri iki gün içinde satıldı." dedi.`,
		}, []string{"Selin Akbulut: Festivalin bütün biletleri"}},
		{"Dedi in Indonesian", "id", []string{
			`Camat Dedi Firmansyah meninjau jembatan yang rusak.`,
			`"Perbaikan jembatan akan selesai sebelum musim hujan," kata Dedi.`,
		}, []string{"Dedi Firmansyah: Perbaikan jembatan"}},
	}
	checkQuotes(t, lx, tests)
}

// TestTitledSubjectBeforeComma: a titled name and a comma before a quote
// ("Ministr Petr Novák, „…“, dodal.") is the subject of the quote's
// sentence, not a heading in title case.
func TestTitledSubjectBeforeComma(t *testing.T) {
	lx := loadLexicon()
	tests := []quoteCase{
		{"cs", "cs", []string{
			`Hejtman Radek Vošahlík, „Novou nemocnici začneme stavět hned na jaře,“ dodal.`,
		}, []string{"Radek Vošahlík: Novou nemocnici"}},
		{"tr", "tr", []string{
			`Bakan Sevda Yazıcıoğlu, "Yeni okulların hepsi eylül ayında eğitime başlayacak." dedi.`,
		}, []string{"Sevda Yazıcıoğlu: Yeni okulların hepsi"}},
	}
	checkQuotes(t, lx, tests)
}

// TestTurkishDates reads dates as Turkish pages print them: the month's
// name after the day, a day name before, a clock time after
// ("5 Nisan 2025 Cumartesi 14:30", "12 Ağustos 2024").
func TestTurkishDates(t *testing.T) {
	lx := loadLexicon()
	tests := []struct{ in, want string }{
		{"5 Nisan 2025", "2025-04-05T00:00:00Z"},
		{"12 Ağustos 2024 14:30", "2024-08-12T14:30:00Z"},
		{"Salı 3 Aralık 2024, 09:15", "2024-12-03T09:15:00Z"},
		{"1 Ekim 2023", "2023-10-01T00:00:00Z"},
	}
	for _, tt := range tests {
		st, ok := lx.parseDate(tt.in, time.UTC, time.Time{})
		got := ""
		if ok {
			got = st.t.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("parseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
