# Italian lexicon for package normalize. Format: see id.lex.
[lang]
it
[byline]
# "Pubblicato da Luca Bianchi": the CMS form of the author line. (The
# bare "di Luca Bianchi" is left out: "di" opens Indonesian sentences,
# "Di Twitter pagi ini, …", and Italian lines of related stories.)
pubblicato da = reporter
testo = reporter
testo di = reporter
scritto da = reporter
autore = reporter
autrice = reporter
autori = reporter
# "A cura di Carla Neri": who put the piece together, as "compiled by".
a cura di = contributor
foto di = photographer
traduzione = translator
traduzione di = translator
# Other roles of a credit line ("Hanno collaborato X e Y", "Foto X").
hanno collaborato = contributor
ha collaborato = contributor
con la collaborazione di = contributor
foto = photographer

# "di Carla Neri e Piero Galli": the usual opening of an Italian byline,
# read only in an Italian page ("di" opens Indonesian sentences).
[own-byline]
di = reporter

[conjunctions]
e
[months]
gennaio = 1
febbraio = 2
marzo = 3
aprile = 4
maggio = 5
giugno = 6
luglio = 7
agosto = 8
settembre = 9
ottobre = 10
novembre = 11
dicembre = 12
[stopwords]
il
della
che
di
per
non
una
sono
con
gli
del
le
nel
alla
anche
più
dei
questo
ha
come
ma
delle

# Prepositions that carry an organisation's name on over its complement
# ("il Ministero della Salute", "l'Istituto di Statistica"): the complement is part of the name.
[org-complements]
di
della
del
dello
dei
degli
delle
per

# Words that start or end an organisation's name ("Ministero della Salute", "Istituto Superiore di Sanità"): such a name is an
# organisation, never a person.
[org-words]
ministero
istituto
università
agenzia
associazione
fondazione
governo
comune
consiglio
commissione
partito
banca
azienda
tribunale
ospedale
dipartimento
federazione
sindacato

# The preposition before an addressee ("ha detto il ministro a Paolo
# Rossi", "una lettera ai sindaci"): the name after it is not the speaker's.
[document-to]
a
ai
al
alla

[joiners]
di
della

# Citation cues whose X must be an outlet.
[sources-outlet]
# "come riportato dal X", "secondo quanto riportato da X", "lo riporta il X".
riportato da X
riportato dal X
riportato dalla X
come riportato dal X
come riportato dalla X
secondo quanto riportato da X
secondo quanto riportato dal X
secondo quanto riportato dalla X
secondo quanto riporta X
riporta il X
riporta la X
scrive il X
scrive la X
ha detto a X
ha dichiarato a X
secondo X
secondo il X
secondo la X
secondo lo X
riporta X
X riporta
scrive X
X scrive
come riportato da X
riferisce X
ha detto al X
ha detto alla X
ha dichiarato al X
ha dichiarato alla X
in un'intervista al X
in un'intervista alla X
come scrive X
come scrive il X
come riferisce X

# Nouns that introduce an outlet's name: "il quotidiano X"; "= named" as in the other
# languages: the mere mention names a source.
[outlet-nouns]
# A noun of several words names too: "l'agenzia di stampa X".
agenzia di stampa = named
quotidiano = named
settimanale = named
periodico = named

# Words that name newspapers, alone or as the head of a compound.
[outlet-words]
corriere
gazzetta
giornale
stampa
messaggero
notizie

# Words opening the clause a reporting verb reports ("says that the border
# …“"): the verb may stand farther before a quote.
[complementizers]
che

# Words of a newsroom label ("La Redazione", "Redazione Online").
[newsroom]
redazione

# Requests to the reader (see en.lex [promo-cues]): "Iscriviti alla
# newsletter del Corriere del Porto", "Seguici su …".
[promo-cues]
iscriviti
seguici
scarica

# Requests naming the outlet as "nostro"/"ci" (see en.lex [promo-own]).
[promo-own]
seguici
iscriviti alla nostra
scarica la nostra

# Reporting verbs of Italian news: present, remote past, and the participles
# after "ha"/"hanno"/"aveva" ("ha aggiunto"). Italian drops the subject, so a
# bare '"…", ha aggiunto.' goes to the person the text is already about.
[verbs]
# More verbs of Italian attributions ('"…", scrive Rossi', '"…", ha
# confermato il sindaco'), present and participle.
scrive
scritto
annuncia
conferma
confermato
avverte
avvertito
denunciato
chiarisce
chiarito
insistito
puntualizza
puntualizzato
incalza
rimarca
risponde
risposto
sostenuto
dice
dicono
spiega
aggiunge
afferma
sottolinea
commenta
racconta
precisa
osserva
ricorda
dichiara
ammette
prosegue
evidenzia
assicura
ribadisce
replica
conclude
disse
aggiunse
spiegò
dichiarò
detto
aggiunto
spiegato
dichiarato
sottolineato
affermato
commentato
precisato
concluso
ammesso
raccontato
ricordato
osservato
evidenziato
proseguito
assicurato
confessato
ribadito
replicato
rivelato
annunciato

[auxiliaries]
ha
hanno
aveva

[pronouns]
lui = m
lei = f

# A role opened by a possessive or an indefinite names no one ("un portavoce").
[articles]
un
una
uno

[role-determiners]
il
lo

# Common offices of Italian news, never a name.
[titles]
# Academic and professional titles abbreviated before a name:
# "il dott. Mario Ferlini", "l'avv. Giulia Santangelo".
dott
dott.ssa
avv
ing
prof.ssa
sindaco
sindaca
ministro
ministra
portavoce
segretario
segretaria
direttore
direttrice
assessore
assessora
procuratore
governatore
senatore
senatrice
deputato
deputata
allenatore
prefetto
questore

