package normalize

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // zones named by the lexicons must resolve on any machine
	"unicode"
	"unicode/utf8"

	kabar "github.com/kabar-news/kabar"
)

// The lexicons: one file a language (lexicon/LANG.lex, LANG its ISO 639-1
// code), each holding the words normalize needs for that language. Adding
// a language is adding a file; a file needs only the sections it has
// words for. All files are merged, except stopwords, kept per language
// for detection and home-zone, kept per language for dates.
//
// Format: "[section]" lines open a section; each other line is one entry,
// "key" or "key = value"; "#" opens a comment. Keys match without regard
// to case. Sections:
//
//	lang                the file's language code (must match the name)
//	byline              label = role: "penulis = reporter"; "laporan wartawan *, = reporter"
//	                    says an outlet and a comma follow the label
//	byline-suffix       closing label = role: "- detik* = reporter" (* ends a word)
//	byline-place        words after a credited name that say where they filed from: "in"
//	byline-with         words that join an outlet or a second writer to a byline: "with AP"
//	byline-kinds        nouns naming a piece's kind ("column", "Kommentar", "tribune"):
//	                    "[A] Kind Prep Name" opens a byline with no label (cutKindLabel)
//	byline-kind-preps   the words after such a noun that the writer follows: "by", "von", "de"
//	newsroom            words of a newsroom label, never a person's name: "redaksi", "staff"
//	newsroom-heads      words that open a newsroom label when the rest is the site or an
//	                    outlet ("Tim detikcom", "Redaksi KabarKita"), and may open a
//	                    person's name otherwise ("Tim Cook")
//	newsroom-wires      the newsroom words that stand for the wire services ("agencies"):
//	                    alone they still credit someone, so a byline of them is no bare label
//	byline-closer       phrase = role closing a credit sentence: "contributed to this report = contributor"
//	byline-noise        furniture that is never a name: "email the author"
//	sister-nouns        words naming an outlet of the site's own family before its name
//	                    ("sister station", "schwesterzeitung"): that outlet is no source
//	breadcrumb-heads    the first piece of a site's breadcrumb trail ("home", "startseite"):
//	                    a byline element opening with one and parted into pieces is navigation
//	conjunctions        words joining names: "dan", "and"
//	own-conjunctions    words joining names read only in a page of the file's language,
//	                    being a preposition elsewhere: Polish "i" (Norwegian "in"),
//	                    Turkish "ve" (Czech "in"); see bylineView
//	own-byline-place    [byline-place] words read only in a page of the file's language,
//	                    being a conjunction or a name's particle elsewhere: Norwegian
//	                    "i" ("Av Kari Lie i Bergen"; Polish "and", Catalan "Puig i Vidal")
//	dash-speech         "yes": the language prints speech as a paragraph opened by a dash,
//	                    unquoted ("– Vi bygger i år, säger Erik Lund."); see dashSpeech
//	own-byline          label = role read only in a page of the file's language, being
//	                    a common word elsewhere: Italian "di" ("di Carla Neri"; Indonesian
//	                    "Di Jakarta, …"); see bylineView
//	months, days        month names = number; day names
//	zones               abbreviation = offset or IANA zone: "wib = +07:00"
//	meridiem            "pm = pm"
//	clock-words         a word that opens a date's clock time: "at" (9:15), "pukul", "um"
//	relative, ago       "jam = 1h"; "lalu": for "3 jam yang lalu"
//	verbs               reporting verbs, the quote cues: "kata", "said"
//	participles         reporting verbs that open a participle clause, whose subject is the main clause's: "asserting"
//	bio-verbs           words that, after an author's name opening the last paragraph, make it the author's note: "is", "writes"
//	promo-cues          words that ask the reader to sign up, subscribe, follow or download
//	                    ("sign up", "abonniere", "follow @"): with the site's own name in a
//	                    short paragraph they make it the outlet's promotion (see isSitePromo)
//	promo-own           a request that names the outlet as "our" or "us" itself ("check out
//	                    our", "follow us on"): a promotion without the site's name
//	pronoun-suffix      a verb ending that is a pronoun: "nya" in "katanya"
//	pronouns            pronoun = gender ("m", "f", "-")
//	articles            words opening a speaker given by role: "a", "sang"
//	passive-cues        the speaker follows: "menurut", "according to"
//	nickname-cues       another name follows: "akrab disapa"
//	partitives          "one of": one person of a group the phrase names, no one named ("said one of the residents")
//	naming-words        a person's name follows a noun: "a resident named Rudi", "warga bernama Rudi"
//	follow-up-cues      open a paragraph naming the speaker of the quote before: "hal itu disampaikan"
//	passive-by          the agent word after such a cue: "oleh"
//	titles, org-words   words of jobs and of organisations, never a name
//	honorifics          abbreviations written before a name and kept with it: "dr.", "prof."
//	byline-offices      abbreviated offices and ranks written before a writer's name in a
//	                    byline and dropped from it: "sen." ("By Sen. Jane Roe"), "lt.", "gen."
//	degrees             academic degrees and qualifications written after a name ("M.Si",
//	                    "S.H.", "Ph.D."), or in lower case after the title they qualify
//	                    ("Dr. med."): never part of the name, never a person. Written
//	                    with their inner full stops; the last one is optional
//	places              places that stand between a title and a name
//	report-times        words of a time adverbial that may close ", X reported"
//	                    before the clause goes on ("earlier this week,")
//	report-figures      words of the figures a company reports ("revenue", "earnings"):
//	                    before ", X reported" they make X a company, not an outlet
//	dateline-places     capitals and the cities news is filed from, for the dateline
//	                    shapes that want a place the lexicons know (PLACE!: "Hamburg.",
//	                    "Kuala Lumpur:"); apart from places, which the speaker and
//	                    byline readers use as well
//	place-joiners       small words inside a town's official name, for the dateline
//	                    only: "am" in "Frankfurt am Main", "im" in "Freiburg im Breisgau";
//	                    a place holds one only when it ends in a place-region
//	place-regions       the river or region that qualifies a town's official name, after
//	                    a place-joiner ("Frankfurt am Main") or in brackets ("Halle (Saale)",
//	                    "Frankfurt (Oder)"): the bracket is part of the place, not the
//	                    agency of "Hamburg (dpa)"
//	place-words         compass words that make a two-word name a place: "north", "selatan"
//	place-heads         geographic nouns a place's name follows: "pulau", "tanjung", "port"
//	name-openers        particles printed as a name's first word: Balinese "I", "Ni"
//	singular-pronouns   a plural-too pronoun's gender after a singular verb: "sagte sie" (de)
//	org-suffixes        endings of compound words that make them an organisation: "ministerium"
//	name-particles      lower-case words inside a person's name: "bin", "van", "de"
//	particle-links      lower-case words that go on a particle inside a name, never
//	                    open one: "den" ("van den Broek"), "los" ("de los Ángeles")
//	adjective-after-noun "yes" where adjectives follow their noun ("la police
//	                    nationale", "el ministerio ruso"): a body noun keeps one
//	modal-verbs         verbs of mood between a subject and its reporting verb: "would"
//	                    ("As Sherlock would say": the lone name is the speaker)
//	clause-joiners      conjunctions that join a clause with its own subject after a
//	                    comma: "but", "aber", "mais" ("X wants out, but Y told …")
//	reflexives          reflexive pronouns a verb of speech takes before its subject:
//	                    "sich" ("…“, freut sich Anna Berg")
//	locatives           prepositions after which a capitalised run is a place or an
//	                    institution, never the speaker: "from", "dari", "de"
//	place-prepositions  prepositions that put a place after them and hardly ever a
//	                    person or a thing: "in", "aus", "di"; they confirm an opening
//	                    "Duisburg." as a dateline (see cityStopDateline)
//	auxiliaries         auxiliary verbs before a reporting verb after a quote: "a" ("a déclaré")
//	name-prefixes       lower-case prefixes glued to a capitalised name in the subject's
//	                    case: Zulu "u" of "uSokhela", "u-" of "u-Aunt" (the name is "Sokhela")
//	own-verbs           reporting verbs read only in a text of the file's language, being
//	                    a name or a word elsewhere: Turkish "dedi" (an Indonesian given name)
//	quote-leads         words that may open an attribution after a quote, before its
//	                    verb, pointing back at the quote: Indonesian "demikian",
//	                    "begitu" ('"…," demikian kata X'); read past
//	verb-complements    words of a verb-final language that join a quote to the reporting
//	                    verb after it: Turkish "diye", "şeklinde" ('"…" diye konuştu')
//	age-suffixes        endings of a word giving an age before a name: "year-old"
//	title-qualifiers    words after a title that qualify its office, before the body it
//	                    serves: "umum" ("Ketua Umum Kadin …"), "eksekutif", "jenderal"
//	author-nouns        the words an author's note names the author by at the close
//	                    of an opinion piece: "the writer", "penulis", "l'auteur"
//	                    ("The writer is a professor …", "*) Penulis adalah …")
//	language-names      names of languages: "french", "englisch", "anglais"; a
//	                    translation note ("originally published in French") names
//	                    the language the story ran in, never an outlet
//	demonyms            nouns for a person of a nation: "spaniard", "österreicher";
//	                    after "the", "der", "el" they stand for a person named elsewhere
//	surname-titles      titles that are surnames too, read as one when they end a name: "king"
//	byline-job          a writer's job printed after the name in a byline element:
//	                    "reporter = noun" (the job), "political = desk" (a word that
//	                    may stand before it: "Political Correspondent", "Senior Sports Writer")
//	title-suffixes      endings of compound words that make them a title: "führer", "sprecher"
//	name-suffixes       abbreviated words that end a name and no sentence: "jr." ("Martin Reyes Jr. said")
//	body-titles         titles always followed by their body: "ketua" (Ketua Bawaslu X Y)
//	title-genders       title = gender ("m", "f") of whom it is written before: "mrs = f"
//	relative-pronouns   open a relative clause after a noun: "who", "yang"
//	complementizers     open the clause a reporting verb reports: "that", "dass", "bahwa"
//	work-title-cues     words after which quoted words are a work's title: "titled", "berjudul"
//	cross-references    words that open a bracket pointing elsewhere: "see" ("(see ‘…’)"
//	                    names a figure, a box or another article, never speech)
//	plain-marks         opening quotation marks that in the file's language set off a
//	                    term, a title, a thought or emphasis, never direct speech: "‘" (ko)
//	nickname-tags       words set off after another name of a person ("Emil, sapaan
//	                    akrabnya, …"): the name before them is that person's
//	copulas             verbs joining a subject to what it is ("ist", "war"): "Aiden
//	                    Aimen ist Objektleiter" gives the run its office
//	title-joiners       the short words a title in title case leaves in lower case ("of",
//	                    "and", "der", "und"): "New England Journal of Medicine"
//	person-nouns        nouns for a person that tell a gender: "woman = f" ("says the woman")
//	group-nouns         plural nouns for a group, and figures, that open a verb's own subject
//	                    ("Prosecutors alleged that", "Fifty-one percent say that"): no speaker
//	object-pronouns     pronouns after a preposition, with their gender: "her = f" ("according to her")
//	given-names         given name = gender ("m", "f") of its bearer: "marjorie = f"; a
//	                    name listed with both genders (across languages) tells neither
//	document-nouns      nouns for a document that can be quoted: "statement", "report",
//	                    "comunicado"; its issuer, when named with it, speaks (see docAttribution)
//	document-verbs      verbs a document is quoted with besides the reporting verbs: "reads"
//	document-by         prepositions after a document noun that put its issuer after
//	                    them: "by", "from", "del"
//	org-nouns           nouns that stand for any organisation named before: "organismo", "the agency"
//	body-nouns          a body or a group that speaks as itself after a body
//	                    determiner: "police", "family", "Polizei", "préfecture"
//	bare-body-nouns     the same, speaking without a determiner: "police",
//	                    "polisi", Swedish definite forms "polisen", "familjen"
//	body-determiners    definite determiners before a body noun: "the", "die",
//	                    "las", "pihak"
//	body-complements    prepositions joining a complement to a body noun: "of", "de"
//	topic-suffixes      case endings of the word right after a reporting verb that make
//	                    it a topic ("kertoi päätöksestä", told about the decision), no
//	                    attribution; read in text of the lexicon's language only
//	org-complements     prepositions joining an organisation's name to the rest of
//	                    it: "für" ("Landesamt für Umwelt"), "de" ("Ministerio de Sanidad")
//	opener-words        words opening a sentence that are never a name: "además", "hier"
//	noun-suffixes       endings of capitalised common nouns, never a name: "ung"
//	capitalised-nouns   "yes" when the language capitalises every noun (German)
//	dropped-subjects    "yes" when the language leaves out a subject pronoun
//	                    (Spanish "confesó", Italian "ha aggiunto"): a verb alone
//	                    then says nothing of who spoke
//	verb-genders        ending = gender ("m", "f") of a reporting verb whose form
//	                    tells its subject's gender, in the file's language: Czech
//	                    "la = f" ("řekla"), Polish "ła = f", Russian "ла = f"
//	surname-genders     ending = gender of a surname whose form tells its bearer's
//	                    gender, in the file's language: Czech "ová = f", Polish
//	                    "ska = f", Russian "ова = f"
//	regional-titles     titles always followed by their region: "bupati", "kapolres"
//	office-abbreviations short = full form of an office, in the file's language:
//	                    "dirut = direktur utama", "ag = attorney general": a
//	                    person introduced under the full form is who the short
//	                    form later stands for ("kata Dirut", "the AG said")
//	first-person        first-person pronouns: "aku", "we": a profile's own words
//	role-determiners    words that make the title after (or before) them a role
//	                    noun standing for someone named: "the", "el", "itu"
//	role-complements    prepositions attaching a body to a role: "for" ("a spokesperson for X")
//	anonymous-sources   nouns for an informant kept unnamed: "source", "Quelle"; "the
//	                    source said" is that phrase, never the last person named
//	indefinites         indefinite determiners that bring in a person the article does
//	                    not name: "a", "one", "ein", "seorang" ("a spokesperson said")
//	joiners             small words inside an outlet's name: "of", "the"
//	possessive-suffixes, opener-suffixes   word endings that are no name
//	sources             citation cues with X: "dikutip dari X"
//	sources-outlet      the same, X must be an outlet: "according to X"
//	unspaced-source-cues, unspaced-outlet-nouns, unspaced-outlet-ends   citations in a
//	                    script without spaces: "米紙Xによると", "X通信が報じた" (unspacedSources)
//	unspaced-quote-particles, unspaced-quote-verbs, unspaced-subject-marks,
//	unspaced-title-suffixes   attribution by particles: "「…」と語った", the subject before
//	                    "は", "山田太郎首相" giving "山田太郎" (unspacedAttribution)
//	unspaced-spaced, unspaced-pronouns, unspaced-stem-ends   the same in a language that
//	                    spaces its words, particles glued to them (Korean: "“…”고 말했다",
//	                    "이 당선인은"; spacedAttribution)
//	unspaced-unnamed-titles   offices of a spaced language that never follow a person's
//	                    name, only a body's ("경찰 관계자", an official of the police):
//	                    the phrase as written, never the body read as a name
//	unspaced-verb-adverbs, unspaced-determiners   in a language without particles (Chinese),
//	                    words between the subject and the verb ("也" of "他也表示"), and the
//	                    numerals and demonstratives opening a person described ("一名官員")
//	sources-strong      cues strong enough that an unknown name X is an outlet when it is
//	                    no person, body, place or title: "told the X", ", X reported."
//	                    (a leading "," marks a cue that must follow a clause)
//	source-fillers      words between cue and outlet: "situs"; "buku = title": a title follows,
//	                    read to the next comma or full stop
//	outlets             known outlets and agencies
//	outlet-words        words (or ".com"-like endings) that make a name an outlet
//	source-compounds    nouns of what an outlet reports that close a compound naming it:
//	                    "Nach „X“-Informationen", "einem X-Bericht zufolge" (compoundSources)
//	credit-labels       photo credit labels: "foto"
//	rights-marks        words a credit may end with that credit no one: "all rights reserved"
//	credit-agencies     endings that make a caption part a credit: "getty images"
//	picture-agencies    agencies that sell pictures only ("getty images"): a credit
//	                    naming one is a photo credit, never an author
//	call-signs          shapes of broadcasters' call signs, "?" a letter: "k???"
//	call-sign-bodies    acronyms of a call sign's shape that are no broadcaster: "kpmg"
//	home-zone, tlds     the zone of the language's pages; top-level domains
//	tld-zones           a country domain's zone where the country keeps one:
//	                    "fr = Europe/Paris" (a language spoken across zones,
//	                    Spanish or English, has no home zone, its countries do)
//	stopwords           common words, for language detection
//	outlet-nouns        nouns that introduce an outlet's name: "newspaper", "harian";
//	                    "= named" marks those whose mere mention ("the tabloid X") names a source
//	agency-nouns        outlet nouns that name a news agency ("news agency", "nachrichtenagentur"):
//	                    an agency named by its noun is cited wherever it is named (namedOutlets)
//	source-prepositions prepositions that, just before an outlet's noun, make its mention a
//	                    citation: "by", "in", "pelo", "oleh" (sentenceCites)
//	journal-nouns       nouns (of one word or several) that name a scholarly journal after
//	                    them: "the journal", "fachjournal = capital", "jurnal ilmiah"; the
//	                    journal printing a study is no outlet the article cites (readSources)
//	syndication         lines naming the outlet a story first ran in: "artikel ini telah tayang di X"
//	credit-lines        short closing credits naming only outlets: "with X", "mit material von X"
//	lower-case-outlets  known outlets that print their names in lower case ("dpa", "kumparan"):
//	                    a name as printed, where other outlets must be capitalised
//	inverted-cue-words  last words of a cue ("à", "a", "dem") that may follow the verb's subject
//	                    set after it: "a indiqué la maire à X", "sagte sie dem X" (invertedCueEnd)
//	title-articles      articles that open a title when capitalised inside a sentence: "the", "die"
//	labels              words that open a paragraph as a label ("update", "foto"), never a dateline place
//
// lexicon/datelines.txt is the table of dateline shapes (see there).
//
//go:embed lexicon/*.lex lexicon/languages.txt lexicon/datelines.txt
var lexiconFS embed.FS

