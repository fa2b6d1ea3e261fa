# French lexicon for package normalize. Format: see id.lex.
[lang]
fr
[byline]
par = reporter
auteur = reporter
auteure = reporter
autrice = reporter
texte = reporter
propos recueillis par = reporter
# Whoever wrote the text up: the author alone, a contributor beside a
# reporter ('Reportage A; rédigé par B', as 'Writing by' in English).
rédigé par = writing
édité par = editor
édition = editor
traduit par = translator
traduction = translator
photo = photographer
photos = photographer
avec la contribution de = contributor
avec = contributor
avec les informations de = contributor
reportage = reporter
version française = translator
écrit par = reporter
publié par = reporter
publiée par = reporter
[conjunctions]
et
# Where a credited person filed from ("Par Claire Dubois à Lyon").
# Words of a newsroom label ("La Rédaction").
[newsroom]
rédaction
agences
[byline-place]
à
pour
# Words that join an outlet or a second writer to a byline ("Jane Roe
# with AP"): they split names as a conjunction does, in bylines only.
[byline-with]
avec

[months]
janvier = 1
février = 2
fevrier = 2
mars = 3
avril = 4
mai = 5
juin = 6
juillet = 7
août = 8
aout = 8
septembre = 9
octobre = 10
novembre = 11
décembre = 12
decembre = 12
[days]
lundi
mardi
mercredi
jeudi
vendredi
samedi
dimanche
[verbs]
dit
déclaré
déclare
affirmé
affirme
estimé
estime
expliqué
explique
ajouté
ajoute
indiqué
indique
précisé
précise
souligné
souligne
assuré
assure
confié
confie
raconté
raconte
rappelé
rappelle
insisté
insiste
martelé
martèle
lancé
répondu
répond
poursuit
poursuivi
conclu
conclut
témoigne
témoigné
regrette
regretté
a déclaré
a dit
a affirmé
# More reporting verbs of French news.
# "a rapporté", "argumente-t-elle".
rapporté
rapporte
argumente
argumenté
annoncé
annonce
jugé
juge
reconnu
reconnaît
admis
admet
dénoncé
dénonce
salué
salue
commenté
commente
résumé
résume
observé
observe
détaillé
détaille
prévenu
prévient
averti
avertit
tranché
tranche
glissé
glisse
réagi
réagit

[stopwords]
le
la
les
et
des
est
une
pour
que
qui
dans
du
pas
sur
au
avec
il
ce
par
sont
plus
mais
elle
ont
aux
cette

# Prepositions that carry an organisation's name on over its complement
# ("le Conseil d'État" aside, "la Direction générale de la Santé", "l'Institut national de la statistique"): the complement is part of the name.
[org-complements]
de
du
des

[joiners]
de
du
la
des

# The rights notice a picture credit may end with; it credits no one.
[rights-marks]
tous droits réservés
droits réservés

# Words that open a paragraph as a label before a colon or a dash: never a
# dateline's place.
[labels]
# A post's taxonomy labels (see en.lex).
catégorie
catégories
mots-clés
exclusivité
en direct
direct
décryptage
récit
mise à jour
exclusif
analyse
à lire aussi
lire aussi
source
éditorial
entretien
opinion
politique
économie
sport

# Citation cues whose X must be an outlet.
# "nos confrères de X" says X is an outlet even where no lexicon knows it.
[sources-strong]
# What is reported, revealed or published is an outlet's ("rapporte X",
# "révèle X" closing a clause; "selon les informations de X").
, rapporte X
, a rapporté X
, révèle X
, a révélé X
selon les informations de X
d'après les informations de X
selon nos confrères de X
selon nos confrères du X
rapporté par nos confrères de X
rapporté par nos confrères du X

