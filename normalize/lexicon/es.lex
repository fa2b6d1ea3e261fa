# Spanish lexicon for package normalize. Format: see id.lex.
[lang]
es
[byline]
por = reporter
autor = reporter
autora = reporter
# The newsroom's noun for the writer in a credit box ("Redactor: Ana
# García").
redactor = reporter
redactora = reporter
texto = reporter
redacción = reporter
escrito por = reporter
publicado por = reporter
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
a
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
# The plural of the commonest reporting verbs, for a body or a group as
# subject ("indicaron las autoridades").
indicaron
informaron
señalaron
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
# Participles after "ha", "han" ("ha explicado").
resumido
recalcado
dicho
explicado
señalado
asegurado
afirmado
indicado
añadido
agregado
declarado
reconocido
subrayado
insistido
advertido
manifestado
apuntado
destacado
recordado
precisado
comentado
admitido
sostenido
expresado
lamentado
defendido
criticado
detallado
aclarado
respondido
resaltado
relatado
contado
concluido
# More reporting verbs of Spanish news.
# A curt reply with its subject: "espetó el entrenador". ("zanjó",
# "rememoró" are left out: they mostly close a quote with no subject,
# and the person the text is about is then often not the speaker.)
espetó
anunció
anuncia
denunció
denuncia
valoró
valora
recalcó
recalca
remarcó
remarca
puntualizó
puntualiza
matizó
matiza
avisó
avisa
sentenció
sentencia
reiteró
reitera
resume
resumió
# Verbs of confession and emphasis, past and present.
confesó
confiesa
confesado
expresó
expresa
enfatizó
enfatiza
aseveró
asevera
mencionó
menciona
narró
informó
informa

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

# Prepositions that carry an organisation's name on over its complement
# ("el Ministerio de Sanidad", "la Dirección General de Tráfico"): the complement is part of the name.
[org-complements]
de
del

[joiners]
de
del
la

# Words that open a paragraph as a label before a colon or a dash: never a
# dateline's place.
[labels]
# A wire's note on its policy closing its credit line ("Información de A;
# Editado por B; Nuestras normas: …").
nuestras normas
# A post's taxonomy labels (see en.lex).
categoría
categorías
etiquetas
en vivo
en directo
directo
actualización
última hora
exclusiva
opinión
análisis
nota
lea también
fuente
editorial
entrevista
crónica
deportes
economía
política

# Cues strong enough that an unknown name is an outlet when it is no
# person, body, place or title (see en.lex): what is published, collected
# or put out first is an outlet's ("según publica X", "según recoge X").
[sources-strong]
según publica X
según publicó X
según ha publicado X
según recoge X
según recogió X
según adelanta X
según adelantó X
según ha adelantado X

# Citation cues whose X must be an outlet.
[sources-outlet]
# The perfect tense of the same verbs ("según ha informado X").
según ha informado X
según ha publicado X
según ha adelantado X
según ha podido saber X
como ha publicado X
como ha informado X
como publica X
como informa X
como adelantó X
ha informado X
ha publicado X
ha adelantado X
ha podido saber X
informa X
avanza X
según avanza X
ha declarado a X
ha dicho a X
ha confirmado a X
según X
según informa X
según informó X
según publica X
según publicó X
# "…, publica El Mundo": the present as the past.
publica X
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
confirmó a X
confirmó la noticia a X
confirmó la información a X
confirmaron a X
informaron a X
indicó a X
señaló a X
recogido por X
recogida por X
recogidos por X
recogidas por X

# Nouns that introduce an outlet's name: "el diario X".
[outlet-nouns]
# A noun of several words names too: "la agencia de noticias siria X".
agencia de noticias = named
agencia de prensa = named
# Plural: "según las agencias EFE y Reuters" names each of them.
agencias
agencias de noticias = named
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
este artículo apareció originalmente en X
esta nota apareció originalmente en X
esta nota fue publicada originalmente en X
este texto se publicó originalmente en X
este texto fue publicado originalmente en X
este artículo se publicó originalmente en X
publicado originalmente en X

# Short closing credits that name outlets and nothing else.
[credit-lines]
con información de X
con información de las agencias X
con X
fuente X

