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
authors = reporter
column by = reporter
posted by = reporter
# The blog and CMS forms of the author line: "Published by Jane Roe".
published by = reporter
submitted by = reporter
article by = reporter
additional reporting by = contributor
writing by = contributor
additional writing by = contributor
additional reporting = contributor
with reporting by = contributor
contributing = contributor
contributors = contributor
# Credit phrases that name what the writer made before "by": a guest's
# piece, and a story whose writer took the pictures too ("Guest post by
# Jane Roe", "Story and photos by Jane Roe").
guest post by = reporter
a guest post by = reporter
guest column by = reporter
guest article by = reporter
story and photos by = reporter
story and photographs by = reporter
words and pictures by = reporter
words and photos by = reporter
text and photos by = reporter
# A credit box's own nouns for the writer and for the others credited
# ("Writer: Jane Roe | Editor: Tom Okafor", "Contributing reporters: A
# and B").
writer = reporter
writers = reporter
contributing reporter = contributor
contributing reporters = contributor
with files from = contributor
compiled by = contributor
research by = contributor
editing by = editor
edited by = editor
# A desk's other editors ("Sub-editor: X", "Copy editor: X").
sub-editor = editor
subeditor = editor
copy editor = editor
copy-edited by = editor
copyedited by = editor
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
# A credit box that labels each role by its noun ("Words: Jane Roe
# Pictures: Tom Okafor", "Photography: Tom Okafor"), and other roles
# credited with "by": general English of credit lines.
words = reporter
pictures = photographer
photographs = photographer
photography = photographer
illustration by = contributor
illustrations by = contributor
graphics by = contributor
video by = contributor
with inputs from = contributor

# Words after a credited name that say where the person filed from
# ("Reporting by Jane Roe in Kyiv").
[byline-place]
in
for
# "By Jane Roe of the Harbour Times and Tom Okafor": the outlet a writer
# works for, as "for" gives it.
of
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
reports
desk
editorial
team
agencies
wires
board
reporters

# Phrases closing a credit sentence, crediting the names before them.
[byline-closer]
contributed to this report = contributor
contributed to this story = contributor
contributed to this article = contributor
# The same credit under the other names a newsroom gives its pieces
# ("Jane Roe and Tom Okafor contributed to this guide."): general English.
contributed to this guide = contributor
contributed to this review = contributor
contributed to this piece = contributor
contributed to this post = contributor
contributed to this list = contributor
contributed to this roundup = contributor
contributed to this feature = contributor
contributed to this analysis = contributor
contributed to this explainer = contributor
contributed to this coverage = contributor
contributed to this update = contributor
contributed research = contributor
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
writer
columnist
freelance writer
political editor
special to
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
# An author page's link set as the byline ("Posts by Jane Roe", "All
# articles by Jane Roe"): the label after them opens the name.
posts
all posts
articles
all articles
see all
bio
twitter
facebook
published
updated
posted
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
# Buttons and prompts set after the writer's name ("Jane Roe View
# Comments", "Jane Roe Listen to article", "Jane Roe Newsletter Sign up").
view comments
comments
listen
newsletter
sign up
# Navigation words a byline element catches (site menus, breadcrumbs).
home
menu
search
login
log in
sign in
subscribe
latest
more
editor's picks
editors' picks
editor's choice
editors' choice
editor choice
letters to the editor
editor's note

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
hst = -10:00
akst = -09:00
akdt = -08:00
awst = +08:00
acst = +09:30
acdt = +10:30
nzst = +12:00
nzdt = +13:00
sast = +02:00
# Africa, Asia, Russia and Brazil, as their papers print them; abbreviations that are
# words ("cat", "art", "west", Dutch "wat") or name two zones ("ast",
# "amt") stay out.
eat = +03:00
pkt = +05:00
myt = +08:00
pht = +08:00
npt = +05:45
ict = +07:00
msk = +03:00
brt = -03:00

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
commented
comments
reiterated
stressed
emphasized
emphasised
urged
cautioned
conceded
complained
recounted
testified
confirmed
concluded
exclaimed
predicted
maintained
contended
boasted
lamented
pleaded
mused
explains
notes
warns
recalls
admits
argues
stresses
recounts
concludes
texted
emailed
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
shouts
ordered
orders
yells
replies
responds
agreed
agrees
cautions
written
put
# The present tense of verbs above, and verbs of a profile's voice
# ("he reflects", "she asserts", "he aptly summarizes").
declares
emphasizes
emphasises
asserts
asserted
reflects
reflected
summarizes
summarises
summarized
summarised

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
it = n
we = -

# Articles that open a speaker given by role ("a spokesperson for X").
[articles]
# Possessives open a role that names no one: "his spokesman", "son avocat".
his
her
their
its
one
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
# A site that prints the apostrophe as an opening mark ("Kelce‘s").
‘s
s'

[opener-suffixes]
ing

[passive-cues]
said by
according to
in the words of

[follow-up-cues]
that was the message from
those were the words of
so said

[passive-by]
by

# Words opening one person of a group the phrase then names, no one the
# article names: "said one of the residents" is the speaker as written.
[partitives]
one of

