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

# Nouns that introduce an outlet's name, marked "= named" as in the other languages:
# the mere mention of "avisen X" names a source.
[outlet-nouns]
avisen = named
dagbladet = named

# Words of a newsroom label ("Redaktionen", "Nyhedsredaktionen").
[newsroom]
redaktionen
