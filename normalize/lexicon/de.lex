# German lexicon for package normalize. Format: see id.lex.
[lang]
de
[byline]
von = reporter
geschrieben von = reporter
veröffentlicht von = reporter
ein kommentar von = reporter
eine analyse von = reporter
ein gastbeitrag von = reporter
eine kolumne von = reporter
eine reportage von = reporter
bearbeitung = editor
übersetzung = translator
mitarbeit = contributor
mit material von = contributor
bericht von = reporter
bericht = reporter
berichterstattung von = reporter
redigiert von = editor
autor = reporter
autorin = reporter
text = reporter
redaktion = editor
bearbeitet von = editor
übersetzt von = translator
fotos = photographer
foto = photographer
[conjunctions]
und
# Where a credited person filed from ("Von Anna Weber in Brüssel").
[byline-place]
in
aus
für
# Words that join an outlet or a second writer to a byline ("Jane Roe
# with AP"): they split names as a conjunction does, in bylines only.
[byline-with]
mit

[months]
januar = 1
jänner = 1
jan = 1
februar = 2
feb = 2
märz = 3
mär = 3
april = 4
apr = 4
mai = 5
juni = 6
jun = 6
juli = 7
jul = 7
august = 8
aug = 8
september = 9
sep = 9
sept = 9
oktober = 10
okt = 10
november = 11
nov = 11
dezember = 12
dez = 12
[days]
montag
dienstag
mittwoch
donnerstag
freitag
samstag
sonntag
[zones]
mez = +01:00
mesz = +02:00
[relative]
minuten = 1m
stunden = 1h
tagen = 24h
[ago]
vor
[verbs]
# Verbs of judgement, suggestion and admission, present and past; a
# separable particle after the speaker ("regt … an", "gibt … zu",
# "kündigt … an", "führte … aus") is left to itself. ("ließ … verlauten"
# is left out: "ließ" alone is mostly "ließ sich", "ließ offen".)
urteilt
urteilte
regt
regte
kündigt
kündigte
führt
führte
lobt
lobte
appelliert
appellierte
gibt
gab
sagten
erklärten
betonten
erzählt
erzählte
schildert
schilderte
unterstrich
unterstreicht
bekräftigte
bekräftigt
erläuterte
erläutert
kommentierte
kommentiert
resümierte
resümiert
beklagte
beklagt
mahnte
mahnt
versicherte
versichert
bilanzierte
bilanziert
erklärt
betont
fügt
meint
meinte
sieht
sah
warnt
warnte
kritisiert
kritisierte
schreibt
schrieb
teilte
teilt
berichtet
berichtete
räumt
räumte
ergänzt
ergänzte
so
bestätigt
bestätigte
nennt
nannte
fordert
forderte
sprach
spricht
antwortete
antwortet
sagte
sagt
erklärte
betonte
fügte
schmunzelte
schmunzelt
lachte
lacht
twitterte
twittert
rief
ruft
fragte
fragt
gestand
gesteht
verriet
verrät
entgegnete
entgegnet
informierte
informiert
# Reflexive verbs of feeling that report speech: "…“, freut sich
# Anna Berg.
freut
freute
ärgert
ärgerte
# Jobs and ranks before a name, never part of it.
[titles]
anwohner
anwohnerin
rentner
rentnerin
passant
passantin
augenzeuge
augenzeugin
besucher
besucherin
bewohner
bewohnerin
nachbar
nachbarin
händler
händlerin
student
studentin
mieter
mieterin
winzer
winzerin
fahrer
fahrerin
autor
autorin
berater
beraterin
kommissar
botschafter
korrespondent
mitglied
teamkollege
bischof
koordinator
kontrolleur
partner
partnerin
schüler
schülerin
vertreter
promoter
ermittler
politiker
politikerin
kapitän
interimscoach
coach
spieler
brite
deutsche
franzose
konzern-sprecher
aktivist
aktivistin
reporter
reporterin
datenschutzbeauftragte
datenschutzbeauftragter
beauftragte
beauftragter
staatssekretär
staatssekretärin
generalsekretär
generalsekretärin
bundeskanzler
bundeskanzlerin
bundespräsident
ministerpräsident
ministerpräsidentin
oberbürgermeister
oberbürgermeisterin
innenminister
außenminister
gesundheitsminister
verteidigungsminister
finanzminister
wissenschaftler
wissenschaftlerin
forscher
forscherin
arzt
ärztin
anwalt
anwältin
richter
richterin
mann
frau
herr
geschäftsführer
geschäftsführerin
chef
chefin
sprecher
sprecherin
bürgermeister
bürgermeisterin
minister
ministerin
präsident
präsidentin
kanzler
kanzlerin
vorsitzende
vorsitzender
direktor
direktorin
leiter
leiterin
trainer
trainerin
professor
professorin
polizeisprecher
polizeisprecherin
staatsanwalt
staatsanwältin
abgeordnete
abgeordneter
landrat
landrätin
experte
expertin

