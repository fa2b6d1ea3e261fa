# Portuguese lexicon for package normalize. Format: see id.lex.
[lang]
pt
[byline]
# Byline and credit labels of Portuguese news pages (general language).
por = reporter
autor = reporter
autora = reporter
autores = reporter
autoras = reporter
texto = reporter
reportagem = reporter
escrito por = reporter
publicado por = reporter
edição = editor
editado por = editor
tradução = translator
traduzido por = translator
fotos = photographer
fotografia = photographer
colaboração = contributor
com informações de = contributor
[conjunctions]
e
[months]
janeiro = 1
fevereiro = 2
março = 3
abril = 4
maio = 5
junho = 6
julho = 7
agosto = 8
setembro = 9
outubro = 10
novembro = 11
dezembro = 12
[stopwords]
o
os
que
não
uma
para
com
do
da
dos
das
em
no
na
ao
mais
mas
foi
ser
pelo
pela
está
também

# Prepositions that carry an organisation's name on over its complement
# ("o Ministério da Saúde", "o Instituto de Meteorologia"): the complement is part of the name.
[org-complements]
de
da
do
das
dos

# Words that start or end an organisation's name ("Ministério da Saúde", "Instituto de Meteorologia"): such a name is an
# organisation, never a person.
[org-words]
ministério
instituto
universidade
agência
associação
fundação
governo
conselho
comissão
partido
banco
empresa
tribunal
hospital
departamento
federação
sindicato

[joiners]
de
do
da

# Citation cues whose X must be an outlet.
[sources-outlet]
segundo X
segundo o X
segundo a X
de acordo com o X
de acordo com a X
de acordo com X
X informou
noticiou X
X noticiou
publicou X
X publicou
disse ao X
disse à X
afirmou ao X
afirmou à X
declarou ao X
declarou à X
em entrevista ao X
em entrevista à X
citado pelo X
citada pela X

# Words that name newspapers, alone or as the head of a compound.
[outlet-words]
jornal
folha
diário
gazeta
notícias

[place-prepositions]
em

# Words opening the clause a reporting verb reports ("says that the border
# …“"): the verb may stand farther before a quote.
[complementizers]
que

# Nouns that introduce an outlet's name, marked "= named" as in the other languages:
# the mere mention of "o jornal X" names a source.
[outlet-nouns]
# A noun of several words names too: "a agência de notícias X".
agência de notícias = named
jornal = named
semanário = named

# Words of a newsroom label ("Da Redação", "Redação Nacional").
[newsroom]
redação
redacao

# Requests to the reader (see en.lex [promo-cues]): "Assine a newsletter
# do Jornal da Serra", "Siga o Jornal da Serra no Instagram".
[promo-cues]
assine
inscreva-se
siga
baixe
receba
clique aqui

# Requests naming the outlet as "nosso"/"nos" (see en.lex [promo-own]).
[promo-own]
siga-nos
assine nossa
assine nosso
receba nossa
receba nosso
baixe nosso
baixe nossa
inscreva-se em nosso
inscreva-se no nosso

# Reporting verbs of Portuguese news, present and past. Portuguese drops the
# subject, so a bare '"…", afirmou.' goes to the person the text is already
# about.
# "conta" (tells) is the Italian "counts": read in Portuguese text only.
[own-verbs]
conta

[verbs]
# More verbs of Portuguese attributions ('"…", escreveu Costa', '"…",
# referiu o autarca'), present and past.
refere
referiu
adiantou
indicou
defendeu
escreveu
escreve
questionou
perguntou
respondeu
informou
anunciou
confirmou
criticou
argumentou
sublinha
salienta
considerou
insistiu
reforçou
apontou
diz
dizem
disse
afirmou
declarou
explicou
acrescentou
destacou
ressaltou
salientou
sublinhou
comentou
lembrou
garantiu
admitiu
reconheceu
concluiu
alertou
frisou
avaliou
observou
pontuou
relatou
contou
revelou
confessou
completou
acrescenta
ressalta
destaca
lembra
garante
avalia
declara
afirmam

[pronouns]
ele = m
ela = f
eles = -
elas = -

# A role opened by an indefinite names no one ("um porta-voz").
[articles]
um
uma

# Common offices of Portuguese news, never a name.
[titles]
prefeito
prefeita
ministro
ministra
porta-voz
secretário
secretária
diretor
diretora
governador
governadora
deputado
deputada
senador
senadora
treinador
técnico
delegado
delegada
vereador
vereadora