# Words after a noun that a person's name follows, one word or more:
# "a resident named Rudy said". The name is a person's.
[naming-words]
named

# Words after which the article gives a speaker it does not name the
# name he or she goes by ("says the director of a care home, who asked to
# use the pseudonym Robert"): that name is the speaker.
[pseudonyms]
pseudonym

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
# Jobs of culture and entertainment.
guitarist
drummer
bassist
pianist
violinist
saxophonist
vocalist
actress
actor
filmmaker
singer
songwriter
producer
writer
novelist
poet
musician
artist
comedian
rapper
designer
chef
# "Adv" abbreviates "Advocate" before a name (southern Africa).
adv
advocate
witness
eyewitness
bystander
onlooker
neighbour
neighbor
shopper
commuter
passenger
voter
protestor
tourist
survivor
motorist
pedestrian
brig
cpl
pvt
cmdr
supt
insp
treasurer
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
prosecutor
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
physician
paramedic

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
corp
plc
llc
gmbh
industries
technologies
airlines
# Bodies a news story names by their noun alone ("the constabulary said",
# "the fire service said"): a word of their names, never a person's.
constabulary
service
force
brigade
embassy
consulate
charity
regulator
watchdog
airline

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
X has reported
X have reported
as X has reported
as X have reported
X said in a report
reported by X
told X
X news agency
citing X
cited by X
as reported by X
according to a report in X
according to a report by X
according to a report from X
according to a new report by X
according to a new report in X
according to a new report from X
according to a recent report by X
according to a recent report in X
according to a recent report from X
according to a story in X
according to an article in X
in an email to X
in a statement to X
in a statement given to X
confirmed to X
confirmed the news to X
confirmed the report to X
confirmed the information to X
confirmed the details to X
# An outlet's unnamed staff member reports for it: "a Reuters reporter
# saw". A named one ("AFP photographer Jane Roe was hurt") is a person
# of the story, no citation.
a X reporter
an X reporter
a X journalist
an X journalist
a X correspondent
an X correspondent
seen by X
# Papers an outlet obtained or read, statements given to it, and the
# sports and tech writers' "per X".
obtained by X
first obtained by X
reviewed by X
viewed by X
provided to X
shared with X
per X
per a report from X
per a report by X
per a report in X
X was the first to report
reports X
# ", reported the Lakeside Courier.": the verb before the outlet.
reported X
as reported in X
as first reported in X
according to reporting by X
according to reporting from X
a X report said
an X report said
an investigation by X
according to a X report
according to an X report
# A report's age before the outlet: "according to a new Bloomberg report".
according to a new X report
according to a recent X report
# A signed piece in an outlet: "she wrote in The Atlantic", "Writing in
# the Financial Times, the economist …". X must be an outlet: "wrote in
# a letter" cites no one.
wrote in X
writing in X
writes in X
# The outlet, or its writer after the outlet's possessive ("the Valley
# Ledger's Mara Quill wrote"), as the subject of a verb of writing.
X wrote
X writes
X has written
said on X
speaking on X
in an interview on X
appearing on X
# A programme or page of the outlet's, named after it: "said on NPR's
# “Morning Edition”", "told of it on CBS's Face the Nation". X must be
# an outlet, and a title must follow (not "on Fox's decision").
on X's

# Cues strong enough that an unknown name is an outlet when it is no
# person, body, place or title: "told the Prairie Wren", ", Kestrel
# reported." A leading comma: the cue follows a clause.
[sources-strong]
# A report, story or article "in" X is one X printed.
according to a report in the X
according to a story in the X
according to an article in the X
told the X
in an interview with the X
speaking to the X
, X reported
, X reports

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


# Agencies that sell pictures and write no news: a credit that names
# one, in a byline or in metadata, is a photo credit, which FIELDS.md
# never takes for an author ("Getty Images" as a page's meta author).
[picture-agencies]
getty images
shutterstock
istock
istockphoto
alamy
unsplash
pexels
pixabay
dreamstime
depositphotos
adobe stock
imago
imago images
picture alliance
picture-alliance
freepik

# Broadcasters' call signs, cited bare by local news ("according to
# KTVX", "told WFAA", "CKNW reported"): the shape of a sign, "?" any
# letter. US signs are K or W and three letters; Canadian four-letter
# signs open CF, CH, CJ or CK. A band suffix may follow ("WXYZ-TV").
[call-signs]
k???
w???
cf??
ch??
cj??
ck??

# Acronyms of a call sign's shape that name a body, a firm or a war,
# never a broadcaster.
[call-sign-bodies]
kpmg
wada
wnba
wipo
wwii
kfor
cfpb
cjeu
chip