// langGenders maps a language to the gender ("m", "f") a word tells in it.
type langGenders map[string]string

// label is a byline label and the role it gives the names after it.
type label struct {
	text string // lower case
	role kabar.Role
	// outlet says an outlet name and a comma follow the label
	// ("Laporan Wartawan Tribunnews, X").
	outlet bool
	// placeFirst says the label names where the desk sits before the
	// names ("in redazione a Roma Luca Verdi"; "@" after the label in
	// the table): cutLabel cuts the place.
	placeFirst bool
	// wild says the label's last word may go on ("- detik*" matches
	// "- detikNews").
	wild bool
	// midLine is " text:" and " text :", how the label is written when it
	// starts a credit in mid-line.
	midLine [2]string
	// spaced is " text " when the label may start a credit in mid-line
	// with no colon (phraseLabelBreaks: no "*" in it, minPhraseLabel
	// words or more), else ""; commaSpaced is ", text " when a comma
	// before it splits credits (splitAtCommaLabels: two words or more,
	// no outlet after it), else "". Both are built once, with the label.
	spaced, commaSpaced string
}

// sourceCue is a citation pattern split around its X.
type sourceCue struct {
	before, after string // lower case, one of them may be empty
	// outletOnly says X counts only when it is an outlet or agency
	// ("according to X" cites people too).
	outletOnly bool
	// strong says an unknown name X counts too when it is no person,
	// body of government, place or title (strongOutlet); afterClause
	// says the cue must follow a comma closing a clause.
	strong, afterClause bool
	// possessive says X is written as an owner ("on X's Face the
	// Nation"): the cue's file form is "x's", and X is followed by a
	// title, the owner's programme or page, capitalised or quoted.
	possessive bool
	// before and after split into words
	beforeWords, afterWords []string
}

// syndicationCue opens a syndication or credit line that names an
// outlet: "artikel ini telah tayang di X", "with X".
type syndicationCue struct {
	words []string // lower case
	// creditOnly says the line is short and names only outlets ("With
	// AP", "Con información de AFP").
	creditOnly bool
}

