# Indonesian lexicon for package normalize.
#
# Format: sections in [brackets]; one entry a line; "key = value" where the
# section needs a value; "#" starts a comment. Keys are matched without
# regard to case. Adding a language is adding a file like this one.

[lang]
id

# Byline labels that open a credit line, with the role they give.
# A label ending in " *," is followed by an outlet name and a comma
# ("Laporan Wartawan Tribunnews.com, Fitri Wulandari").
[byline]
penulis = reporter
teks = reporter
laporan = reporter
reporter = reporter
pewarta = reporter
wartawan = reporter
jurnalis = reporter
oleh = reporter
# "Ditulis oleh X", "Diposting oleh X": the blog and CMS forms of
# the author line.
ditulis oleh = reporter
diposting oleh = reporter
dipublikasikan oleh = reporter
diunggah oleh = reporter
rep = reporter
laporan wartawan *, = reporter
laporan reporter *, = reporter
laporan koresponden *, = reporter
laporan kontributor *, = reporter
editor = editor
redaktur = editor
red = editor
penyunting = editor
penyelaras = editor
penerjemah = translator
alih bahasa = translator
kontributor *, = reporter
kontributor = reporter
fotografer = photographer
pewarta foto = photographer
foto oleh = photographer
foto = photographer
koresponden = reporter

# Byline labels that close a credit line ("Afif Farhan - detikSport",
# "Nama Jurnalis"). A trailing "*" matches the rest of one word.
[byline-suffix]
- detik* = reporter
jurnalis = reporter
wartawan = reporter

# Words and phrases that are page furniture, never part of a name.
[byline-noise]
hak cipta
admin
redaksi
lihat semua
lihat artikel
ikuti
bagikan
tim redaksi
selengkapnya
baca juga
diperbarui
dipublikasikan
diterbitkan
beranda
masuk
cari
terbaru
indeks
pilihan editor
pilihan redaksi

# Words of a newsroom label ("Tim Redaksi", "Redaksi Web").
[newsroom]
redaksi

# Words that open a newsroom label before the site's or an outlet's name
# ("Tim detikcom", "Tim Liputan6.com", "Redaksi KabarKita"): FIELDS.md
# takes none for an author. "Tim" alone is also a given name ("Tim
# Santoso"), so it counts only before an outlet.
[newsroom-heads]
tim
redaksi

# Words joining several names.
[conjunctions]
baik
maupun
dan

[months]
januari = 1
jan = 1
februari = 2
pebruari = 2
feb = 2
peb = 2
maret = 3
mar = 3
april = 4
apr = 4
mei = 5
juni = 6
jun = 6
juli = 7
jul = 7
agustus = 8
agu = 8
agt = 8
ags = 8
agus = 8
september = 9
sep = 9
sept = 9
oktober = 10
okt = 10
november = 11
nov = 11
nopember = 11
nop = 11
desember = 12
des = 12

[days]
senin
selasa
rabu
kamis
jumat
jum'at
sabtu
minggu
ahad

# Time-zone abbreviations: a fixed offset or an IANA zone.
[zones]
wib = +07:00
wita = +08:00
wit = +09:00

# Relative times ("3 jam yang lalu"): unit = duration.
[relative]
detik = 1s
menit = 1m
jam = 1h
hari = 24h
minggu = 168h
bulan = 720h

[ago]
lalu
yang lalu

# Reporting verbs: the cue that ties a quote to its speaker.
[verbs]
kata
ujar
ucap
tegas
jelas
tutur
ungkap
imbuh
tambah
sebut
terang
papar
lanjut
pungkas
cetus
tulis
tukas
seru
sambung
ungkapnya
tanya
katanya
ujarnya
ucapnya
tegasnya
jelasnya
tuturnya
ungkapnya
imbuhnya
tambahnya
sebutnya
terangnya
paparnya
lanjutnya
pungkasnya
cetusnya
tulisnya
tukasnya
mengatakan
menegaskan
menjelaskan
menambahkan
menyatakan
menyebut
menyebutkan
mengungkapkan
mengungkap
menuturkan
membeberkan
mengakui
menyampaikan
menekankan
mengingatkan
menyebutkan
berujar
bilang
mengaku
menilai
berkata
bertanya
menulis
mengucapkan
menanggapi
melanjutkan
menandaskan
tandas
tandasnya
kilah
kilahnya
timpal
timpalnya
beber
bebernya
akunya
memaparkan
menerangkan
menurut