# The language leaves out subject pronouns: a verb alone names no one.
[dropped-subjects]
yes

# The zone of a page in this language, or under one of these top-level
# domains, that names no zone of its own: every country speaking it
# keeps this zone.
[home-zone]
Europe/Rome

[tlds]
it
sm

[syndication]
# Lines naming the outlet a story first ran in (see en.lex [syndication]).
questo articolo è stato pubblicato originariamente su X
questo articolo è stato pubblicato originariamente in X
questo articolo è stato pubblicato originariamente da X
questo articolo è apparso originariamente su X
pubblicato originariamente su X

[labels]
# A post's taxonomy labels (see en.lex).
categoria
categorie
argomenti

[outlets]
# Italian news agencies (see en.lex [outlets]; ANSA is listed there).
adnkronos
italpress
askanews

# Lower-case words a title in title case keeps inside it ("I Signori della Notte", "Il Ritorno dalla Luna"):
# read to tell a quoted title from speech.
[title-joiners]
di
del
dello
della
dei
degli
delle
da
dal
dallo
dalla
dai
dagli
dalle
nel
nello
nella
nei
negli
nelle
sul
sullo
sulla
sui
sugli
sulle
con
per
tra
fra
il
lo
la
gli
le
un
uno
una
al
allo
alla
ai
agli
alle

# Words that open a bracket sending the reader elsewhere ("(vedi “…”)").
[cross-references]
vedi

# Abbreviated titles written before a name and kept with it.
[honorifics]
dott.
dott.ssa.
avv.
ing.
prof.ssa.

# Names of languages: a translation note ("Questo articolo è stato pubblicato originariamente in Inglese") names the
# language the story first ran in, never an outlet (see source.go).
[language-names]
inglese
francese
tedesco
spagnolo
portoghese
italiano
olandese
russo
arabo
cinese
giapponese
turco
polacco
ucraino
greco

# How an opinion piece's closing note names its author by role, not by
# name ("L'autore è professore …"): see isRoleNote.
[author-nouns]
l'autore
l’autore
l'autrice
l’autrice

# Verbs an author's note goes on with after the author's name or role (see
# isAuthorNote, isRoleNote).
[bio-verbs]
è
era
scrive
insegna

# Nouns that name a scholarly journal after them ("the journal X"): a
# journal printing a study is where a finding appeared, no outlet the
# article cites (FIELDS.md, sources). See journalNames.
[journal-nouns]
rivista scientifica
rivista medica

# A translator credited at the foot of a story ("Tradotto da X").
[byline]
tradotto da = translator
# The English loan of wire credit lines ("(Tradotto da X, editing Y)").
editing = editor
# The desk that wrote the story up, its city before the names ("In
# redazione a Roma Luca Verdi"): the author alone, a contributor beside
# a reporter, as French 'rédigé par'.
in redazione a @ = writing

# Outlet nouns that name a news agency: an agency named by its noun is one
# the story draws on wherever it is named (see namedOutlets).
[agency-nouns]
agenzia di stampa

# Prepositions that, just before an outlet's noun (maybe with an article
# between), make the mention a citation (see sentenceCites).
[source-prepositions]
da
dal
dalla
sul
sulla
nel
nella
con

# The prepositions before a place ("a Udine", "ad Ancona", "in Sicilia"):
# the article's own words that confirm a bare place over its first
# paragraph ("Udine. Il sindaco …", see cityStopDateline).
[place-prepositions]
a
ad
in

# The according-to words before a speaker's name: 'X, “…”' after them is
# the words of the person they name (as Spanish 'según X').
[passive-cues]
secondo
a detta di
stando a

# Day names, with and without the accent a CMS may drop ("Lunedì 7
# dicembre 2026", "lunedi 7 dicembre").
[days]
lunedì
lunedi
martedì
martedi
mercoledì
mercoledi
giovedì
giovedi
venerdì
venerdi
sabato
domenica

# Month abbreviations of a date line ("7 dic 2026", "3 lug. 2025"). Left
# out: "gen" (an English general, "Gen."), "ago" and "set" (English
# words: "3 hours ago").
[months]
giu = 6
lug = 7
ott = 10
dic = 12

# Words of a sports competition's name ("Serie A –"): a sports page may open on
# the competition before a dash, as a dateline opens on its town; no town's
# name holds one of them.
[competitions]
serie
coppa
calciomercato
scudetto
giro

# The first piece of a breadcrumb trail (see en.lex).
[breadcrumb-heads]
home
pagina iniziale

# "Fonte: ANSA": the source label of a closing credit.
[credit-lines]
fonte X

# Outlets of the site's own family (see en.lex).
[sister-nouns]
testata gemella
testata sorella

# A newsroom's credit for its own correspondent, opening the first
# paragraph before a comma and the dateline ("From our correspondent,
# LAHORE —"): cut before the dateline is read (see cutLeadIn).
[dateline-leadins]
dal nostro corrispondente
dalla nostra corrispondente
dal nostro inviato
dalla nostra inviata

# Nouns naming a piece's kind, and the word after them that the writer
# follows ("Commento di Carla Neri", "Un articolo di Carla Neri"): see
# cutKindLabel.
[byline-kinds]
articolo
commento
analisi
editoriale
rubrica
intervista
reportage
servizio
cronaca
[byline-kind-preps]
di