// lexicon is every language's words merged, plus the stopwords kept per
// language for detection. It is built once from the embedded files and
// never written after.
type lexicon struct {
	bylines []label // longest first
	// lineBreakLabels are the bylines of two words, not spaced or wild:
	// the labels capitalLabelBreaks looks for inside a line.
	lineBreakLabels []label
	// bylinesByFirst[b] is bylines (same order) less the labels no
	// segment opening with byte b can match by strings.EqualFold: cutLabel's
	// prefilter (see byFirstByte).
	bylinesByFirst [256][]label
	bylineTexts    map[string]bool // the bylines' texts
	// labelByText is the first of bylines (longest first) with each
	// text that takes no outlet: inlineLabel's lookup.
	labelByText  map[string]label
	labelSet     map[string]bool // labels, the bylines' texts and creditLabels: isLabel
	bylineSuffix []label
	bylinePlace  map[string]bool // "in": "A in Kyiv"
	bylineWith   map[string]bool // "with", "avec": "A with AP"
	// bylineKinds and bylineKindPreps are [byline-kinds] and
	// [byline-kind-preps]: "Kommentar von X", "A column by X".
	bylineKinds, bylineKindPreps map[string]bool
	// breadcrumbHeads are the words a breadcrumb trail opens with
	// ("home", "inicio"): see parseByline.
	breadcrumbHeads map[string]bool
	// sisterNouns are the word sequences, lower case, that name an
	// outlet of the site's own family before its name ("sister
	// station"): see readSources.
	sisterNouns [][]string
	// sisterFirst holds the sister nouns by their first word, so that
	// sisterOutlets tries only the nouns a word opens.
	sisterFirst map[string][][]string
	// sisterRunes holds them by their first letter, for a word past
	// ASCII (sisterByRune).
	sisterRunes map[rune][][]string
	// bylinePlaceTitle holds the [byline-place] words capitalised
	// ("For", "In"), as title-case bylines print them.
	bylinePlaceTitle map[string]bool
	newsroom         map[string]bool // "redaksi", "staff": a newsroom label's words
	newsroomWires    map[string]bool // "agencies", "agenturen": newsroom words that credit the wires
	invertedCueWords map[string]bool // "à", "a", "dem": a cue's last word the verb's subject may stand before
	lowerOutlets     map[string]bool // "dpa", "kumparan": outlets whose names are printed in lower case
	newsroomHeads    map[string]bool // "tim": opens a newsroom label before an outlet's name
	bylineCloser     []label         // "contributed to this report", longest first
	noise            []string        // longest first
	noiseWords       [][]string      // noise split into words
	conjunctions     map[string]bool
	// langConjunctions are each language's [conjunctions] and
	// [own-conjunctions], ownBylinePlace each language's
	// [own-byline-place], ownBylines each language's [own-byline]
	// labels; bylineViews the lexicons the bylines of a page in a
	// language are read with (see bylineView).
	langConjunctions map[string]map[string]bool
	ownBylinePlace   map[string]map[string]bool
	ownBylines       map[string][]label
	bylineViews      map[string]*lexicon
	months           map[string]time.Month
	// monthHeads holds every byte prefix of a month name that is three
	// or four runes long (as utf8.RuneCountInString counts): what
	// isMonth takes as an abbreviated month.
	monthHeads map[string]bool
	days       map[string]bool
	// yearMarks are the words a language writes after a year in a date
	// ("3 maja 2024 r.", "roku"): a dateline's date goes on through them.
	yearMarks     map[string]bool
	zones         map[string]*time.Location
	meridiem      map[string]string
	clockWords    map[string]bool // "at", "pukul": a date's clock time follows (afterDate)
	relative      map[string]time.Duration
	ago           map[string]bool
	verbs         map[string]bool
	participles   map[string]bool
	bioVerbs      map[string]bool // "is", "writes": after an author's name, they open an author's note
	promoCues     cueIndex        // "sign up", "abonniere": a request to the reader (isSitePromo)
	promoOwn      cueIndex        // "check out our": a request naming the outlet as "our" (isSitePromo)
	pronounSuffix []string
	pronouns      map[string]string // pronoun -> gender ("m", "f", "-"; "n" a thing's: "it", "es")
	// langPronouns holds each language's own pronouns, so that a word
	// that is a pronoun elsewhere and another word here (Italian "il",
	// the article, is French "il") is no pronoun in an article of
	// this language.
	langPronouns map[string]map[string]bool
	// singularPronouns give the gender of a pronoun that is also a
	// plural, when it follows a verb in the singular ("sagte sie"):
	// German "sie" is "she" there, "they" after "sagten".
	singularPronouns map[string]string
	articles         map[string]bool // "a", "sang": open a speaker given by role
	passiveCues      [][]string      // "diungkapkan oleh": the speaker follows
	followUpCues     [][]string      // "hal itu disampaikan": the last quote's speaker follows
	passiveBy        map[string]bool // "oleh", "by" after a passive verb
	nicknameCues     [][]string      // "akrab disapa": another name follows
	namingWords      map[string]bool // "named", "bernama": a person's name follows a noun
	partitives       [][]string      // "one of", "salah satu": one of a group, unnamed
	nicknameTags     [][]string      // "sapaan akrabnya": another name comes before
	sourceFillers    [][]string      // "situs": between a source cue and the outlet
	fillerEmpty      bool            // a filler has no words: it matches anywhere, fillerFirst rejects nothing
	fillerFirst      map[string]bool // each filler's first word, and it without ",.;:" unless it ends in ":" (matchCueAt's pre-check)
	titleFillers     map[string]bool // "buku": the filler introduces a title, which runs to a comma
	titleArticles    map[string]bool // "the", "die": capitalised inside a sentence, they open a title
	cueStarts        map[string]bool // first words of passive and nickname cues
	cueStartFirst    [256]bool       // first bytes of cueStarts' keys (all when a key is ""): isCueStart
	filters          lexFilters      // of the word sets the quote reader asks most (buildFilters)
	joiners          map[string]bool // "of", "the": inside an organisation's name
	possessive       []string        // "'s": a word ending so is no speaker
	possessiveLast   [256]bool       // the last bytes of possessive's suffixes
	openerSuffix     []string        // "ing": a long capitalised word ending so opens a sentence
	titles           map[string]bool
	honorifics       map[string]bool // "dr", "prof": an abbreviation that is part of a name
	bylineOffices    map[string]bool // "sen", "lt": an office's abbreviation before a byline's name, dropped from it
	nameSuffixes     map[string]bool // "jr", "sr": a generation's abbreviation ending a name, no sentence
	degrees          map[string]bool // "m.si", "ph.d", "med": a degree around a name, no part of it (see dropDegrees)
	places           map[string]bool // lower case, one to three words
	datelinePlaces   map[string]bool // lower case: cities a dateline names (PLACE!)
	placeJoiners     map[string]bool // small words inside a town's name: "am" in "Frankfurt am Main"
	placeRegions     map[string]bool // a town name's river or region: "saale" in "Halle (Saale)"
	competitions     map[string]bool // "serie", "liga", "pokal": a word of a sports competition's name, never of a place's
	datelineLeadIns  []string        // lower case: "from our correspondent", which a comma and the dateline follow
	reportFigures    map[string]bool // "revenue", "earnings": what a company reports
	reportTimes      map[string]bool // "earlier", "week": a time adverbial after ", X reported"
	orgWords         map[string]bool
	orgLangs         map[string]map[string]bool // org word -> the languages it is one in
	orgSuffixes      []string                   // "ministerium": a compound ending so is an organisation
	placeWords       map[string]bool            // "north", "selatan"
	placeHeads       map[string]bool            // "pulau", "tanjung", "port": a place's name follows
	nameOpeners      map[string]bool            // "i", "ni": Balinese particles that open a name
	particles        map[string]bool            // "bin", "van": lower-case words inside a name
	particleLinks    map[string]bool            // "den", "los": go on a particle inside a name
	locatives        map[string]bool            // "from", "dari": a run after them is no speaker
	reflexives       map[string]bool            // "sich": between a verb of speech and its subject
	clauseJoiners    map[string]bool            // "but", "aber": a new clause, with its own subject, follows
	modals           map[string]bool            // "would", "might": a mood, not an adverb, before the verb
	placePreps       map[string]bool            // "in", "aus": a place follows them
	roleDets         map[string]bool            // "the", "itu": make a title a role noun
	// anonSources are nouns for an informant the article keeps unnamed
	// ("source", "Quelle", "fuente"): after a role determiner they stand
	// for no one named before, so the phrase as written is the speaker.
	anonSources map[string]bool
	// nounDets are the determiners of a language that capitalises its
	// nouns ("der", "des", "einer"): the capitalised word after one (and
	// its adjectives) is a noun, never a given name.
	nounDets map[string]bool
	// verbAdverbs are the words that stand between a subject and its
	// reporting verb ("allegedly", "later", "also", "had"): passed over
	// when the subject is read back from the verb.
	verbAdverbs map[string]bool
	// verbAdverbSuffixes end adverbs of manner that stand there too
	// (\"tearfully\", \"quietly\"): \"-ly\" in the lexicon.
	verbAdverbSuffixes []string
	// notVerbAdverbs are words with such an ending that are nouns
	// ("family": "the Okafor family said"): "!family" in the lexicon.
	notVerbAdverbs  map[string]bool
	indefinites     map[string]bool        // "a", "ein", "seorang": bring in someone unnamed
	roleComplements map[string]bool        // "for", "des": attach a body to a role
	firstPersons    map[string]bool        // "aku", "we"
	regional        map[string]bool        // "bupati": a title its region follows
	titleGender     map[string]langGenders // "mrs" -> "en" -> "f": a title's gender in each language listing it
	// feminineSuffixes are, per language, the endings that make a
	// woman's title of a man's ("in": "Aktivist", "Aktivistin"): a title
	// listed in both forms tells its gender by them (genderOfTitle).
	feminineSuffixes map[string][]string
	givenGender      map[string]string   // "marjorie" -> "f"; "" when the lexicons disagree
	objectPronouns   map[string]string   // "her" -> "f", "lui" -> "m"
	personNouns      map[string]string   // "woman" -> "f"
	groupNouns       map[string]bool     // "prosecutors", "percent": a subject that is no one who spoke
	workTitleCues    map[string]bool     // "titled", "berjudul"
	titleJoiners     map[string]bool     // "of", "der": lower-case words inside a title in title case
	plainMarks       map[string]string   // language -> the opening marks that set off no speech there ("‘" in Korean)
	crossRefs        map[string]bool     // "see", "siehe": opening a bracket, they point to a headline or a figure
	copulas          map[string]bool     // "ist", "war": "X ist Objektleiter" names X's office
	relatives        map[string]bool     // "who", "yang"
	complementizers  map[string]bool     // "that", "dass": open the clause a reporting verb reports
	orgNouns         map[string]bool     // "organismo": stands for an organisation
	bodyNouns        map[string]bool     // "police", "familie": a body or group speaking as itself
	bareBodyNouns    map[string]bool     // "polisi", "polisen": the same with no determiner
	bodyDets         map[string]bool     // "the", "las", "pihak": a definite determiner of a body noun
	bodyComplements  map[string]bool     // "of", "de": the body's phrase goes on
	orgComplements   map[string]bool     // "für", "de": an organisation's name goes on
	topicSuffixes    map[string][]string // lang -> "sta", "stä": the verb's topic, no attribution
	docNouns         map[string]bool     // "statement", "comunicado": a document that speaks
	docVerbs         map[string]bool     // "reads", "states": a document's reporting verb
	docIssuerPreps   map[string]bool     // "by", "from", "del": the issuer follows a document noun
	docAddressees    map[string]bool     // "to", "à": the addressee follows a document noun
	pseudonyms       map[string]bool     // "pseudonym", "samaran": the name an unnamed speaker goes by follows
	impersonalFrom   [][]string          // "aus", "du côté de": open the body an impersonal report comes from
	impersonalCues   [][]string          // "heißt es", "on indique": a report that names no speaker
	openerWords      map[string]bool     // "además": opens a sentence, no name
	nounSuffixes     map[string][]string // lang -> "ung": a capitalised noun's ending
	capNouns         map[string]bool     // lang -> capitalises every noun
	dropSubj         map[string]bool     // lang -> leaves out subject pronouns
	dashSpeechLangs  map[string]bool     // lang -> prints speech after a dash, unquoted (dashSpeech)
	verbSecond       map[string]bool     // lang -> puts the subject after the verb when another part opens the sentence
	adjAfterNoun     map[string]bool     // lang -> writes adjectives after their noun ("la police nationale")
	beforeObjects    map[string]bool     // "von", "laut", "als": after these a name is an object or a complement
	bodyTitles       map[string]bool     // "ketua": a title its body follows
	followUpFirst    map[string]bool     // first words of follow-up cues
	titleSuffixes    []string            // "sprecher": a compound ending so is a title
	titleSuffixLast  [256][]string       // titleSuffixes by last byte (every bucket holds "")
	surnameTitles    map[string]bool     // "king": a title that ends a name as a surname
	// nameStopwords are stopwords that open a name too ("Will
	// Tjernlund", "He Jianxiong", "Dan Hollis"), each with the language
	// of the lexicon that lists it: a name only in an article of that
	// language (Indonesian "Dan" is "and").
	nameStopwords map[string]string
	jobNouns      map[string]bool // "reporter", "redakteurin": a byline's job title ends with one
	jobDesks      map[string]bool // "political", "senior": words of a job title before its noun
	ageSuffixes   []string        // "year-old"
	demonyms      map[string]bool // "spaniard", "österreicher": a person of a nation
	languageNames map[string]bool // "french", "englisch": a language, never an outlet
	authorNouns   []string        // "the writer", "penulis": an author's note names the author so
	// titleQualifiers qualify the office of the title before them:
	// "umum" of "Ketua Umum" (see qualifiersAt).
	titleQualifiers map[string]bool
	// adjectiveEndings end an inflected adjective before its noun
	// (German "-e", "-en": "der britische Sender X").
	adjectiveEndings []string
	// pressNouns name the press at large ("media" = press in the
	// lexicon): "US media" names no outlet.
	pressNouns  map[string]bool
	auxiliaries map[string]bool // "a" of "a déclaré"
	// verbComplements join a quote to the verb after it in a
	// verb-final language: "diye" of '"…" diye konuştu'.
	verbComplements map[string]bool
	// quoteLeads open an attribution after a quote, before its verb
	// ("demikian" of '"…," demikian kata X'); the reader passes them.
	quoteLeads map[string]bool
	// verbFinal holds the languages whose attribution puts the subject
	// before the quote and the verb after it ('Arslan, "…" dedi.'):
	// those with verb-complements.
	verbFinal map[string]bool
	// namePrefixes are, by language, the noun-class prefixes a name
	// takes in the subject's case, glued to it ("uSokhela"): the
	// quote reader reads the name without them.
	namePrefixes map[string][]string
	// ownVerbs are the reporting verbs of one language (its key) that
	// are names or words of others: read only in a text of it.
	ownVerbs map[string]map[string]bool
	// memberPreps are, per language, the prepositions that join a
	// person's name to the body they speak for ("Mara Quill of the
	// harbour board said"): see nameOfBody. Only languages whose names
	// hold no particle of the same spelling list them.
	memberPreps   map[string]map[string]bool
	sources       []sourceCue
	cuesByWord    map[string][]sourceCue // a cue's first word -> the cues
	cueFirst      [256]bool              // first bytes of cuesByWord's keys (all when a key is "")
	cuePair       [256][4]uint64         // the first two bytes of cuesByWord's keys of two bytes or more, a bit each (cuesOf's pre-check)
	outlets       map[string]bool
	outletWordSet map[string]bool // "news", "times": a word that makes a name an outlet
	// sourceCompounds: "informationen", "bericht": the noun after the
	// hyphen of a compound whose first part names an outlet ("„X“-Bericht").
	sourceCompounds map[string]bool
	outletSuffixes  []string                   // ".com", ".co.id": a domain part that does
	stopwords       map[string]map[string]bool // lang -> words
	allStopwords    map[string]bool            // every language's
	langs           []string                   // sorted
	stopLangs       map[string][]string        // stopword -> the langs it is one of, sorted
	// stopMask is stopLangs as bits: bit k set for lx.langs[k] (at most
	// 64 languages have stopwords; parseLexicons refuses more).
	stopMask     map[string]uint64
	creditLabels []string // longest first
	// creditLabelPats holds each of creditLabels' "label:" and
	// "label :" (same order), which splitCredit and trimCaption try.
	creditLabelPats [][2]string
	rightsMarks     []string // lower case, longest first
	creditAgency    []string
	pictureAgencies map[string]bool // lower case: "getty images", "shutterstock"
	// callSigns holds the shapes of broadcasters' call signs ("k???":
	// a K and three more letters), callSignBodies the acronyms of that
	// shape that name no broadcaster ("kpmg"); see isCallSign.
	callSigns      []string
	callSignBodies map[string]bool
	homeZone       map[string]*time.Location // lang -> zone
	tldZone        map[string]*time.Location // "fr" -> Europe/Paris
	tldLang        map[string]string         // top-level domain -> lang
	detector       *textDetector             // lexicon/languages.txt: the text's language when in doubt
	labels         map[string]bool           // "update", "foto": a paragraph's label, no place
	otherLabels    []string                  // the labels that are no byline's text (cutOtherLabel)
	outletNouns    map[string]bool           // "newspaper", "harian": the name after is an outlet
	// Scripts written without spaces (Japanese): cues that follow the
	// name ("によると"), nouns that stand before it ("紙", "ニュースサイト")
	// and words that end it ("通信", "新聞"). See unspacedSources.
	unspacedCues, unspacedNouns, unspacedEnds []string
	// unspaced holds, by language, how a script without spaces
	// attributes a quote: see unspacedAttribution.
	unspaced         map[string]*unspacedLex
	namingNouns      map[string]bool       // outlet nouns marked "= named": "the tabloid X" cites X
	namingCapital    map[string]bool       // namingNouns written capitalised as every noun of their language ("Nachrichtenagentur")
	namingPhrases    map[string][][]string // outlet nouns of several words marked "= named", by their first word: "agence de presse" under "agence" with ["de" "presse"]
	namingFirst      [256]bool             // first bytes of namingNouns' keys and namingPhrases' first words, and 'l' (l', l’)
	namingPair       [256][4]uint64        // the first two bytes of namingNouns' keys of two bytes or more, a bit each (namingNoun's pre-check)
	outletNounFirst  [256]bool             // first bytes of outletNouns' keys (isOutletNoun's pre-check)
	outletNounPair   [256][4]uint64        // the first two bytes of outletNouns' keys of two bytes or more, a bit each (isOutletNoun's pre-check)
	outletNounEmpty  bool                  // "" is an outlet noun
	syndication      []syndicationCue      // "artikel ini telah tayang di X", "with X"
	syndicationFirst [256]bool             // first bytes of the runes that fold with a syndication cue's first rune (mayOpenSyndication's pre-check)
	syndicationOpen  syndicationOpeners    // the first words of the syndication cues that are not credit-only (mayOpenSyndicationCue)
	datelineRows     []datelineRow         // lexicon/datelines.txt, in order
	// journalNouns are the nouns that name a scholarly journal after
	// them, by their first word: "the journal" under "the".
	journalNouns map[string][]journalNoun
	// journalPair has a bit for the first two bytes, lower case, of
	// each key of journalNouns, and journalLens one for each key's
	// length (up to 63 bytes): journalNames looks a word up only when
	// both are set.
	journalPair [256][4]uint64
	journalLens uint64
	// agencyNouns are the outlet nouns, of one word or several, that name
	// a news agency: "news agency", "nachrichtenagentur".
	agencyNouns map[string]bool
	// sourcePreps are the prepositions that make an outlet named by its
	// noun just after them a citation: "by", "in", "pelo", "oleh".
	sourcePreps map[string]bool
	// creditGate refuses, cheaply and exactly, the lines the credit-line
	// reader would refuse; built from bylines, bylineSuffix and
	// bylineCloser.
	creditGate creditGate

	// lang -> the endings of reporting verbs and of surnames that tell
	// a gender in that language, longest first (gender.go).
	verbGenders, surnameGenders map[string][]affixGender
	// officeAbbrevs are, per language, the short forms of offices and
	// the full forms' words, lower case ([office-abbreviations]).
	officeAbbrevs map[string][]officeAbbrev
}

