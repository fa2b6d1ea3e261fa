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
[newsroom]
redakcja