# Outlets and agencies that may be cited, credited or be the whole byline.
[outlets]
# National news agencies whose names are longer than the three capitals an
# unknown acronym may have (see isAgency), so that an unbracketed wire
# credit after a date ("Tehran, May 3, IRNA --") reads as one. Names that
# are also given names or common words are left out.
irna
isna
kuna
kcna
unian
agerpres
tanjug
notimex
télam
lusa
ritzau
prensa latina
press trust of india
ghana news agency
saudi press agency
emirates news agency
qatar news agency
kuwait news agency
philippine news agency
vietnam news agency
# German-language papers cited by their initials ("wie die FAZ berichtete").
faz
nzz
waz
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
# Germany's church news agencies, credited beside dpa ("dpa/KNA", "epd").
kna
epd
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
# Outlets often cited in stories of other outlets (general knowledge; names
# that are also common words or names, as Vice, Metro, Focus, Stern or Dawn,
# are left out).
deadline
the wrap
tmz
semafor
mediaite
the daily beast
huffpost
buzzfeed news
the intercept
propublica
the hollywood reporter
billboard
rolling stone
the new yorker
the washington times
fox business
itv news
channel 4 news
the sun
daily mirror
the mirror
evening standard
le point
l'express
france 24
euronews
n-tv
t-online
die welt
handelsblatt
tagesschau
el confidencial
infobae
o globo
folha de s.paulo
la stampa
the times of india
hindustan times
ndtv
gulf news
al-monitor
arab news
the japan times
yomiuri shimbun
asahi shimbun
global times
people's daily
cctv
kommersant
ukrinform
kyiv post
the kyiv independent
la vanguardia

# Words that make a cited name an outlet rather than a person.
[outlet-words]
# Words that name newspapers in English ("the Evening Star", "the Daily Courier").
# "Sky Sports", "Fox Sports": broadcasters named for the sports they air.
sports
ledger
courier
star
observer
examiner
sentinel
register
intelligencer
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
channel
television
# "Seven Network", "Harbour Wire", "Florida Today", "Kestrel Review": the
# head noun of an outlet's name, never of a person's. Not "insider": a
# job too ("NFL Insider Jane Roe").
network
wire
today
review
broadcasting
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
another
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

# Capitals and the cities news is most often filed from, as written in
# English and in the languages of the pages: a dateline may name them in
# mixed case before a full stop or a colon ("Hamburg. Die …", "Kuala
# Lumpur: The …"), where an unknown word could be a label. Names that
# are also common given names or surnames (Victoria, Jordan, Santiago,
# Lima, Sofia, Wellington, Colombo) are left out.
[dateline-places]
havana
caracas
bogotá
bogota
quito
la paz
asunción
asuncion
montevideo
buenos aires
brasília
brasilia
são paulo
sao paulo
rio de janeiro
mexico city
ciudad de méxico
panama city
managua
tegucigalpa
san salvador
guatemala city
santo domingo
port-au-prince
madrid
barcelona
lisbon
lisboa
rome
milan
vienna
wien
prague
praha
warsaw
warszawa
budapest
bucharest
bratislava
ljubljana
zagreb
belgrade
sarajevo
skopje
tirana
athens
nicosia
ankara
istanbul
minsk
vilnius
riga
tallinn
helsinki
stockholm
oslo
copenhagen
reykjavik
dublin
edinburgh
amsterdam
the hague
luxembourg
geneva
genf
zurich
zürich
bern
munich
münchen
frankfurt
hamburg
cologne
köln
strasbourg
cairo
kairo
tehran
teheran
baghdad
bagdad
damascus
damaskus
beirut
amman
riyadh
doha
dubai
abu dhabi
jerusalem
tel aviv
ramallah
sanaa
muscat
kuwait city
manama
nairobi
addis ababa
khartoum
lagos
abuja
accra
dakar
kinshasa
johannesburg
cape town
pretoria
harare
lusaka
kampala
kigali
dar es salaam
dodoma
mogadishu
tripoli
tunis
algiers
rabat
casablanca
maputo
luanda
bamako
niamey
seoul
pyongyang
taipei
shanghai
hanoi
ho chi minh city
bangkok
manila
kuala lumpur
singapore
phnom penh
vientiane
yangon
dhaka
kathmandu
islamabad
karachi
lahore
kabul
mumbai
kolkata
chennai
bangalore
bengaluru
osaka
ulaanbaatar
tashkent
astana
almaty
bishkek
dushanbe
tbilisi
yerevan
baku
dili
auckland
melbourne
brisbane
suva
port moresby
chicago
los angeles
san francisco
boston
seattle
houston
atlanta
miami
denver
philadelphia
las vegas
new orleans
toronto
montreal
vancouver

# Words of a time adverbial that may close ", X reported" before the
# sentence goes on: "The plan, X reported earlier this week, has …".
[report-times]
earlier
later
first
last
this
week
month
year
yesterday
today
tonight
overnight
recently
previously

# Words of the figures a company reports: before ", X reported" they make
# an unknown X the company reporting them, not an outlet.
[report-figures]
revenue
revenues
earnings
profit
profits
sales
quarter
quarterly
income
loss
losses
dividend
guidance
margin
margins
shipments
deliveries
bookings
turnover

[honorifics]
dr.
prof.
mr.
mrs.
ms.
rev.

# Academic degrees and qualifications written after a name ("Mira
# Quell, PhD"; "Owen Farr, M.D."): never part of the name, never a
# person (see dropDegrees). Only the forms no other word is: "MD" is a
# state's too.
[degrees]
ph.d.
phd
m.d.
d.phil.
dphil
m.b.a.
m.sc.
msc
b.sc.
bsc
ed.d.
edd
psy.d.
psyd
j.d.
d.d.s.
m.p.h.
esq.

