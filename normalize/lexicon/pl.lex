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
# "Autorzy: Jan Nowak, Ewa Lis", "Autorki: …": the plural labels.
autorzy = reporter
autorki = reporter
# "Opracowanie: Ewa Lis", "oprac. Ewa Lis": who compiled the piece.
opracowanie = contributor
oprac = contributor
# "Tekst i zdjęcia: Jan Nowak": the writer, who took the photographs too.
tekst i zdjęcia = reporter
tekst i foto = reporter
zdjęcia = photographer
tłumaczenie = translator

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
# Words written after a year in a date: "3 maja 2024 r.", "roku".
[year-marks]
r
roku

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

# Reporting verbs of Polish attributions, in the past (masculine,
# feminine, plural: "powiedział", "powiedziała", "powiedzieli") and the
# present ("mówi", "dodaje"). Polish puts the verb before its subject
# after the quote ('„…” – powiedział Nowak', '„…” – dodaje rzeczniczka')
# and after it before one ('Nowak podkreślił: „…”').
[verbs]
powiedział
powiedziała
powiedzieli
mówi
mówią
mówił
mówiła
dodał
dodała
dodali
dodaje
podkreślił
podkreśliła
podkreśla
zaznaczył
zaznaczyła
zaznacza
stwierdził
stwierdziła
stwierdza
wyjaśnił
wyjaśniła
wyjaśnia
tłumaczy
tłumaczył
tłumaczyła
ocenił
oceniła
ocenia
przekonuje
przekonywał
przekonywała
zapowiedział
zapowiedziała
przyznał
przyznała
przyznaje
odpowiedział
odpowiedziała
odpowiada
zauważył
zauważyła
zauważa
podsumował
podsumowała
zapewnił
zapewniła
zapewnia
wskazał
wskazała
wskazuje
opowiada
opowiadał
opowiadała
ostrzegł
ostrzegła
ostrzega
napisał
napisała
pisze
oświadczył
oświadczyła
poinformował
poinformowała
relacjonuje
uważa
dodawał
dodawała

# Third-person pronouns after a verb ("– dodała ona" is rare; the
# subject is mostly dropped). "on" is left out: merged with the other
# lexicons it would make the English preposition a pronoun.
[pronouns]
ona = f
oni = -

# Polish leaves out a subject pronoun ('„…” – dodała.'): a verb alone
# then says nothing of who spoke.
[dropped-subjects]
yes

# Speech is printed as a paragraph opened by a dash, with no quotation
# marks ("– …, säger X.", "– … – powiedział X."): see dashSpeech.
[dash-speech]
yes

# The past tense agrees with its subject: '– …, – dodała.' is a woman's
# words, '– …, – dodał.' a man's (plurals, "dodali", "dodały", tell
# nothing).
[verb-genders]
ła = f
ł = m

# Adjectival surnames take the bearer's gender ("Nowicka", "Nowicki").
[surname-genders]
ska = f
cka = f
dzka = f
ski = m
cki = m
dzki = m

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