[stopwords]
der
die
und
das
ist
nicht
sich
mit
auf
für
den
dem
ein
eine
auch
von
zu
im
es
des
wird
sie
bei
als
wie
nach
aus
noch
sein
seine
seiner
ihr
ihre
ihrer
unser
unsere
dessen
deren
nur
doch
jetzt
# Quantifiers and prepositions that open a sentence: "Viele Lego-Fans
# haben …", "Jeder Arbeiter weiß …", "Unter Evangelistas Diktion …".
viele
vielen
jeder
jede
jedes
alle
allen
einige
manche
mehrere
unter
über
wegen
# A preposition fused with its article ('am Abend', 'zum Schluss'), as 'im':
# 'teilte die Polizei am Abend mit' closes the body's phrase.
am
zum
zur
vom
beim
ins
ans

# Words of a newsroom label ("MZ-Redaktion", "Online-Redaktion").
[newsroom]
redaktion
onlineredaktion
agenturen
[byline-noise]
folgen
korrespondent
korrespondentin
redakteur
redakteurin
mehr artikel
# "Alle Artikel von Lena Vogt": the author page's link as the byline.
alle artikel
stand
aktualisiert
veröffentlicht
mehr von
startseite
suche
anmelden

[outlet-words]
# Words that name papers in German, also as the head of a compound ("Hafenkurier", "Abendpost").
# Not "agentur" alone: "Bundesnetzagentur", "Arbeitsagentur" are authorities; news agencies
# are "Nachrichtenagentur", "Presseagentur".
post
bote
blatt
echo
nachrichtenagentur
presseagentur
zeitung
nachrichten
redaktion
rundschau
tagblatt
tageblatt
kurier
presse
anzeiger
allgemeine

[joiners]
von
der

[honorifics]
dr.
prof.

# The field a doctorate is in, written in lower case after its title
# ("Dr. med. Lothar Brenner", "Prof. Dr. rer. nat. Ina Vogt", "Dr. h.c."):
# no part of the name (see dropDegrees).
[degrees]
med.
dent.
vet.
rer.
nat.
pol.
oec.
phil.
jur.
theol.
habil.
h.c.
mult.

# The rights notice a picture credit may end with; it credits no one.
[rights-marks]
alle rechte vorbehalten

# Words that open a paragraph as a label before a colon or a dash: never a
# dateline's place.
[labels]
# A wire's note on its policy closing its credit line ("Mit Material von
# A; Redaktion: B; Unsere Standards: …").
unsere standards
# A post's taxonomy labels (see en.lex).
kategorie
kategorien
schlagworte
schlagwörter
exklusiv
liveblog
satire
hinweis
aktualisiert
eilmeldung
kommentar
analyse
fazit
hintergrund
lesen sie auch
mehr zum thema
quelle
anzeige
meinung
leitartikel
glosse
reportage
interview
sport
politik
wirtschaft
kultur
panorama

