# Turkish lexicon for package normalize. Format: see id.lex. No
# [stopwords]: whatlanggo tells Turkish apart, and a language without
# them keeps the unknown-language guard of the quote reader (no subject
# before a quote is taken for a speaker before an attribution names one).
[lang]
tr

# Reporting verbs of Turkish news, third person, past (-dI) and present
# (-Iyor). Turkish puts the subject before the quote and the verb after
# it ('Arslan, "…" dedi.'), or both before it with "şunları"
# ('Arslan şunları söyledi: "…"'); the verb of a phrase ends it
# ('"…" ifadelerini kullandı', '"…" diye konuştu', '"…" değerlendirmesinde
# bulundu'). "dedi" is left out: it is also a given name of Indonesian
# ("kata Dedi"), and the verbs are shared by every language.
[verbs]
söyledi
söylüyor
belirtti
belirtiyor
kaydetti
vurguladı
vurguluyor
açıkladı
konuştu
kullandı
bildirdi
aktardı
anlattı
anlatıyor
ekledi
yazdı
paylaştı
diyor
sordu
yanıtladı

# The language leaves out subject pronouns: a verb alone names no one.
[dropped-subjects]
yes

# Byline and credit labels ("Muhabir: X", "Editör: Y", "Yazan: Z").
[byline]
muhabir = reporter
yazan = reporter
yazar = reporter
editör = editor
düzenleyen = editor
çeviri = translator
çeviren = translator
fotoğraf = photographer

# Month and day names (general language): "5 Nisan 2025", "ANKARA, 5
# Nisan (AA) -", "Cumartesi".
[months]
ocak = 1
şubat = 2
mart = 3
nisan = 4
mayıs = 5
haziran = 6
temmuz = 7
ağustos = 8
eylül = 9
ekim = 10
kasım = 11
aralık = 12
[days]
pazartesi
salı
çarşamba
perşembe
cuma
cumartesi
pazar

# Offices before a name, never part of it ("Bakan X", "Belediye Başkanı
# X", "Cumhurbaşkanı X"); the possessive form (-ı, -si) follows an
# institution's name ("Sağlık Bakanı").
[titles]
bakan
bakanı
başkan
başkanı
cumhurbaşkanı
başbakan
milletvekili
vali
valisi
sözcüsü
sözcü
müdürü
genel müdür
büyükelçi
büyükelçisi
profesör
prof
doç
dr
öğretmen
avukat
savcı
hakim
teknik direktör
antrenör

# The zone of a page in this language, or under one of these top-level
# domains, that names no zone of its own.
[home-zone]
Europe/Istanbul

[tlds]
tr

# Words that join a quote to the reporting verb after it: '"…" diye
# konuştu' (saying so), '"…" şeklinde konuştu' (in the form), '"…"
# ifadelerini kullandı' (used the words), '"…" sözlerini kullandı'.
[verb-complements]
diye
şeklinde
ifadelerini
ifadesini
sözlerini

# "dedi" (said), the commonest verb of all: read only in Turkish text,
# being an Indonesian given name ("kata Dedi").
[own-verbs]
dedi

# Words joining two writers ("Ayşe Kaya ve Ali Şen"), read only in a page
# in Turkish: "ve" is "in" in Czech.
[own-conjunctions]
ve

# Words of a sports competition's name ("Süper Lig –"): a sports page may open on
# the competition before a dash, as a dateline opens on its town; no town's
# name holds one of them.
[competitions]
lig
kupa

# The first piece of a breadcrumb trail (see en.lex).
[breadcrumb-heads]
anasayfa
ana sayfa

# "Kaynak: AA": the source label of a closing credit.
[credit-lines]
kaynak X