# Words that open a speaker given by role ("sang juru bicara").
[articles]
sang
seorang
para

# Passive reporting phrases: the speaker follows ("diungkapkan oleh X").
[passive-cues]
menurut
diungkapkan oleh
dikatakan oleh
disampaikan oleh
dijelaskan oleh
ditegaskan oleh
diutarakan oleh
dituturkan oleh

# (see de.lex [impersonal-from]) "Dari kepolisian disebutkan, “…”"
[impersonal-from]
dari

[impersonal-cues]
disebutkan
dikatakan
dijelaskan

# Phrases opening a paragraph that names the speaker of the quote just
# before it ("Hal itu disampaikan Kepala Dinas X, Y, di Jakarta").
[follow-up-cues]
hal senada disampaikan
hal senada diungkapkan
hal senada dikatakan
hal serupa disampaikan
hal serupa diungkapkan
pendapat senada disampaikan
pendapat berbeda disampaikan
hal berbeda disampaikan
hal itu disampaikan
hal itu dikatakan
hal itu diungkapkan
hal itu ditegaskan
hal itu dijelaskan
hal tersebut disampaikan
hal tersebut dikatakan
hal tersebut diungkapkan
hal ini disampaikan
hal ini dikatakan
hal ini diungkapkan
demikian disampaikan
demikian dikatakan
demikian diungkapkan
pernyataan itu disampaikan

[passive-by]
oleh

# Phrases that give a person's other name ("akrab disapa Dani"): the
# name after them stands for the person last named.
# Words set off by commas after another name of a person: "Emil, sapaan
# akrabnya, menyebut …", "Emil, sapaan akrab Ridwan Kamil, …".
[nickname-tags]
sapaan akrabnya
sapaan akrab
sapaannya
panggilan akrabnya
panggilan akrab

# Words opening one person of a group the phrase then names, no one the
# article names: "kata salah satu warga" is the speaker as written.
[partitives]
salah satu
salah seorang

# Words after a noun that a person's name follows, one word or more:
# "warga bernama Rudi mengaku". The name is a person's.
[naming-words]
bernama

[nickname-cues]
akrab disapa
biasa disapa
disapa
dikenal dengan nama
yang akrab dipanggil
akrab dipanggil
biasa dipanggil

# A verb ending in one of these names no speaker: the speaker is the last
# one named ("katanya").
[pronoun-suffix]
nya

# Pronouns standing for the last named speaker.
# Pronouns standing for the last named speaker, with the gender they
# imply when they do ("m", "f"; "-" for none).
[pronouns]
dirinya = -
ia = -
dia = -
beliau = -
mereka = -

