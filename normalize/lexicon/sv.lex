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

[place-prepositions]
i

[byline]
av = reporter