# Words opening one person of a group the phrase then names, no one the
# article names: "dijo uno de los vecinos" is the speaker as written.
[partitives]
uno de
una de

# Articles that open a title when capitalised inside a sentence ("according
# to The X"); articles that are also particles of names are left out.
[title-articles]
los
las

# Words after a noun that a person's name follows, one word or more:
# "un vecino llamado Rudi dijo". The name is a person's.
[naming-words]
llamado
llamada

# (see en.lex [pseudonyms]) "dice la directora, que pidió usar el seudónimo Mara"
[pseudonyms]
seudónimo
pseudónimo

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
# Possessives open a role that names no one: "his spokesman", "son avocat".
su
sus
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

# A particle's second word: "María de los Ángeles Cuevas".
[particle-links]
los
las

[titles]
# Academic and professional titles abbreviated before a name:
# "el Ing. Carlos Peñate", "la Lic. Ana Gómez", "la Dra. X".
dr
dra
ing
lic
arq
# Sport and trade-union roles: "el piloto X", "la sindicalista X".
piloto
sindicalista
portavoza
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
magistrado
magistrada
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

# Nouns for a person of a nation: after a definite determiner they stand
# for the person the text has just been about, as an age does ("«…», dijo el argentino").
[demonyms]
estadounidense
británico
británica
inglés
inglesa
escocés
escocesa
irlandés
irlandesa
francés
francesa
alemán
alemana
español
española
italiano
italiana
holandés
holandesa
neerlandés
neerlandesa
belga
suizo
suiza
austriaco
austriaca
sueco
sueca
noruego
noruega
danés
danesa
finlandés
finlandesa
polaco
polaca
checo
checa
húngaro
húngara
rumano
rumana
ruso
rusa
ucraniano
ucraniana
serbio
serbia
croata
esloveno
eslovena
griego
griega
turco
turca
portugués
portuguesa
brasileño
brasileña
argentino
argentina
uruguayo
uruguaya
chileno
chilena
colombiano
colombiana
mexicano
mexicana
peruano
peruana
venezolano
venezolana
ecuatoriano
ecuatoriana
canadiense
australiano
australiana
japonés
japonesa
chino
china
coreano
coreana
marroquí
egipcio
egipcia
israelí
iraní

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
inicio
portada
buscar

[given-names]
# Given names whose bearer's gender Spanish-language news can take as read
# (see en.lex [given-names]).
josé = m
juan = m
antonio = m
manuel = m
francisco = m
javier = m
jesús = m
miguel = m
ángel = m
carlos = m
luis = m
pedro = m
pablo = m
rafael = m
fernando = m
jorge = m
alberto = m
alejandro = m
sergio = m
diego = m
david = m
andrés = m
enrique = m
ignacio = m
raúl = m
ramón = m
rubén = m
víctor = m
óscar = m
gonzalo = m
álvaro = m
iñaki = m
iker = m
unai = m
mikel = m
joaquín = m
julián = m
tomás = m
esteban = m
fermín = m
santiago = m
mateo = m
martín = m
nicolás = m
emilio = m
eduardo = m
gustavo = m
hernán = m
agustín = m
aurelio = m
baltasar = m
benito = m
bernardo = m
cristóbal = m
domingo = m
félix = m
gregorio = m
gerardo = m
horacio = m
humberto = m
leopoldo = m
lorenzo = m
marcelo = m
mariano = m
mauricio = m
octavio = m
osvaldo = m
patricio = m
rodrigo = m
salvador = m
sebastián = m
teodoro = m
valentín = m
maría = f
carmen = f
ana = f
isabel = f
dolores = f
pilar = f
teresa = f
rosa = f
josefa = f
francisca = f
lucía = f
laura = f
marta = f
cristina = f
elena = f
paula = f
sara = f
raquel = f
beatriz = f
patricia = f
silvia = f
mercedes = f
rocío = f
inés = f
nuria = f
montserrat = f
montse = f
ainhoa = f
itziar = f
irene = f
marina = f
alicia = f
begoña = f
concepción = f
consuelo = f
esperanza = f
eugenia = f
gloria = f
inmaculada = f
julia = f
leticia = f
lourdes = f
luisa = f
margarita = f
milagros = f
natalia = f
nerea = f
olga = f
remedios = f
soledad = f
susana = f
verónica = f
victoria = f
ximena = f
yolanda = f
alba = f
catalina = f
claudia = f
daniela = f
fernanda = f
gabriela = f
guadalupe = f
valentina = f
camila = f