[sources-outlet]
# "nos confrères de X": fellow journalists, so X is an outlet.
selon nos confrères de X
selon nos confrères du X
selon nos confrères X
rapporté par nos confrères de X
rapporté par nos confrères du X
comme l'indique X
d'après les informations de X
d'après les informations du X
selon les informations de X
selon les informations du X
comme l'a rapporté X
comme l'a révélé X
comme le rapporte X
comme le révèle X
# The verb before the outlet, closing the sentence it cites ("…, écrit Le
# Monde", "…, a rapporté Le Parisien"): the compound past and the verbs of
# writing and telling too. X must be an outlet.
a rapporté X
a révélé X
écrit X
a écrit X
indique X
selon X
d'après X
X rapporte
rapporte X
X révèle
révèle X
X a révélé
X a rapporté
rapporté par X
cité par X
citée par X
cités par X
citées par X
rapportée par X
rapportés par X
rapportées par X
X note
a indiqué à X
a déclaré à X
a confié à X
a affirmé à X
a expliqué à X
a dit à X
# After a quote the verb and its pronoun are inverted: "», a-t-il
# déclaré à l'AFP".
a-t-il indiqué à X
a-t-il déclaré à X
a-t-il confié à X
a-t-il affirmé à X
a-t-il expliqué à X
a-t-il dit à X
a-t-elle indiqué à X
a-t-elle déclaré à X
a-t-elle confié à X
a-t-elle affirmé à X
a-t-elle expliqué à X
a-t-elle dit à X
dans un entretien pour X
dans un entretien à X
dans une interview à X

# Nouns that introduce an outlet's name: "le quotidien X".
[outlet-nouns]
quotidien = named
hebdomadaire = named
journal = named
tabloïd = named
magazine = named
agence
chaîne
radio
télévision
site
mensuel = named
mensuel = named
# A noun of several words names too: "l'agence de presse tchèque X".
agence de presse = named
# Plural: "selon les agences AFP et Reuters" names each of them.
agences
agences de presse = named
média

# Lines naming the outlet a story first ran in, a paragraph of their own.
[syndication]
cet article a été publié initialement sur X
cet article a été publié initialement dans X
cet article est paru dans X
cet article a d'abord été publié sur X
cet article a été publié initialement par X
cet article a été initialement publié sur X
cet article a été initialement publié dans X
cet article a été publié à l'origine sur X
cet article a été publié à l'origine dans X
cet article a été publié à l'origine par X
article publié initialement dans X
article publié initialement sur X
cet article a été publié dans X
cet article a d'abord été publié dans X
cet article a d'abord été publié par X

# Short closing credits that name outlets and nothing else.
[credit-lines]
avec X
source X

# Articles that open a title when capitalised inside a sentence ("according
# to The X"); articles that are also particles of names are left out.
[title-articles]
les

# Words after a noun that a person's name follows, one word or more:
# "un habitant prénommé Rudi a dit". The name is a person's.
[naming-words]
nommé
nommée
prénommé
prénommée

# (see en.lex [pseudonyms]) "raconte la directrice, qui se présente sous le pseudonyme Mara"
[pseudonyms]
pseudonyme

[pronouns]
il = m
elle = f
ils = -
elles = -
a-t-il = m
a-t-elle = f
a-t-on = -
explique-t-il = m
explique-t-elle = f
ajoute-t-il = m
ajoute-t-elle = f
estime-t-il = m
estime-t-elle = f
précise-t-il = m
précise-t-elle = f

[passive-cues]
selon
d'après
pour

# (see de.lex [impersonal-from]) "Du côté de l'Élysée, on indique que « … »"
[impersonal-from]
du côté de
du côté du
du côté des
chez

[impersonal-cues]
on indique
on affirme
on assure
on précise
on explique
on souligne
on fait savoir

[articles]
# Possessives open a role that names no one: "his spokesman", "son avocat".
son
sa
leur
un
une

[role-determiners]
le
la
ce
cette

[locatives]
de
du
des
à
en
depuis

[place-words]
nord
sud
est
ouest

[titles]
# A trade unionist: "la syndicaliste X".
syndicaliste
préfet
préfète
entraîneuse
président
présidente
ministre
directeur
directrice
porte-parole
secrétaire
maire
député
députée
sénateur
sénatrice
juge
procureur
avocat
avocate
professeur
professeure
chercheur
chercheuse
scientifique
expert
experte
médecin
docteur
chef
cheffe
responsable
entraîneur
joueur
joueuse
ambassadeur
ambassadrice
commissaire
vice-premier
premier
chancelier
roi
reine
m.
m
mme
monsieur
madame
économiste
analyste
gouverneur