# Job titles, ranks and honorifics that come before a name and are not
# part of it.
[titles]
kontributor
koresponden
reporter
pewarta
fotografer
pol
pol.
purn
(purn)
tni
suami
istri
isteri
ayah
ayahanda
kakak
adik
kakek
nenek
cucu
menantu
mertua
pacar
kekasih
menhub
menkeu
menkes
mendagri
menlu
menhan
mendikbud
mendikbudristek
menag
menpan
menpan-rb
menparekraf
menkominfo
menkopolhukam
menkumham
mensos
menaker
menpora
mentan
menperin
mendag
menteri-menteri
wapres
wamen
kemenko
wakapolri
kabareskrim
kapolrestabes
kasatreskrim
kasatlantas
kanit
kapospol
kadishub
kadisdik
kepsek
sekda
sekdes
plt.
pj.
kajari
kajati
kejari
kasipidum
kasipidsus
bripda
brigpol
bharada
bharatu
aipda
letda
lettu
serda
sertu
serka
serma
pelda
peltu
praka
pratu
prada
kopda
koptu
kopka
laksda
laksdya
marsda
marsdya
marsma
pangkostrad
pangkoarmada
danrem
danlanal
danyon
dankodiklat
kasdam
ketua umum
wakil ketua
anggota dewan
senator
pedagang
petani
nelayan
sopir
desainer
perancang
pengusaha
aktivis
mahasiswa
pelajar
siswa
dokter
perawat
bidan
ilmuwan
psikolog
sosiolog
budayawan
sejarawan
seniman
penulis
wartawan
jurnalis
atlet
pebulu tangkis
pebulutangkis
pesepakbola
petinju
pembalap
pegolf
petenis
pelari
keuangan
kesehatan
pendidikan
pertahanan
perdagangan
perindustrian
pertanian
perhubungan
agama
sosial
luar
negeri
perekonomian
kemaritiman
investasi
pariwisata
ekonomi
kreatif
komunikasi
informatika
ketenagakerjaan
kehutanan
energi
bumn
koperasi
umkm
pemuda
olahraga
riset
teknologi
humas
kapolres
kapuspen
panglima
kasad
kasal
kasau
kepolisian
danramil
dandim
pangdam
presiden
wakil
menteri
menko
sekjen
sekretaris
jenderal
jendral
direktur
dirut
utama
ketua
kepala
kabid
kasat
kasi
kapolri
kapolda
kapolres
kapolsek
kapolresta
kadiv
humas
kabag
kasubbag
kasubdit
kompol
akbp
kombes
ipda
iptu
akp
aiptu
brigjen
irjen
komjen
mayjen
letjen
laksamana
kolonel
letkol
mayor
kapten
bripka
briptu
bupati
gubernur
walikota
wali
camat
lurah
kades
anggota
juru
bicara
jubir
pengamat
dosen
guru
besar
profesor
prof
dr
ir
drs
dra
hj
h
kh
ustaz
ustadz
ustazah
ustadzah
mgr
bapak
ibu
pak
bu
mas
mbak
bang
kak
sdr
saudara
pelatih
kapten
pemain
penyerang
gelandang
bek
kiper
manajer
komisaris
pendiri
founder
ceo
pimpinan
pemimpin
koordinator
kuasa
hukum
pengacara
jaksa
hakim
ketum
sekum
staf
khusus
ahli
peneliti
analis
ekonom
kasubdit
dirjen
deputi
asisten
plt
pj
plh
kadis
kadinkes
rektor
dekan
sang
si
warga
korban
pelaku
tersangka
terdakwa
saksi
pakar
aktris
aktor
penyanyi
artis
politikus
politisi
legislator

# Words that begin an organisation, never a person's name.
[org-words]
daerah
wilayah
cabang
perwakilan
fakultas
lembaga
yayasan
asosiasi
perhimpunan
ikatan
persatuan
komite
direktorat
inspektorat
sekretariat
institut
sekolah tinggi
politeknik
perusahaan
koperasi
ormas
lsm
pasar
stasiun
terminal
pelabuhan
gedung
kantor
masjid
gereja
sekolah
kampus
lapas
hotel
rsud
pt
internasional
nasional
academy
akademi
cv
tbk
bandara
universitas
kementerian
kemenkes
dinas
badan
komisi
dewan
partai
polres
polda
polsek
polri
kodim
pemerintah
pemkot
pemkab
pemprov
rumah
sakit
rsud
bank
dpr
dprd
mpr
kpk
kejaksaan
pengadilan
mahkamah
istana
tim
timnas
fc
klub

# Cues that cite another outlet; "X" stands for the outlet.
[sources]
dikutip dari X
dilansir dari X
seperti dilansir X
seperti dikutip dari X
seperti dikutip X
dilansir X
dikutip X
mengutip X
melansir X
sumber: X
sumber artikel: X
sumber berita: X
seperti ditulis X
seperti diberitakan X
seperti dilaporkan X
sebagaimana dilansir X
sebagaimana dikutip dari X
telah tayang di X
sudah tayang di X
pernah tayang di X
telah terbit di X

# Words between a citation cue and the outlet ("dikutip dari situs X").
[source-fillers]
buku = title
jurnal = title
laman resmi
situs resmi
laporan
data
rilis
siaran pers
keterangan resmi
situs
laman
media
portal
akun
kantor berita
harian
surat kabar
stasiun televisi

# Cues that cite another outlet only when X is an outlet or agency.
[sources-outlet]
# The active citation verbs take "dari" as the passive ones do ("Melansir
# dari X"): here X must be an outlet, as a person is no source.
mengutip dari X
melansir dari X
# Data and reports: a body's figures are no outlet (FIELDS.md lists outlets).
menurut data X
berdasarkan data X
berdasarkan laporan X
data dari X
mengacu pada data X
kepada X
dalam wawancara dengan X
dilaporkan X
seperti dilaporkan oleh X
X melaporkan
X memberitakan
laporan X
diberitakan X
menurut X
diberitakan oleh X
pertama kali terbit di X
pertama kali diberitakan X
# The verb before the outlet, closing a sentence ("…, lapor Reuters",
# "…, tulis The Guardian").
lapor X
tulis X