# A generation's abbreviation ends a name, not a sentence: "Martin Reyes
# Jr. said".
[name-suffixes]
jr.
sr.

# The rights notice a picture credit may end with; it credits no one.
[rights-marks]
copyright
all rights reserved
©

# Words that open a paragraph as a label before a colon or a dash: never a
# dateline's place.
[labels]
# A post's taxonomy labels ("Category: News", "Tags: council"): a
# credit line's piece that opens with one names no one.
category
categories
tags
topics
filed under
posted in
# "FILE - In this photo …": the mark of an archive photo's caption.
file
commentary
editorial
explainer
perspective
spoiler
spoiler alert
satire
advertorial
obituary
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
# A wire's note on its policy closing its credit line ("Reporting by A;
# Editing by B; Our Standards: …").
our standards
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
editorial
review
interview
explainer
feature
obituary
preview
recap
sport
sports
business
politics
world news
travel
entertainment
# Kickers of headline-like openings ("POLL: Do you back the plan?",
# "TRENDING - …", "JUST IN: …"): general English of news pages, never a
# place.
poll
gallery
photo gallery
headline
headlines
trending
report
scoop
developing
just in
weather
traffic
tips
quiz
podcast
must read
icymi
highlights
recipe
horoscope
live updates
press release
in pictures
timeline

# Nouns that introduce an outlet's name: "the tabloid X reported".
[outlet-nouns]
# "= press": the press at large; a name before it ("US media") is a
# country's or a kind's, no outlet.
media = press
newspaper = named
paper
tabloid = named
broadsheet = named
weekly = named
daily
magazine = named
broadcaster = named
broadcaster = named
# A noun of several words names too: "the Czech news agency X".
news agency = named
press agency = named
# Plural: "the news agencies AFP and Reuters" names each of them.
news agencies = named
press agencies = named
agencies
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
blog
site
newsletter

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
# The other wordings of the same line (see extract/body/lexicon/en.txt).
this story first ran in X
this story first ran on X
this article first ran in X
this article first ran on X
this article was originally posted on X
this article was originally posted in X
this story was originally posted on X
this piece first appeared in X
this piece first appeared on X
this piece originally appeared in X
this piece originally appeared on X
this piece was originally published in X
this piece was originally published on X
this piece was originally published by X
this piece was first published in X
this piece was first published on X
this piece was first published by X
this content was originally published by X
this content was originally published on X
this content was originally published in X
this article is reproduced with permission from X
reproduced with permission from X
this story was first published by X
this story was first published in X
this story was first published on X
this article was produced by X
this story was produced by X
this story is republished from X

# Short closing credits that name outlets and nothing else: "With AP".
[credit-lines]
with X
with files from X
additional reporting by X
reporting by X
source X
# Indian papers' closing credit: "(With inputs from PTI)".
with inputs from X

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

# Lower-case words that go on a particle inside a name and never open
# one: "der" in "Ludovic van der Berghe" is itself a particle; these are
# only ever the second or third word of a particle run.
[particle-links]
den

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
white

# A stopword that is a given name or a surname too: capitalised and
# followed by one capitalised word that is no word of the language, it
# opens a name ("said Will Tjernlund", "He Jianxiong, the former
# director, said"), not a sentence. Also a stopword of another language
# that is an English given name ("Dan": Indonesian "and"); an entry here
# holds in English articles only.
[name-stopwords]
will
he
dan

# Nouns for a person of a nation: after a definite determiner they stand
# for the person the text has just been about, as an age does ("," the Spaniard said", "said the Dutchman").
[demonyms]
american
briton
brit
englishman
englishwoman
scot
scotsman
welshman
irishman
irishwoman
frenchman
frenchwoman
german
spaniard
italian
dutchman
dutchwoman
belgian
swiss
austrian
swede
norwegian
dane
finn
pole
czech
slovak
hungarian
romanian
bulgarian
russian
ukrainian
serb
croat
slovenian
greek
turk
portuguese
brazilian
argentine
argentinian
uruguayan
chilean
colombian
mexican
canadian
australian
kiwi
japanese
chinese
korean
indian
pakistani
kenyan
nigerian
ghanaian
ethiopian
moroccan
egyptian
israeli
iranian

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
actress = f
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

