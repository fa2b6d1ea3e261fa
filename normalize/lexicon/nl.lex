# Dutch lexicon for package normalize. Format: see id.lex.
[lang]
nl
[byline]
door = reporter
tekst = reporter
geschreven door = reporter
# Other roles of a credit line ("Eindredactie: X", "Vertaling: Y").
eindredactie = editor
bewerkt door = editor
vertaling = translator
vertaald door = translator
met medewerking van = contributor
foto = photographer
foto's = photographer
[conjunctions]
en
[months]
januari = 1
februari = 2
maart = 3
april = 4
mei = 5
juni = 6
juli = 7
augustus = 8
september = 9
oktober = 10
november = 11
december = 12
[stopwords]
de
het
een
van
en
is
dat
niet
zijn
op
te
voor
met
ook
er
maar
wordt
bij
naar
nog
werd
hij
zij
deze
die

# Prepositions that carry an organisation's name on over its complement
# ("het Ministerie van Financiën", "het Centraal Bureau voor de Statistiek"): the complement is part of the name.
[org-complements]
van
voor

# Words that start or end an organisation's name ("Ministerie van Financiën", "Centraal Bureau voor de Statistiek"): such a name is an
# organisation, never a person.
[org-words]
ministerie
instituut
universiteit
agentschap
vereniging
stichting
regering
gemeente
commissie
partij
bedrijf
rechtbank
ziekenhuis
bureau
federatie
vakbond

[joiners]
van
de

# Citation cues whose X must be an outlet.
[sources-outlet]
volgens X
meldt X
X meldt
schrijft X
X schrijft
meldde X
X meldde
schreef X
X schreef
zei tegen X
zegt tegen X
zei tegen de X
zei tegen het X
zegt tegen de X
zegt tegen het X

# Words that name newspapers, alone or as the head of a compound.
[outlet-words]
telegraaf
krant
dagblad
courant
nieuws
omroep

[place-prepositions]
in

# Reporting verbs, pronouns and role words of Dutch attributions ("zei
# minister Annelies Verbruggen", "schreef ze", "aldus de woordvoerder").
# "legt" and "merkt" (as in "legt uit", "merkt op") are German words of
# other senses: read in Dutch text only.
[own-verbs]
legt
merkt
merkte

[verbs]
# More verbs of Dutch attributions ('"…", meldt de politie', '"…",
# erkende De Vries'), present and past.
meldde
meldt
erkende
erkent
concludeerde
onderstreepte
onderstreept
vervolgde
vervolgt
beweerde
beweert
klaagde
voegt
noemde
noemt
zei
zegt
zeggen
vertelde
vertelt
schreef
schrijft
verklaarde
verklaart
stelde
stelt
aldus
benadrukte
benadrukt
antwoordde
antwoordt
reageerde
reageert
voegde
vroeg
vraagt
waarschuwde
waarschuwt
bevestigde
bevestigt
legde
liet
klonk
twitterde

[pronouns]
hij = m
zij = -
ze = -

[singular-pronouns]
# "zei ze", "schreef zij" after a verb in the singular: she.
ze = f
zij = f

[articles]
zijn
haar
een

[role-determiners]
deze

[indefinites]
een

[first-person]
ik
wij
we
mijn
ons
onze

[titles]
minister
wethouder
gedeputeerde
kamerlid
onderzoeker
onderzoekster
hoogleraar
deskundige
premier
burgemeester
woordvoerder
woordvoerster
directeur
voorzitter
schepen
gouverneur
professor
prof
advocaat
trainer
coach
kapitein
politica
politicus

# Words opening the clause a reporting verb reports ("says that the border
# …“"): the verb may stand farther before a quote.
[complementizers]
dat

# Nouns for an informant the article keeps unnamed: "the source said" is
# that phrase, never the person named last (see lexicon.go).
[anonymous-sources]
bron
ingewijde

# Nouns that introduce an outlet's name, marked "= named" as in the other languages:
# the mere mention of "de krant X" names a source.
[outlet-nouns]
krant = named
dagblad = named
weekblad = named

