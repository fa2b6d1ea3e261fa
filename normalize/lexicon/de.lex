# German lexicon for package normalize. Format: see id.lex.
[lang]
de
[byline]
von = reporter
geschrieben von = reporter
bearbeitung = editor
übersetzung = translator
mitarbeit = contributor
mit material von = contributor
bericht von = reporter
berichterstattung von = reporter
redigiert von = editor
autor = reporter
autorin = reporter
text = reporter
redaktion = editor
bearbeitet von = editor
übersetzt von = translator
fotos = photographer
[conjunctions]
und
# Where a credited person filed from ("Von Anna Weber in Brüssel").
[byline-place]
in
aus
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
sagte
sagt
erklärte
betonte
fügte
# Jobs and ranks before a name, never part of it.
[titles]
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

# Words of a newsroom label ("MZ-Redaktion", "Online-Redaktion").
[newsroom]
redaktion
onlineredaktion
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

# Words that open a paragraph as a label before a colon or a dash: never a
# dateline's place.
[labels]
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

# Citation cues whose X must be an outlet.
[sources-outlet]
gegenüber X
im interview mit X
im gespräch mit X
laut X
X berichtet
X berichtete
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
unter berufung auf X
zitiert X

# Nouns that introduce an outlet's name: "die Zeitung X".
[outlet-nouns]
zeitung
tageszeitung
wochenzeitung
boulevardzeitung
boulevardblatt
blatt
magazin
nachrichtenmagazin
sender
fernsehsender
radiosender
nachrichtenagentur
agentur
portal
nachrichtenportal
onlineportal

# Lines naming the outlet a story first ran in, a paragraph of their own.
[syndication]
dieser artikel erschien zuerst bei X
dieser artikel erschien zuerst in X
dieser artikel erschien zuerst auf X
dieser beitrag erschien zuerst bei X
dieser text erschien zuerst bei X
zuerst erschienen bei X

# Short closing credits that name outlets and nothing else.
[credit-lines]
mit material von X
mit material der X
mit informationen von X
quelle X

# Articles that open a title when capitalised inside a sentence ("according
# to The X"); articles that are also particles of names are left out.
[title-articles]
die
der
das
