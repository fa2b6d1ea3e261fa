# Spanish lexicon for package normalize. Format: see id.lex.
[lang]
es
[byline]
por = reporter
[conjunctions]
y
[months]
enero = 1
febrero = 2
marzo = 3
abril = 4
mayo = 5
junio = 6
julio = 7
agosto = 8
septiembre = 9
setiembre = 9
octubre = 10
noviembre = 11
diciembre = 12
[days]
lunes
martes
miércoles
jueves
viernes
sábado
domingo
[verbs]
dijo
afirmó
señaló
[stopwords]
el
la
los
las
que
y
del
en
un
una
por
con
para
es
se
al
lo
su
como
más
pero
sus
fue
ha
este
esta

[joiners]
de
del
la

# Words that open a paragraph as a label before a colon or a dash: never a
# dateline's place.
[labels]
actualización
última hora
exclusiva
opinión
análisis
nota
lea también
fuente
