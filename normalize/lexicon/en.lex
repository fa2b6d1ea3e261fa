# English lexicon for package normalize. Format: see id.lex.

[lang]
en

[byline]
by = reporter
analysis by = reporter
opinion by = reporter
commentary by = reporter
interview by = reporter
review by = reporter
written by = reporter
text by = reporter
words by = reporter
story by = reporter
reporting by = reporter
reported by = reporter
reporter = reporter
author = reporter
posted by = reporter
additional reporting by = contributor
writing by = contributor
additional writing by = contributor
additional reporting = contributor
contributing = contributor
with files from = contributor
compiled by = contributor
research by = contributor
editing by = editor
edited by = editor
editor = editor
editors = editor
editing = editor
translated by = translator
translation by = translator
translator = translator
photos by = photographer
photo by = photographer
photo = photographer
photos = photographer
pictures by = photographer
photographs by = photographer
photography by = photographer
photographer = photographer

# Words after a credited name that say where the person filed from
# ("Reporting by Jane Roe in Kyiv").
[byline-place]
in
for
# Words that join an outlet or a second writer to a byline ("Jane Roe
# with AP"): they split names as a conjunction does, in bylines only.
[byline-with]
with


# Words of a newsroom label ("NYT Staff", "Metro Desk"), never of a
# person's name.
[newsroom]
newsroom
bureau
staff
desk
editorial
team
agencies
wires

# Phrases closing a credit sentence, crediting the names before them.
[byline-closer]
contributed to this report = contributor
contributed to this story = contributor
contributed to this article = contributor
contributed reporting = contributor
contributed additional reporting = contributor

[byline-suffix]
staff writer = reporter
staff reporter = reporter
correspondent = reporter

[byline-noise]
senior
chief
contributor
contributing writer
columnist
freelance writer
political editor
email
e-mail
copyright
all rights reserved
admin
administrator
editorial
web desk
news desk
digital desk
desk
credits
staff
email the author
email author
follow
following
more from
more stories by
view all posts
see all
bio
twitter
facebook
published
updated
hours ago
minutes ago
ago
read more
contact
about the author
senior writer
staff writer
reporter
correspondent
share

[conjunctions]
and
&

[months]
january = 1
jan = 1
february = 2
feb = 2
march = 3
mar = 3
april = 4
apr = 4
may = 5
june = 6
jun = 6
july = 7
jul = 7
august = 8
aug = 8
september = 9
sep = 9
sept = 9
october = 10
oct = 10
november = 11
nov = 11
december = 12
dec = 12

[days]
monday
mon
tuesday
tue
tues
wednesday
wed
thursday
thu
thur
thurs
friday
fri
saturday
sat
sunday
sun

[zones]
utc = +00:00
gmt = +00:00
z = +00:00
bst = +01:00
ist = +05:30
cet = +01:00
cest = +02:00
eet = +02:00
eest = +03:00
est = -05:00
edt = -04:00
cst = -06:00
cdt = -05:00
mst = -07:00
mdt = -06:00
pst = -08:00
pdt = -07:00
et = America/New_York
ct = America/Chicago
mt = America/Denver
pt = America/Los_Angeles
aest = +10:00
aedt = +11:00
sgt = +08:00
hkt = +08:00
jst = +09:00
kst = +09:00

[meridiem]
am = am
a.m. = am
pm = pm
p.m. = pm

[relative]
second = 1s
seconds = 1s
sec = 1s
secs = 1s
minute = 1m
minutes = 1m
min = 1m
mins = 1m
hour = 1h
hours = 1h
hr = 1h
hrs = 1h
day = 24h
days = 24h
week = 168h
weeks = 168h

[ago]
ago

[verbs]
uttered
shouted
yelled
screamed
whispered
chanted
tweeted
posted
said
says
say
told
tells
added
adds
asked
asks
explained
noted
wrote
writes
stated
declared
continued
responded
replied
answered
argued
insisted
warned
recalled
admitted
acknowledged
claimed
countered
interjected
rejoined
quipped
joked
observed
remarked
announced
insists
according

