# German lexicon for package normalize. Format: see id.lex.
[lang]
de
[byline]
von = reporter
autor = reporter
autorin = reporter
text = reporter
redaktion = editor
bearbeitet von = editor
übersetzt von = translator
fotos = photographer
[conjunctions]
und
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
# Jobs and ranks before a name, never part of it.
[titles]
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

[byline-noise]
folgen
mehr artikel
stand
aktualisiert
veröffentlicht
mehr von

[outlet-words]
agentur
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

# The rights notice a picture credit may end with; it credits no one.
[rights-marks]
alle rechte vorbehalten

[pronouns]
er = m
sie = -
es = -

[passive-cues]
laut
nach angaben von
zufolge

[articles]
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

[age-suffixes]
jährige
jähriger
jährigen

[auxiliaries]
hat
hatte
habe

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

[capitalised-nouns]
yes

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

[org-nouns]
konzern
unternehmen
behörde
organisation

[title-genders]
herr = m
frau = f
sprecherin = f
ministerin = f
präsidentin = f
kanzlerin = f