[given-names]
# Given names whose bearer's gender English-language news can take as
# read: what a "he" or "she" after two speakers resolves by when no title
# tells the gender. Only names that are plainly one gender; names given
# to both (Alex, Jordan, Dana, Robin, Jean, Andrea) are left out, and a
# name listed with both genders across the lexicons counts as neither.
james = m
john = m
robert = m
michael = m
william = m
david = m
richard = m
joseph = m
thomas = m
charles = m
christopher = m
daniel = m
matthew = m
anthony = m
mark = m
donald = m
steven = m
paul = m
andrew = m
joshua = m
kenneth = m
kevin = m
brian = m
george = m
timothy = m
ronald = m
edward = m
jason = m
jeffrey = m
ryan = m
jacob = m
gary = m
nicholas = m
eric = m
jonathan = m
stephen = m
larry = m
justin = m
scott = m
brandon = m
benjamin = m
samuel = m
gregory = m
alexander = m
frank = m
patrick = m
raymond = m
jack = m
dennis = m
jerry = m
tyler = m
aaron = m
henry = m
douglas = m
peter = m
adam = m
nathan = m
zachary = m
walter = m
kyle = m
harold = m
carl = m
jeremy = m
keith = m
roger = m
gerald = m
ethan = m
arthur = m
terry = m
christian = m
sean = m
lawrence = m
austin = m
joe = m
noah = m
jesse = m
albert = m
bryan = m
billy = m
bruce = m
willie = m
dylan = m
alan = m
ralph = m
gabriel = m
roy = m
juan = m
wayne = m
eugene = m
logan = m
randy = m
louis = m
russell = m
vincent = m
philip = m
bobby = m
johnny = m
bradley = m
howard = m
theodore = m
harry = m
oliver = m
hugh = m
colin = m
graham = m
nigel = m
neil = m
ian = m
gordon = m
malcolm = m
stuart = m
duncan = m
alistair = m
angus = m
rory = m
callum = m
liam = m
connor = m
declan = m
seamus = m
niall = m
ciaran = m
eamon = m
fergus = m
owen = m
rhys = m
gareth = m
gavin = m
craig = m
derek = m
trevor = m
clive = m
barry = m
leonard = m
stanley = m
herbert = m
cecil = m
reginald = m
rupert = m
giles = m
simon = m
toby = m
oscar = m
hugo = m
felix = m
jasper = m
edmund = m
alfred = m
ernest = m
harvey = m
lionel = m
marcus = m
martin = m
maurice = m
norman = m
percy = m
quentin = m
rodney = m
roland = m
rufus = m
sebastian = m
terence = m
victor = m
wallace = m
warren = m
wesley = m
winston = m
clarence = m
curtis = m
dwight = m
earl = m
floyd = m
glenn = m
harlan = m
lloyd = m
marvin = m
melvin = m
milton = m
otis = m
vernon = m
wendell = m
elijah = m
isaac = m
caleb = m
luke = m
levi = m
micah = m
gideon = m
ezra = m
abraham = m
moses = m
solomon = m
tobias = m
jonah = m
barnaby = m
desmond = m
dominic = m
elliot = m
ewan = m
finn = m
fraser = m
gerard = m
kenny = m
lachlan = m
mitchell = m
murray = m
ross = m
shane = m
travis = m
troy = m
vaughan = m
brett = m
darren = m
dean = m
grant = m
lance = m
nathaniel = m
mary = f
patricia = f
jennifer = f
linda = f
elizabeth = f
barbara = f
susan = f
jessica = f
sarah = f
karen = f
nancy = f
lisa = f
betty = f
margaret = f
sandra = f
ashley = f
kimberly = f
emily = f
donna = f
michelle = f
dorothy = f
carol = f
amanda = f
melissa = f
deborah = f
stephanie = f
rebecca = f
sharon = f
laura = f
cynthia = f
kathleen = f
amy = f
shirley = f
angela = f
helen = f
anna = f
brenda = f
pamela = f
nicole = f
emma = f
samantha = f
katherine = f
christine = f
debra = f
rachel = f
catherine = f
carolyn = f
janet = f
ruth = f
maria = f
heather = f
diane = f
virginia = f
julie = f
joyce = f
victoria = f
olivia = f
kelly = f
christina = f
lauren = f
joan = f
evelyn = f
judith = f
megan = f
cheryl = f
martha = f
frances = f
hannah = f
jacqueline = f
ann = f
gloria = f
kathryn = f
alice = f
teresa = f
sara = f
janice = f
doris = f
madison = f
julia = f
grace = f
judy = f
abigail = f
marie = f
denise = f
beverly = f
amber = f
theresa = f
marilyn = f
danielle = f
diana = f
brittany = f
natalie = f
sophia = f
rose = f
isabella = f
alexis = f
kayla = f
charlotte = f
marjorie = f
gwendolyn = f
mildred = f
edith = f
ethel = f
florence = f
gladys = f
agnes = f
bernice = f
hazel = f
irene = f
lillian = f
louise = f
mabel = f
muriel = f
myrtle = f
nora = f
phyllis = f
pauline = f
rosemary = f
sylvia = f
vera = f
viola = f
winifred = f
yvonne = f
beatrice = f
bridget = f
caroline = f
clara = f
claire = f
constance = f
daphne = f
eleanor = f
eileen = f
fiona = f
georgia = f
gillian = f
harriet = f
imogen = f
isla = f
jane = f
jemima = f
joanna = f
josephine = f
kate = f
katie = f
lucy = f
lydia = f
maureen = f
miriam = f
nadia = f
nina = f
penelope = f
philippa = f
priscilla = f
rosalind = f
rosie = f
sally = f
sophie = f
stella = f
susannah = f
tessa = f
una = f
ursula = f
wendy = f
zoe = f
bethany = f
chloe = f
ella = f
freya = f
holly = f
jessie = f
kirsty = f
lily = f
maisie = f
mia = f
molly = f
niamh = f
orla = f
poppy = f
rachael = f
sinead = f
siobhan = f
aoife = f
ciara = f
roisin = f
tamsin = f
tracy = f
tracey = f
vanessa = f
veronica = f
whitney = f
yolanda = f
abby = f
ada = f
alison = f
amelia = f
annie = f
audrey = f
beth = f
bonnie = f
carla = f
cassandra = f
colleen = f
courtney = f
dolores = f
eliza = f
esther = f
eva = f
faith = f
gail = f
geraldine = f
hilda = f
ingrid = f
iris = f
ivy = f
janine = f
jenny = f
joy = f
june = f
kathy = f
kristen = f
leah = f
lois = f
lorna = f
lorraine = f
marian = f
mavis = f
maxine = f
meredith = f
monica = f
nell = f
norma = f
olive = f
paula = f
peggy = f
polly = f
rita = f
rosa = f
roxanne = f
ruby = f
sheila = f
shelley = f
stacey = f
sue = f
tanya = f
tina = f
valerie = f
wilma = f
# Given names common in other regions whose people English-language news quotes.
mohammed = m
muhammad = m
mohamed = m
ahmed = m
ahmad = m
ali = m
omar = m
hassan = m
hussein = m
ibrahim = m
khalid = m
mahmoud = m
mustafa = m
youssef = m
yusuf = m
abdullah = m
tariq = m
karim = m
rashid = m
samir = m
nabil = m
faisal = m
hamza = m
bilal = m
imran = m
rahul = m
amit = m
raj = m
rajesh = m
sanjay = m
vijay = m
anil = m
sunil = m
ravi = m
arjun = m
vikram = m
suresh = m
ramesh = m
ashok = m
deepak = m
manoj = m
pradeep = m
emeka = m
chukwuemeka = m
chinedu = m
oluwaseun = m
olusegun = m
babatunde = m
kwame = m
kofi = m
kwabena = m
yaw = m
tunde = m
segun = m
musa = m
juma = m
baraka = m
otieno = m
kamau = m
mwangi = m
kipchoge = m
thabo = m
sipho = m
themba = m
jabulani = m
tendai = m
tatenda = m
fatima = f
aisha = f
ayesha = f
khadija = f
mariam = f
maryam = f
zainab = f
layla = f
leila = f
yasmin = f
yasmine = f
amina = f
salma = f
hana = f
huda = f
rania = f
priya = f
anjali = f
pooja = f
sunita = f
anita = f
kavita = f
neha = f
deepika = f
lakshmi = f
meera = f
shreya = f
divya = f
swati = f
ngozi = f
chiamaka = f
adaeze = f
chioma = f
funmilayo = f
folake = f
yetunde = f
abena = f
akosua = f
ama = f
efua = f
wanjiru = f
akinyi = f
achieng = f
nomvula = f
thandiwe = f
zanele = f
lerato = f

