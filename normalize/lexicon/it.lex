# Italian lexicon for package normalize. Format: see id.lex.
[lang]
it
[byline]
[conjunctions]
e
[months]
gennaio = 1
febbraio = 2
marzo = 3
aprile = 4
maggio = 5
giugno = 6
luglio = 7
agosto = 8
settembre = 9
ottobre = 10
novembre = 11
dicembre = 12
[stopwords]
il
della
che
di
per
non
una
sono
con
gli
del
le
nel
alla
anche
più
dei
questo
ha
come
ma
delle

[joiners]
di
della