var loadLexicon = sync.OnceValue(func() *lexicon {
	lx, err := parseLexicons(lexiconFS)
	if err != nil {
		// The files are embedded at build time and covered by tests; a
		// broken one is a programming error, not a runtime condition.
		panic(err)
	}
	return lx
})

func newLexicon() *lexicon {
	return &lexicon{
		conjunctions:     map[string]bool{},
		bylinePlace:      map[string]bool{},
		bylineWith:       map[string]bool{},
		bylineKinds:      map[string]bool{},
		bylineKindPreps:  map[string]bool{},
		breadcrumbHeads:  map[string]bool{},
		sisterFirst:      map[string][][]string{},
		sisterRunes:      map[rune][][]string{},
		bylinePlaceTitle: map[string]bool{},
		newsroom:         map[string]bool{},
		newsroomWires:    map[string]bool{},
		invertedCueWords: map[string]bool{},
		lowerOutlets:     map[string]bool{},
		newsroomHeads:    map[string]bool{},
		pictureAgencies:  map[string]bool{},
		callSignBodies:   map[string]bool{},
		months:           map[string]time.Month{},
		days:             map[string]bool{},
		yearMarks:        map[string]bool{},
		zones:            map[string]*time.Location{},
		meridiem:         map[string]string{},
		clockWords:       map[string]bool{},
		relative:         map[string]time.Duration{},
		ago:              map[string]bool{},
		verbs:            map[string]bool{},
		participles:      map[string]bool{},
		bioVerbs:         map[string]bool{},
		pronouns:         map[string]string{},
		langPronouns:     map[string]map[string]bool{},
		joiners:          map[string]bool{},
		passiveBy:        map[string]bool{},
		articles:         map[string]bool{},
		titles:           map[string]bool{},
		honorifics:       map[string]bool{},
		bylineOffices:    map[string]bool{},
		nameSuffixes:     map[string]bool{},
		degrees:          map[string]bool{},
		places:           map[string]bool{},
		datelinePlaces:   map[string]bool{},
		placeJoiners:     map[string]bool{},
		placeRegions:     map[string]bool{},
		competitions:     map[string]bool{},
		reportFigures:    map[string]bool{},
		reportTimes:      map[string]bool{},
		orgWords:         map[string]bool{},
		orgLangs:         map[string]map[string]bool{},
		placeWords:       map[string]bool{},
		placeHeads:       map[string]bool{},
		nameOpeners:      map[string]bool{},
		singularPronouns: map[string]string{},
		particles:        map[string]bool{},
		particleLinks:    map[string]bool{},
		locatives:        map[string]bool{},
		reflexives:       map[string]bool{},
		clauseJoiners:    map[string]bool{},
		modals:           map[string]bool{},
		placePreps:       map[string]bool{},
		roleDets:         map[string]bool{},
		anonSources:      map[string]bool{},
		nounDets:         map[string]bool{},
		verbAdverbs:      map[string]bool{},
		namingWords:      map[string]bool{},
		demonyms:         map[string]bool{},
		languageNames:    map[string]bool{},
		titleQualifiers:  map[string]bool{},
		notVerbAdverbs:   map[string]bool{},
		indefinites:      map[string]bool{},
		roleComplements:  map[string]bool{},
		firstPersons:     map[string]bool{},
		regional:         map[string]bool{},
		bodyTitles:       map[string]bool{},
		openerWords:      map[string]bool{},
		orgNouns:         map[string]bool{},
		bodyNouns:        map[string]bool{},
		bareBodyNouns:    map[string]bool{},
		bodyDets:         map[string]bool{},
		bodyComplements:  map[string]bool{},
		orgComplements:   map[string]bool{},
		topicSuffixes:    map[string][]string{},
		docNouns:         map[string]bool{},
		docVerbs:         map[string]bool{},
		docIssuerPreps:   map[string]bool{},
		docAddressees:    map[string]bool{},
		pseudonyms:       map[string]bool{},
		titleGender:      map[string]langGenders{},
		feminineSuffixes: map[string][]string{},
		givenGender:      map[string]string{},
		objectPronouns:   map[string]string{},
		personNouns:      map[string]string{},
		groupNouns:       map[string]bool{},
		workTitleCues:    map[string]bool{},
		titleJoiners:     map[string]bool{},
		plainMarks:       map[string]string{},
		unspaced:         map[string]*unspacedLex{},
		crossRefs:        map[string]bool{},
		copulas:          map[string]bool{},
		relatives:        map[string]bool{},
		complementizers:  map[string]bool{},
		capNouns:         map[string]bool{},
		nounSuffixes:     map[string][]string{},
		dropSubj:         map[string]bool{},
		verbGenders:      map[string][]affixGender{},
		officeAbbrevs:    map[string][]officeAbbrev{},
		surnameGenders:   map[string][]affixGender{},
		dashSpeechLangs:  map[string]bool{},
		verbSecond:       map[string]bool{},
		adjAfterNoun:     map[string]bool{},
		beforeObjects:    map[string]bool{},
		surnameTitles:    map[string]bool{},
		nameStopwords:    map[string]string{},
		jobNouns:         map[string]bool{},
		jobDesks:         map[string]bool{},
		auxiliaries:      map[string]bool{},
		verbComplements:  map[string]bool{},
		quoteLeads:       map[string]bool{},
		verbFinal:        map[string]bool{},
		ownVerbs:         map[string]map[string]bool{},
		memberPreps:      map[string]map[string]bool{},
		langConjunctions: map[string]map[string]bool{},
		ownBylinePlace:   map[string]map[string]bool{},
		ownBylines:       map[string][]label{},
		namePrefixes:     map[string][]string{},
		outlets:          map[string]bool{},
		outletWordSet:    map[string]bool{},
		sourceCompounds:  map[string]bool{},
		allStopwords:     map[string]bool{},
		stopwords:        map[string]map[string]bool{},
		homeZone:         map[string]*time.Location{},
		tldZone:          map[string]*time.Location{},
		tldLang:          map[string]string{},
		labels:           map[string]bool{},
		outletNouns:      map[string]bool{},
		namingNouns:      map[string]bool{},
		namingCapital:    map[string]bool{},
		namingPhrases:    map[string][][]string{},
		journalNouns:     map[string][]journalNoun{},
		agencyNouns:      map[string]bool{},
		sourcePreps:      map[string]bool{},
		pressNouns:       map[string]bool{},
		titleFillers:     map[string]bool{},
		titleArticles:    map[string]bool{},
	}
}