[object-pronouns]
# After a preposition of attribution ("according to her").
him = m
her = f

[person-nouns]
# Nouns for a person that tell a gender; after "the" they stand for the
# person of that gender named last ("says the woman").
woman = f
man = m
girl = f
boy = m
mother = f
father = m
mom = f
mum = f
dad = m
grandmother = f
grandfather = m
widow = f
widower = m
lady = f
gentleman = m
wife = f
husband = m
daughter = f
son = m
sister = f
brother = m

# Lower-case words a title in title case keeps inside it ("New England
# Journal of Medicine", "Kate by Kate Moss"): read where every noun is
# capitalised, to tell a quoted title from speech.
[title-joiners]
of
and
in
the
for
on
to
a
an
at
by
with
from
into
over
upon
about
under

[work-title-cues]
# Quoted words after them are the title of a work, not speech.
titled
entitled
headlined

[relative-pronouns]
# Open a relative clause after a noun ("says the woman who ...").
who
which

# Indefinite determiners: a phrase they open brings in a person the
# article does not name ("a spokesperson said"), written as printed.
[indefinites]
a
an
one
another

# Prepositions (and genitive articles) that attach a body to a role in a
# speaker given by role: "a spokesperson for the Foreign Office", "ein
# Sprecher des Ministeriums". Not "to", "zu": they lead to the addressee.
[role-complements]
of
for
at
from
with

# After an author's name opening the story's last paragraph, these make
# it an author's note ("Jane Roe is the paper's food critic", "Jane Roe's
# new book …", "Jane Roe writes about…"), which FIELDS.md keeps out.
# Written in lower case after a name that opens an author box, they make
# the box a short biography whose author is that name alone (cutBio).
[bio-verbs]
is
was
has
writes
covers
reports
's
’s

