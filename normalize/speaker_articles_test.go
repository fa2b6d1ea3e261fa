package normalize

import "testing"

// TestInventedArticles: four invented articles of new outlets and
// people, each mixing the attribution styles news uses: "X said", "said
// X, the Y of Z", a pronoun chain across paragraphs, a second person
// brought in, "according to X", a quote opening its paragraph with the
// cue in the next sentence; in Indonesian "kata X", "ujar X", "X
// mengatakan", "menurut X", the "-nya" forms, "pelatih itu", "Dirut PT …
// itu". Every speaker is the full name the article gives (FIELDS.md),
// an organisation only where the article says it speaks.
func TestInventedArticles(t *testing.T) {
	lx := loadLexicon()
	checkSpeakers(t, lx, []quoteCase{
		{name: "en, bakery closures", lang: "en", paras: []string{
			`BRANFORD, Ont. — The owner of a bakery chain said Tuesday she will close three stores after flour prices doubled this year.`,
			`Marlene Okafor-Reyes, chief executive of Golden Crust Bakeries, told reporters the company could no longer absorb the cost. "We held our prices for fourteen months and we simply cannot do it any longer," she said.`,
			`"Our customers have been loyal and I hate doing this to them."`,
			`Okafor-Reyes said the stores in Dunmore, Ashby and Kettleford would close by March.`,
			`The town's mayor, Desmond Pike, called the decision a blow to the high street. "Every empty storefront makes it harder for the shops next door," Pike said. He added that the council would look at rent relief.`,
			`"We are talking to the landlords this week," he said.`,
			`The Ontario Grain Marketing Board said wheat supply had fallen by a fifth. "Prices will stay high through the spring harvest at least," the board said in a statement.`,
			`According to Priya Natarajan, an economist at Lakeshore Capital, small bakeries have been hit hardest. "The big chains buy forward and lock in prices. A family business cannot do that," said Natarajan.`,
			`"I expect more closures before summer." Natarajan said the trend would ease only if transport costs fell.`,
		}, want: []string{"Marlene Okafor-Reyes", "Marlene Okafor-Reyes", "Desmond Pike", "Desmond Pike", "Ontario Grain Marketing Board", "Priya Natarajan", "Priya Natarajan"}},
		{name: "en, museum break-in", lang: "en", paras: []string{
			`Police in Carrow Vale have arrested a man after a break-in at the Harwood Museum on Sunday night, the county constabulary said.`,
			`Detective Inspector Lorna Whitcombe said officers found the man hiding in a storeroom. "He had already packed two paintings into a bag and was trying to get out through the loading bay," she said.`,
			`Museum director Tobias Renfrew said the paintings were undamaged. "We were very lucky. The alarm did exactly what it was supposed to do," the director said.`,
			`Renfrew's deputy, Hannah Culver, was the first to arrive. "I got the call at two in the morning and drove straight here," Culver said. "The police were already inside."`,
			`Prince Albrecht, the museum's patron, visited on Monday. "These paintings belong to everyone in this county," he said.`,
			`The constabulary said in a statement: "Enquiries are continuing and we would ask anyone with information to get in touch."`,
		}, want: []string{"Lorna Whitcombe", "Tobias Renfrew", "Hannah Culver", "Albrecht", ""}},
		{name: "id, bus fleet", lang: "id", paras: []string{
			`SUKAMAJU, Kabarkota - Kepala Dinas Perhubungan Kota Sukamaju Budi Santoso mengatakan pihaknya akan menambah armada bus kota mulai bulan depan.`,
			`"Kami sudah mengajukan anggaran untuk dua puluh bus baru tahun ini," kata Budi di Balai Kota, Senin (4/3/2024).`,
			`Menurut Budi, jumlah penumpang naik hampir dua kali lipat sejak tarif diturunkan. "Setiap pagi halte penuh sampai ke jalan raya," ujarnya.`,
			`Sementara itu, Ketua Komisi C DPRD Kota Sukamaju Rina Marlina Siregar meminta dinas memperhatikan perawatan armada lama. "Jangan hanya beli bus baru, tapi yang lama dibiarkan rusak," ujar Rina.`,
			`Ia menambahkan, DPRD akan memanggil dinas pekan depan. "Kami ingin melihat rencana perawatannya secara rinci," kata dia.`,
			`Direktur Utama PT Sukamaju Transportasi Mandiri, Hendra Wijaya, mengatakan perusahaannya siap menjalankan tambahan armada. "Sopir sudah kami latih sejak Januari," kata Dirut PT Sukamaju Transportasi Mandiri itu.`,
		}, want: []string{"Budi Santoso", "Budi Santoso", "Rina Marlina Siregar", "Rina Marlina Siregar", "Hendra Wijaya"}},
		{name: "id, football draw", lang: "id", paras: []string{
			`BANDUNG, Warta Priangan - Pelatih Persitara Raya, Joko Susanto, mengaku puas dengan permainan anak asuhnya meski hanya bermain imbang.`,
			`"Anak-anak bermain dengan semangat tinggi sampai menit terakhir," kata Joko seusai pertandingan.`,
			`Pelatih itu juga memuji penjaga gawang muda Arif Maulana. "Dia tampil sangat tenang untuk pemain seusianya," ucap pelatih asal Malang itu.`,
			`Arif sendiri mengaku masih gugup. "Saya baru tiga kali main dari awal, jadi masih banyak belajar," tuturnya.`,
			`Kapolres Bandung Barat AKBP Yusuf Hidayat menyebut pertandingan berjalan aman. Menurut dia, sebanyak 400 personel dikerahkan. "Tidak ada kejadian menonjol selama pertandingan," ujar Yusuf.`,
			`"Penonton tertib dan pulang dengan aman," imbuhnya.`,
			`"Kami akan evaluasi lini belakang sebelum laga tandang," kata pelatih Persitara.`,
		}, want: []string{"Joko Susanto", "Joko Susanto", "Arif Maulana", "Yusuf Hidayat", "Yusuf Hidayat", "Joko Susanto"}},
	})
}
