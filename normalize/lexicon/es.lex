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
edición de = editor
editado por = editor
traducción = translator
traducido por = translator
fotografía = photographer
foto = photographer
fotos = photographer
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
agencias
[byline-place]
en
desde
para
# Words that join an outlet or a second writer to a byline ("Jane Roe
# with AP"): they split names as a conjunction does, in bylines only.
[byline-with]
con

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
dice
decía
afirma
asegura
aseguró
aseguraba
explica
explicó
añade
añadió
agrega
agregó
señala
indica
indicó
sostiene
sostuvo
destaca
destacó
resalta
resaltó
subraya
subrayó
apunta
apuntó
opina
opinó
advierte
advirtió
comenta
comentó
declara
declaró
detalla
detalló
precisa
precisó
insiste
insistió
recuerda
recordó
admite
admitió
reconoce
reconoció
manifiesta
manifestó
cuenta
contó
relata
relató
concluye
concluyó
escribió
escribe
respondió
responde
aclara
aclaró
lamenta
lamentó
critica
criticó
defiende
defendió
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
[pronouns]
él = m
ella = f
ellos = -
ellas = -

[passive-cues]
según
de acuerdo con
en palabras de

[articles]
un
una

[role-determiners]
el
la
este
esta

[locatives]
de
del
en
desde
para

[place-words]
norte
sur
este
oeste

[name-particles]
de
del
la
y

[titles]
presidente
presidenta
ministro
ministra
director
directora
portavoz
secretario
secretaria
alcalde
alcaldesa
concejal
concejala
gobernador
gobernadora
diputado
diputada
senador
senadora
juez
jueza
fiscal
abogado
abogada
profesor
profesora
catedrático
catedrática
investigador
investigadora
científico
científica
experto
experta
meteorólogo
meteoróloga
glaciólogo
glacióloga
biólogo
bióloga
médico
médica
doctor
doctora
jefe
jefa
responsable
coordinador
coordinadora
entrenador
entrenadora
jugador
jugadora
delegado
delegada
consejero
consejera
rey
reina
don
doña
sr
sra
economista
analista
portavoces
vicepresidente
vicepresidenta
canciller
embajador
embajadora
comisario
comisaria

[org-words]
universidad
instituto
ministerio
organización
agencia
servicio
asociación
fundación
gobierno
ayuntamiento
consejo
comisión
partido
banco
empresa
grupo
tribunal
hospital
centro
departamento
federación
sindicato
club

[first-person]
yo
nosotros
nosotras
mi
nuestro
nuestra
me
tenemos
creo

[age-suffixes]
añero
añera

[auxiliaries]
ha
había
habría
han

[opener-words]
además
asimismo
así
todo
también
sin
pero
sin embargo
por
entonces
ahora
hoy
ayer
según

[org-nouns]
organismo
entidad
institución
organización

[title-genders]
# Articles tell the gender of the title they stand before ("la portavoz", "el comisario").
el = m
la = f
alcalde = m
alcaldesa = f
comisario = m
comisaria = f
entrenador = m
entrenadora = f
concejala = f
ministro = m
director = m
diputada = f
diputado = m
jueza = f
don = m
doña = f
sr = m
sra = f
señor = m
señora = f
presidenta = f
ministra = f
directora = f
portavoza = f

[outlet-words]
# Words that name papers in Spanish ("El Heraldo de X", "Diario de Y").
diario
heraldo
crónica
correo
periódico
gaceta
noticias
prensa
voz
noticiero

# Job words after a writer's name ("Lucía Benítez, corresponsal"): never a name.
[byline-noise]
corresponsal
periodista
redactor
redactora