# Citation cues whose X must be an outlet.
[sources-outlet]
# "Dem Spiegel zufolge", "Einem Bericht der X zufolge": the postposition.
dem X zufolge
der X zufolge
einem bericht des X zufolge
einem bericht der X zufolge
einem bericht von X zufolge
berichten des X zufolge
berichten der X zufolge
laut einem bericht des X
laut einem bericht der X
laut einem bericht von X
laut einem bericht im X
laut berichten des X
laut berichten der X
laut dem X
laut des X
gegenüber X
im interview mit X
im gespräch mit X
in einem interview mit X
in einem interview der X
in einem interview des X
in einem gespräch mit X
laut X
X berichtet
X berichtete
X berichteten
berichteten X
wie X berichteten
X meldeten
wie X meldeten
berichtet X
berichtete X
wie X berichtet
wie X berichtete
wie X meldet
wie X meldete
meldet X
meldete X
X meldet
X meldete
sagte X
sagte dem X
sagte der X
erzählte dem X
erzählte der X
unter berufung auf X
zitiert X
schreibt X
schrieb X
schreibt die X
schrieb die X
wie X schreibt
wie X schrieb
wie die X schreibt
wie die X schrieb
gegenüber dem X
gegenüber der X
nach informationen des X
nach informationen der X
nach recherchen des X
nach recherchen der X

# What an outlet reports, closing a compound whose first part names it:
# "Nach „Tagesblatt“-Informationen", "einem „Abendpost“-Bericht zufolge",
# "nach Spiegel-Recherchen" (a bare first part must be an outlet by its
# name: "Polizei-Angaben" is no outlet's).
[source-compounds]
informationen
recherchen
recherche
bericht
berichten
berichts
berichtes
angaben
meldung
meldungen
interview

# Nouns that introduce an outlet's name: "die Zeitung X".
[outlet-nouns]
# Capitalised as every German noun, these still name the outlet after
# them ("wie die Zeitung X berichtet"): the noun is no word of its name.
zeitung = named capital
tageszeitung = named capital
wochenzeitung = named capital
boulevardzeitung = named capital
boulevardblatt = named capital
blatt
magazin = named capital
nachrichtenmagazin = named capital
sender = named capital
fernsehsender = named capital
radiosender = named capital
# A news agency named by its kind is one the story draws on ("der Nachrichtenagentur X");
# "agentur" alone also heads authorities ("Bundesagentur"), so it only introduces a name.
nachrichtenagentur = named capital
presseagentur = named capital
# Plural: "laut den Nachrichtenagenturen AFP und Reuters" names each of them.
nachrichtenagenturen = named capital
presseagenturen = named capital
agenturen
agentur
portal
nachrichtenportal = named capital
onlineportal = named capital
# The press at large; after a describing word it names its outlets ("die
# französischen Medien X und Y").
medien = press
blog

# Lines naming the outlet a story first ran in, a paragraph of their own.
[syndication]
dieser artikel erschien zuerst bei X
dieser artikel erschien zuerst in X
dieser artikel erschien zuerst auf X
dieser beitrag erschien zuerst bei X
dieser text erschien zuerst bei X
zuerst erschienen bei X
# The same note in the perfect, its verb after the outlet ("Dieser Text
# ist zuerst auf X erschienen").
dieser artikel ist zuerst bei X
dieser artikel ist zuerst in X
dieser artikel ist zuerst auf X
dieser beitrag ist zuerst bei X
dieser beitrag ist zuerst in X
dieser beitrag ist zuerst auf X
dieser text ist zuerst bei X
dieser text ist zuerst in X
dieser text ist zuerst auf X
dieser text erschien zuerst in X
dieser text erschien zuerst auf X
dieser artikel ist zuerst im X
dieser beitrag ist zuerst im X
dieser text ist zuerst im X
dieser artikel erschien zuerst im X
dieser artikel erschien ursprünglich im X
dieser artikel erschien ursprünglich in X
dieser artikel erschien ursprünglich bei X
dieser artikel erschien ursprünglich auf X
dieser beitrag erschien ursprünglich im X
dieser beitrag erschien ursprünglich in X
zuerst erschienen im X
zuerst erschienen in X
zuerst erschienen auf X

