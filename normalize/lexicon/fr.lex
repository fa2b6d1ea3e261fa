# French lexicon for package normalize. Format: see id.lex.
[lang]
fr
[byline]
par = reporter
[conjunctions]
et
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

[joiners]
de
du
la

# The rights notice a picture credit may end with; it credits no one.
[rights-marks]
tous droits réservés
droits réservés

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

[articles]
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
mme = f
monsieur = m
madame = f
présidente = f
directrice = f