[participles]
# A reporting verb opening a participle clause: "X told Y, asserting that
# …" — the speaker is X, the main clause's subject, not the nearest name.
adding
saying
asserting
noting
explaining
arguing
insisting
warning
claiming
telling

[pronouns]
he = m
she = f
they = -
it = -
we = -

# Articles that open a speaker given by role ("a spokesperson for X").
[articles]
a
an
the

# Small words inside a name of an outlet or organisation ("New York
# Daily News" has none, "The Wall Street Journal", "Bank of America").
[joiners]
of
the

# Endings that make a capitalised word no name: a possessive names whose
# thing it is ("Parise's coach"); a long -ing word opens a sentence
# ("Hosting Cook …").
[possessive-suffixes]
's
’s
s'

[opener-suffixes]
ing

[passive-cues]
said by
according to

[follow-up-cues]
that was the message from
those were the words of

[passive-by]
by

[nickname-cues]
known as
nicknamed
better known as

[source-fillers]
the book = title
the website
the newspaper
the broadcaster
the agency
the outlet
news agency
newspaper
website
broadcaster
public radio

[titles]
acting
interim
commandant
brigadier
husband
wife
son
daughter
father
mother
brother
sister
widow
widower
grandmother
grandfather
girlfriend
boyfriend
fiancee
fiance
uncle
aunt
nephew
niece
cousin
attorney-general
adviser
advisor
aide
strategist
chancellor
premier
lawmaker
legislator
superintendent
sergeant
colonel
general
lieutenant
major
corporal
private
admiral
marshal
constable
deputy-director
professor
researcher
scientist
lecturer
teacher
doctor
nurse
surgeon
engineer
mechanic
activist
protester
campaigner
resident
owner
worker
farmer
student
president-elect
vice-president
executive-director
fellow
veteran
expert
author
director-general
treasury
energy
trade
commerce
education
transport
transportation
agriculture
sec
rep.
d
r
administrator
councillor
councilor
alderman
mp
mep
assemblyman
assemblywoman
congressman
congresswoman
head
state
commander
officials
official
president
vice
prime
minister
secretary
general
sen
senator
rep
representative
gov
governor
mayor
chief
executive
officer
ceo
cfo
director
spokesman
spokeswoman
spokesperson
chairman
chairwoman
chair
justice
judge
attorney
solicitor
professor
prof
dr
mr
mrs
ms
miss
sir
dame
lord
lady
gen
col
lt
capt
sgt
maj
adm
king
queen
prince
princess
pope
coach
manager
striker
captain
analyst
economist
lawyer
founder
former
deputy
assistant
associate
senior
junior
police
officer
commissioner
inspector
detective
ambassador
envoy
foreign
defence
defense
finance
home
health
interior
leader
speaker
house
white
labour
labor
conservative
democratic
republican
democrat

[org-words]
festival
league
cup
tour
championship
championships
olympics
games
series
awards
united
city
fc
athletic
rovers
wanderers
hotspur
authority
administration
affairs
resources
services
fisheries
organisation
organization
federation
alliance
coalition
network
society
programme
secretariat
directorate
inspectorate
tribunal
ombudsman
the
database
statistics
survey
bureau
district
room
desk
brothers
equities
securities
capital
partners
holdings
fund
trust
church
hospital
department
senate
congress
parliament
army
navy
forces
guard
club
team
university
academy
international
national
union
school
college
department
ministry
office
council
committee
association
union
company
corporation
inc
ltd
group
bank
house
court
agency
party
commission
board
institute
foundation
center
centre

# Cues that cite another outlet only when X is an outlet, an agency or an
# institution ("according to Statistics Indonesia"), never a person.
[sources-outlet]
X contributed to this report
X contributed to this story
X contributed reporting
via X
first reported by X
as first reported by X
X first reported
in an interview with X
said in an interview with X
speaking to X
a report by X
a report from X
X was first to report
according to X
originally appeared on X
originally appeared in X
first appeared on X
first appeared in X
originally published on X
originally published in X
first published in X
first published on X
X reported
X reports
X said in a report
reported by X
told X
X news agency
citing X
cited by X
as reported by X

# Endings of a caption part that make it a photo credit.
[credit-agencies]
getty images
shutterstock
istock
istockphoto
reuters
ap photo
afp
ap
epa
antara foto