[stopwords]
tetapi
tapi
sementara
selain
sebelum
ketika
kemudian
lalu
bahkan
meski
walaupun
jika
apabila
sedangkan
adapun
para
sang
si
hal
kini
saat
yang
dan
di
ini
itu
dengan
untuk
tidak
dari
dalam
akan
pada
juga
ke
karena
tersebut
bisa
ada
mereka
lebih
kata
sudah
atau
saat
oleh
menjadi
telah
bahwa
seperti
kami
bagi
hanya
namun
sebagai
masih
tahun
harus
agar
setelah

# The zone of a page in this language, or under one of these top-level
# domains, that names no zone of its own.
[home-zone]
Asia/Jakarta

[tlds]
id

# Labels that open a photo credit in a caption ("Foto: X").
[credit-labels]
foto
foto ilustrasi
sumber foto
dok
dokumentasi
ilustrasi
kredit foto

# Places that stand between a title and a name ("Kepala Dinas Kesehatan
# DKI Jakarta Widyastuti", "Gubernur Jawa Tengah Ganjar Pranowo"); never
# part of a person's name.
[places]
indonesia
jakarta
dki
jakarta selatan
jakarta pusat
jakarta barat
jakarta timur
jakarta utara
bogor
depok
tangerang
tangerang selatan
bekasi
bandung
jawa barat
jawa tengah
jawa timur
banten
yogyakarta
diy
semarang
surabaya
malang
solo
surakarta
bali
denpasar
aceh
banda aceh
lhokseumawe
sumatera utara
sumut
medan
sumatera barat
sumbar
padang
riau
pekanbaru
kepulauan riau
kepri
batam
jambi
sumatera selatan
sumsel
palembang
bengkulu
lampung
bandarlampung
bangka belitung
kalimantan barat
kalbar
pontianak
kalimantan tengah
kalteng
kalimantan selatan
kalsel
banjarmasin
kalimantan timur
kaltim
samarinda
balikpapan
kalimantan utara
sulawesi utara
sulut
manado
sulawesi tengah
sulteng
palu
sulawesi selatan
sulsel
makassar
sulawesi tenggara
sultra
kendari
gorontalo
sulawesi barat
nusa tenggara barat
ntb
mataram
lombok
nusa tenggara timur
ntt
kupang
maluku
ambon
maluku utara
papua
jayapura
papua barat
sorong
kabupaten
kota
provinsi
kecamatan
desa
bandar lampung
palangka raya
pangkal pinang
tanjung pinang
tanjung selor

[honorifics]
dr.
drs.
dra.
ir.
prof.
hj.
h.
muh.
moh.

# Academic degrees and qualifications written after a name ("Dr. Ir.
# Sutomo Haryadi, M.Si", "dr. Melati Santoso, Sp.A"): never part of the
# name, never a person (see dropDegrees). The titles written before a
# name (Dr., Ir., Drs., Dra., Prof., H., Hj., K.H.) are titles and
# honorifics above.
[degrees]
s.h.
m.h.
s.e.
m.e.
m.m.
m.si.
s.si.
s.sos.
s.pd.
s.pd.i.
m.pd.
s.kom.
m.kom.
s.t.
m.t.
s.ag.
m.ag.
s.ip.
s.hum.
m.hum.
s.kep.
s.ked.
m.kes.
s.psi.
m.psi.
s.ak.
s.farm.
m.a.
m.sc.
lc.
sp.a.
sp.pd.
sp.og.
sp.b.
sp.jp.
sp.p.
sp.m.
sp.s.
sp.kj.
sp.an.
# Written without stops, in capitals and small letters ("MSi", "SpOG");
# a form written like a name word ("Spa") is no degree (see degreeAt).
msi
mpd
mkes
mhum
mag
spd
spdi
ssos
skom
mkom
ssi
sag
shum
skep
sked
spa
sppd
spog
spb
spjp
spkj
span

# The rights notice a picture credit may end with; it credits no one.
[rights-marks]
hak cipta dilindungi undang-undang
hak cipta

