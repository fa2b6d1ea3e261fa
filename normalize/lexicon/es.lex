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
