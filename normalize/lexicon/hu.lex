# Hungarian lexicon for package normalize. Format: see id.lex. Plain
# language knowledge only: the labels of a credit line, the verbs of an
# attribution, offices and jobs, months and day names. Hungarian writes
# the family name first ("Kovács Péter"): a name is kept as printed.
[lang]
hu

# Labels before a writer's name ("Szerző: Kovács Anna", "Szöveg: …").
[byline]
szerző = reporter
szerzők = reporter
írta = reporter
szöveg = reporter
fotó = photographer
fotók = photographer
fordította = translator
szerkesztő = editor

[conjunctions]
és

# Reporting verbs of the past, the usual tense of an attribution ('„…”
# – mondta Kovács Anna.', '„…” – közölte.').
[verbs]
mondta
mondják
közölte
nyilatkozta
hangsúlyozta
fogalmazott
írta
magyarázta
jelezte
válaszolta
felelte
tette
emelte
jelentette
kérdezte
reagált
mondja

# Speech is also printed as a paragraph opened by a dash ('– …, –
# mondta Kovács Anna.'): see dashSpeech.
[dash-speech]
yes

# "ő" is a person of either gender.
[pronouns]
ő = -

# Hungarian leaves out a subject pronoun ('„…” – tette hozzá.').
[dropped-subjects]
yes

# Offices and jobs, which follow or precede the name ("Kovács Anna
# polgármester", "a miniszter").
[titles]
miniszter
miniszterelnök
államtitkár
polgármester
képviselő
elnök
igazgató
vezérigazgató
szóvivő
professzor
orvos
edző
ügyvéd
ügyész
bíró
szakértő
elemző
közgazdász
színész
színésznő
író

# Month names and their abbreviations ("2026. december 7.", "2026. dec.
# 7."): the year opens the date.
[months]
január = 1
jan = 1
február = 2
febr = 2
március = 3
márc = 3
április = 4
ápr = 4
május = 5
máj = 5
június = 6
jún = 6
július = 7
júl = 7
augusztus = 8
aug = 8
szeptember = 9
szept = 9
október = 10
okt = 10
november = 11
nov = 11
december = 12
dec = 12

# Day names ("2026. december 7., hétfő").
[days]
hétfő
kedd
szerda
csütörtök
péntek
szombat
vasárnap

# Country domains of this language kept in one zone: a page under one that
# names no zone of its own keeps it (a language spoken across zones has no
# [home-zone]; its countries do).
[tld-zones]
hu = Europe/Budapest