# Words that open a paragraph as a label before a colon or a dash: never a
# dateline's place.
[labels]
# A post's taxonomy labels (see en.lex).
kategori
topik
eksklusif
fakta
cek fakta
hoaks
advertorial
sorotan
kilas
catatan
foto
video
baca juga
simak
info
infografis
terkini
terpopuler
sumber
ralat
klarifikasi
penting
update
ringkasan
opini
editorial
tajuk
wawancara
olahraga
ekonomi
politik
hiburan
ilustrasi
# Kickers of headline-like openings ("RESEP: …", "VIRAL - …"): general
# Indonesian of news pages, never a place.
resep
horoskop
zodiak
sinopsis
tips
kuis
galeri
viral
trending
potret
berita terkait

# Nouns that introduce an outlet's name: "harian X melaporkan".
[outlet-nouns]
harian = named
koran = named
kabar
majalah = named
tabloid = named
tabloid = named
# A noun of several words names too: "kantor berita X".
kantor berita = named
situs
laman
portal
media = press
stasiun
televisi
berita

# Lines naming the outlet a story first ran in, a paragraph of their own.
[syndication]
artikel ini telah tayang di X
artikel ini telah naik di X
artikel ini sudah tayang di X
artikel ini pernah tayang di X
artikel ini tayang di X
artikel ini telah terbit di X
artikel ini sudah terbit di X
artikel ini telah dimuat di X
berita ini telah tayang di X
tulisan ini telah tayang di X
artikel ini merupakan hasil kerja sama dengan X
# The other wordings of the same line (see extract/body/lexicon/id.txt).
artikel ini pertama kali tayang di X
artikel ini pertama kali terbit di X
artikel ini juga tayang di X
artikel ini sebelumnya telah tayang di X
artikel ini sebelumnya tayang di X
artikel ini telah diterbitkan di X
artikel ini sudah dimuat di X
sebagian artikel ini telah tayang di X
sebagian artikel ini tayang di X
konten ini telah tayang di X
berita ini sudah tayang di X
berita ini pernah dimuat di X
berita ini pernah tayang di X
berita ini sudah dimuat di X
berita ini telah dimuat di X
tulisan ini telah dimuat di X
baca artikel X
[locatives]
dari
di
ke
asal

[role-determiners]
itu
tersebut
ini

[place-heads]
# Geographic nouns a place's name follows ("Pulau Serasan", "Tanjung Priok").
pulau
tanjung
sungai
bukit
gunung
teluk
danau
selat
muara
kabupaten
kecamatan
kelurahan
kepulauan
kota
provinsi
desa
lembah
pematang
tanah
kuala
ujung

[place-words]
utara
selatan
timur
barat
tenggara
tengah
pusat

[name-openers]
# Balinese particles printed as a name's first word ("I Made Sudarta", "Ni Luh Ayu"): part of the name (FIELDS.md).
i
ni

[name-particles]
bin
binti

[first-person]
aku
saya
kami
kita
gue
gw
daku

[regional-titles]
bupati
wabup
wakil bupati
walikota
wali kota
wawali
gubernur
wagub
camat
lurah
kades
kapolres
kapolresta
kapolrestabes
kapolsek
kapolda
wakapolda
wakapolres
kajari
kajati
kejari
dandim
danrem
pangdam
kasatreskrim
kasatlantas
sekda
kadis
kadinkes
kadishub
kadisdik
ketua dprd
rektor

# Words after a body title that qualify its office, before the body it
# serves: "Ketua Umum Kadin Arsjad Rasjid", "Direktur Eksekutif Indef
# Tauhid Ahmad", "Sekretaris Jenderal Gerindra Ahmad Muzani".
[title-qualifiers]
umum
utama
eksekutif
jenderal
harian
pelaksana

[body-titles]
ketua
ketum
kepala
direktur
dirut
pelatih
sekjen
sekretaris
rektor
dekan
manajer
kapten
juru bicara
jubir
komisaris
presdir
bendahara
pendiri
pemilik
anggota

[opener-words]
namun
sementara
kemudian
lalu
selain
bahkan
sedangkan
adapun
menurutnya
akan

[org-nouns]
lembaga
instansi
perusahaan
organisasi

