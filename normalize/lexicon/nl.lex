# Dutch lexicon for package normalize. Format: see id.lex.
[lang]
nl
[byline]
door = reporter
[conjunctions]
en
[months]
januari = 1
februari = 2
maart = 3
april = 4
mei = 5
juni = 6
juli = 7
augustus = 8
september = 9
oktober = 10
november = 11
december = 12
[stopwords]
de
het
een
van
en
is
dat
niet
zijn
op
te
voor
met
ook
er
maar
wordt
bij
naar
nog
werd
hij
zij
deze
die

[joiners]
van
de

# Citation cues whose X must be an outlet.
[sources-outlet]
volgens X
meldt X
X meldt
schrijft X
X schrijft

# Words that name newspapers, alone or as the head of a compound.
[outlet-words]
krant
dagblad
courant
nieuws
omroep

[place-prepositions]
in