# Short closing credits that name outlets and nothing else.
[credit-lines]
mit material von X
mit informationen von X
# "Mit Informationen der Nachrichtenagenturen AFP und dpa": the agencies
# named by their kind, then by their names.
mit informationen der agenturen X
mit informationen der nachrichtenagenturen X
mit informationen der X
mit material der agenturen X
mit material der nachrichtenagenturen X
mit material der X
quelle X

# Articles that open a title when capitalised inside a sentence ("according
# to The X"); articles that are also particles of names are left out.
[title-articles]
die
der
das
[singular-pronouns]
# "sie" after a verb in the singular ("sagte sie", "betonte sie") is "she".
sie = f

# Words opening one person of a group the phrase then names, no one the
# article names: "erklärt einer der Forscher" is the speaker as written.
[partitives]
einer der
eine der
einer von
eine von

# Words after a noun that a person's name follows, one word or more:
# "ein Anwohner namens Rudi sagte". The name is a person's.
[naming-words]
namens

# (see en.lex [pseudonyms]) "sagt die Leiterin, die unter dem Pseudonym Mara auftritt"
[pseudonyms]
pseudonym

[pronouns]
er = m
sie = -
es = n

[passive-cues]
laut
nach angaben von
zufolge

# Prepositions that open the body an impersonal report comes from, and
# the report ("Aus dem Ministerium heißt es, man werde „…“"): the body
# speaks (see impersonal).
[impersonal-from]
aus dem
aus der
aus den

[impersonal-cues]
heißt es
hieß es

[articles]
# Possessives open a role that names no one: "his spokesman", "son avocat".
sein
seine
ihr
ihre
ein
eine

[role-determiners]
der
die
dieser
diese

[locatives]
aus
in
bei
von
für

[place-words]
nord
süd
ost
west

[org-suffixes]
ministerium
behörde
amt
verband
partei
gericht
bank
konzern
gesellschaft
institut
universität
zentrum
stiftung
verein
kommission
rat
agentur
dienst
gewerkschaft

[org-words]
ministerium
behörde
amt
verband
partei
gericht
bank
konzern
gesellschaft
institut
universität
zentrum
stiftung
verein
kommission
agentur
gewerkschaft
bundestag
bundeswehr
bundesregierung
regierung

[first-person]
ich
wir
mein
meine
unser
unsere
mich
mir
uns

# Nouns for a person of a nation: after a definite determiner they stand
# for the person the text has just been about, as an age does ("„…“, sagte der Österreicher").
[demonyms]
amerikaner
amerikanerin
us-amerikaner
us-amerikanerin
britin
engländer
engländerin
schotte
schottin
ire
irin
französin
spanier
spanierin
italiener
italienerin
niederländer
niederländerin
holländer
holländerin
belgier
belgierin
schweizer
schweizerin
österreicher
österreicherin
schwede
schwedin
norweger
norwegerin
däne
dänin
finne
finnin
pole
polin
tscheche
tschechin
slowake
slowakin
ungar
ungarin
rumäne
rumänin
bulgare
bulgarin
russe
russin
ukrainer
ukrainerin
serbe
serbin
kroate
kroatin
slowene
slowenin
grieche
griechin
türke
türkin
portugiese
portugiesin
brasilianer
brasilianerin
argentinier
argentinierin
kolumbianer
kolumbianerin
mexikaner
mexikanerin
kanadier
kanadierin
australier
australierin
japaner
japanerin
chinese
chinesin
koreaner
koreanerin
inder
inderin
kenianer
kenianerin
nigerianer
nigerianerin
marokkaner
marokkanerin
ägypter
ägypterin
israeli
iraner
iranerin

[age-suffixes]
jährige
jähriger
jährigen

[auxiliaries]
hat
hatte
habe

# Verbs joining a subject to what it is: "Aiden Aimen ist Objektleiter im
# Betrieb" gives the capitalised run before them an office, which tells a
# person from a pair of nouns where every noun is capitalised.
[copulas]
ist
war
sei
wäre
wird
wurde
bleibt
blieb

