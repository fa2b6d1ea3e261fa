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
rédigé par = reporter
édité par = editor
édition = editor
traduit par = translator
traduction = translator
avec la contribution de = contributor
reportage = reporter
version française = translator
[conjunctions]
et
# Where a credited person filed from ("Par Claire Dubois à Lyon").
# Words of a newsroom label ("La Rédaction").
[newsroom]
rédaction
[byline-place]
à
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
