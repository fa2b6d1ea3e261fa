# Czech lexicon for package normalize. Format: see id.lex. Plain language
# knowledge only: the words of dates, attributions and offices a Czech news
# page is written with.
[lang]
cs

# Common words, for language detection (see lang.go).
[stopwords]
# Words of Czech alone: the short ones it shares with English, French or
# Spanish ("a", "to", "je", "se", "na", "do", "by") are left out.
že
jako
který
která
které
podle
také
už
jsou
jsem
jsme
než
nebo
když
bude
byl
byla
bylo
však
jeho
ve
jejich
pouze
protože

# Labels before a writer's name ("Autor: Jana Nováková").
[byline]
autor = reporter
autorka = reporter
# "Autoři: Jan Novák, Eva Malá": the plural label.
autoři = reporter
autorky = reporter
překlad = translator

# Month names as a date writes them, in the genitive ("8. dubna 2025"),
# and alone, in the nominative ("duben"). "září" is both.
# Other roles of a credit line ("Překlad: X", "Foto: Y", "Spolupráce: Z").
překlad = translator
foto = photographer
spolupráce = contributor
[months]
ledna = 1
leden = 1
února = 2
únor = 2
března = 3
březen = 3
dubna = 4
duben = 4
května = 5
květen = 5
června = 6
červen = 6
července = 7
červenec = 7
srpna = 8
srpen = 8
září = 9
října = 10
říjen = 10
listopadu = 11
listopad = 11
prosince = 12
prosinec = 12
[days]
pondělí
úterý
středa
čtvrtek
pátek
sobota
neděle

# Reporting verbs of Czech attributions, in the past (masculine, feminine,
# plural: "řekl", "řekla", "řekli") and the present ("říká", "míní"):
# '„…,“ uvedl Redl', '„…,“ doplnila soudkyně'.
[verbs]
řekl
řekla
řekli
říká
říkají
uvedl
uvedla
uvedli
uvádí
dodal
dodala
dodali
dodává
doplnil
doplnila
doplňuje
míní
myslí
podotkl
podotkla
podotýká
vysvětlil
vysvětlila
vysvětluje
prohlásil
prohlásila
upozornil
upozornila
upozorňuje
potvrdil
potvrdila
potvrzuje
sdělil
sdělila
sdělili
napsal
napsala
píše
zdůraznil
zdůraznila
zdůrazňuje
uzavřel
uzavřela
konstatoval
konstatovala
poznamenal
poznamenala
odpověděl
odpověděla
tvrdí
tvrdil
tvrdila
popsal
popsala
popisuje
varoval
varovala
varuje

# Third-person pronouns after a verb ("řekla ona" is rare; the subject is
# mostly dropped, see dropped-subjects). "on" is left out: merged with the
# other lexicons it would make the English preposition a pronoun.
[pronouns]
ona = f
oni = -

# Czech leaves out a subject pronoun ('„…,“ dodala.'): a verb alone then
# says nothing of who spoke.
[dropped-subjects]
yes

# The according-to word opens a sentence and is never part of a name
# ("Podle Stanjury vláda …"). It is no passive cue (whose X speaks): X
# after it is in the genitive ("podle Petra Smejkala"), and a speaker
# must be written as the nominative the article gives.
[opener-words]
podle

# Citation cues whose X must be an outlet: "podle X", "jak uvedl X".
[sources-outlet]
podle X
podle listu X
podle deníku X
podle serveru X
podle agentury X
jak uvedl X
jak uvedla X
jak informoval X
jak informovala X
jak napsal X
jak napsala X

# Nouns that introduce an outlet's name: "deník X", "agentura X" ("list"
# and "server", English words too, are left out).
[outlet-nouns]
deník
deníku
agentura
agentury
týdeník
týdeníku
televize

# Words opening the clause a reporting verb reports ("řekl, že …").
[complementizers]
že

# Prepositions that put a place after them ("v Praze", "ve Zlíně").
[place-prepositions]
v
ve

# Jobs, ranks and offices before a name, never part of it, masculine and
# feminine ("ministr", "ministryně").
[titles]
ministr
ministryně
premiér
premiérka
prezident
prezidentka
mluvčí
ředitel
ředitelka
starosta
starostka
předseda
předsedkyně
místopředseda
místopředsedkyně
soudce
soudkyně
poslanec
poslankyně
senátor
senátorka
hejtman
hejtmanka
náměstek
náměstkyně
advokát
advokátka
analytik
analytička
ekonom
ekonomka
epidemiolog
epidemioložka
lékař
lékařka
profesor
profesorka
manažer
manažerka
makléř
makléřka
zástupce
zástupkyně

# The zone of a page in this language, or under these top-level domains.
[home-zone]
Europe/Prague

[tlds]
cz

# The past tense agrees with its subject: '„…,“ dodala.' is a woman's
# words, '„…,“ dodal.' a man's (a plural, "dodali", tells nothing).
[verb-genders]
la = f
l = m

# A woman's surname takes a feminine form ("Horáková", "Černá"), a man's
# adjectival one "-ý" ("Černý").
[surname-genders]
ová = f
á = f
ý = m

# The first piece of a breadcrumb trail (see en.lex).
[breadcrumb-heads]
úvod
hlavní strana

# "Zdroj: ČTK": the source label of a closing credit.
[credit-lines]
zdroj X