# Titles that tell whom they are written before is a man or a woman.
[title-genders]
bapak = m
pak = m
ibu = f
bu = f
mas = m
mbak = f
suami = m
istri = f
ayah = m
kakek = m
nenek = f

[surname-titles]
hakim
raja
ratu
sultan
mayor

[outlet-words]
# Words that name papers and broadcasters in Indonesian ("Harian X", "Tabloid X", "X Pos";
# "Radar X", the regional dailies of one press group in dozens of towns; "Suara X", the
# masthead of many unrelated papers).
harian
tabloid
majalah
koran
pos
warta
televisi
radar
suara

# Words that join an outlet or a second writer to a byline ("Rina Lestari
# bersama Antara"): they split names as a conjunction does, in bylines only.
[byline-with]
bersama

[given-names]
# Common Indonesian given names plainly of one gender: a name's first word,
# never a region's ("Kepala Dinas Perdagangan Sri Lestari Ningsih").
agus = m
budi = m
bambang = m
joko = m
eko = m
hendra = m
andi = m
ahmad = m
muhammad = m
mohammad = m
muhamad = m
achmad = m
abdul = m
dedi = m
dedy = m
rudi = m
rudy = m
heru = m
hadi = m
adi = m
arif = m
arief = m
bayu = m
dimas = m
fajar = m
hendro = m
iwan = m
wawan = m
yusuf = m
ismail = m
ibrahim = m
hasan = m
usman = m
umar = m
rizki = m
rizky = m
taufik = m
teguh = m
slamet = m
sugeng = m
suharto = m
sutrisno = m
wahyu = m
yudi = m
yanto = m
dodi = m
doni = m
rahmat = m
imam = m
irfan = m
ilham = m
gilang = m
aditya = m
bagus = m
danang = m
gatot = m
yoga = m
galih = m
sri = f
siti = f
dewi = f
ratna = f
rina = f
rini = f
wati = f
yanti = f
fitri = f
fitriani = f
nurul = f
ani = f
ayu = f
indah = f
intan = f
kartika = f
maya = f
mega = f
nia = f
novi = f
puspita = f
putri = f
rahayu = f
retno = f
ria = f
susi = f
tuti = f
wulan = f
yuni = f
yuli = f
endang = f
ningsih = f
diah = f

[work-title-cues]
# Quoted words after them are the title of a work, not speech.
berjudul
bertajuk
bertema
bertajukkan

[relative-pronouns]
# Open a relative clause after a noun ("says the woman who ...").
yang

# Indefinite determiners: a phrase they open brings in a person the
# article does not name ("a spokesperson said"), written as printed.
[indefinites]
seorang

# Prepositions (and genitive articles) that attach a body to a role in a
# speaker given by role: "a spokesperson for the Foreign Office", "ein
# Sprecher des Ministeriums". Not "to", "zu": they lead to the addressee.
[role-complements]
dari

# After an author's name opening the last paragraph: an author's note.
[bio-verbs]
adalah
merupakan

[place-prepositions]
di

# Words opening the clause a reporting verb reports ("says that the border
# …“"): the verb may stand farther before a quote.
[complementizers]
bahwa

[group-nouns]
# Plural nouns for a group, and figures, that open a reporting verb's own
# subject ("Prosecutors alleged that “…”", "Fifty-one percent say that
# “…”"): the quote is no earlier speaker's.
analis
pengamat
peneliti
ekonom
persen

# Requests to the reader (see en.lex [promo-cues]): "Ikuti saluran
# WhatsApp KabarKita", "Unduh aplikasi KabarKita", "Gabung grup
# Telegram KabarKita". "Ikuti" and "bergabung" alone are words of prose
# too ("Ribuan pelari ikuti KabarKita Marathon"): only their request
# forms count.
[promo-cues]
kunjungi situs
kunjungi laman
kunjungi website
pantau terus
simak terus
ikuti saluran
ikuti akun
ikuti berita
ikuti kabar
ikuti update
gabung di
gabung ke
gabung grup
gabung channel
gabung saluran
yuk gabung
bergabunglah
unduh aplikasi
download aplikasi
berlangganan
# "Jangan lewatkan berita terbaru lainnya hanya di X": the request not
# to miss the outlet's other stories (not "jangan lewatkan" alone: a
# coach's words reported without marks may open with it).
jangan lewatkan berita
jangan lewatkan artikel
jangan lewatkan informasi
jangan lewatkan update

