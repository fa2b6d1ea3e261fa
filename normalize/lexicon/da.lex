# Danish lexicon for package normalize. Format: see id.lex.
[lang]
da
[conjunctions]
og
[stopwords]
og
i
at
det
er
en
til
på
af
med
for
ikke
der
som
de
har
den
et
var
fra

# Citation cues whose X must be an outlet.
[sources-outlet]
oplyser X
det oplyser X
ifølge X
X skriver
skriver X
X melder
skrev X
X skrev
siger til X
sagde til X

# Words that name newspapers, alone or as the head of a compound.
[outlet-words]
nyheder
tidende
avis
avisen
dagblad
posten
bladet

[place-prepositions]
i

[byline]
af = reporter
tekst = reporter
skrevet af = reporter
# Other roles of a credit line ("Redigeret af X", "Oversat af Y").
redigeret af = editor
oversat af = translator

# Nouns that introduce an outlet's name, marked "= named" as in the other languages:
# the mere mention of "avisen X" names a source.
foto = photographer
[outlet-nouns]
avisen = named
dagbladet = named

# Words of a newsroom label ("Redaktionen", "Nyhedsredaktionen").
[newsroom]
redaktionen

# Month and day names (general language: "Oslo, 3. marts (NTB) –",
# "mandag 3. juni 2024").
[months]
januar = 1
jan = 1
februar = 2
feb = 2
marts = 3
april = 4
apr = 4
maj = 5
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
december = 12
dec = 12
[days]
mandag
tirsdag
onsdag
torsdag
fredag
lørdag
søndag

# Prepositions that, just before an outlet's noun (maybe with an article
# between), make the mention a citation (see sentenceCites).
[source-prepositions]
af
i

# Offices and jobs before a name, never part of it ("borgmester Mette …",
# "statsminister …").
[titles]
# Jobs before a name, indefinite and definite ("Sangeren Mette Holm",
# "forsker Ole Lund"); the definite form after a verb stands for the
# person who holds it ("siger forskeren"). Not "sanger": a surname
# elsewhere ("Larry Sanger").
sangeren
skuespiller
skuespilleren
forfatter
forfatteren
ekspert
eksperten
præsident
præsidenten
minister
ministeren
forsker
forskeren
læge
lægen
chefen
statsminister
statsministeren
borgmester
borgmesteren
folketingsmedlem
partiformand
formand
formanden
pressechef
politiinspektør
vicepolitiinspektør
direktør
rektor
landstræner
landstræneren

# Reporting verbs, present and past ("»…,« siger Mette Lund", "fortæller
# hun", "skriver politiet").
[verbs]
# Verbs of speech that close a dash-speech paragraph as often as "siger"
# ("– …, indrømmer Per.", "– …, udbryder hun."), present and past.
indrømmer
indrømmede
udbryder
udbrød
forsikrer
forsikrede
afslutter
afsluttede
bekræfter
bekræftede
konstaterer
konstaterede
advarer
advarede
spørger
spurgte
råber
råbte
svarer
svarede
fortsætter
tilføjede
understregede
påpegede
siger
sagde
fortæller
fortalte
skriver
skrev
forklarer
forklarede
tilføjer
understreger
påpeger
oplyser
oplyste
# "mener" (thinks) and "mente" (thought) are words of French and
# Italian: read in Danish text only.
[own-verbs]
mente
mener


# Adverbs that open a sentence before its verb, the subject after it
# ("Videre fortæller Lone …", "Senere sagde Per …"): never part of a name.
[opener-words]
derefter
senere
alligevel
derfor
desuden
bagefter

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

# "Kilde: Ritzau": the source label of a closing credit.
[credit-lines]
kilde X

# Country domains of this language kept in one zone: a page under one that
# names no zone of its own keeps it (a language spoken across zones has no
# [home-zone]; its countries do).
[tld-zones]
dk = Europe/Copenhagen