[person-nouns]
# (see en.lex [person-nouns]) "dice la mujer"
mujer = f
hombre = m
madre = f
padre = m

[work-title-cues]
# Quoted words after them are the title of a work, not speech.
titulado
titulada
titulados
tituladas

[relative-pronouns]
# Open a relative clause after a noun ("says the woman who ...").
que
quien

# Indefinite determiners: a phrase they open brings in a person the
# article does not name ("a spokesperson said"), written as printed.
[indefinites]
un
una

# Prepositions (and genitive articles) that attach a body to a role in a
# speaker given by role: "a spokesperson for the Foreign Office", "ein
# Sprecher des Ministeriums". Not "to", "zu": they lead to the addressee.
[role-complements]
de
del
en

# After an author's name opening the last paragraph: an author's note.
[bio-verbs]
es
escribe
era

[place-prepositions]
en

[document-nouns]
# (see en.lex [document-nouns]) "se lee en el comunicado"
comunicado
informe
nota
documento
carta
escrito
estudio
auto
sentencia
resolución
ley
decreto
denuncia
publicación

[document-verbs]
lee
recoge
indica
reza
señala
afirma
establece
concluye

[document-by]
de
del

# (see en.lex [document-to]) "la carta del sindicato al ministro Pablo Ruiz dice"
[document-to]
a
al

# Words opening the clause a reporting verb reports ("says that the border
# …“"): the verb may stand farther before a quote.
[complementizers]
que

[follow-up-cues]
así lo ha explicado
así lo ha dicho
así ha resumido
así lo ha resumido
así lo explicó
así lo resumió
así resumió
así lo expresó

# Nouns for an informant the article keeps unnamed: "the source said" is
# that phrase, never the person named last (see lexicon.go).
[anonymous-sources]
fuente
fuentes
informante

# Newsroom words that stand for the wire services: a byline of them
# alone ("Agencies", "Agenturen") credits someone, not no one.
[newsroom-wires]
agencias

[group-nouns]
# Plural nouns for a group, and figures, that open a reporting verb's own
# subject ("Prosecutors alleged that “…”", "Fifty-one percent say that
# “…”"): the quote is no earlier speaker's.
fiscales
analistas
expertos
críticos
investigadores
economistas
científicos

# Requests to the reader (see en.lex [promo-cues]): "Suscríbete al
# boletín de Diario del Valle", "Síguenos en …".
[promo-cues]
suscríbete
síguenos
descarga la
descarga nuestra
únete

# Requests naming the outlet as "nuestro"/"nos" (see en.lex [promo-own]).
[promo-own]
síguenos
suscríbete a nuestro
suscríbete a nuestra
descarga nuestra

# The language leaves out subject pronouns: a verb alone names no one.
[dropped-subjects]
yes

# Lower-case words a title in title case keeps inside it ("Viaje Hacia los Mares del Sur", "Cien Años de Soledad"):
# read to tell a quoted title from speech.
[title-joiners]
de
del
la
las
el
los
y
en
con
para
por
sin
sobre
entre
hacia
desde
un
una
al

# Words that open a bracket sending the reader elsewhere ("(véase “…”)").
[cross-references]
véase
ver

# Abbreviated titles written before a name and kept with it.
[honorifics]
dr.
dra.
ing.
lic.
arq.

# Names of languages: a translation note ("Este artículo se publicó originalmente en Inglés") names the
# language the story first ran in, never an outlet (see source.go).
[language-names]
inglés
francés
alemán
español
portugués
italiano
neerlandés
holandés
ruso
árabe
chino
japonés
turco
polaco
ucraniano
griego

# How an opinion piece's closing note names its author by role, not by
# name ("El autor es profesor …"): see isRoleNote.
[author-nouns]
el autor
la autora
los autores