[title-suffixes]
berater
beraterin
platzierte
platzierter
preisträger
preisträgerin
kommissar
kommissarin
botschafter
botschafterin
korrespondent
korrespondentin
forscher
forscherin
mitglied
kollege
kollegin
bischof
koordinator
koordinatorin
kontrolleur
kontrolleurin
lehrer
lehrerin
partner
partnerin
schüler
schülerin
vertreter
vertreterin
promoter
ermittler
ermittlerin
politiker
politikerin
kapitän
sieger
siegerin
coach
spieler
spielerin
manager
managerin
analyst
analystin
ökonom
ökonomin
autor
autorin
führer
führerin
chef
chefin
sprecher
sprecherin
minister
ministerin
präsident
präsidentin
vorsitzender
vorsitzende
direktor
direktorin
leiter
leiterin
beauftragter
beauftragte
kanzler
kanzlerin
sekretär
sekretärin
experte
expertin
trainer
trainerin
meister
meisterin
# Jobs: "Landwirt", "Verbraucherschützerin", "Tierärztin", "Rechtsanwalt".
wirt
wirtin
schützer
schützerin
arzt
ärztin
anwalt
anwältin

# Offices of local government and schools: "Sozialdezernent", "Stadträtin",
# "Kämmerer", "Rektorin".
dezernent
dezernentin
rätin
kämmerer
kämmerin
referent
referentin
rektor
rektorin
[capitalised-nouns]
yes

[noun-determiners]
# Determiners in every case: the capitalised word after one (or after one
# and its adjectives, "des kolumbianischen Nobelpreisträgers …") is a noun,
# a job or an office, never a person's given name.
der
die
das
des
dem
den
ein
eine
einer
eines
einem
einen
dieser
diese
dieses
diesem
diesen
sein
seine
seiner
seines
seinem
seinen
ihr
ihre
ihrer
ihres
ihrem
ihren

# A preposition fused with its article is a determiner too: "am Ende
# Jonas Halbherr", "im Ortsteil Johannisthal", "zum Kanzler".
am
im
vom
zum
zur
beim

[noun-suffixes]
ung
ungen
heit
heiten
keit
keiten
schaft
schaften
ismus
ität
ierung
nahmen

[opener-words]
hier
dennoch
erstens
zweitens
zudem
außerdem
auch
trotzdem
deshalb
daher
jedoch
allerdings
laut
nach
beim
vom
zum
im
am
um
vor
seit
seitdem
trotz
wegen
während
bis
ab
gegen
ohne
durch
für
bei
mit
denn
dass
doch
aber
oder
weil
wenn
als
ob
obwohl
sondern
damit
sodass

[org-nouns]
konzern
unternehmen
behörde
organisation

[feminine-suffixes]
# The ending that makes a woman's title of a man's ("Aktivist",
# "Aktivistin"): a title listed in both forms tells its gender by them.
in

[title-genders]
# Masculine titles; a compound office takes the gender of its head ("Polizeisprecher", "Bundesministerin").
minister = m
sprecher = m
präsident = m
bürgermeister = m
bürgermeisterin = f
trainer = m
trainerin = f
forscher = m
forscherin = f
kanzler = m
landrat = m
landrätin = f
herr = m
frau = f
sprecherin = f
ministerin = f
präsidentin = f
kanzlerin = f