# Outlets and agencies that may be cited, credited or be the whole byline.
[outlets]
ard
zdf
orf
rtl
deutsche welle
dw
srf
rai
bfmtv
franceinfo
rfi
nos
rtve
upi
pti
ani
ians
jiji
jiji press
asahi
yomiuri
mainichi
sbs
cbc
ctv
rnz
nbc
cbs
msnbc
the atlantic
the economist
economist
usa today
los angeles times
chicago tribune
the hill
vox
the verge
wired
techcrunch
al arabiya
al-arabiya
anadolu
anadolu agency
interfax
kompas tv
metro tv
tvone
cnbc indonesia
bisnis
kontan
jawa pos
media indonesia
idn times
tribun
katadata
jpnn
suara.com
kyiv independent
haaretz
times of israel
the jerusalem post
le monde
le figaro
libération
le parisien
el país
el mundo
la nación
clarín
der spiegel
spiegel
die zeit
bild
süddeutsche zeitung
frankfurter allgemeine
la repubblica
corriere della sera
europa press
ansa
nhk
kbs
cna
channel newsasia
bernama
the star
the hindu
times of india
variety
reuters
associated press
ap
afp
agence france-presse
bloomberg
bbc
npr
cnn
xinhua
kyodo
yonhap
dpa
ansa
efe
tass
ria novosti
sputnik
sputnik news
al jazeera
the guardian
guardian
the new york times
new york times
the washington post
washington post
new york post
new york daily news
wall street journal
the wall street journal
financial times
nikkei
cnbc
fox news
abc news
nbc news
cbs news
sky news
politico
axios
the telegraph
daily mail
the independent
the times
time
newsweek
forbes
business insider
south china morning post
scmp
straits times
the straits times
antara
antaranews
kompas
tempo
detik
detikcom
tribunnews
liputan6
okezone
republika
merdeka
viva
cnn indonesia
kumparan
sindonews
suara
tirto
beritasatu
jakarta post
the jakarta post
sda
apa
pa
pa media
aap

# Words that make a cited name an outlet rather than a person.
[outlet-words]
# Words that name newspapers in English ("the Evening Star", "the Daily Courier").
ledger
courier
star
observer
examiner
sentinel
inquirer
enquirer
mirror
express
dispatch
bulletin
advertiser
courant
online
news
post
times
daily
journal
herald
tribune
press
agency
tv
radio
media
magazine
gazette
telegraph
chronicle
.com
.co.id
.co
.id
.net
.org
.co.uk

[stopwords]
yet
however
meanwhile
today
yesterday
after
when
while
if
but
so
then
also
still
now
there
here
these
those
what
why
how
where
one
some
many
more
most
other
such
only
even
the
and
of
to
in
is
that
for
it
was
on
with
as
he
be
at
by
this
had
not
are
but
from
have
they
his
which
were
has
been
their
said
would
will
an
who
its
like
because
although
though
since
before
unless
until
once

[credit-labels]
photo
photograph
picture
image
credit
photo credit
source

# Places that stand between a title and a name ("Texas Governor Greg
# Abbott"); never part of a person's name.
[places]
hong kong
new york city
africa
asia
europe
oceania
antarctica
antarctic
arctic
latin america
south america
north america
central america
caribbean
middle east
scandinavia
australia
canada
mexico
brazil
argentina
chile
italy
spain
portugal
netherlands
belgium
switzerland
austria
poland
sweden
norway
denmark
finland
ireland
northern ireland
greece
turkey
egypt
south africa
nigeria
kenya
indonesia
malaysia
philippines
vietnam
thailand
south korea
north korea
korea
taiwan
pakistan
afghanistan
iraq
syria
lebanon
saudi arabia
qatar
alabama
alaska
arizona
arkansas
colorado
connecticut
delaware
hawaii
idaho
illinois
iowa
kansas
kentucky
louisiana
maine
maryland
massachusetts
michigan
minnesota
mississippi
missouri
nebraska
nevada
new hampshire
new jersey
new mexico
north carolina
north dakota
ohio
oklahoma
oregon
pennsylvania
rhode island
south carolina
south dakota
tennessee
utah
vermont
west virginia
wisconsin
wyoming

