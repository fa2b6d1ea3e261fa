# Polish lexicon for package normalize. Format: see id.lex.
[lang]
pl

# Citation cues whose X must be an outlet: "według X", "jak podaje X",
# "X poinformowała".
[sources-outlet]
według X
jak podaje X
jak podała X
jak podał X
jak informuje X
jak poinformowała X
jak poinformował X
podaje X
X podaje
X podała
X podał
X podawał
X podawała
X podawało
podawał X
podawała X
X poinformowała
X poinformował
X informuje
X twierdzi
cytowany przez X
cytowana przez X
w rozmowie z X

# Nouns that introduce an outlet's name: "agencja prasowa X", "dziennik X".
[outlet-nouns]
agencja
agencji
agencję
gazeta
gazety
dziennik
dziennika
tygodnik
tygodnika
portal
portalu
telewizja
telewizji
stacja
stacji
serwis
serwisu
rozgłośnia

# Labels before a writer's name ("Tekst: Anna Nowak", "Napisała Anna Nowak").
[byline]
tekst = reporter
autor = reporter
autorka = reporter
napisał = reporter
napisała = reporter

# Words of a newsroom label ("Redakcja", "Redakcja serwisu").
# Other roles of a credit line ("Tłumaczenie: X", "Zdjęcia: Y", "Współpraca: Z").
tłumaczenie = translator
zdjęcia = photographer
współpraca = contributor
[newsroom]
redakcja

# Month and day names (general language), the months as a date writes
# them ("3 marca 2024", "Warszawa, 3 marca (PAP) -") and alone ("marzec").
[months]
stycznia = 1
styczeń = 1
lutego = 2
luty = 2
marca = 3
marzec = 3
kwietnia = 4
kwiecień = 4
maja = 5
czerwca = 6
czerwiec = 6
lipca = 7
lipiec = 7
sierpnia = 8
sierpień = 8
września = 9
wrzesień = 9
października = 10
październik = 10
listopada = 11
listopad = 11
grudnia = 12
grudzień = 12
[days]
poniedziałek
wtorek
środa
czwartek
piątek
sobota
niedziela

# The zone of a page in this language, or under one of these top-level
# domains, that names no zone of its own: every country speaking it
# keeps this zone.
[home-zone]
Europe/Warsaw

[tlds]
pl

# Outlet nouns that name a news agency: an agency named by its noun is one
# the story draws on wherever it is named (see namedOutlets).
[agency-nouns]
agencja prasowa
agencja informacyjna

# Prepositions that, just before an outlet's noun (maybe with an article
# between), make the mention a citation (see sentenceCites).
[source-prepositions]
przez
w

# Offices and jobs before a name, never part of it ("burmistrz Tomasz …",
# "rzecznik prasowy …", "prezes spółki …").
[titles]
prezydent
premier
burmistrz
wójt
wojewoda
marszałek
poseł
posłanka
senator
prezes
prezeska
rzecznik
rzeczniczka
dyrektor
dyrektorka
profesor
prof
komendant
prokurator
trener

# Words joining two writers ("Anna Nowak i Jan Wójcik"), read only in a
# page in Polish: "i" is "in" in Norwegian and Danish.
[own-conjunctions]
i

# The first piece of a breadcrumb trail (see en.lex).
[breadcrumb-heads]
strona główna

# Lines naming the outlet a story first ran in (see en.lex).
[syndication]
artykuł ukazał się pierwotnie w X
artykuł ukazał się pierwotnie na X
tekst ukazał się pierwotnie w X
tekst ukazał się pierwotnie na X

# "Źródło: PAP": the source label of a closing credit.
[credit-lines]
źródło X
