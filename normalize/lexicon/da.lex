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

[place-prepositions]
i

[byline]
af = reporter