us
u.s.
uk
u.k.
eu
america
united states
britain
england
scotland
wales
washington
new york
california
texas
florida
london
paris
berlin
brussels
moscow
kyiv
kiev
beijing
tokyo
delhi
new delhi
jakarta
canberra
sydney
ottawa
russia
ukraine
china
india
japan
israel
gaza
iran
france
germany

[honorifics]
dr.
prof.
mr.
mrs.
ms.
rev.

# The rights notice a picture credit may end with; it credits no one.
[rights-marks]
copyright
all rights reserved
©

# Words that open a paragraph as a label before a colon or a dash: never a
# dateline's place.
[labels]
update
updated
breaking
breaking news
exclusive
analysis
opinion
comment
watch
live
video
photo
photos
note
editor's note
editor’s note
warning
correction
clarification
related
summary
background
context
fact check
read more
read also
listen
advertisement
dear
sponsored
source
sources
q
a

# Nouns that introduce an outlet's name: "the tabloid X reported".
[outlet-nouns]
newspaper = named
paper
tabloid = named
broadsheet = named
weekly = named
daily
magazine = named
broadcaster = named
network
channel
station
website
outlet
agency
wire
radio
television
tv
portal
publication

# Lines naming the outlet a story first ran in, a paragraph of their own.
[syndication]
this article first appeared in X
this article first appeared on X
this article was first published in X
this article was first published on X
this article was first published by X
this article originally appeared in X
this article originally appeared on X
this article was originally published in X
this article was originally published on X
this article was originally published by X
this story first appeared in X
this story first appeared on X
this story was originally published by X
this story was originally published in X
this story originally appeared in X
this story originally appeared on X
originally published in X
originally published on X
originally published by X
this article is republished from X
republished with permission from X

# Short closing credits that name outlets and nothing else: "With AP".
[credit-lines]
with X
with files from X
additional reporting by X
reporting by X
source X

# Articles that open a title when capitalised inside a sentence ("according
# to The X"); articles that are also particles of names are left out.
[title-articles]
the
# Prepositions after which a capitalised run is a place or an institution,
# never the speaker ("a lecturer from Nottingham, said"); a longer run
# after one is an office's place then the name ("Attorney for
# Massachusetts Joshua Levy").
[locatives]
from
in
at
for
near
outside

# Words that make a title a role noun standing for someone named before:
# "the Director noted", "said the minister".
[role-determiners]
the
this

# Compass and region words that make a two-word name a place.
[place-words]
county
province
district
island
islands
valley
peninsula
north
south
east
west
northern
southern
eastern
western
central
greater
upper
lower

# Lower-case words inside a person's name.
[name-particles]
bin
binti
ibn
van
von
de
del
der
da
dos
al

[first-person]
i
we
me
my
our
us
i'm
i've
we're
we've

[surname-titles]
king
major
bishop
judge
dean
prince
pope
sheriff
chancellor
marshal
cardinal
duke
earl
lord
knight
captain
sergeant
mayor
general
senior
junior
young
chief
abbott

[age-suffixes]
year-old
years-old
yr-old

[opener-words]
also
however
meanwhile
still
here
there
yet
but
and
then
now
today
yesterday
beyond
all

[org-nouns]
organisation
organization
body
agency
company
firm
group

# Titles that tell whom they are written before is a man or a woman: what
# "he" and "she" may stand for.
[title-genders]
mr = m
mrs = f
ms = f
miss = f
sir = m
dame = f
lord = m
lady = f
king = m
queen = f
prince = m
princess = f
spokesman = m
spokeswoman = f
chairman = m
chairwoman = f
congressman = m
congresswoman = f
assemblyman = m
assemblywoman = f
husband = m
wife = f
father = m
mother = f
son = m
daughter = f
brother = m
sister = f
widow = f
widower = m
grandmother = f
grandfather = m
girlfriend = f
boyfriend = m
uncle = m
aunt = f

[place-heads]
# Geographic nouns a place's name follows ("Port Halden" style names).
port
mount
lake
fort
cape
