package normalize

import (
	"fmt"
	"strings"
	"testing"
)

// TestSpeakerClasses holds invented articles, several per failure class
// and language, in the sentence shapes news prints an attribution in:
// before, after and inside the quote, by name, surname, pronoun or role
// noun, with offices and ranks of one or two words around the name.
func TestSpeakerClasses(t *testing.T) {
	lx := loadLexicon()
	tests := []struct {
		name  string
		lang  string
		paras []string
		want  []string
	}{
		// Attribution after the quote, the verb before the name.
		{"said X, en", "en", []string{
			`"The water supply has been restored to every district," said Gareth Pennington, the city's utilities chief.`,
		}, []string{"Gareth Pennington"}},
		{"X said after an office with of, en", "en", []string{
			`Chief Executive of the port authority Miriam Castellano opened the terminal on Friday.`,
			`"We expect the first ships to dock by the end of the month," Castellano said.`,
		}, []string{"Miriam Castellano"}},
		{"according to X, en", "en", []string{
			`According to Deputy Police Commissioner Arthur Blackwood, "the suspect was known to officers long before the attack."`,
		}, []string{"Arthur Blackwood"}},
		{"X, the minister of ..., said, en", "en", []string{
			`Okello Mbeki, the minister of agriculture, said: "The maize harvest will be the largest in a decade."`,
		}, []string{"Okello Mbeki"}},
		{"Secretary of State surname, en", "en", []string{
			`Secretary of State Lorraine Whitford met her counterpart in Geneva.`,
			`"There is a window for diplomacy, but it is closing," Whitford told reporters.`,
			`"We will keep talking for as long as it takes," the secretary added.`,
		}, []string{"Lorraine Whitford", "Lorraine Whitford"}},
		{"role noun back to the fullest name, en", "en", []string{
			`Health Minister Rohan Abeysekera announced new hospital funding on Monday.`,
			`Opposition spokeswoman Tilly Marsh called the plan overdue.`,
			`"Every district hospital will get two new operating theatres," the minister said.`,
		}, []string{"Rohan Abeysekera"}},
		{"no speaker left empty, en", "en", []string{
			`The sign at the gate read "No entry for unauthorised vehicles after dark" for years.`,
		}, []string{""}},
		{"organisation near the quote is no speaker, en", "en", []string{
			`Liam Fairweather, a lawyer with Brannock Legal Services, said: "My client has done nothing wrong whatsoever."`,
		}, []string{"Liam Fairweather"}},
		{"club near the quote is no speaker, en", "en", []string{
			`"We were second best for the whole of the first half," Westbury Rovers manager Callum Dwyer said.`,
		}, []string{"Callum Dwyer"}},

		// A pronoun after two speakers: the gender the given name tells
		// skips the last speaker for the earlier one; a title's gender
		// holds only in its own language ("director" is a man in
		// Spanish, anyone in English).
		{"she after a man, by given names, en", "en", []string{
			`Transport Secretary Harriet Lomax opened the rail link on Monday.`,
			`"This line will cut an hour off the journey," Lomax said.`,
			`"Freight will move at night," said union leader Vincent Aldred.`,
			`"We listened to every town along the route," she said.`,
		}, []string{"Harriet Lomax", "Vincent Aldred", "Harriet Lomax"}},
		{"he after a woman, by given names, en", "en", []string{
			`Police chief Douglas Ferrier spoke outside the station.`,
			`"Two men have been charged," Ferrier said.`,
			`"The victims are recovering in hospital," said health director Fiona Strachan.`,
			`"We will not tolerate this in our city," he said.`,
		}, []string{"Douglas Ferrier", "Fiona Strachan", "Douglas Ferrier"}},
		{"a Spanish title's gender does not hold in English", "en", []string{
			`Museum director Nicole Baptiste unveiled the collection.`,
			`"It took ten years to bring these pieces home," Baptiste said.`,
			`"Every object has a story," she said.`,
		}, []string{"Nicole Baptiste", "Nicole Baptiste"}},
		{"sie after a man, by given names, de", "de", []string{
			`Die Schulleiterin Sabine Orthmann begrüßte die neuen Schüler.`,
			`„Wir haben zwei neue Klassen eingerichtet“, sagte Orthmann.`,
			`„Der Neubau ist fast fertig“, sagte der Architekt Holger Brandauer.`,
			`„Im Herbst ziehen alle Klassen um“, sagte sie.`,
		}, []string{"Sabine Orthmann", "Holger Brandauer", "Sabine Orthmann"}},
		{"elle after a man, by given names, fr", "fr", []string{
			`Sandrine Auvergnat, adjointe au maire, a présenté le projet.`,
			`« Le parc ouvrira au printemps », a déclaré Auvergnat.`,
			`« Les arbres sont déjà plantés », a expliqué Laurent Ferrière, paysagiste.`,
			`« Les enfants pourront en profiter dès avril », a-t-elle ajouté.`,
		}, []string{"Sandrine Auvergnat", "Laurent Ferrière", "Sandrine Auvergnat"}},
		{"él after a woman, by given names, es", "es", []string{
			`Ignacio Beltrán, presidente de la cooperativa, recibió a los socios.`,
			`“La cosecha ha sido excelente”, dijo Beltrán.`,
			`“Los precios no acompañan”, explicó Montserrat Llorente, agricultora.`,
			`“Vamos a exportar más este año”, añadió él.`,
		}, []string{"Ignacio Beltrán", "Montserrat Llorente", "Ignacio Beltrán"}},

		// Indonesian.
		{"kata X after an office, id", "id", []string{
			`"Stok beras di gudang cukup sampai akhir tahun," kata Kepala Bulog Wilayah Timur Sutrisno Hadi.`,
		}, []string{"Sutrisno Hadi"}},
		{"ujar surname, id", "id", []string{
			`Wali Kota Sukamaju Darmawan Lubis meresmikan terminal baru, Senin.`,
			`"Terminal ini akan melayani tiga puluh trayek," ujar Lubis.`,
		}, []string{"Darmawan Lubis"}},
		{"two-word office and a two-word region, id", "id", []string{
			`Wali Kota Pematang Sari Darmawan Lubis meresmikan terminal baru, Senin.`,
			`"Terminal ini akan melayani tiga puluh trayek," ujar Darmawan.`,
		}, []string{"Darmawan Lubis"}},
		{"Kepala Dinas with field and region, id", "id", []string{
			`Kepala Dinas Pendidikan Lembah Hijau Sri Wahyuningsih meninjau sekolah yang rusak.`,
			`"Kami akan membangun ruang kelas sementara," kata Wahyuningsih.`,
		}, []string{"Sri Wahyuningsih"}},
		{"Kepala Dinas region then name, intro form, id", "id", []string{
			`Sementara itu, Kepala Dinas Sosial Sukamakmur Rina Kartikasari menyatakan bantuan sudah disalurkan. "Bantuan sudah kami salurkan ke tiga desa," ujar Kartikasari.`,
		}, []string{"Rina Kartikasari"}},
		{"ia menambahkan, id", "id", []string{
			`Kapolsek Tanah Merah Kompol Yusuf Effendi mengatakan pelaku sudah ditangkap.`,
			`Ia menambahkan, "Pelaku kami tangkap di rumah kerabatnya."`,
		}, []string{"Yusuf Effendi"}},
		{"menurut X, id", "id", []string{
			`Menurut Ketua Komisi Pemilihan Daerah Andi Mappaseng, "Seluruh logistik pemilu sudah tiba di kecamatan."`,
		}, []string{"Andi Mappaseng"}},
		{"role noun pelatih itu, id", "id", []string{
			`Pelatih Persibara Joko Susilo tidak puas dengan hasil imbang.`,
			`"Lini depan kami terlalu banyak membuang peluang," ujar pelatih itu.`,
		}, []string{"Joko Susilo"}},
		{"organisation says in a statement, id", "id", []string{
			`"Pemadaman bergilir akan berlangsung selama tiga hari," tulis PLN dalam keterangan resminya.`,
		}, []string{"PLN"}},
		{"speaker with rank, id", "id", []string{
			`"Kami menemukan dua senjata api rakitan di lokasi," kata Kasat Reskrim AKP Budi Hartono.`,
			`"Kedua pelaku sudah kami tahan," tambahnya.`,
		}, []string{"Budi Hartono", "Budi Hartono"}},
		{"ungkapnya after a new subject, id", "id", []string{
			`Camat Sukajaya Heru Pramono menyebut banjir merendam dua desa.`,
			`"Warga sudah kami evakuasi ke balai desa," ungkapnya.`,
		}, []string{"Heru Pramono"}},

		// German.
		{"sagte X, de", "de", []string{
			`„Wir werden die Schule im Sommer sanieren“, sagte Bürgermeisterin Helga Brandstätter.`,
		}, []string{"Helga Brandstätter"}},
		{"so der Sprecher, de", "de", []string{
			`Polizeisprecher Florian Wendelin bestätigte den Unfall.`,
			`„Der Fahrer war nicht angeschnallt“, so der Sprecher.`,
		}, []string{"Florian Wendelin"}},
		{"X sagte: quote, de", "de", []string{
			`Der Vorstandschef des Konzerns, Bernhard Oltmanns, sagte: „Wir halten an allen Standorten fest.“`,
		}, []string{"Bernhard Oltmanns"}},
		{"surname after sagte, de", "de", []string{
			`Die Ministerpräsidentin Karin Lübbecke besuchte das Werk.`,
			`„Die Arbeitsplätze sind sicher“, sagte Lübbecke.`,
			`„Das habe ich der Belegschaft versprochen“, fügte sie hinzu.`,
		}, []string{"Karin Lübbecke", "Karin Lübbecke"}},
		{"laut X, de", "de", []string{
			`Laut Gewerkschaftschef Dieter Kranzbühler ist „die Schmerzgrenze längst erreicht“ bei den Beschäftigten.`,
		}, []string{"Dieter Kranzbühler"}},

		// French.
		{"a déclaré X, fr", "fr", []string{
			`« Nous allons rouvrir la ligne dès lundi matin », a déclaré Philippe Durandeau, directeur régional de la compagnie.`,
		}, []string{"Philippe Durandeau"}},
		{"selon X, fr", "fr", []string{
			`Selon la maire Sandrine Lacoste-Renard, « les travaux dureront au moins six mois ».`,
		}, []string{"Sandrine Lacoste-Renard"}},
		{"a-t-il ajouté, fr", "fr", []string{
			`Le procureur Thierry Bonnefoy a tenu une conférence de presse mardi.`,
			`« L'enquête ne fait que commencer », a-t-il ajouté.`,
		}, []string{"Thierry Bonnefoy"}},
		{"explique le ministre, fr", "fr", []string{
			`Le ministre de l'Intérieur Gérald Moncassin s'est rendu sur place.`,
			`« Les renforts arriveront dans la nuit », explique le ministre.`,
		}, []string{"Gérald Moncassin"}},
		{"surname after declared, fr", "fr", []string{
			`La présidente de la région, Valérie Castaing, a inauguré le lycée.`,
			`« Ce lycée accueillera mille élèves dès la rentrée », a précisé Castaing.`,
		}, []string{"Valérie Castaing"}},

		// Spanish.
		{"dijo X, es", "es", []string{
			`“Vamos a recurrir la sentencia ante el Supremo”, dijo el abogado Ignacio Berrocal.`,
		}, []string{"Ignacio Berrocal"}},
		{"según X, es", "es", []string{
			`Según el alcalde, Fermín Aldecoa, “el agua volverá a los grifos mañana por la tarde”.`,
		}, []string{"Fermín Aldecoa"}},
		{"añadió el ministro, es", "es", []string{
			`El ministro de Economía, Álvaro Sanjurjo, presentó los presupuestos.`,
			`“Son unas cuentas para crecer y para repartir”, añadió el ministro.`,
		}, []string{"Álvaro Sanjurjo"}},
		{"X afirmó: quote, es", "es", []string{
			`La consejera de Salud, Rocío Valdivieso, afirmó: “Los hospitales tienen camas suficientes”.`,
			`“Nadie se quedará sin atender”, insistió Valdivieso.`,
		}, []string{"Rocío Valdivieso", "Rocío Valdivieso"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range lx.readArticleQuotes(articleInfo{lang: tt.lang}, tt.paras) {
				got = append(got, q.Speaker)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("speakers\n got %q\nwant %q\nof %s", got, tt.want, strings.Join(tt.paras, "\n"))
			}
		})
	}
}
