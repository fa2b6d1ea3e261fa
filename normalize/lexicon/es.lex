# Spanish lexicon for package normalize. Format: see id.lex.
[lang]
es
[byline]
por = reporter
autor = reporter
autora = reporter
texto = reporter
redacción = reporter
escrito por = reporter
edición = editor
editado por = editor
traducción = translator
traducido por = translator
fotografía = photographer
con información de = contributor
reporte de = reporter
información de = reporter
editado en español por = editor
[conjunctions]
y
# Where a credited person filed from ("Por Ana García en Lima").
# Words of a newsroom label ("Redacción Nacional").
[newsroom]
redacción
[byline-place]
en
desde
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