[given-names]
# Given names whose bearer's gender German-language news can take as read
# (see en.lex [given-names]).
hans = m
peter = m
klaus = m
jürgen = m
wolfgang = m
michael = m
thomas = m
andreas = m
stefan = m
frank = m
markus = m
christian = m
martin = m
matthias = m
jörg = m
uwe = m
dieter = m
horst = m
günter = m
gerhard = m
helmut = m
heinz = m
werner = m
karl = m
friedrich = m
wilhelm = m
ulrich = m
bernd = m
rolf = m
manfred = m
norbert = m
reinhard = m
volker = m
rainer = m
ralf = m
holger = m
dirk = m
sven = m
jens = m
lars = m
tobias = m
florian = m
lukas = m
jonas = m
felix = m
maximilian = m
moritz = m
niklas = m
philipp = m
sebastian = m
johannes = m
benedikt = m
konrad = m
ludwig = m
heinrich = m
otto = m
ernst = m
kurt = m
fritz = m
georg = m
gottfried = m
hubert = m
joachim = m
lothar = m
siegfried = m
torsten = m
detlef = m
olaf = m
björn = m
timo = m
till = m
malte = m
hendrik = m
henning = m
ursula = f
monika = f
petra = f
sabine = f
claudia = f
susanne = f
birgit = f
brigitte = f
gabriele = f
renate = f
karin = f
helga = f
ingrid = f
angelika = f
heike = f
katrin = f
kathrin = f
katharina = f
julia = f
anna = f
lena = f
laura = f
lea = f
sophie = f
marie = f
hannah = f
johanna = f
charlotte = f
franziska = f
friederike = f
ulrike = f
annette = f
silke = f
anke = f
kerstin = f
doris = f
elke = f
gisela = f
hildegard = f
ilse = f
irmgard = f
jutta = f
margarete = f
marlene = f
regina = f
rosemarie = f
sigrid = f
waltraud = f
barbara = f
bettina = f
christiane = f
cornelia = f
dagmar = f
dorothea = f
martina = f
nicole = f
sandra = f
simone = f
stefanie = f
tanja = f
vanessa = f
annika = f
antje = f
britta = f
greta = f
ines = f
jana = f
janina = f
jessica = f
kira = f
maren = f
miriam = f
nadine = f
svenja = f
wiebke = f

[person-nouns]
# (see en.lex [person-nouns]) "sagt die Frau": German capitalises it.
frau = f
mann = m
mutter = f
vater = m

# Lower-case words a title keeps inside it ("Sieben Söhne der
# Landesverteidigung"): a quote of capitalised words and these alone is a
# title or name, not speech (speech has a verb, in lower case).
[title-joiners]
über
unter
nach
vor
ohne
gegen
bis
zu
der
die
das
des
dem
den
und
für
von
vom
im
in
am
an
auf
mit
zum
zur
aus
bei

[work-title-cues]
# Quoted words after them are the title of a work, not speech.
titel

# Indefinite determiners: a phrase they open brings in a person the
# article does not name ("a spokesperson said"), written as printed.
[indefinites]
ein
eine
einer
eines

# Prepositions (and genitive articles) that attach a body to a role in a
# speaker given by role: "a spokesperson for the Foreign Office", "ein
# Sprecher des Ministeriums". Not "to", "zu": they lead to the addressee.
[role-complements]
des
der
eines
einer
von
vom
für
beim
bei

# After an author's name opening the last paragraph: an author's note.
[bio-verbs]
ist
schreibt
arbeitet
war

[place-prepositions]
in
aus

[surname-titles]
# (see en.lex [surname-titles]) titles that are common surnames too:
# "Richter sagte" after "Carola Richter" is her surname.
richter
bischof
könig
kaiser
graf
herzog

# Endings of an inflected adjective before its noun ("der britische
# Sender X", "des staatlichen Senders X"): a capitalised noun after such a
# word is a common noun, the name follows it.
[adjective-endings]
e
en
er
es
em

# Words opening the clause a reporting verb reports ("says that the border
# …“"): the verb may stand farther before a quote.
[complementizers]
dass

# Nouns for an informant the article keeps unnamed: "the source said" is
# that phrase, never the person named last (see lexicon.go).
[anonymous-sources]
quelle
insider
informant

# Newsroom words that stand for the wire services: a byline of them
# alone ("Agencies", "Agenturen") credits someone, not no one.
[newsroom-wires]
agenturen

[group-nouns]
# Plural nouns for a group, and figures, that open a reporting verb's own
# subject ("Prosecutors alleged that “…”", "Fifty-one percent say that
# “…”"): the quote is no earlier speaker's.
staatsanwälte
analysten
experten
kritiker
forscher
ökonomen
wissenschaftler
prozent
# Small words inside a town's official name ("Frankfurt am Main",
# "Freiburg im Breisgau", "Mülheim an der Ruhr", "Rothenburg ob der
# Tauber"): the dateline reads them inside a place that ends in one of the
# [place-regions], never inside a person's name ("Scholz im Interview").
[place-joiners]
am
im
an
ob
in