[byline-job]
# A writer's job printed after the name in a byline element ("Jane Roe
# Political Correspondent", "Sam Lee Senior Sports Writer"): the job's
# noun closes it, desk words stand before it. Only a run with a desk
# word is cut, so "Editor" alone after a name keeps its meaning.
reporter = noun
reporters = noun
correspondent = noun
correspondents = noun
writer = noun
writers = noun
columnist = noun
editor = noun
journalist = noun
critic = noun
producer = noun
analyst = noun
political = desk
politics = desk
news = desk
breaking = desk
sports = desk
sport = desk
business = desk
economics = desk
economy = desk
finance = desk
markets = desk
education = desk
health = desk
science = desk
technology = desk
tech = desk
travel = desk
entertainment = desk
culture = desk
arts = desk
music = desk
film = desk
fashion = desk
food = desk
crime = desk
security = desk
defence = desk
defense = desk
legal = desk
courts = desk
national = desk
international = desk
foreign = desk
world = desk
royal = desk
home = desk
environment = desk
climate = desk
data = desk
digital = desk
investigative = desk
features = desk
senior = desk
chief = desk
assistant = desk
deputy = desk
associate = desk
executive = desk
managing = desk
freelance = desk
staff = desk
contributing = desk
# "Home Affairs Correspondent", "Foreign Affairs Editor".
affairs = desk

[place-prepositions]
in
near

[verb-adverbs]
# Words between a subject and its reporting verb ("Thomas allegedly told",
# "The council has argued", "Ferris later said"): the subject is read
# back past them. An entry opening with "-" is an ending: "Brooke
# tearfully asked"; one opening with "!" is a noun with that ending.
-ly
!family
!assembly
!rally
!ally
!supply
!monopoly
!anomaly
allegedly
reportedly
later
also
then
again
once
earlier
previously
further
recently
repeatedly
publicly
privately
separately
subsequently
initially
originally
often
has
have
had
was
were
# "A voice is then heard saying:", "the man is seen telling": the
# present tense of the same frames.
is
are
would
will
could
can
may
might
be
been
heard
seen
# "was quoted as saying": a fixed frame of reported speech.
quoted
as

[document-nouns]
# Documents a quote can be read from ("the statement read", "says a
# report by …"): their issuer, when named with them, speaks; else the
# document as written (see docAttribution).
statement
statements
release
report
letter
memo
study
survey
filing
complaint
indictment
affidavit
ruling
judgment
order
law
legislation
bill
clause
document
notice
post
website
announcement
guidance
communique
petition
lawsuit
warrant

[document-verbs]
read
reads
states
stated
stipulates
makes
warns
warned
concludes
concluded
notes
noted

[document-by]
by
from
of

# Prepositions that bring in whom a document was sent to, between the
# document and its verb ("the board's letter to Mara Lind, the head of
# games at Orbitly, said"): the addressee never speaks.
[document-to]
to

[auxiliaries]
has
had
have

# Words opening the clause a reporting verb reports ("says that the border
# …“"): the verb may stand farther before a quote.
[complementizers]
that

# Nouns for an informant the article keeps unnamed: "the source said" is
# that phrase, never the person named last (see lexicon.go).
[anonymous-sources]
source
sources
insider
informant
whistleblower

# Newsroom words that stand for the wire services: a byline of them
# alone ("Agencies", "Agenturen") credits someone, not no one.
[newsroom-wires]
agencies

[group-nouns]
# Plural nouns for a group, and figures, that open a reporting verb's own
# subject ("Prosecutors alleged that “…”", "Fifty-one percent say that
# “…”"): the quote is no earlier speaker's.
prosecutors
analysts
experts
critics
researchers
economists
scientists
lawmakers
protesters
investigators
percent
# Small words inside a town's name, for the dateline only, before a
# river of [place-regions] ("Newcastle upon Tyne", "Kingston upon Thames").
[place-joiners]
upon

[place-regions]
tyne
thames
hull
trent
avon

# Requests to the reader that, in a short paragraph naming the outlet
# itself, make it the outlet's promotion of its newsletter, app, account
# or other pieces (see promo.go): "Sign up for the Harbour Times
# newsletter", "Follow @HarbourDeals on Twitter", "Stay tuned for more
# Harbour Times guides", "Download the Harbour Times app". Whole words;
# "subscribe" is no cue in "subscribed".
[promo-cues]
stay informed
get the latest
sign up
subscribe
subscribe to
follow us
follow @
stay tuned
check out
download the
download our
get the app
join our
join us on
# "Read the latest from X on our homepage", "Get the best of X
# delivered …": the outlet's pitch for its front page or its mail.
read the latest
get the best of

# Requests that name the outlet as "our" or "us" themselves (see
# promo.go): "Check out our buying guide", "Be sure to read through our
# other guides", "Follow us on Instagram". Whole words.
[promo-own]
check out our
downloading our
read through our
be sure to read our
sign up for our
sign up to our
subscribe to our
download our
follow us on
follow us at
join our

# A word that opens a date's clock time ("3 June 2026 at 9:15 am").
[clock-words]
at

# Words that open a bracket sending the reader elsewhere: the quoted words
# after them ("(see ‘Prices on the rise’)") are a figure's, a box's or
# another article's headline, not speech.
[cross-references]
see
see also
cf.

# Names of languages: a translation note ("This article was originally published in French") names the
# language the story first ran in, never an outlet (see source.go).
[language-names]
english
french
german
spanish
portuguese
italian
dutch
indonesian
russian
arabic
chinese
japanese
korean
turkish
polish
swedish
norwegian
danish
ukrainian
greek
hungarian
czech
romanian