# Requests naming the outlet as "kami" (see en.lex [promo-own]).
[promo-own]
ikuti kami
follow kami
unduh aplikasi kami

# A word that opens a date's clock time ("3 Juni 2026 pukul 09.15 WIB").
[clock-words]
pukul

# Words that open a bracket sending the reader elsewhere ("(lihat “…”)").
[cross-references]
lihat

# Names of languages: a translation note ("Artikel ini pertama kali terbit dalam bahasa Inggris") names the
# language the story first ran in, never an outlet (see source.go).
[language-names]
inggris
prancis
perancis
jerman
spanyol
portugis
italia
belanda
rusia
arab
mandarin
jepang
korea
turki

# How an opinion piece's closing note names its author by role, not by
# name ("*) Penulis adalah pengamat transportasi …"): see isRoleNote.
[author-nouns]
penulis
penulis artikel ini

# Nouns that name a scholarly journal after them ("the journal X"): a
# journal printing a study is where a finding appeared, no outlet the
# article cites (FIELDS.md, sources). See journalNames.
[journal-nouns]
jurnal
jurnal ilmiah

# A translator credited at the foot of a story ("Diterjemahkan oleh X").
[byline]
diterjemahkan oleh = translator

# Outlet nouns that name a news agency: an agency named by its noun is one
# the story draws on wherever it is named (see namedOutlets).
[agency-nouns]
kantor berita

# Prepositions that, just before an outlet's noun (maybe with an article
# between), make the mention a citation (see sentenceCites).
[source-prepositions]
oleh
di
dalam
dengan

# Bodies and groups that speak as themselves after "pihak" ("kata pihak
# kepolisian", "ujar pihak keluarga").
[body-nouns]
kepolisian
keluarga
polisi
kejaksaan
pemerintah
sekolah

# The same, speaking bare ("kata polisi").
[bare-body-nouns]
polisi
kepolisian

[body-determiners]
pihak

# Conjunctions that, after a comma, open a clause with its own subject
# ("X ingin mundur, tetapi Y mengatakan bahwa …").
[clause-joiners]
tetapi
namun
sedangkan
sementara

# Outlets that print their names in lower case ("dikutip dari kumparan",
# "dilansir detikcom"): a name as printed, where other outlets must be
# capitalised.
[lower-case-outlets]
kumparan
detikcom

# Words of a sports competition's name ("Liga 1 –"): a sports page may open on
# the competition before a dash, as a dateline opens on its town; no town's
# name holds one of them.
[competitions]
liga
piala

# The first piece of a breadcrumb trail (see en.lex).
[breadcrumb-heads]
beranda
home

# Prepositions that join a person's name to the body the person speaks
# for, between the name and the verb after a quote ('," Budi Santoso
# dari Dinas Perhubungan menjelaskan'): see nameOfBody.
[member-prepositions]
dari

# Short forms of offices (see lexicon.go): "Direktur Utama PT X Hendra
# Gunawan", then "kata Dirut".
[office-abbreviations]
dirut = direktur utama
wadirut = wakil direktur utama
kapolri = kepala kepolisian negara republik indonesia
kapolda = kepala kepolisian daerah
kapolres = kepala kepolisian resor
kapolresta = kepala kepolisian resor kota
kapolsek = kepala kepolisian sektor
kajari = kepala kejaksaan negeri
kajati = kepala kejaksaan tinggi
kadis = kepala dinas
kabid = kepala bidang
kasat = kepala satuan
kasatreskrim = kepala satuan reserse kriminal
wapres = wakil presiden
wagub = wakil gubernur
wabup = wakil bupati
wawali = wakil wali kota
sekjen = sekretaris jenderal
sekda = sekretaris daerah
mendagri = menteri dalam negeri
menlu = menteri luar negeri
menkeu = menteri keuangan
menhan = menteri pertahanan
menkes = menteri kesehatan
mendikbud = menteri pendidikan dan kebudayaan
menag = menteri agama
mensos = menteri sosial
menpora = menteri pemuda dan olahraga
menkumham = menteri hukum dan hak asasi manusia
menko = menteri koordinator

# Words pointing back at the quote before the attribution after it
# ('"…," demikian kata X', '"…," begitu kata X'): read past (see lexicon.go).
[quote-leads]
demikian
begitu