# The rivers and regions that qualify a town's official name, after a
# small word ("Weil am Rhein", "Landsberg am Lech") or in brackets ("Halle
# (Saale)", "Frankfurt (Oder)", "Landau (Pfalz)", "Marburg (Lahn)"): a
# bracket of these after a place belongs to it, where another bracket
# would name the agency ("Hamburg (dpa)").
[place-regions]
main
oder
saale
havel
spree
elbe
lahn
ruhr
sieg
mosel
donau
rhein
neckar
lech
isar
inn
fulda
werra
weser
tauber
saar
wümme
aisch
dill
pfalz
weinstraße
westf.
westfalen
oldb.
oldenburg
breisgau
oberpfalz
oberpf.
opf.
holstein
rheinland
sachsen
harz
ostfriesland
erzgebirge
vogtland
allgäu
eifel
taunus
württ.
württemberg
hessen
thüringen

# Capitals and large cities as German writes them, for the dateline
# shapes that want a known place ("Brüssel.", "Moskau/Kiew (dpa) -").
# Cities whose names are also common words ("Essen") are left out.
[dateline-places]
brüssel
moskau
wien
rom
prag
warschau
peking
kiew
kyjiw
genf
mailand
lissabon
athen
teheran
kairo
neu-delhi
washington
hamburg
münchen
köln
frankfurt
stuttgart
düsseldorf
dortmund
leipzig
dresden
hannover
bremen
duisburg
bochum
nürnberg
mainz
wiesbaden
potsdam
magdeburg
erfurt
schwerin
kiel
saarbrücken
karlsruhe
mannheim
bonn
münster
bielefeld
zürich
bern
basel
graz
linz
salzburg
innsbruck

# Requests to the reader (see en.lex [promo-cues]): "Abonniere den
# WhatsApp-Kanal der Hafenzeitung", "Hier geht es zur neuen
# Hafenzeitung-App", "… beim Hafenzeitung-Newsletter richtig – hier
# entlang", "Testen Sie die Hafenzeitung zwei Wochen".
[promo-cues]
abonniere
abonnieren
abonnieren sie
folgen sie
folge uns
folgt uns
hier entlang
hier geht es zu
hier geht es zum
hier geht es zur
hier geht's zu
hier geht's zum
hier geht's zur
testen sie
melden sie sich
jetzt anmelden
laden sie

# Requests naming the outlet as "unser"/"uns" (see en.lex [promo-own]).
[promo-own]
folgen sie uns
folge uns
folgt uns
abonnieren sie unseren
abonnieren sie unsere
abonniere unseren
abonniere unsere
melden sie sich für unseren

# A word that opens a date's clock time ("3. Juni 2026 um 9:15 Uhr").
[clock-words]
um

# The zone of a page in this language, or under one of these top-level
# domains, that names no zone of its own: every country speaking it
# keeps this zone.
[home-zone]
Europe/Berlin

[tlds]
de
at
ch
li

# Words that open a bracket sending the reader elsewhere ("(siehe „…“)").
[cross-references]
siehe
siehe auch
vgl.

# Names of languages: a translation note ("Dieser Artikel wurde im Original auf Englisch veröffentlicht") names the
# language the story first ran in, never an outlet (see source.go).
[language-names]
englisch
französisch
deutsch
spanisch
portugiesisch
italienisch
niederländisch
russisch
arabisch
chinesisch
japanisch
türkisch
polnisch
ukrainisch
griechisch
ungarisch

# How an opinion piece's closing note names its author by role, not by
# name ("Der Autor ist Professor für …"): see isRoleNote.
[author-nouns]
der autor
die autorin
die autoren

# Nouns that name a scholarly journal after them ("the journal X"): a
# journal printing a study is where a finding appeared, no outlet the
# article cites (FIELDS.md, sources). See journalNames.
[journal-nouns]
# Written capitalised, as every German noun.
fachjournal = capital
fachzeitschrift = capital
fachblatt = capital
wissenschaftsjournal = capital
wissenschaftsmagazin = capital