# Words of a newsroom label ("Door de redactie", "Redactie Buitenland").
[newsroom]
redactie

# Requests to the reader (see en.lex [promo-cues]): "Abonneer je op de
# nieuwsbrief van De Havenkrant", "Volg ons op …".
[promo-cues]
abonneer
volg ons
download de

# Requests naming the outlet as "onze"/"ons" (see en.lex [promo-own]).
[promo-own]
volg ons
abonneer je op onze

# A word that opens a date's clock time ("3 juni 2026 om 9.15 uur").
[clock-words]
om

[syndication]
# Lines naming the outlet a story first ran in (see en.lex [syndication]).
dit artikel verscheen eerder in X
dit artikel verscheen eerder op X
dit artikel verscheen eerst in X
dit artikel verscheen eerst op X
dit artikel is eerder gepubliceerd in X
dit artikel is eerder gepubliceerd op X
het artikel verscheen eerder in X
het artikel verscheen eerder op X
dit artikel verscheen oorspronkelijk in X
dit artikel verscheen oorspronkelijk op X

# Lower-case words a title in title case keeps inside it ("De Reis naar het Noorden"):
# read to tell a quoted title from speech.
[title-joiners]
van
de
het
en
in
op
met
voor
zonder
over
naar
een
der
den

# Words that open a bracket sending the reader elsewhere ("(zie ‘…’)").
[cross-references]
zie
zie ook

# Names of languages: a translation note ("Dit artikel verscheen oorspronkelijk in het Engels") names the
# language the story first ran in, never an outlet (see source.go).
[language-names]
engels
frans
duits
spaans
portugees
italiaans
nederlands
russisch
arabisch
chinees
japans
turks
pools
oekraïens
grieks

# How an opinion piece's closing note names its author by role, not by
# name ("De auteur is econoom …"): see isRoleNote.
[author-nouns]
de auteur
de schrijver

# Verbs an author's note goes on with after the author's name or role (see
# isAuthorNote, isRoleNote).
[bio-verbs]
is
was
schrijft
werkt

# Nouns that name a scholarly journal after them ("the journal X"): a
# journal printing a study is where a finding appeared, no outlet the
# article cites (FIELDS.md, sources). See journalNames.
[journal-nouns]
vakblad
wetenschappelijk tijdschrift

# Prepositions that, just before an outlet's noun (maybe with an article
# between), make the mention a citation (see sentenceCites).
[source-prepositions]
door
in
met

# The according-to words before a speaker's name: 'X, “…”' after them is
# the words of the person they name (as Spanish 'según X').
[passive-cues]
volgens
naar de woorden van

# Day names ("maandag 7 december 2026").
[days]
maandag
dinsdag
woensdag
donderdag
vrijdag
zaterdag
zondag

# Month abbreviations of a date line ("7 dec. 2026", "3 mrt 2025").
[months]
jan = 1
feb = 2
mrt = 3
apr = 4
jun = 6
jul = 7
aug = 8
sep = 9
sept = 9
okt = 10
nov = 11
dec = 12

# Words of a sports competition's name ("Eredivisie –"): a sports page may open on
# the competition before a dash, as a dateline opens on its town; no town's
# name holds one of them.
[competitions]
eredivisie
beker

# The first piece of a breadcrumb trail (see en.lex).
[breadcrumb-heads]
home
voorpagina

# "Bron: ANP": the source label of a closing credit.
[credit-lines]
bron X

# Nouns naming a piece's kind, and the words after them that the writer
# follows ("Column van Jan Smit", "Een artikel van Jan Smit"): see
# cutKindLabel.
[byline-kinds]
artikel
column
analyse
commentaar
opiniestuk
reportage
recensie
interview
verhaal
[byline-kind-preps]
van
door

# Country domains of this language kept in one zone: a page under one that
# names no zone of its own keeps it (a language spoken across zones has no
# [home-zone]; its countries do).
[tld-zones]
nl = Europe/Amsterdam
