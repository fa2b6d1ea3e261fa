// Package kabar holds the record types that kabar writes: the export schema
// (schema v1). Every other package produces or consumes these values; this
// package depends on nothing but the standard library.
//
// Invariant: absent values are omitted from JSON, never written as "" or null.
// Slices are nil when empty, strings empty when unknown, times zero when
// unknown (and then omitted through `omitzero`).
package kabar

import "time"

// SchemaVersion names the record layout written by export. It changes only
// when a field changes meaning or is removed; adding a field keeps it.
const SchemaVersion = 1

// Article is one news article as kabar stores and exports it.
type Article struct {
	// ID is a stable hash of CanonicalURL (see normalize.ID): the same story
	// reached by several URLs has one ID.
	ID           string `json:"id"`
	URL          string `json:"url,omitempty"`
	CanonicalURL string `json:"canonical_url,omitempty"`
	// Site is the publisher's name as it calls itself ("Tribunnews").
	Site string `json:"site,omitempty"`
	// Domain is the registrable domain ("tribunnews.com"), never a subdomain.
	Domain string `json:"domain,omitempty"`
	// Lang is a two-letter ISO 639-1 code.
	Lang        string `json:"lang,omitempty"`
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`

	// Authors are the people (or, when no person is named, the agency) who
	// wrote the article, as a person would write their names.
	Authors []string `json:"authors,omitempty"`
	// Editors are the people credited as editors ("Editor:", "Redaktur:",
	// "Editing by").
	Editors []string `json:"editors,omitempty"`
	// Contributors hold the credited people who are neither authors nor
	// editors (translators, photographers, contributing reporters), each
	// with their role. No name appears both here and in Authors/Editors.
	Contributors []Person `json:"contributors,omitempty"`

	// PublishedAt and ModifiedAt keep the page's own UTC offset; a time
	// given without a zone takes the site's zone.
	PublishedAt time.Time `json:"published_at,omitzero"`
	ModifiedAt  time.Time `json:"modified_at,omitzero"`

	Dateline *Dateline `json:"dateline,omitempty"`
	Section  string    `json:"section,omitempty"`
	Tags     []string  `json:"tags,omitempty"`

	// Text is the article body and nothing else: paragraphs separated by
	// one blank line, subheadings kept, list items one per line.
	Text    string   `json:"text,omitempty"`
	Quotes  []Quote  `json:"quotes,omitempty"`
	Sources []string `json:"sources,omitempty"`
	Images  []Image  `json:"images,omitempty"`
	Related []Link   `json:"related,omitempty"`

	WordCount   int    `json:"word_count,omitempty"`
	ContentHash string `json:"content_hash,omitempty"`
	SimHash     string `json:"simhash,omitempty"`

	// A group is every record telling one story (the same text, or the
	// same text with small edits, another headline or boilerplate, or cut
	// short), however many steps apart; its founder is its earliest
	// published record (dated before undated, ties and undated ones by the
	// smaller id). Cluster is the founder's id, on every member, the
	// founder included; DuplicateOf, on every other member, is the
	// founder's id, or the earliest member whose site the copy names as
	// its source. A story stored once has neither. Both depend only on
	// the set of records, not on the order they were stored in (see
	// dedup.Assign and dedup.Groups).
	DuplicateOf string `json:"duplicate_of,omitempty"`
	Cluster     string `json:"cluster,omitempty"`

	FetchedAt  time.Time `json:"fetched_at,omitzero"`
	SourceFile string    `json:"source_file,omitempty"`

	Extraction *Extraction `json:"extraction,omitempty"`

	// Error is set, and most other fields empty, when the page could not be
	// extracted; the record still says which page it was.
	Error string `json:"error,omitempty"`
}

// Role is what a credited person did for an article.
type Role string

// The roles kabar records. A reporter credited as the writer is in
// Article.Authors and an editor in Article.Editors; Contributors carry the
// rest, a reporter among them when the page names a separate writer.
const (
	RoleReporter     Role = "reporter"
	RoleEditor       Role = "editor"
	RoleTranslator   Role = "translator"
	RolePhotographer Role = "photographer"
	RoleContributor  Role = "contributor"
)

// Person is a credited person and the role the page gives them.
type Person struct {
	Name string `json:"name"`
	Role Role   `json:"role"`
}

// Dateline is the place (and, in Indonesian and wire copy, the source) that
// opens the first paragraph: "TRIBUNNEWS.COM, BRUSSELS -" gives
// {Place: "BRUSSELS", Source: "TRIBUNNEWS.COM"}.
type Dateline struct {
	Place  string `json:"place,omitempty"`
	Source string `json:"source,omitempty"`
}

// Quote is one direct quotation in the text.
type Quote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
	// Cue is the reporting verb that ties the quote to its speaker ("kata",
	// "said").
	Cue string `json:"cue,omitempty"`
	// Paragraph is the 1-based index of the paragraph of Text holding it.
	Paragraph int `json:"paragraph,omitempty"`
}

// Image is a picture of the article with its caption and credit, kept apart
// from Text.
type Image struct {
	URL     string `json:"url"`
	Caption string `json:"caption,omitempty"`
	Credit  string `json:"credit,omitempty"`
}

// Link is a related-article link ("Baca juga:") taken out of the text.
type Link struct {
	URL   string `json:"url"`
	Title string `json:"title,omitempty"`
}

// Extraction says how a record was made, so that a corpus can be rebuilt
// when the extractor improves.
type Extraction struct {
	Version string `json:"version,omitempty"`
	// Method names the rule that answered: "rules:kabar/NAME" (kabar's own
	// site rule), "rules:user/HOST" (a --site-config file),
	// "rules:ftr/HOST" (the bundled ftr-site-config snapshot), else
	// "generic".
	Method string `json:"method,omitempty"`
	// Confidence (0–1) is how far the body can be trusted to be the whole
	// article and nothing else, from the cross-checks extraction made (see
	// normalize.Confidence); always written, 0 for a record without text.
	Confidence float64 `json:"confidence"`
	// Warnings say why a record may be wrong or incomplete, among them why
	// its confidence is low ("body much shorter than articleBody").
	Warnings []string `json:"warnings,omitempty"`
}