# The language leaves out subject pronouns: a verb alone names no one.
[dropped-subjects]
yes

# A word that opens a date's clock time ("3 de junho de 2026 às 9h15").
[clock-words]
às

[syndication]
# Lines naming the outlet a story first ran in (see en.lex [syndication]).
este artigo foi publicado originalmente em X
este artigo foi publicado originalmente no X
este artigo foi publicado originalmente na X
este texto foi publicado originalmente em X
publicado originalmente em X

[labels]
# A post's taxonomy labels (see en.lex).
categoria
categorias
etiquetas
marcadores

# Lower-case words a title in title case keeps inside it ("O Regresso para a Ilha"):
# read to tell a quoted title from speech.
[title-joiners]
de
do
da
dos
das
e
em
no
na
nos
nas
com
para
por
sem
sobre
entre
um
uma
o
os
as
ao

# Names of languages: a translation note ("Este artigo foi publicado originalmente em Inglês") names the
# language the story first ran in, never an outlet (see source.go).
[language-names]
inglês
francês
alemão
espanhol
português
italiano
holandês
russo
árabe
chinês
japonês
turco
polaco
polonês
ucraniano
grego

# How an opinion piece's closing note names its author by role, not by
# name ("O autor é professor …"): see isRoleNote.
[author-nouns]
o autor
a autora

# Verbs an author's note goes on with after the author's name or role (see
# isAuthorNote, isRoleNote).
[bio-verbs]
é
era
escreve

# Nouns that name a scholarly journal after them ("the journal X"): a
# journal printing a study is where a finding appeared, no outlet the
# article cites (FIELDS.md, sources). See journalNames.
[journal-nouns]
revista científica
revista médica

# Outlet nouns that name a news agency: an agency named by its noun is one
# the story draws on wherever it is named (see namedOutlets).
[agency-nouns]
agência de notícias

# Prepositions that, just before an outlet's noun (maybe with an article
# between), make the mention a citation (see sentenceCites).
[source-prepositions]
pelo
pela
por
no
na
em
com

# Wire credit lines at the foot of a story ("(Reportagem de X; Edição de
# Y)", "(Reportage de X, avec Y; édité par Z)").
[byline]
reportagem de = reporter
reportagem adicional de = contributor
edição de = editor

# The according-to words before a speaker's name: 'X, “…”' after them is
# the words of the person they name (as Spanish 'según X').
[passive-cues]
segundo
de acordo com
nas palavras de

# Day names, whole and as a date line shortens them ("Segunda-feira, 7
# de dezembro de 2026").
[days]
segunda-feira
terça-feira
quarta-feira
quinta-feira
sexta-feira
sábado
domingo

# Month abbreviations of a date line ("7 dez. 2026", "3 fev 2025"); "out"
# and "set" are left out, being English words.
[months]
fev = 2
mai = 5
dez = 12

# Words of a sports competition's name ("Taça de Portugal –"): a sports page may open on
# the competition before a dash, as a dateline opens on its town; no town's
# name holds one of them.
[competitions]
liga
taça
brasileirão
campeonato

# The first piece of a breadcrumb trail (see en.lex).
[breadcrumb-heads]
início
página inicial
home

# Short closing credits naming only outlets ("Com informações da Reuters", "Fonte: Lusa").
[credit-lines]
com informações de X
com informações da X
com informações do X
com informações das agências X
fonte X

# A newsroom's credit for its own correspondent, opening the first
# paragraph before a comma and the dateline ("From our correspondent,
# LAHORE —"): cut before the dateline is read (see cutLeadIn).
[dateline-leadins]
do nosso correspondente
da nossa correspondente
do nosso enviado especial
da nossa enviada especial

# Nouns naming a piece's kind, and the words after them that the writer
# follows ("Coluna de Ana Lima", "Um artigo de Ana Lima"): see
# cutKindLabel.
[byline-kinds]
artigo
coluna
análise
opinião
crônica
crónica
reportagem
entrevista
texto
editorial
[byline-kind-preps]
de
por

# Country domains of this language kept in one zone: a page under one that
# names no zone of its own keeps it (a language spoken across zones has no
# [home-zone]; its countries do).
[tld-zones]
pt = Europe/Lisbon