[org-words]
université
institut
ministère
organisation
agence
service
association
fondation
gouvernement
mairie
conseil
commission
parti
banque
entreprise
groupe
tribunal
hôpital
centre
département
fédération
syndicat
club

[first-person]
je
j'ai
nous
moi
mon
ma
notre
j'

[auxiliaries]
a
avait
aurait
ont

[opener-words]
hier
ainsi
pourtant
cependant
aussi
selon
pour
mais
aujourd'hui
désormais

[org-nouns]
organisme
institution
entreprise
organisation

[title-genders]
# Articles tell the gender of the title they stand before ("la ministre", "le maire").
le = m
la = f
préfet = m
préfète = f
entraîneur = m
entraîneuse = f
directeur = m
président = m
députée = f
avocate = f
mme = f
monsieur = m
madame = f
présidente = f
directrice = f

[outlet-words]
# Words that name papers in French ("Le Courrier de X", "La Dépêche").
courrier
gazette
écho
journal
dépêche
presse
tribune
nouvelles
quotidien
hebdo

# Job words after a writer's name ("Camille Roux, correspondante"): never a name.
[byline-noise]
# "Par Claire Roux Publié le …": the date line's label after the name.
publié
mis à jour
correspondant
correspondante
journaliste
accueil
rechercher
connexion

[given-names]
# Given names whose bearer's gender French-language news can take as read
# (see en.lex [given-names]).
jean-pierre = m
jean-claude = m
jean-luc = m
jean-marc = m
jean-michel = m
jean-paul = m
jean-louis = m
pierre = m
jacques = m
michel = m
philippe = m
alain = m
patrick = m
nicolas = m
christophe = m
françois = m
laurent = m
éric = m
eric = m
frédéric = m
stéphane = m
olivier = m
sébastien = m
thierry = m
pascal = m
didier = m
gilles = m
bernard = m
daniel = m
christian = m
marc = m
thomas = m
julien = m
antoine = m
maxime = m
alexandre = m
guillaume = m
vincent = m
mathieu = m
mathias = m
benoît = m
arnaud = m
emmanuel = m
xavier = m
yves = m
gérard = m
gérald = m
serge = m
rené = m
henri = m
louis = m
hugues = m
étienne = m
bastien = m
quentin = m
romain = m
clément = m
lucas = m
hugo = m
théo = m
raphaël = m
gaspard = m
gaëtan = m
loïc = m
yannick = m
jérôme = m
rémi = m
fabrice = m
sylvain = m
cédric = m
grégoire = m
édouard = m
marie = f
anne = f
nathalie = f
isabelle = f
sylvie = f
catherine = f
françoise = f
christine = f
monique = f
valérie = f
sandrine = f
sophie = f
céline = f
véronique = f
nicole = f
martine = f
brigitte = f
chantal = f
élisabeth = f
hélène = f
agnès = f
aurélie = f
audrey = f
camille = f
caroline = f
chloé = f
claire = f
delphine = f
émilie = f
élodie = f
florence = f
geneviève = f
jacqueline = f
julie = f
juliette = f
laetitia = f
laurence = f
léa = f
lucie = f
manon = f
margaux = f
marion = f
mathilde = f
mélanie = f
muriel = f
odile = f
pascale = f
sabine = f
ségolène = f
solène = f
stéphanie = f
virginie = f
yvette = f
josiane = f
danielle = f
mireille = f
colette = f
simone = f
odette = f
ginette = f
paulette = f

[object-pronouns]
# After a preposition of attribution ("selon lui").
lui = m

[person-nouns]
# (see en.lex [person-nouns]) "raconte la femme"
femme = f
homme = m
mère = f
père = m

[work-title-cues]
# Quoted words after them are the title of a work, not speech.
intitulé
intitulée
intitulés
intitulées

[relative-pronouns]
# Open a relative clause after a noun ("says the woman who ...").
qui

# Indefinite determiners: a phrase they open brings in a person the
# article does not name ("a spokesperson said"), written as printed.
[indefinites]
un
une