// parseLexicons reads every lexicon/*.lex file of fsys into one lexicon.
func parseLexicons(fsys fs.FS) (*lexicon, error) {
	names, err := fs.Glob(fsys, "lexicon/*.lex")
	if err != nil {
		return nil, err
	}
	lx := newLexicon()
	if src, err := fs.ReadFile(fsys, "lexicon/languages.txt"); err == nil {
		if lx.detector, err = newTextDetector(string(src)); err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
	}
	if src, err := fs.ReadFile(fsys, "lexicon/datelines.txt"); err == nil {
		if lx.datelineRows, err = parseDatelineRows(string(src)); err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
	}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", name, err)
		}
		lang := strings.TrimSuffix(path.Base(name), ".lex")
		if err := lx.add(lang, string(data)); err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", name, err)
		}
	}
	sort.SliceStable(lx.bylines, func(i, j int) bool { return len(lx.bylines[i].text) > len(lx.bylines[j].text) })
	sort.SliceStable(lx.bylineSuffix, func(i, j int) bool { return len(lx.bylineSuffix[i].text) > len(lx.bylineSuffix[j].text) })
	sort.SliceStable(lx.bylineCloser, func(i, j int) bool { return len(lx.bylineCloser[i].text) > len(lx.bylineCloser[j].text) })
	lx.creditGate = newCreditGate(lx)
	sort.SliceStable(lx.creditLabels, func(i, j int) bool { return len(lx.creditLabels[i]) > len(lx.creditLabels[j]) })
	for _, l := range lx.creditLabels {
		lx.creditLabelPats = append(lx.creditLabelPats, [2]string{l + ":", l + " :"})
	}
	lx.bylinesByFirst = byFirstByte(lx.bylines)
	lx.bylineTexts, lx.labelSet = map[string]bool{}, map[string]bool{}
	lx.labelByText = map[string]label{}
	for _, b := range lx.bylines {
		lx.bylineTexts[b.text], lx.labelSet[b.text] = true, true
		if _, seen := lx.labelByText[b.text]; !seen && !b.outlet {
			lx.labelByText[b.text] = b
		}
	}
	for l, ok := range lx.labels {
		if ok {
			lx.labelSet[l] = true
		}
	}
	for _, l := range lx.creditLabels {
		lx.labelSet[l] = true
	}
	for _, suf := range lx.titleSuffixes {
		if suf == "" {
			for c := range lx.titleSuffixLast {
				lx.titleSuffixLast[c] = append(lx.titleSuffixLast[c], suf)
			}
			continue
		}
		c := suf[len(suf)-1]
		lx.titleSuffixLast[c] = append(lx.titleSuffixLast[c], suf)
	}
	sort.SliceStable(lx.rightsMarks, func(i, j int) bool { return len(lx.rightsMarks[i]) > len(lx.rightsMarks[j]) })
	sort.SliceStable(lx.noise, func(i, j int) bool { return len(lx.noise[i]) > len(lx.noise[j]) })
	for _, phrase := range lx.noise {
		lx.noiseWords = append(lx.noiseWords, fields(phrase))
	}
	sort.SliceStable(lx.syndication, func(i, j int) bool { return len(lx.syndication[i].words) > len(lx.syndication[j].words) })
	lx.indexSyndication()
	sort.SliceStable(lx.sources, func(i, j int) bool {
		return len(lx.sources[i].before)+len(lx.sources[i].after) > len(lx.sources[j].before)+len(lx.sources[j].after)
	})
	longestFirst := func(p [][]string) {
		sort.SliceStable(p, func(i, j int) bool { return len(p[i]) > len(p[j]) })
	}
	longestFirst(lx.passiveCues)
	longestFirst(lx.nicknameCues)
	longestFirst(lx.nicknameTags)
	longestFirst(lx.followUpCues)
	longestFirst(lx.sourceFillers)
	lx.fillerFirst = map[string]bool{}
	for _, f := range lx.sourceFillers {
		if len(f) == 0 {
			lx.fillerEmpty = true
			continue
		}
		lx.fillerFirst[f[0]] = true
		if !strings.HasSuffix(f[0], ":") {
			lx.fillerFirst[trimStops(f[0], false)] = true
		}
	}
	naming := make([]string, 0, len(lx.namingNouns)+len(lx.namingPhrases))
	for w := range lx.namingNouns {
		naming = append(naming, w)
	}
	for w := range lx.namingPhrases {
		naming = append(naming, w)
	}
	for _, w := range naming {
		if w == "" {
			lx.namingFirst = [256]bool{}
			for i := range lx.namingFirst {
				lx.namingFirst[i] = true
			}
			break
		}
		lx.namingFirst[w[0]] = true
	}
	lx.namingFirst['l'] = true // elided "l'", "l’" before the noun
	for _, w := range naming {
		if len(w) >= 2 {
			lx.namingPair[w[0]][w[1]>>6] |= 1 << (w[1] & 63)
		}
	}
	for w := range lx.outletNouns {
		if w == "" {
			lx.outletNounEmpty = true
			continue
		}
		lx.outletNounFirst[w[0]] = true
		if len(w) >= 2 {
			lx.outletNounPair[w[0]][w[1]>>6] |= 1 << (w[1] & 63)
		}
	}
	lx.indexCues()
	for _, l := range lx.bylines {
		if l.spaced == "" && !l.wild && countFields(l.text) == 2 {
			lx.lineBreakLabels = append(lx.lineBreakLabels, l)
		}
	}
	lx.followUpFirst = map[string]bool{}
	for _, p := range lx.followUpCues {
		lx.followUpFirst[p[0]] = true
	}
	lx.cueStarts = map[string]bool{}
	for _, p := range append(append([][]string{}, lx.passiveCues...), lx.nicknameCues...) {
		lx.cueStarts[p[0]] = true
	}
	for k := range lx.cueStarts {
		if k == "" {
			for i := range lx.cueStartFirst {
				lx.cueStartFirst[i] = true
			}
		} else {
			lx.cueStartFirst[k[0]] = true
		}
	}
	for l := range lx.stopwords {
		lx.langs = append(lx.langs, l)
	}
	sort.Strings(lx.langs)
	lx.stopLangs = map[string][]string{}
	for _, l := range lx.langs {
		for w := range lx.stopwords[l] {
			lx.stopLangs[w] = append(lx.stopLangs[w], l)
		}
	}
	if len(lx.langs) > 64 {
		return nil, fmt.Errorf("lexicon: %d languages have stopwords; language detection counts them in 64 bits", len(lx.langs))
	}
	lx.stopMask = make(map[string]uint64, len(lx.stopLangs))
	for k, l := range lx.langs {
		for w := range lx.stopwords[l] {
			lx.stopMask[w] |= 1 << k
		}
	}
	lx.monthHeads = map[string]bool{}
	for m := range lx.months {
		for k := 1; k <= len(m); k++ {
			if n := utf8.RuneCountInString(m[:k]); n >= 3 && n <= 4 {
				lx.monthHeads[m[:k]] = true
			}
		}
	}
	for l := range lx.labels {
		if !lx.bylineTexts[l] {
			lx.otherLabels = append(lx.otherLabels, l)
		}
	}
	sort.Strings(lx.otherLabels) // (any order answers alike; this one is stable)
	lx.buildFilters()
	lx.buildBylineViews()
	return lx, nil
}

