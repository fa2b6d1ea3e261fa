# Swedish lexicon for package normalize. Format: see id.lex.
[lang]
sv
[conjunctions]
och
[stopwords]
och
att
det
som
en
på
är
av
för
med
till
den
har
inte
om
ett
var
jag
de
från

# Citation cues whose X must be an outlet.
[sources-outlet]
rapporterar X
rapporterade X
enligt X
X rapporterar
X rapporterade
uppger X
X uppger
skriver X
X skriver
skrev X
X skrev
säger till X
sade till X
sa till X

# Words that name newspapers, alone or as the head of a compound.
[outlet-words]
nyheter
nyheterna
tidning
tidningen
bladet
posten
kuriren
allehanda

[place-prepositions]
i

[byline]
av = reporter
text = reporter
skriven av = reporter
# Other roles of a credit line ("Redigerad av X", "Översättning: Y").
redigerad av = editor
översättning = translator
översatt av = translator

# Nouns that introduce an outlet's name, marked "= named" as in the other languages:
# the mere mention of "tidningen X" names a source.
foto = photographer
[outlet-nouns]
tidningen = named
kvällstidningen = named

# Words of a newsroom label ("Redaktionen", "Nyhetsredaktionen").
[newsroom]
redaktionen

# Month and day names (general language: "Stockholm, 3 mars (TT) –",
# "måndag 3 juni 2024").
[months]
januari = 1
jan = 1
februari = 2
feb = 2
mars = 3
april = 4
apr = 4
maj = 5
juni = 6
juli = 7
augusti = 8
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
måndag
tisdag
onsdag
torsdag
fredag
lördag
söndag

# Lower-case words inside a person's name: the particle of Swedish
# noble names ("Carl af Ekholm"), which is also Danish and Swedish for "by".
[name-particles]
af

# Prepositions that, just before an outlet's noun (maybe with an article
# between), make the mention a citation (see sentenceCites).
[source-prepositions]
av
i

# Offices and jobs before a name, never part of it ("statsminister Ulf
# …", "Kommunalrådet Karin …" in the definite form opening a sentence).
[titles]
# Jobs before a name, indefinite and definite ("Sångerskan Elsa Berg",
# "forskaren Per Lind"); the definite form after a verb stands for the
# person who holds it ("säger forskaren").
sångare
sångaren
sångerskan
artisten
skådespelare
skådespelaren
författare
författaren
expert
experten
president
presidenten
minister
forskare
forskaren
läkare
läkaren
chefen
statsminister
statsministern
ministern
kommunalråd
kommunalrådet
borgmästare
ordförande
ordföranden
riksdagsledamot
partiledare
partiledaren
generalsekreterare
presschef
presschefen
pressekreterare
polischef
talesperson
vd
vd:n
förbundskapten
förbundskaptenen
tränare
tränaren
rektor

# Reporting verbs, present and past ("”…”, säger Karin Berglund", "skriver
# polisen", "berättade hon").
[verbs]
# Verbs of speech that close a dash-speech paragraph as often as "säger"
# ("– …, erkänner Per.", "– …, utbrister hon."), present and past.
erkänner
erkände
utbrister
utbrast
försäkrar
försäkrade
avslutar
avslutade
bekräftar
bekräftade
varnar
varnade
frågar
frågade
ropar
ropade
skriker
skrek
suckar
suckade
svarar
svarade
fortsätter
hävdar
påpekar
understryker
tycker
meddelar
meddelade
säger
berättar
berättade
skriver
skrev
förklarar
förklarade
tillägger
tillade
menar
konstaterar
konstaterade
uppger
uppgav
betonar
betonade
# "sa" (said) is a word of Italian ("non sa"): read in Swedish text only.
[own-verbs]
sa
sade


# Adverbs that open a sentence before its verb, the subject after it
# ("Vidare berättar Elsa …", "Senare sa Per …"): never part of a name.
[opener-words]
vidare
därefter
senare
samtidigt
ändå
därför
dessutom
efteråt

# Opens a relative clause after a noun or a name ("Fredrik, som jobber
# …", "kvinnan som …"): the capitalised words in it are no subject.
[relative-pronouns]
som

# Bodies and groups that speak as themselves in their definite form, with
# no determiner before them ("skriver polisen", "meddelar kommunen").
[bare-body-nouns]
polisen
familjen
regeringen
kommunen
myndigheten
räddningstjänsten
länsstyrelsen

# Prepositions that join a complement to a body noun ("the family of the
# victim"): the phrase runs on over a determiner and one word.
[body-complements]
av
för

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
enligt

# The first piece of a breadcrumb trail (see en.lex).
[breadcrumb-heads]
startsida
hem

# "Källa: TT": the source label of a closing credit.
[credit-lines]
källa X

# Country domains of this language kept in one zone: a page under one that
# names no zone of its own keeps it (a language spoken across zones has no
# [home-zone]; its countries do).
[tld-zones]
se = Europe/Stockholm