# Prepositions (and genitive articles) that attach a body to a role in a
# speaker given by role: "a spokesperson for the Foreign Office", "ein
# Sprecher des Ministeriums". Not "to", "zu": they lead to the addressee.
[role-complements]
de
du
des
d'
d’
à

# After an author's name opening the last paragraph: an author's note.
[bio-verbs]
est
écrit
était

[place-prepositions]
à

[document-nouns]
# (see en.lex [document-nouns]) "indique le communiqué de la préfecture"
communiqué
rapport
lettre
texte
étude
arrêté
jugement

[document-verbs]
indique
précise
souligne
affirme

[document-by]
de
du
des

# (see en.lex [document-to]) "la lettre du syndicat au ministre Paul Roux indique"
[document-to]
à
au
aux

# Words opening the clause a reporting verb reports ("says that the border
# …“"): the verb may stand farther before a quote.
[complementizers]
que

# Nouns for an informant the article keeps unnamed: "the source said" is
# that phrase, never the person named last (see lexicon.go).
[anonymous-sources]
source
sources
informateur

# Newsroom words that stand for the wire services: a byline of them
# alone ("Agencies", "Agenturen") credits someone, not no one.
[newsroom-wires]
agences

[group-nouns]
# Plural nouns for a group, and figures, that open a reporting verb's own
# subject ("Prosecutors alleged that “…”", "Fifty-one percent say that
# “…”"): the quote is no earlier speaker's.
procureurs
analystes
experts
critiques
chercheurs
économistes
scientifiques

# Requests to the reader (see en.lex [promo-cues]): "Abonnez-vous à la
# newsletter du Courrier du Port", "Téléchargez l'application …".
[promo-cues]
abonnez-vous
inscrivez-vous
suivez-nous
téléchargez

# Requests naming the outlet as "notre"/"nous" (see en.lex [promo-own]).
[promo-own]
suivez-nous
abonnez-vous à notre
téléchargez notre

# A word that opens a date's clock time ("3 juin 2026 à 9 h 15").
[clock-words]
à

# Lower-case words a title in title case keeps inside it ("Le Retour dans la Vallée"):
# read to tell a quoted title from speech.
[title-joiners]
de
du
des
la
le
les
et
en
dans
sur
sous
pour
avec
sans
vers
entre
un
une
au
aux

# Words that open a bracket sending the reader elsewhere ("(voir « … »)").
[cross-references]
voir
voir aussi

# Names of languages: a translation note ("Cet article a été publié initialement en Anglais") names the
# language the story first ran in, never an outlet (see source.go).
[language-names]
anglais
français
allemand
espagnol
portugais
italien
néerlandais
russe
arabe
chinois
japonais
turc
polonais
ukrainien
grec

# How an opinion piece's closing note names its author by role, not by
# name ("L'auteur est professeur …"): see isRoleNote.
[author-nouns]
l'auteur
l’auteur
l'autrice
l’autrice

# Nouns that name a scholarly journal after them ("the journal X"): a
# journal printing a study is where a finding appeared, no outlet the
# article cites (FIELDS.md, sources). See journalNames.
[journal-nouns]
la revue
revue scientifique
revue médicale

# Outlet nouns that name a news agency: an agency named by its noun is one
# the story draws on wherever it is named (see namedOutlets).
[agency-nouns]
agence de presse

# Prepositions that, just before an outlet's noun (maybe with an article
# between), make the mention a citation (see sentenceCites).
[source-prepositions]
par
dans
avec

# A wire credit line at the foot of a story ("(Reportage de X; édité par Y)").
[byline]
reportage de = reporter

# Bodies and groups that speak as themselves after a definite determiner
# ("a précisé la préfecture", "la famille a déclaré").
[body-nouns]
ministère
police
gendarmerie
famille
préfecture
gouvernement
autorités
mairie
parquet

[body-determiners]
le
la
les

# Prepositions that join a complement to a body noun ("the family of the
# victim"): the phrase runs on over a determiner and one word.
[body-complements]
de
du
des
d'
d’

# Conjunctions that, after a comma, open a clause with its own subject
# ("X veut partir, mais Y a déclaré que …").
[clause-joiners]
mais
tandis