var roles = map[string]kabar.Role{
	"reporter":     kabar.RoleReporter,
	"editor":       kabar.RoleEditor,
	"translator":   kabar.RoleTranslator,
	"photographer": kabar.RolePhotographer,
	"contributor":  kabar.RoleContributor,
	"writing":      roleWriting,
}

// roleWriting is the role of a label that credits whoever wrote the text
// up ("rédigé par X"): the writer alone is the reporter, but beside a
// reporter credited in the same line ("Reportage A; rédigé par B") the
// desk writer is a contributor, as "Writing by" is in English wire
// lines (FIELDS.md). parseByline settles it; no credit leaves it so.
const roleWriting kabar.Role = "writing"

// add merges one language file into lx.
func (lx *lexicon) add(lang, data string) error {
	section := ""
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		key, val, hasVal := strings.Cut(line, " = ")
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		bad := func(why string) error { return fmt.Errorf("line %d (%s): %s", n, section, why) }
		need := func() error {
			if !hasVal {
				return bad("want key = value")
			}
			return nil
		}
		switch section {
		case "lang":
			if key != lang {
				return bad("file name and [lang] disagree")
			}
		case "byline-place":
			lx.bylinePlace[key] = true
			lx.bylinePlaceTitle[titleWord(key)] = true
		case "byline-with":
			lx.bylineWith[key] = true
		case "byline-kinds":
			lx.bylineKinds[key] = true
		case "byline-kind-preps":
			lx.bylineKindPreps[key] = true
		case "newsroom":
			lx.newsroom[key] = true
		case "newsroom-wires":
			lx.newsroomWires[key] = true
		case "inverted-cue-words":
			lx.invertedCueWords[key] = true
		case "lower-case-outlets":
			lx.lowerOutlets[key] = true
		case "newsroom-heads":
			lx.newsroomHeads[key] = true
		case "byline-closer":
			if err := need(); err != nil {
				return err
			}
			role, ok := roles[val]
			if !ok {
				return bad("unknown role " + val)
			}
			lx.bylineCloser = append(lx.bylineCloser, label{text: key, role: role})
		case "own-byline":
			if err := need(); err != nil {
				return err
			}
			role, ok := roles[val]
			if !ok || strings.ContainsAny(key, "* ") {
				// One word, no outlet or wild form: the view adds it
				// to the labels cutLabel reads, nothing else.
				return bad("bad own-byline label " + key + " = " + val)
			}
			lx.ownBylines[lang] = append(lx.ownBylines[lang], label{text: key, role: role})
		case "byline", "byline-suffix":
			if err := need(); err != nil {
				return err
			}
			role, ok := roles[val]
			if !ok {
				return bad("unknown role " + val)
			}
			l := label{text: key, role: role}
			if strings.HasSuffix(l.text, " *,") {
				l.text, l.outlet = strings.TrimSuffix(l.text, " *,"), true
			}
			if strings.HasSuffix(l.text, "*") {
				l.text, l.wild = strings.TrimSuffix(l.text, "*"), true
			}
			if strings.HasSuffix(l.text, " @") {
				l.text, l.placeFirst = strings.TrimSuffix(l.text, " @"), true
			}
			l.midLine = [2]string{" " + l.text + ":", " " + l.text + " :"}
			if !strings.Contains(l.text, "*") && countFields(l.text) >= minPhraseLabel {
				l.spaced = " " + l.text + " "
			}
			if strings.Contains(l.text, " ") && !l.outlet {
				l.commaSpaced = ", " + l.text + " "
			}
			ls := []label{l}
			// "Edité par X": much print sets a capital without its
			// accent, so a label of several words opening with an
			// accented letter is read without it too (the table's own
			// unaccented entry, if any, stands). A one-word label is
			// not: unaccented, "édition" is English "Edition".
			if bare, ok := unaccentFirst(key); ok && strings.Contains(key, " ") && !slices.ContainsFunc(lx.bylines, func(o label) bool { return o.text == bare }) {
				alias := label{text: bare, role: l.role, outlet: l.outlet, wild: l.wild, placeFirst: l.placeFirst}
				if alias.outlet {
					alias.text = strings.TrimSuffix(alias.text, " *,")
				}
				if alias.wild {
					alias.text = strings.TrimSuffix(alias.text, "*")
				}
				alias.midLine = [2]string{" " + alias.text + ":", " " + alias.text + " :"}
				if l.spaced != "" {
					alias.spaced = " " + alias.text + " "
				}
				if l.commaSpaced != "" {
					alias.commaSpaced = ", " + alias.text + " "
				}
				ls = append(ls, alias)
			}
			if section == "byline" {
				lx.bylines = append(lx.bylines, ls...)
			} else {
				lx.bylineSuffix = append(lx.bylineSuffix, ls...)
			}
		case "byline-noise":
			lx.noise = append(lx.noise, key)
		case "breadcrumb-heads":
			lx.breadcrumbHeads[key] = true
		case "sister-nouns":
			f := strings.Fields(key)
			if len(f) == 0 {
				return bad("empty sister noun")
			}
			lx.sisterNouns = append(lx.sisterNouns, f)
			lx.sisterFirst[f[0]] = append(lx.sisterFirst[f[0]], f)
			r, _ := utf8.DecodeRuneInString(f[0])
			lx.sisterRunes[r] = append(lx.sisterRunes[r], f)
		case "conjunctions", "own-conjunctions":
			if section == "conjunctions" {
				lx.conjunctions[key] = true
			}
			if lx.langConjunctions[lang] == nil {
				lx.langConjunctions[lang] = map[string]bool{}
			}
			lx.langConjunctions[lang][key] = true
		case "own-byline-place":
			if lx.ownBylinePlace[lang] == nil {
				lx.ownBylinePlace[lang] = map[string]bool{}
			}
			lx.ownBylinePlace[lang][key] = true
		case "months":
			if err := need(); err != nil {
				return err
			}
			m, err := strconv.Atoi(val)
			if err != nil || m < 1 || m > 12 {
				return bad("bad month " + val)
			}
			lx.months[key] = time.Month(m)
		case "days":
			lx.days[key] = true
		case "year-marks":
			lx.yearMarks[key] = true
		case "zones":
			if err := need(); err != nil {
				return err
			}
			loc, err := parseZone(val)
			if err != nil {
				return bad(err.Error())
			}
			lx.zones[key] = loc
		case "clock-words":
			lx.clockWords[key] = true
		case "meridiem":
			if err := need(); err != nil {
				return err
			}
			lx.meridiem[key] = val
		case "relative":
			if err := need(); err != nil {
				return err
			}
			d, err := time.ParseDuration(val)
			if err != nil {
				return bad(err.Error())
			}
			lx.relative[key] = d
		case "ago":
			lx.ago[key] = true
		case "verbs":
			lx.verbs[key] = true
		case "bio-verbs":
			lx.bioVerbs[key] = true
		case "promo-cues":
			lx.promoCues.add(key)
		case "promo-own":
			lx.promoOwn.add(key)
		case "participles":
			lx.verbs[key] = true
			lx.participles[key] = true
		case "pronoun-suffix":
			lx.pronounSuffix = append(lx.pronounSuffix, key)
		case "pronouns":
			if err := need(); err != nil {
				return err
			}
			lx.pronouns[key] = val
			if lx.langPronouns[lang] == nil {
				lx.langPronouns[lang] = map[string]bool{}
			}
			lx.langPronouns[lang][key] = true
		case "singular-pronouns":
			if err := need(); err != nil {
				return err
			}
			lx.singularPronouns[key] = val
		case "articles":
			lx.articles[key] = true
		case "noun-determiners":
			lx.nounDets[key] = true
		case "joiners":
			lx.joiners[key] = true
		case "possessive-suffixes":
			lx.possessive = append(lx.possessive, key)
			if key == "" {
				for b := range lx.possessiveLast {
					lx.possessiveLast[b] = true // every word ends in ""
				}
			} else {
				lx.possessiveLast[key[len(key)-1]] = true
			}
		case "opener-suffixes":
			lx.openerSuffix = append(lx.openerSuffix, key)
		case "passive-cues":
			lx.passiveCues = append(lx.passiveCues, fields(key))
		case "follow-up-cues":
			lx.followUpCues = append(lx.followUpCues, fields(key))
		case "passive-by":
			lx.passiveBy[key] = true
		case "partitives":
			lx.partitives = append(lx.partitives, fields(key))
		case "naming-words":
			lx.namingWords[key] = true
		case "nickname-cues":
			lx.nicknameCues = append(lx.nicknameCues, fields(key))
		case "nickname-tags":
			lx.nicknameTags = append(lx.nicknameTags, fields(key))
		case "source-fillers":
			lx.sourceFillers = append(lx.sourceFillers, fields(key))
			if val == "title" {
				lx.titleFillers[key] = true
			} else if hasVal {
				return bad("want words or words = title")
			}
		case "titles":
			lx.titles[key] = true
		case "honorifics":
			lx.honorifics[strings.TrimSuffix(key, ".")] = true
		case "byline-offices":
			if !strings.HasSuffix(key, ".") {
				return bad("an abbreviated office ends with its full stop")
			}
			lx.bylineOffices[strings.TrimSuffix(key, ".")] = true
		case "name-suffixes":
			lx.nameSuffixes[strings.TrimSuffix(key, ".")] = true
		case "degrees":
			lx.degrees[strings.TrimSuffix(key, ".")] = true
		case "places":
			lx.places[key] = true
		case "dateline-places":
			lx.datelinePlaces[key] = true
		case "place-joiners":
			lx.placeJoiners[key] = true
		case "place-regions":
			lx.placeRegions[key] = true
		case "competitions":
			lx.competitions[key] = true
		case "dateline-leadins":
			lx.datelineLeadIns = append(lx.datelineLeadIns, key)
		case "report-figures":
			lx.reportFigures[key] = true
		case "report-times":
			lx.reportTimes[key] = true
		case "org-words":
			lx.orgWords[key] = true
			if lx.orgLangs[key] == nil {
				lx.orgLangs[key] = map[string]bool{}
			}
			lx.orgLangs[key][lang] = true
		case "org-suffixes":
			lx.orgSuffixes = append(lx.orgSuffixes, key)
		case "name-openers":
			lx.nameOpeners[key] = true
		case "place-heads":
			lx.placeHeads[key] = true
		case "place-words":
			lx.placeWords[key] = true
		case "name-particles":
			lx.particles[key] = true
		case "particle-links":
			lx.particleLinks[key] = true
		case "locatives":
			lx.locatives[key] = true
		case "reflexives":
			lx.reflexives[key] = true
		case "clause-joiners":
			lx.clauseJoiners[key] = true
		case "modal-verbs":
			lx.modals[key] = true
		case "place-prepositions":
			lx.placePreps[key] = true
		case "auxiliaries":
			lx.auxiliaries[key] = true
		case "name-prefixes":
			lx.namePrefixes[lang] = append(lx.namePrefixes[lang], key)
		case "member-prepositions":
			if lx.memberPreps[lang] == nil {
				lx.memberPreps[lang] = map[string]bool{}
			}
			lx.memberPreps[lang][key] = true
		case "own-verbs":
			if lx.ownVerbs[lang] == nil {
				lx.ownVerbs[lang] = map[string]bool{}
			}
			lx.ownVerbs[lang][key] = true
		case "quote-leads":
			lx.quoteLeads[key] = true
		case "verb-complements":
			lx.verbComplements[key] = true
			lx.verbFinal[lang] = true
		case "verb-adverbs":
			if strings.HasPrefix(key, "-") && len(key) > 1 {
				lx.verbAdverbSuffixes = append(lx.verbAdverbSuffixes, key[1:])
			} else if strings.HasPrefix(key, "!") && len(key) > 1 {
				lx.notVerbAdverbs[key[1:]] = true
			} else {
				lx.verbAdverbs[key] = true
			}
		case "title-qualifiers":
			lx.titleQualifiers[key] = true
		case "demonyms":
			lx.demonyms[key] = true
		case "language-names":
			lx.languageNames[key] = true
		case "author-nouns":
			lx.authorNouns = append(lx.authorNouns, key)
		case "age-suffixes":
			lx.ageSuffixes = append(lx.ageSuffixes, key)
		case "adjective-endings":
			lx.adjectiveEndings = append(lx.adjectiveEndings, key)
		case "surname-titles":
			lx.surnameTitles[key] = true
		case "name-stopwords":
			lx.nameStopwords[key] = lang
		case "byline-job":
			switch val {
			case "noun":
				lx.jobNouns[key] = true
			case "desk":
				lx.jobDesks[key] = true
			default:
				return bad("want noun or desk")
			}
		case "title-suffixes":
			lx.titleSuffixes = append(lx.titleSuffixes, key)
		case "title-genders":
			if err := need(); err != nil {
				return err
			}
			key = strings.TrimSuffix(key, ".")
			if lx.titleGender[key] == nil {
				lx.titleGender[key] = langGenders{}
			}
			lx.titleGender[key][lang] = val
		case "feminine-suffixes":
			lx.feminineSuffixes[lang] = append(lx.feminineSuffixes[lang], key)
		case "relative-pronouns":
			lx.relatives[key] = true
		case "complementizers":
			lx.complementizers[key] = true
		case "work-title-cues":
			lx.workTitleCues[key] = true
		case "cross-references":
			lx.crossRefs[key] = true
		case "plain-marks":
			lx.plainMarks[lang] += key
		case "title-joiners":
			lx.titleJoiners[key] = true
		case "copulas":
			lx.copulas[key] = true
		case "group-nouns":
			lx.groupNouns[key] = true
		case "person-nouns":
			if err := need(); err != nil {
				return err
			}
			lx.personNouns[key] = val
		case "object-pronouns":
			if err := need(); err != nil {
				return err
			}
			lx.objectPronouns[key] = val
		case "given-names":
			if err := need(); err != nil {
				return err
			}
			if val != "m" && val != "f" {
				return bad("bad gender " + val)
			}
			if g, seen := lx.givenGender[key]; seen && g != val {
				val = "" // "Andrea": a man in Rome, a woman in Berlin
			}
			lx.givenGender[key] = val
		case "org-nouns":
			lx.orgNouns[key] = true
		case "body-nouns":
			lx.bodyNouns[key] = true
		case "bare-body-nouns":
			lx.bareBodyNouns[key] = true
		case "body-determiners":
			lx.bodyDets[key] = true
		case "body-complements":
			lx.bodyComplements[key] = true
		case "org-complements":
			lx.orgComplements[key] = true
		case "topic-suffixes":
			lx.topicSuffixes[lang] = append(lx.topicSuffixes[lang], key)
		case "opener-words":
			lx.openerWords[key] = true
		case "noun-suffixes":
			lx.nounSuffixes[lang] = append(lx.nounSuffixes[lang], key)
		case "capitalised-nouns":
			lx.capNouns[lang] = key == "yes"
		case "dropped-subjects":
			lx.dropSubj[lang] = key == "yes"
		case "verb-genders", "surname-genders":
			if err := need(); err != nil {
				return err
			}
			if val != "m" && val != "f" {
				return bad("bad gender " + val)
			}
			m := lx.verbGenders
			if section == "surname-genders" {
				m = lx.surnameGenders
			}
			m[lang] = insertAffixGender(m[lang], affixGender{key, val})
		case "dash-speech":
			lx.dashSpeechLangs[lang] = key == "yes"
		case "verb-second":
			lx.verbSecond[lang] = key == "yes"
		case "adjective-after-noun":
			lx.adjAfterNoun[lang] = key == "yes"
		case "before-objects":
			lx.beforeObjects[key] = true
		case "body-titles":
			lx.bodyTitles[key] = true
			lx.titles[key] = true
		case "office-abbreviations":
			if err := need(); err != nil {
				return err
			}
			full := fields(strings.ToLower(val))
			if len(full) < 2 || strings.ContainsAny(key, " ") {
				return bad("want one short word = a full form of two words or more")
			}
			lx.officeAbbrevs[lang] = append(lx.officeAbbrevs[lang], officeAbbrev{short: key, full: full})
		case "regional-titles":
			lx.regional[key] = true
			lx.titles[key] = true
		case "first-person":
			lx.firstPersons[key] = true
		case "document-nouns":
			lx.docNouns[key] = true
		case "document-verbs":
			lx.docVerbs[key] = true
		case "document-by":
			lx.docIssuerPreps[key] = true
		case "document-to":
			lx.docAddressees[key] = true
		case "pseudonyms":
			lx.pseudonyms[key] = true
		case "impersonal-from":
			lx.impersonalFrom = append(lx.impersonalFrom, fields(key))
		case "impersonal-cues":
			lx.impersonalCues = append(lx.impersonalCues, fields(key))
		case "role-determiners":
			lx.roleDets[key] = true
		case "anonymous-sources":
			lx.anonSources[key] = true
		case "indefinites":
			lx.indefinites[key] = true
		case "role-complements":
			lx.roleComplements[key] = true
		case "sources", "sources-outlet", "sources-strong":
			// The X is upper case in the file; key is lower-cased, so
			// look for the lone "x" word.
			afterClause := strings.HasPrefix(key, ", ")
			key = strings.TrimPrefix(key, ", ")
			possessive := false
			if b, a, ok := cutWord(key, "x's"); ok {
				if a != "" || b == "" {
					return bad("a possessive source cue ends with X's")
				}
				key, possessive = b+" x", true
			}
			before, after, ok := cutWord(key, "x")
			if !ok {
				return bad("source cue without X")
			}
			lx.sources = append(lx.sources, sourceCue{before: before, after: after, outletOnly: section != "sources",
				strong: section == "sources-strong", afterClause: afterClause, possessive: possessive,
				beforeWords: fields(before), afterWords: fields(after)})
		case "outlets":
			lx.outlets[key] = true
		case "outlet-words":
			if strings.HasPrefix(key, ".") {
				// isOutlet and looksLikeOutlet rely on every suffix
				// opening with ".".
				lx.outletSuffixes = append(lx.outletSuffixes, key)
			} else {
				lx.outletWordSet[key] = true
			}
		case "source-compounds":
			lx.sourceCompounds[key] = true
		case "credit-agencies":
			lx.creditAgency = append(lx.creditAgency, key)
		case "picture-agencies":
			lx.pictureAgencies[key] = true
		case "call-signs":
			lx.callSigns = append(lx.callSigns, key)
		case "call-sign-bodies":
			lx.callSignBodies[key] = true
		case "credit-labels":
			lx.creditLabels = append(lx.creditLabels, key)
		case "rights-marks":
			lx.rightsMarks = append(lx.rightsMarks, key)
		case "home-zone":
			loc, err := time.LoadLocation(line)
			if err != nil {
				return bad(err.Error())
			}
			lx.homeZone[lang] = loc
		case "tld-zones":
			if err := need(); err != nil {
				return err
			}
			loc, err := time.LoadLocation(val)
			if err != nil {
				return bad(err.Error())
			}
			lx.tldZone[key] = loc
		case "title-articles":
			lx.titleArticles[key] = true
		case "unspaced-quote-particles", "unspaced-quote-verbs", "unspaced-subject-marks", "unspaced-title-suffixes",
			"unspaced-pronouns", "unspaced-spaced", "unspaced-stem-ends", "unspaced-verb-adverbs", "unspaced-determiners",
			"unspaced-unnamed-titles":
			u := lx.unspaced[lang]
			if u == nil {
				u = &unspacedLex{pronouns: map[string]bool{}}
				lx.unspaced[lang] = u
			}
			switch section {
			case "unspaced-quote-particles":
				u.particles = append(u.particles, key)
			case "unspaced-quote-verbs":
				u.verbs = append(u.verbs, key)
			case "unspaced-subject-marks":
				u.marks = append(u.marks, key)
			case "unspaced-pronouns":
				u.pronouns[key] = true
			case "unspaced-spaced":
				u.spaced = key == "yes"
			case "unspaced-stem-ends":
				u.stemEnds = append(u.stemEnds, key)
			case "unspaced-verb-adverbs":
				u.adverbs = append(u.adverbs, key)
			case "unspaced-determiners":
				u.determiners = append(u.determiners, key)
			case "unspaced-unnamed-titles":
				u.titles = append(u.titles, key)
				if u.unnamed == nil {
					u.unnamed = map[string]bool{}
				}
				u.unnamed[key] = true
			default:
				u.titles = append(u.titles, key)
			}
		case "unspaced-source-cues":
			lx.unspacedCues = append(lx.unspacedCues, key)
		case "unspaced-outlet-nouns":
			lx.unspacedNouns = append(lx.unspacedNouns, key)
		case "unspaced-outlet-ends":
			lx.unspacedEnds = append(lx.unspacedEnds, key)
		case "outlet-nouns":
			if first, rest, ok := strings.Cut(key, " "); ok {
				// "agence de presse = named": a noun of several words
				// names the outlet after it (namedOutlets); the words
				// one by one are no outlet's noun.
				if val != "named" {
					return bad("a noun of several words must be = named")
				}
				lx.namingPhrases[first] = append(lx.namingPhrases[first], fields(rest))
				break
			}
			lx.outletNouns[key] = true
			switch {
			case val == "named":
				lx.namingNouns[key] = true
			case val == "named capital":
				// A noun of a language that capitalises every noun
				// ("Nachrichtenagentur"): capitalised, it still names.
				lx.namingNouns[key] = true
				lx.namingCapital[key] = true
			case val == "press":
				lx.pressNouns[key] = true
			case hasVal:
				return bad("want noun, noun = named, noun = named capital or noun = press")
			}
		case "agency-nouns":
			lx.agencyNouns[strings.Join(strings.Fields(key), " ")] = true
		case "source-prepositions":
			lx.sourcePreps[key] = true
		case "journal-nouns":
			if hasVal && val != "capital" {
				return bad("want a noun or noun = capital")
			}
			ws := strings.Fields(key)
			lx.journalNouns[ws[0]] = append(lx.journalNouns[ws[0]], journalNoun{rest: ws[1:], capital: val == "capital"})
			if k := ws[0]; len(k) < 2 || len(k) > 63 {
				return bad("a journal noun's first word must be 2 to 63 bytes")
			} else {
				lx.journalPair[k[0]][k[1]/64] |= 1 << (k[1] % 64)
				lx.journalLens |= 1 << len(k)
			}
		case "syndication", "credit-lines":
			before, after, ok := cutWord(key, "x")
			if !ok || after != "" || before == "" {
				return bad("want a phrase ending in X")
			}
			lx.syndication = append(lx.syndication, syndicationCue{words: fields(before), creditOnly: section == "credit-lines"})
		case "labels":
			lx.labels[key] = true
		case "tlds":
			lx.tldLang[key] = lang
		case "stopwords":
			if lx.stopwords[lang] == nil {
				lx.stopwords[lang] = map[string]bool{}
			}
			lx.stopwords[lang][key] = true
			lx.allStopwords[key] = true
		default:
			return bad("unknown section")
		}
	}
	return sc.Err()
}

