# Romanian lexicon for package normalize. Format: see id.lex. Plain
# language knowledge only: common words, the labels of a credit line,
# the verbs of an attribution, offices and jobs, months and day names.
# Romanian is written with the comma-below letters "ș", "ț" and, in older
# text, the cedilla forms "ş", "ţ": a word with either is listed both ways.
[lang]
ro

# Common words, for language detection (see lang.go): Romanian alone,
# none a word of Italian, Spanish, Portuguese or French ("de", "la",
# "nu", "mai", "este", "lui" are left out).
[stopwords]
și
şi
în
că
pentru
care
să
sunt
fost
această
acest
după
foarte
acum
până
către
însă
deja
dacă
fiind
sau
între
despre
doar
celor

[tlds]
ro
md

# Labels before a writer's name ("Autor: Ioana Marinescu", "Scris de
# …") and the other roles of a credit line.
[byline]
autor = reporter
autoare = reporter
autori = reporter
scris de = reporter
text = reporter
text și foto = reporter
text şi foto = reporter
redactor = editor
editor = editor
traducere = translator
tradus de = translator
foto = photographer
fotografii = photographer

# Words joining several names ("Ioana Marinescu și Radu Ene").
[conjunctions]
și
şi

# Reporting verbs of Romanian attributions: the participle of the
# compound past after its auxiliary ('„…”, a declarat Ene', '„…”, au
# precizat reprezentanții') and the present ('„…”, spune Ene').
[verbs]
spus
declarat
adăugat
precizat
explicat
subliniat
afirmat
transmis
menționat
menţionat
arătat
răspuns
susținut
susţinut
completat
punctat
recunoscut
avertizat
scris
spune
spun
declară
afirmă
explică
adaugă
susține
susţine
precizează
subliniază
transmite
scrie
consideră
crede

# Auxiliaries between a quote and its participle ('„…”, a declarat X',
# '„…”, au precizat …').
[auxiliaries]
a
au

# According-to words naming a quote's speaker ('potrivit lui Ene').
[passive-cues]
potrivit
conform

# Jobs, ranks and offices before a name, never part of it, bare and with
# the article Romanian ends them with ("ministrul Ioana Marinescu",
# "primarul Radu Ene").
[titles]
ministru
ministrul
ministra
premier
premierul
președinte
președintele
preşedinte
preşedintele
președinta
primar
primarul
primărița
primăriţa
deputat
deputatul
deputata
senator
senatorul
judecător
judecătorul
avocat
avocatul
avocata
procuror
procurorul
director
directorul
directoare
directoarea
purtător de cuvânt
purtătorul de cuvânt
purtătoarea de cuvânt
medic
medicul
profesor
profesorul
profesoara
antrenor
antrenorul
analist
analistul
economist
economistul
expert
expertul
actor
actorul
actrița
actriţa
scriitor
scriitorul
scriitoarea

# Month names and the abbreviations of a date line ("7 decembrie 2026",
# "3 ian. 2025"). "mai" (May) is a month of de.lex already; "noi" (Nov.)
# is left out, being the Romanian "we".
[months]
ianuarie = 1
ian = 1
februarie = 2
febr = 2
martie = 3
aprilie = 4
mai = 5
iunie = 6
iun = 6
iulie = 7
iul = 7
august = 8
septembrie = 9
octombrie = 10
noiembrie = 11
decembrie = 12

# Day names ("Luni, 7 decembrie 2026").
[days]
luni
marți
marţi
miercuri
joi
vineri
sâmbătă
duminică

# Country domains of this language kept in one zone: a page under one that
# names no zone of its own keeps it (a language spoken across zones has no
# [home-zone]; its countries do).
[tld-zones]
ro = Europe/Bucharest
