# Slovak lexicon for package normalize. Format: see id.lex. Plain
# language knowledge only: the labels of a Slovak credit line and the
# words of its attributions. No stopwords: telling Slovak from Czech is
# left to the page's declaration (see lang.go).
[lang]
sk

# Labels before a writer's name ("Autor: Ján Kováč", "Autori: …").
[byline]
autori = reporter
autorky = reporter
text = reporter
foto = photographer
preklad = translator

# Reporting verbs of Slovak attributions, in the past (masculine,
# feminine, plural: "povedal", "povedala", "povedali") and the present
# ("hovorí", "tvrdí"): '„…,“ povedal Kováč', '„…,“ doplnila sudkyňa'.
# The forms Czech shares ("dodal") are in cs.lex.
[verbs]
povedal
povedala
povedali
uviedol
uviedla
uviedli
vysvetlil
vysvetlila
vysvetľuje
zdôraznil
zdôraznila
zdôrazňuje
poznamenal
poznamenala
napísal
napísala
píše
hovorí
hovoria
spresnil
spresnila
priblížil
priblížila
doplnil
doplnila
dopĺňa
konštatoval
konštatovala
odpovedal
odpovedala
potvrdil
potvrdila
upozornil
upozornila
upozorňuje
vyhlásil
vyhlásila
tvrdil
tvrdila
myslí
dodáva
opisuje
informoval
informovala
reagoval
reagovala

# Third-person pronouns after a verb ("povedala ona" is rare; the subject
# is mostly dropped). "on" is left out, as in cs.lex.
[pronouns]
ona = f
oni = -

# Slovak leaves out a subject pronoun ('„…,“ dodala.').
[dropped-subjects]
yes

# Jobs, ranks and offices before a name, never part of it, masculine and
# feminine ("minister", "ministerka").
[titles]
minister
ministerka
premiér
premiérka
prezident
prezidentka
hovorca
hovorkyňa
riaditeľ
riaditeľka
starosta
starostka
primátor
primátorka
predseda
predsedníčka
poslanec
poslankyňa
sudca
sudkyňa
advokát
advokátka
analytik
analytička
ekonóm
ekonómka
lekár
lekárka
profesor
profesorka
župan
županka

# Month names: the genitive after a day ("7. decembra 2026") and the
# nominative of a heading ("december 2026"). "august" and the names
# Czech and Polish share with Slovak ("marca") mean the same month there.
[months]
januára = 1
január = 1
februára = 2
február = 2
marca = 3
marec = 3
apríla = 4
apríl = 4
mája = 5
máj = 5
júna = 6
jún = 6
júla = 7
júl = 7
augusta = 8
august = 8
septembra = 9
september = 9
októbra = 10
október = 10
novembra = 11
november = 11
decembra = 12
december = 12

# Day names ("Pondelok, 7. decembra 2026").
[days]
pondelok
utorok
streda
štvrtok
piatok
sobota
nedeľa

# The past tense agrees with its subject: '„…,“ doplnila.' is a woman's
# words, '„…,“ doplnil.' a man's (a plural, "doplnili", tells nothing).
[verb-genders]
la = f
l = m

# A woman's surname takes a feminine form ("Kováčová", "Malá"), a man's
# adjectival one "-ý" ("Malý").
[surname-genders]
ová = f
á = f
ý = m

# Country domains of this language kept in one zone: a page under one that
# names no zone of its own keeps it (a language spoken across zones has no
# [home-zone]; its countries do).
[tld-zones]
sk = Europe/Bratislava
