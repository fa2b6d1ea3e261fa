package extract

import (
	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract/body"
)

// Page holds the raw fields that extraction finds on one HTML page, before
// normalisation: strings as the page wrote them, each with where it came
// from, so that normalize can cross-check and clean them. Extract fills it;
// normalize.Normalize turns it into a kabar.Article.
//
// Invariant: nothing in Page has been interpreted beyond locating it; the
// only cleaning done here is removing boilerplate from the body blocks,
// and the site's name and section labels from the title (which headline
// the page shows is a matter of its markup, which normalize does not see).
type Page struct {
	URL          string // the URL the page was fetched from (or given with --url)
	CanonicalURL string // rel=canonical, else og:url, else JSON-LD url; absolute
	SiteName     string // og:site_name, JSON-LD publisher.name, or the site rule's name
	Lang         string // <html lang>, og:locale, JSON-LD inLanguage, as written
	Type         string // og:type or JSON-LD @type of the main entity ("article", "NewsArticle")

	// Title is the headline the sources agree on (JSON-LD headline,
	// og:title, the visible <h1>, <title>), the site's name trimmed off:
	// extract decides where the name ends (trimSiteNameShown), as only it
	// sees the heading readers are shown; normalize cuts nothing more.
	Title       string
	TitleAlts   []string
	Description string // og:description, meta description, JSON-LD description
	Section     string
	Tags        []string

	// People, as found. Authors and Editors come from structured sources
	// (JSON-LD, meta tags, byline elements a site rule names); Bylines are
	// visible byline texts, whole, label and all ("Penulis: Fitri Wulandari",
	// "Laporan Wartawan Tribunnews, Fitri Wulandari", "By X and Y",
	// "Reporting by X; Editing by Y"). normalize decides roles and names.
	Authors []Field
	Editors []Field
	Bylines []Field
	// Contributors are other credited people from structured sources
	// (JSON-LD contributor); normalize gives them a role.
	Contributors []Field

	// Datelines are the schema.org dateline property as written, JSON-LD
	// "dateline" of the article entity first ("jsonld"), then
	// itemprop=dateline elements (a <meta>'s content, "meta:dateline";
	// another element's text, "microdata"): where the story was filed,
	// which normalize weighs against the body's opening.
	Datelines []Field

	// Dates as written, most trusted first (JSON-LD, meta, <time>, visible text).
	Published []Field
	Modified  []Field

	// Body is the article body, boilerplate removed, in document order.
	Body []body.Block
	// ArticleBody is JSON-LD articleBody when the page has one (raw).
	ArticleBody string
	// BodySignals say how far Body agrees with the page's other witnesses
	// of where the article is (see body.Signals); normalize turns them
	// into the record's confidence.
	BodySignals body.Signals

	// SourceLines are short lines outside the body that name where the
	// story came from ("Sumber : Antara"), label and all; normalize reads
	// them with the body's paragraphs.
	SourceLines []string

	Images  []kabar.Image // captions and credits as found; normalize splits credit out of a caption
	Related []kabar.Link  // "Baca juga" and related-article links taken out of Body

	// Rule is the site rule that applied ("tribunnews"), empty when generic.
	Rule string
	// SiteConfig names the site config that matched the page
	// ("ftr/theguardian.com"), whether or not an answer of it was taken
	// (Rule says that): the normalizer, which weighs the config's author
	// names (SourceSiteConfig), names it when it takes them.
	SiteConfig string
	// TimeZone is the IANA zone of the site (from the site rule, e.g.
	// "Asia/Jakarta"), empty when unknown.
	TimeZone string
	// IsArticle says the page looks like one article rather than an index
	// page: JSON-LD Article type, og:type=article, or a dense body.
	IsArticle bool

	Warnings []string
}

// Field is a raw value and where it was found. Sources:
//
//	"jsonld"          JSON-LD of the article entity (a person, or a date)
//	"jsonld:org"      JSON-LD author that is an Organization, not a person
//	"jsonld:created"  JSON-LD dateCreated, given only when datePublished is absent
//	"jsonld:page"     JSON-LD datePublished/dateModified of the page's own node (a WebPage,
//	                  a ClaimReview), given only when no article entity is found, after the meta tags
//	"meta:NAME"       <meta> with that name or property, lower-cased ("meta:author", "meta:article:published_time");
//	                  "meta:dateline" is a <meta itemprop=dateline>
//	"rule"            an element named by the site rule (author, editor, byline or date selector)
//	"siteconfig"      a site config's author or date expression (SourceSiteConfig): a name
//	                  taken only where the page names no person itself; a date that stands
//	                  last among the page's dates
//	"byline"          a visible byline element found by class/id, rel=author, itemprop=author or an author-page link
//	"microdata"       an itemprop=editor or itemprop=dateline element
//	"time"            a <time datetime> or itemprop=datePublished/dateModified element
//	"text"            visible text found by its shape: a date line near the headline,
//	                  or a credit line opening with a label ("Editor : X")
type Field struct {
	Value  string
	Source string
}

// SourceSiteConfig is the source of an author or date a site config (the
// ftr-site-config format: the user's files or the bundled snapshot) gives.
// Community files are many and some are stale, so such a name ranks below
// every person the page itself credits: the normalizer takes it only when
// the page names no person (an empty byline, a newsroom label, the site's
// own name in metadata).
const SourceSiteConfig = "siteconfig"