# How an opinion piece's closing note names its author by role, not by
# name ("The writer is a professor of economics at …"): see isRoleNote.
[author-nouns]
the writer
the author
the authors
the writers
the columnist

# Nouns that name a scholarly journal after them ("the journal X"): a
# journal printing a study is where a finding appeared, no outlet the
# article cites (FIELDS.md, sources). See journalNames.
[journal-nouns]
the journal
medical journal
scientific journal
science journal
academic journal
peer-reviewed journal
research journal

# Offices and ranks abbreviated before a writer's name in a byline ("By
# Sen. Jane Roe", "Lt. Gen. Tom Okafor (ret.)"): dropped, as a job title is
# (FIELDS.md, authors). Honorifics ("Dr.") stay with the name.
[byline-offices]
sen.
gov.
rep.
lt.
gen.
col.
maj.
capt.
sgt.
adm.
amb.
brig.
cpl.
pvt.
cmdr.
supt.
insp.
det.
hon.
atty.

# Outlet nouns that name a news agency: an agency named by its noun is one
# the story draws on wherever it is named (see namedOutlets).
[agency-nouns]
news agency
press agency

# Prepositions that, just before an outlet's noun (maybe with an article
# between), make the mention a citation: "published by the newspaper X",
# not "worked for the newspaper X" (see sentenceCites).
[source-prepositions]
by
in
on
with

# Bodies and groups that speak as themselves after a definite determiner
# ("the police said", "the family said in a statement"): the phrase as
# written is the speaker, never the last person named. No person's role
# ("the minister" stands for whoever holds it) and none of [org-nouns]
# ("the company" stands for the company named before).
[body-nouns]
police
family
government
authorities
prefecture
municipality
council
army
military
prosecution

# Body nouns that speak bare, without a determiner ("police said").
[bare-body-nouns]
police
authorities

# Definite determiners before a body noun.
[body-determiners]
the

# Prepositions that join a complement to a body noun ("the family of the
# victim"): the phrase runs on over a determiner and one word.
[body-complements]
of

# Conjunctions that, after a comma, open a clause with its own subject
# ("X wants out, but Y told reporters that …").
[clause-joiners]
but
while
whereas
yet

# Verbs of mood that stand between a subject and its reporting verb ("As
# Sherlock would say"): unlike an adverb they leave a lone name its speaker.
[modal-verbs]
would
will
could
might
may
can
should
must

# Words of a sports competition's name ("Premier League –"): a sports page may open on
# the competition before a dash, as a dateline opens on its town; no town's
# name holds one of them.
[competitions]
league
cup
championship
premiership
trophy
prix

# The first piece of a site's breadcrumb trail ("Home > News > Politics"):
# a byline element that opens with one is navigation, no credit.
[breadcrumb-heads]
home
homepage
home page

# Nouns naming an outlet of the site's own family before its name ("our
# sister station X"): FIELDS.md counts no sister channel as a source.
[sister-nouns]
sister station
sister stations
sister paper
sister papers
sister newspaper
sister publication
sister publications
sister site
sister sites
sister network
sister channel
sister outlet
sister title
sister magazine

# Prepositions that join a person's name to the body the person speaks
# for, between the name and the verb after a quote ('," Mara Quill of the
# Valley Ledger said'): see nameOfBody.
[member-prepositions]
of
from
at

# Short forms of offices (see lexicon.go): a person introduced under the
# full form ("Attorney General Marla Quince") is who the short one later
# stands for ("the AG said").
[office-abbreviations]
ag = attorney general
dag = deputy attorney general
pm = prime minister
fm = foreign minister

# A newsroom's credit for its own correspondent, opening the first
# paragraph before a comma and the dateline ("From our correspondent,
# LAHORE —"): cut before the dateline is read (see cutLeadIn).
[dateline-leadins]
from our correspondent
from our correspondents
by our correspondent
by our correspondents
our correspondent
from our staff correspondent
by our staff correspondent
from our special correspondent
by our special correspondent
from our staff reporter
by our staff reporter
our staff reporter
from our reporter
by our reporter
from a correspondent
from a staff reporter
by a staff reporter

# Nouns naming a piece's kind, and the words after them that the writer
# follows, opening a byline with no label of its own ("A column by Jane
# Roe", "Essay by Jane Roe"): see cutKindLabel.
[byline-kinds]
story
column
essay
feature
article
analysis
commentary
comment
review
interview
piece
report
post
[byline-kind-preps]
by

# Country domains of this language kept in one zone: a page under one that
# names no zone of its own keeps it (a language spoken across zones has no
# [home-zone]; its countries do).
[tld-zones]
uk = Europe/London
ie = Europe/Dublin
in = Asia/Kolkata
ng = Africa/Lagos
za = Africa/Johannesburg
ke = Africa/Nairobi
gh = Africa/Accra
sg = Asia/Singapore
my = Asia/Kuala_Lumpur
ph = Asia/Manila
pk = Asia/Karachi
nz = Pacific/Auckland
lk = Asia/Colombo
bd = Asia/Dhaka
