# Finnish lexicon for package normalize. Format: see id.lex. Plain
# language knowledge only: the labels of a credit line, the verbs of an
# attribution, offices and jobs, months and day names.
[lang]
fi

# Labels before a writer's name ("Teksti: Aino Virtanen", "Kuvat: …").
[byline]
teksti = reporter
toimittaja = reporter
kirjoittaja = reporter
teksti ja kuvat = reporter
kuva = photographer
kuvat = photographer
kuvaaja = photographer
käännös = translator

# "ja" joins names ("Aino Virtanen ja Eero Laine") on Finnish pages
# only: it is the German "yes".
[own-conjunctions]
ja

# Reporting verbs, present and past ('"…", sanoo Virtanen.', '"…",
# totesi hän.'). "lisää" ("adds", also "more") is left out; "kertoa"
# ("kertoi") is among the own verbs below. The
# according-to postposition "mukaan" ("Virtasen mukaan") follows its
# name, which the passive cues do not read: it is left out too.
[verbs]
sanoo
sanoi
sanovat
sanoivat
toteaa
totesi
korostaa
korosti
lisäsi
arvioi
arvioivat
muistuttaa
muistutti
painottaa
painotti
vastaa
vastasi
selittää
selitti
kirjoittaa
kirjoitti
huomauttaa
huomautti
kommentoi
kommentoivat
vakuuttaa
vakuutti
myöntää
myönsi
jatkaa
jatkoi
kuvailee
kuvaili
kysyy
kysyi
pohtii
pohti
arvelee
arveli
vahvistaa
vahvisti
tiedotti
twiittasi

# "kertoo"/"kertoi" (tells, told), the commonest verb of Finnish speech
# ("– …, kertoo Virtanen."): read in Finnish text only. It is as often
# "told about" ("Kaupunki kertoi päätöksestä."): see [topic-suffixes].
[own-verbs]
kertoo
kertoi
kertovat
kertoivat

# The elative ending of the word after a verb makes the verb "told
# about" ("Kaupunki kertoi päätöksestä."), no attribution of a quote.
[topic-suffixes]
sta
stä

# Speech is printed as a paragraph opened by a dash, with no quotation
# marks ("– Silta valmistuu syksyllä, sanoo Virtanen."): see dashSpeech.
[dash-speech]
yes

# Common words of Finnish text (for the language's detection and the
# reading of its names); words of other languages too ("on", "se", "he")
# are left out.
[stopwords]
ja
ei
että
hän
ovat
mutta
myös
sekä
tämä
kuin
niin
vielä
mitä
joka
jotka
nyt
jälkeen
mukaan
kanssa
ollut
olisi
voi

# "hän" is a person of either gender.
[pronouns]
hän = -

# Offices and jobs before a name ("pääministeri Aino Virtanen").
[titles]
kunnanjohtaja
toiminnanjohtaja
rehtori
ylilääkäri
komisario
poliisipäällikkö
opettaja
laulaja
muusikko
presidentti
pääministeri
ministeri
valtiovarainministeri
kansanedustaja
pormestari
kaupunginjohtaja
toimitusjohtaja
puheenjohtaja
johtaja
tiedottaja
professori
tutkija
ekonomisti
lääkäri
valmentaja
asianajaja
syyttäjä
tuomari
näyttelijä
kirjailija

# Month names: the partitive after a day ("7. joulukuuta 2026") and the
# nominative of a heading ("joulukuu 2026").
[months]
tammikuuta = 1
tammikuu = 1
helmikuuta = 2
helmikuu = 2
maaliskuuta = 3
maaliskuu = 3
huhtikuuta = 4
huhtikuu = 4
toukokuuta = 5
toukokuu = 5
kesäkuuta = 6
kesäkuu = 6
heinäkuuta = 7
heinäkuu = 7
elokuuta = 8
elokuu = 8
syyskuuta = 9
syyskuu = 9
lokakuuta = 10
lokakuu = 10
marraskuuta = 11
marraskuu = 11
joulukuuta = 12
joulukuu = 12

# Day names ("maanantai 7. joulukuuta 2026").
[days]
maanantai
maanantaina
tiistai
tiistaina
keskiviikko
keskiviikkona
torstai
torstaina
perjantai
perjantaina
lauantai
lauantaina
sunnuntai
sunnuntaina

# Country domains of this language kept in one zone: a page under one that
# names no zone of its own keeps it (a language spoken across zones has no
# [home-zone]; its countries do).
[tld-zones]
fi = Europe/Helsinki