# Outlet nouns that name a news agency: an agency named by its noun is one
# the story draws on wherever it is named (see namedOutlets).
[agency-nouns]
nachrichtenagentur
presseagentur

# The reflexive pronoun a verb of speech takes before its subject ("…“,
# freut sich Anna Berg", "ärgerte sich der Trainer").
[reflexives]
sich

# Prepositions that, just before an outlet's noun (maybe with an article
# between), make the mention a citation (see sentenceCites).
[source-prepositions]
von
vom
in
im
mit
gegenüber

# German puts the subject right after the finite verb when another part
# opens the sentence ("Hier sieht auch Meier Vorteile", "Gegen die Steuer
# sprach sich Anna Berg aus"): a name there is the sentence's subject.
[verb-second]
yes

# Words after which a name is an object or a complement, never the
# subject: prepositions ("von Anna Berg", "laut Meier"), "als", "wie".
[before-objects]
ab
als
am
an
anstatt
auf
aus
außer
bei
beim
bis
dank
durch
entlang
für
gegen
gegenüber
gemäß
hinter
im
in
ins
laut
mit
nach
neben
ohne
samt
seit
seitens
statt
trotz
über
um
unter
von
vom
vor
während
wegen
wie
zu
zufolge
zum
zur
zwischen

# Bodies and groups that speak as themselves after a definite determiner
# ("teilte die Polizei mit", "die Familie erklärte"); a compound ending in
# one is one too ("Landesregierung", "Bundespolizei").
[body-nouns]
polizei
familie
regierung
behörden
staatsanwaltschaft
stadtverwaltung
gemeinde
feuerwehr
bundeswehr

# (Only "die": every body noun above is feminine or plural, so "der"
# before one is its dative or genitive — "sagte der Polizei", told the
# police — never its subject.)
[body-determiners]
die

# Prepositions that join a complement to a body noun ("the family of the
# victim"): the phrase runs on over a determiner and one word.
[body-complements]
des
der
von
vom

# Conjunctions that, after a comma, open a clause with its own subject
# ("X will bleiben, aber Y sagte, dass …").
# Prepositions that carry an organisation's name on over its complement
# ("das Landesamt für Umwelt", "das Institut für Wirtschaftsforschung"): the complement is part of the name.
[org-complements]
für

[clause-joiners]
aber
doch
während

# Last words of a citation cue that may follow the verb's subject, which
# German sets after the verb after a quotation or a fronted object: "„…“,
# sagte sie dem Handelsblatt" for the cue "sagte dem X" (see
# invertedCueEnd).
[inverted-cue-words]
dem
der

# Outlets that print their names in lower case ("laut dpa", "(dpa)",
# "sagte er der Nachrichtenagentur dpa"): the German news agencies and
# the portals and channels styled so.
[lower-case-outlets]
dpa
epd
t-online
n-tv

# Words of a sports competition's name ("Bundesliga –"): a sports page may open on
# the competition before a dash, as a dateline opens on its town; no town's
# name holds one of them.
[competitions]
bundesliga
pokal
liga
zweitliga
regionalliga

# The first piece of a breadcrumb trail (see en.lex).
[breadcrumb-heads]
startseite
home

# Outlets of the site's own family (see en.lex).
[sister-nouns]
schwesterzeitung
schwesterblatt
schwestersender
schwesterportal
schwesterpublikation
schwestermagazin
schwesterzeitschrift
schwestertitel

# A newsroom's credit for its own correspondent, opening the first
# paragraph before a comma and the dateline ("From our correspondent,
# LAHORE —"): cut before the dateline is read (see cutLeadIn).
[dateline-leadins]
von unserem korrespondenten
von unserer korrespondentin
von unseren korrespondenten

# Nouns naming a piece's kind, and the word after them that the writer
# follows ("Kommentar von Anna Roth", "Ein Artikel von Anna Roth"): see
# cutKindLabel.
[byline-kinds]
artikel
beitrag
gastbeitrag
kommentar
analyse
kolumne
reportage
bericht
text
interview
essay
glosse
rezension
kritik
leitartikel
[byline-kind-preps]
von
