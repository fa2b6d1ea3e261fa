# Norwegian lexicon for package normalize. Format: see id.lex.
[lang]
no
[byline]
av = reporter
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

[place-prepositions]
i