// cutWord cuts s around the first occurrence of w as a whole word.
func cutWord(s, w string) (before, after string, ok bool) {
	f := fields(s)
	for i, x := range f {
		if x == w {
			return strings.Join(f[:i], " "), strings.Join(f[i+1:], " "), true
		}
	}
	return s, "", false
}

// parseZone reads "+07:00" as a fixed zone and anything else as an IANA
// name.
func parseZone(s string) (*time.Location, error) {
	if len(s) == 6 && (s[0] == '+' || s[0] == '-') && s[3] == ':' {
		h, err1 := strconv.Atoi(s[1:3])
		m, err2 := strconv.Atoi(s[4:6])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("bad offset %q", s)
		}
		off := h*3600 + m*60
		if s[0] == '-' {
			off = -off
		}
		return time.FixedZone(s, off), nil
	}
	return time.LoadLocation(s)
}

// titleWord gives w with its first letter in upper case ("for" -> "For").
func titleWord(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return w
	}
	return string(unicode.ToUpper(r)) + w[size:]
}

// isCueStart is cueStarts[l]: a word whose first byte opens no key is
// refused without the map (the learner asks it of every word).
func (lx *lexicon) isCueStart(l string) bool {
	if l != "" && !lx.cueStartFirst[l[0]] {
		return false
	}
	return lx.cueStarts[l]
}