# Adjectives follow their noun ("la police nationale"): a body noun keeps one.
[adjective-after-noun]
yes

# Last words of a citation cue that may follow the verb's subject, which
# French sets after the verb after a quotation: "« … », a indiqué la
# maire à l'AFP" for the cue "a indiqué à X" (see invertedCueEnd).
[inverted-cue-words]
à
au

# Month abbreviations of a date line and a wire dateline ("7 déc. 2026",
# "LYON, 3 avr (…) -"), accented and bare.
[months]
janv = 1
févr = 2
fevr = 2
avr = 4
juil = 7
déc = 12
sept = 9
oct = 10
nov = 11

# Words of a sports competition's name ("Coupe de France –"): a sports page may open on
# the competition before a dash, as a dateline opens on its town; no town's
# name holds one of them.
[competitions]
ligue
coupe
tour

# The first piece of a breadcrumb trail (see en.lex).
[breadcrumb-heads]
accueil

# The départements and régions of France, printed in brackets after a
# town in local and wire copy ("Sète (Hérault) –", "Vannes (Morbihan) -"):
# the bracket is the place's, not an agency (see placeBracket). A town
# that is itself a département's name ("Paris") is left to [places].
[place-regions]
ain
aisne
allier
alpes-de-haute-provence
hautes-alpes
alpes-maritimes
ardèche
ardennes
ariège
aube
aude
aveyron
bouches-du-rhône
calvados
cantal
charente
charente-maritime
cher
corrèze
corse-du-sud
haute-corse
côte-d'or
côte-d’or
côtes-d'armor
côtes-d’armor
creuse
dordogne
doubs
drôme
eure
eure-et-loir
finistère
gard
haute-garonne
gers
gironde
hérault
ille-et-vilaine
indre
indre-et-loire
isère
jura
landes
loir-et-cher
loire
haute-loire
loire-atlantique
loiret
lot
lot-et-garonne
lozère
maine-et-loire
manche
marne
haute-marne
mayenne
meurthe-et-moselle
meuse
morbihan
moselle
nièvre
nord
oise
orne
pas-de-calais
puy-de-dôme
pyrénées-atlantiques
hautes-pyrénées
pyrénées-orientales
bas-rhin
haut-rhin
rhône
haute-saône
saône-et-loire
sarthe
savoie
haute-savoie
seine-maritime
seine-et-marne
yvelines
deux-sèvres
somme
tarn
tarn-et-garonne
var
vaucluse
vendée
vienne
haute-vienne
vosges
yonne
territoire de belfort
essonne
hauts-de-seine
seine-saint-denis
val-de-marne
val-d'oise
val-d’oise
guadeloupe
martinique
guyane
la réunion
mayotte
auvergne-rhône-alpes
bourgogne-franche-comté
bretagne
centre-val de loire
corse
grand est
hauts-de-france
île-de-france
normandie
nouvelle-aquitaine
occitanie
pays de la loire
provence-alpes-côte d'azur
provence-alpes-côte d’azur

# A newsroom's credit for its own correspondent, opening the first
# paragraph before a comma and the dateline ("From our correspondent,
# LAHORE —"): cut before the dateline is read (see cutLeadIn).
[dateline-leadins]
de notre correspondant
de notre correspondante
de nos correspondants
de notre envoyé spécial
de notre envoyée spéciale
de nos envoyés spéciaux

# Nouns naming a piece's kind, and the words after them that the writer
# follows ("Une chronique de Claire Roux", "Tribune de Claire Roux"): see
# cutKindLabel.
[byline-kinds]
article
chronique
tribune
analyse
éditorial
reportage
billet
critique
entretien
enquête
texte
récit
[byline-kind-preps]
de
par

# Country domains of this language kept in one zone: a page under one that
# names no zone of its own keeps it (a language spoken across zones has no
# [home-zone]; its countries do).
[tld-zones]
fr = Europe/Paris
be = Europe/Brussels
lu = Europe/Luxembourg
mc = Europe/Monaco
sn = Africa/Dakar
ci = Africa/Abidjan
