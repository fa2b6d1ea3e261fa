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

# Citation cues whose X must be an outlet.
[sources-outlet]
según X
según informa X
según informó X
según publica X
según publicó X
según recoge X
de acuerdo con X
informó X
X informó
X informa
publicó X
X publicó
X publica
X reveló
reveló X
adelantó X
X adelantó
recoge X
dijo a X
declaró a X
aseguró a X
aseguraba a X
afirmó a X
explicó a X
contó a X
en declaraciones a X
en una entrevista con X
citado por X

# Nouns that introduce an outlet's name: "el diario X".
[outlet-nouns]
diario = named
periódico = named
rotativo = named
semanario = named
revista = named
agencia
cadena
emisora
portal
medio
canal
televisión
radio
tabloide = named

# Lines naming the outlet a story first ran in, a paragraph of their own.
[syndication]
este artículo fue publicado originalmente en X
este artículo se publicó originalmente en X
publicado originalmente en X

# Short closing credits that name outlets and nothing else.
[credit-lines]
con información de X
con información de las agencias X
con X

# Articles that open a title when capitalised inside a sentence ("according
# to The X"); articles that are also particles of names are left out.
[title-articles]
los
las