// indexCues files the source cues by their first word (cuesByWord) and
// notes the first byte (cueFirst) and first two bytes (cuePair) of those
// words, with which cuesOf rejects most words before lowering them.
func (lx *lexicon) indexCues() {
	lx.cuesByWord = map[string][]sourceCue{}
	for _, c := range lx.sources {
		first := fields(c.before + " " + c.after)[0]
		first = strings.TrimRight(first, ",.;:")
		lx.cuesByWord[first] = append(lx.cuesByWord[first], c)
		if first == "" {
			for i := range lx.cueFirst {
				lx.cueFirst[i] = true
			}
		} else {
			lx.cueFirst[first[0]] = true
		}
		if len(first) >= 2 {
			lx.cuePair[first[0]][first[1]>>6] |= 1 << (first[1] & 63)
		}
	}
}

// indexSyndication notes in syndicationFirst the first byte of every rune
// that strings.EqualFold takes for the first rune of a syndication cue's
// first word (the rune's unicode.SimpleFold orbit: "w", "W"; "k", "K",
// the Kelvin sign): a word opening with another byte folds with no cue's
// first word. A cue with no first word, or one opening with U+FFFD
// (which any broken byte matches), marks every byte.
func (lx *lexicon) indexSyndication() {
	lx.syndicationOpen = newSyndicationOpeners(lx.syndication)
	lx.syndicationFirst = [256]bool{}
	for _, cue := range lx.syndication {
		r := utf8.RuneError
		if len(cue.words) > 0 && cue.words[0] != "" {
			r, _ = utf8.DecodeRuneInString(cue.words[0])
		}
		if r == utf8.RuneError {
			for i := range lx.syndicationFirst {
				lx.syndicationFirst[i] = true
			}
			return
		}
		for f := r; ; {
			var enc [utf8.UTFMax]byte
			lx.syndicationFirst[utf8.AppendRune(enc[:0], f)[0]] = true
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	}
}

// accentBase maps the accented small letters that open labels of the
// Latin-script lexicons to the letter a capital is often printed as
// without its accent ("Édité" set as "Edité").
var accentBase = map[rune]rune{
	'á': 'a', 'à': 'a', 'â': 'a', 'é': 'e', 'è': 'e', 'ê': 'e', 'í': 'i', 'î': 'i',
	'ó': 'o', 'ô': 'o', 'ú': 'u', 'û': 'u', 'ç': 'c', 'ñ': 'n',
}

// unaccentFirst gives s with its first letter unaccented, and ok false
// when that letter has no accent accentBase knows.
func unaccentFirst(s string) (string, bool) {
	r, size := utf8.DecodeRuneInString(s)
	base, ok := accentBase[r]
	if !ok {
		return s, false
	}
	return string(base) + s[size:], true
}
