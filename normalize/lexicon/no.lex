# Norwegian lexicon for package normalize. Format: see id.lex.
[lang]
no
[byline]
av = reporter
tekst = reporter
skrevet av = reporter
# Other roles of a credit line ("Redigert av X", "Oversatt av Y").
redigert av = editor
oversatt av = translator
foto = photographer
[conjunctions]
og
[stopwords]
og
i
det
som
på
er
en
til
av
for
med
har
ikke
den
var
jeg
de
om
et
fra

# Citation cues whose X must be an outlet.
[sources-outlet]
opplyser X
det opplyser X
ifølge X
melder X
X melder
skriver X
X skriver
skrev X
X skrev
sier til X
sa til X

# Words that name newspapers, alone or as the head of a compound.
[outlet-words]
nyheter
tidende
avis
avisen
bladet
posten
dagblad
dagbladet

[place-prepositions]
i

# Words of a newsroom label ("Redaksjonen", "Nyhetsdesken" ends in "desk" of en.lex).
[newsroom]
redaksjonen
redaksjon

# Month and day names (general language: "Oslo, 3. mars (NTB) –",
# "mandag 3. juni 2024").
[months]
januar = 1
jan = 1
februar = 2
feb = 2
mars = 3
april = 4
apr = 4
mai = 5
juni = 6
juli = 7
august = 8
aug = 8
september = 9
sept = 9
oktober = 10
okt = 10
november = 11
nov = 11
desember = 12
dec = 12
[days]
mandag
tirsdag
onsdag
torsdag
fredag
lørdag
søndag

# The zone of a page in this language, or under one of these top-level
# domains, that names no zone of its own: every country speaking it
# keeps this zone.
[home-zone]
Europe/Oslo

[tlds]
no

# Prepositions that, just before an outlet's noun (maybe with an article
# between), make the mention a citation (see sentenceCites).
[source-prepositions]
av
i

# Offices and jobs before a name, never part of it ("ordfører Lars …",
# "statsminister Jonas …").
[titles]
# Jobs before a name, indefinite and definite ("Sangeren Kari Storli",
# "forsker Ola Dahl"); the definite form after a verb stands for the
# person who holds it ("sier forskeren"). Not "sanger": a surname
# elsewhere ("Larry Sanger").
sangeren
artisten
skuespiller
skuespilleren
forfatter
forfatteren
ekspert
eksperten
president
presidenten
minister
ministeren
direktøren
programleder
programlederen
forsker
forskeren
sjefen
statsminister
statsministeren
ordfører
ordføreren
fylkesordfører
stortingsrepresentant
partileder
partilederen
generalsekretær
pressetalsperson
pressesjef
politimester
politiadvokat
lensmann
rektor
direktør
trener
treneren
landslagssjef

# Reporting verbs, present and past ("«…», sier Lars Haugen", "forteller
# hun", "skriver politiet").
[verbs]
# Verbs of speech that close a dash-speech paragraph as often as "sier"
# ("– …, innrømmer Per.", "– …, utbryter hun."), present and past.
innrømmer
innrømmet
utbryter
utbrøt
forsikrer
forsikret
avslutter
avsluttet
tilføyer
tilføyde
bekrefter
bekreftet
konstaterer
konstaterte
advarer
advarte
spør
spurte
roper
ropte
skriker
skrek
svarer
svarte
fortsetter
hevder
sier
forteller
fortalte
skriver
skrev
forklarer
forklarte
understreker
påpeker
opplyser
opplyste
utdyper
# "sa" (said), "mener" (thinks) and "mente" (thought) are words of
# Italian and French: read in Norwegian text only.
[own-verbs]
# "ler" (laughs) is a word of Portuguese, "sukker" (sighs) the noun
# "sugar": read as verbs in Norwegian text only.
ler
sukker
mente
sa
mener


# Adverbs that open a sentence before its verb, the subject after it
# ("Videre forteller Kari …", "Senere sa Per …"): never part of a name.
[opener-words]
videre
deretter
senere
samtidig
likevel
derfor
dessuten
imidlertid
etterpå

# Opens a relative clause after a noun or a name ("Fredrik, som jobber
# …", "kvinnan som …"): the capitalised words in it are no subject.
[relative-pronouns]
som
# Where a credited person filed from ("Av Kari Lie i Bergen"), read only
# in a page in this language: "i" joins two writers in Polish.
[own-byline-place]
i

# Speech is printed as a paragraph opened by a dash, with no quotation
# marks ("– …, säger X.", "– … – powiedział X."): see dashSpeech.
[dash-speech]
yes

# The according-to words before a speaker's name: 'X, “…”' after them is
# the words of the person they name (as Spanish 'según X').
[passive-cues]
ifølge

# The first piece of a breadcrumb trail (see en.lex).
[breadcrumb-heads]
forside
hjem

# "Kilde: NTB": the source label of a closing credit.
[credit-lines]
kilde X