# Nouns that name a scholarly journal after them ("the journal X"): a
# journal printing a study is where a finding appeared, no outlet the
# article cites (FIELDS.md, sources). See journalNames.
[journal-nouns]
revista científica
revista médica
revista especializada

# Outlet nouns that name a news agency: an agency named by its noun is one
# the story draws on wherever it is named (see namedOutlets).
[agency-nouns]
agencia de noticias
agencia de prensa

# Prepositions that, just before an outlet's noun (maybe with an article
# between), make the mention a citation (see sentenceCites).
[source-prepositions]
por
en
con

# Bodies and groups that speak as themselves after a definite determiner
# ("informó la policía", "indicaron las autoridades", "la familia señaló").
[body-nouns]
ministerio
policía
familia
gobierno
autoridades
fiscalía
prefectura
alcaldía
ayuntamiento

[body-determiners]
el
la
los
las

# Prepositions that join a complement to a body noun ("the family of the
# victim"): the phrase runs on over a determiner and one word.
[body-complements]
de
del

# Conjunctions that, after a comma, open a clause with its own subject
# ("X quiere irse, pero Y dijo que …").
[clause-joiners]
pero
mientras

# Adjectives follow their noun ("la policía nacional"): a body noun keeps one.
[adjective-after-noun]
yes

# Last words of a citation cue that may follow the verb's subject, which
# Spanish sets after the verb after a quotation: "«…», declaró la
# alcaldesa a la BBC" for the cue "declaró a X" (see invertedCueEnd).
[inverted-cue-words]
a
al

# Month abbreviations of a date line and a wire dateline ("7 dic. 2026",
# "MADRID, 3 Abr. (…) -"). Left out: "ene" (a surname: "Ene"), "ago"
# (English "3 hours ago"); "mar", "may", "jun", "jul", "sep", "oct",
# "nov" are months of other lexicons already.
[months]
abr = 4
dic = 12

# Words of a sports competition's name ("Liga MX –"): a sports page may open on
# the competition before a dash, as a dateline opens on its town; no town's
# name holds one of them.
[competitions]
liga
copa
división
vuelta

# The first piece of a breadcrumb trail (see en.lex).
[breadcrumb-heads]
inicio
portada

# Outlets of the site's own family (see en.lex).
[sister-nouns]
medio hermano
diario hermano
periódico hermano
cadena hermana
emisora hermana
cabecera hermana

# The provinces and autonomous communities of Spain that are no city's
# name, printed in brackets after a town ("Ronda (Málaga)" is left to
# [places]; "Tomelloso (Ciudad Real)", "Mieres (Asturias)"): the bracket
# is the place's, not an agency (see placeBracket).
[place-regions]
álava
araba
asturias
cantabria
la rioja
navarra
nafarroa
gipuzkoa
guipúzcoa
bizkaia
vizcaya
islas baleares
illes balears
baleares
canarias
extremadura
andalucía
aragón
galicia
cataluña
catalunya
castilla y león
castilla-la mancha
comunidad valenciana
comunitat valenciana
euskadi
país vasco
ciudad real
a coruña
la coruña

# A newsroom's credit for its own correspondent, opening the first
# paragraph before a comma and the dateline ("From our correspondent,
# LAHORE —"): cut before the dateline is read (see cutLeadIn).
[dateline-leadins]
de nuestro corresponsal
de nuestra corresponsal
de nuestro enviado especial
de nuestra enviada especial

# Nouns naming a piece's kind, and the words after them that the writer
# follows ("Columna de Ana Soto", "Un artículo de Ana Soto"): see
# cutKindLabel.
[byline-kinds]
artículo
columna
opinión
análisis
crónica
reportaje
tribuna
texto
editorial
entrevista
informe
[byline-kind-preps]
de
por

# Country domains of this language kept in one zone: a page under one that
# names no zone of its own keeps it (a language spoken across zones has no
# [home-zone]; its countries do).
[tld-zones]
es = Europe/Madrid
ar = America/Argentina/Buenos_Aires
pe = America/Lima
ve = America/Caracas
uy = America/Montevideo
cr = America/Costa_Rica
gt = America/Guatemala
sv = America/El_Salvador
py = America/Asuncion
bo = America/La_Paz
do = America/Santo_Domingo
