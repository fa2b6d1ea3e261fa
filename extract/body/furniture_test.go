package body

import (
	"strings"
	"testing"
)

// signupArticle is an article with box, set between its paragraphs; the
// paragraphs are long enough that the article is chosen whole.
func signupArticle(box string) string {
	return page(`<article><div class="article-body">
<p>The harbour authority said on Monday that dredging of the northern channel would begin in the spring and last about eighteen months, closing two berths at a time.</p>
<p>Shipping companies have asked for the work to be done at night so that the ferries to the islands can keep their timetable through the summer season.</p>
` + box + `
<p>A spokeswoman for the authority said the contractor had been told to keep noise low near the houses on the quay and to report each week on progress.</p>
<p>The council will hear residents' objections at a public meeting in the town hall on the fourteenth of next month, the notice said.</p>
</div></article>`)
}

// TestSignupBox: a box holding an e-mail sign-up form and a little text
// leaves the text, its heading and blurb with it, in any language; a form
// without an e-mail field, or a section of prose that also holds one, stays.
func TestSignupBox(t *testing.T) {
	tests := []struct {
		name string
		box  string
		gone []string
		kept []string
	}{
		{"german newsletter section",
			`<section aria-label="Anmeldung"><h3>Der Wochenblick</h3><p>Jeden Freitag: die Woche in der Stadt – kurz, klar, kostenlos.</p>
<form action="/nl"><input type="email" name="m" placeholder="E-Mail"><button>Anmelden</button></form></section>`,
			[]string{"Der Wochenblick", "Jeden Freitag"}, nil},
		{"english box, form one level down",
			`<div><h4>Harbour Notes</h4><p>Our shipping letter lands every Tuesday morning.</p><div class="f"><form><div><label>Email</label><input type="email"></div></form></div></div>`,
			[]string{"Harbour Notes", "Our shipping letter"}, nil},
		{"indonesian box",
			`<div><p>Kabar Pelabuhan setiap pagi, langsung ke surel Anda.</p><form><input type="email"><input type="submit" value="Daftar"></form></div>`,
			[]string{"Kabar Pelabuhan setiap pagi"}, nil},
		{"search form is no sign-up",
			`<div><p>Find earlier reports on the harbour works in our archive.</p><form><input type="search" name="q"></form></div>`,
			nil, []string{"Find earlier reports"}},
		{"long prose beside a form stays",
			`<div><p>` + strings.Repeat("Residents who live along the quay have written to the authority about the noise of the night shifts and the lorries. ", 4) + `</p><form><input type="email"></form></div>`,
			nil, []string{"Residents who live along the quay"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, signupArticle(tt.box)), Options{}).Text()
			checkText(t, text, append([]string{"dredging of the northern channel", "public meeting in the town hall"}, tt.kept...), tt.gone)
		})
	}
}

func TestIdentifierLine(t *testing.T) {
	tests := map[string]bool{
		"narrow-screen-and-phone":   true,
		"portrait-tablet-and-below": true,
		"wide-desktop-only":         true,
		"two-words":                 false, // "built-in", "Jakarta-Bandung"
		"02-751-1500":               false, // a phone number
		"Well-to-do":                false, // a capital: a reader's word
		"state-of-the-art design":   false, // a space: words
		"anak-anak":                 false,
		"covid-19-update":           false,
	}
	for s, want := range tests {
		if got := identifierLine(s); got != want {
			t.Errorf("identifierLine(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPostSignature(t *testing.T) {
	tests := map[string]bool{
		"— Harbour Council (@harbourcouncil) May 6, 2024":                     true,
		"- Dinas Perhubungan (@dishubkota) 6 Mei 2024":                        true,
		"— Warta Pagi 🌊 (@wartapagi) November 18, 2019":                       true,
		"— the mayor said (@ the meeting) on Friday":                          false, // no year at the end
		"Harbour Council (@harbourcouncil) May 6, 2024":                       false, // no dash: a sentence may name a handle
		"— A long reply that goes on (@someone) about 2024 and more and more": false,
	}
	for s, want := range tests {
		if got := postSignature(s); got != want {
			t.Errorf("postSignature(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestRelatedInsert: a "Read also" insert set inside a paragraph leaves
// the text and the paragraph's words around it stay; emphasis that is no
// insert stays whole.
func TestRelatedInsert(t *testing.T) {
	tests := []struct {
		name string
		para string
		kept []string
		gone []string
	}{
		{"indonesian strong insert",
			`<p>Hujan deras mengguyur kota sejak pagi hari. <strong>Baca juga: <a href="/a/1">Harga cabai naik di pasar induk</a></strong> Sementara itu, petugas terus memantau tanggul di tepi sungai.</p>`,
			[]string{"Hujan deras mengguyur kota sejak pagi hari.", "Sementara itu, petugas terus memantau"},
			[]string{"Baca juga", "Harga cabai naik"}},
		{"english bold insert",
			`<p>The storm moved east overnight and crews worked until dawn. <b>Read more: <a href="/a/4">Power restored to most homes</a></b> Schools will open late on Tuesday, the district said.</p>`,
			[]string{"The storm moved east overnight", "Schools will open late"},
			[]string{"Read more", "Power restored"}},
		{"label in bold, link after it",
			`<p>The storm moved east overnight and crews worked until dawn. <b>READ MORE:</b> <a href="/a/4">Power restored to most homes</a> Schools will open late on Tuesday, the district said.</p>`,
			[]string{"The storm moved east overnight", "Schools will open late"},
			[]string{"READ MORE", "Power restored"}},
		{"label in bold, words before the link",
			`<p>The storm moved east overnight and crews worked until dawn. <b>Related:</b> the county has opened <a href="/shelters">three shelters</a> for the night.</p>`,
			[]string{"the county has opened three shelters"}, nil},
		{"insert opening a paragraph that goes on",
			`<p><strong>Baca juga: <a href="/a/1">Harga cabai naik di pasar induk</a></strong> Sementara itu, petugas terus memantau tanggul di tepi sungai sejak pagi hari.</p>`,
			[]string{"Sementara itu, petugas terus memantau tanggul"},
			[]string{"Baca juga", "Harga cabai naik"}},
		{"english insert opening a paragraph",
			`<p><b>Read more: <a href="/a/4">Power restored to most homes</a></b> Schools will open late on Tuesday after the storm, the district said.</p>`,
			[]string{"Schools will open late on Tuesday"},
			[]string{"Read more", "Power restored"}},
		{"plain label opening a paragraph that goes on",
			`<p>Baca juga: <a href="/a/1">Harga cabai naik di pasar induk</a> Sementara itu, petugas terus memantau tanggul di tepi sungai sejak pagi hari.</p>`,
			[]string{"Sementara itu, petugas terus memantau tanggul"},
			[]string{"Baca juga", "Harga cabai naik"}},
		{"plain label with a short tail goes whole",
			`<p>Read more: <a href="/a/4">Power restored to most homes</a> and other stories</p>`,
			nil,
			[]string{"Read more", "Power restored", "other stories"}},
		{"plain label after a sentence",
			`<p>Petugas terus memantau tanggul di tepi sungai sejak pagi hari. Baca juga: <a href="/a/1">Harga cabai naik di pasar induk</a> Sementara itu, warga diminta waspada.</p>`,
			[]string{"Petugas terus memantau tanggul di tepi sungai sejak pagi hari.", "Sementara itu, warga diminta waspada."},
			[]string{"Baca juga", "Harga cabai naik"}},
		{"a sentence opening with a label word stays",
			`<p>The storm moved east overnight. Related damage was found at <a href="/map">the old pier</a> on Tuesday, officials said.</p>`,
			[]string{"Related damage was found at the old pier"}, nil},
		{"emphasis with a link stays",
			`<p>The ferry operator said in <strong>a statement on <a href="/s">its website</a></strong> that crossings would resume on Friday morning.</p>`,
			[]string{"a statement on its website", "crossings would resume"}, nil},
		{"label word in a sentence stays",
			`<p>Residents can <em>read more about the plan <a href="/plan">in the council papers</a></em> before the meeting next week, officials said.</p>`,
			[]string{"read more about the plan in the council papers"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := page(`<article><div class="article-body">
<p>The harbour authority said on Monday that dredging of the northern channel would begin in the spring and last about eighteen months.</p>
` + tt.para + `
<p>The council will hear residents' objections at a public meeting in the town hall on the fourteenth of next month, the notice said.</p>
</div></article>`)
			text := Extract(parse(t, html), Options{}).Text()
			checkText(t, text, tt.kept, tt.gone)
		})
	}
}

// TestRelatedInsertAloneKeepsLink: an insert that is its paragraph whole
// is judged as the block, so its link stays among the related articles.
func TestRelatedInsertAloneKeepsLink(t *testing.T) {
	html := page(`<article><div class="article-body">
<p>The harbour authority said on Monday that dredging of the northern channel would begin in the spring and last about eighteen months.</p>
<p><strong>Baca juga: <a href="https://kabar.example/a/1">Harga cabai naik di pasar induk</a></strong></p>
<p>The council will hear residents' objections at a public meeting in the town hall on the fourteenth of next month, the notice said.</p>
</div></article>`)
	res := Extract(parse(t, html), Options{PageURL: "https://kabar.example/b/2"})
	if strings.Contains(res.Text(), "Harga cabai") {
		t.Errorf("text keeps the insert:\n%s", res.Text())
	}
	found := false
	for _, l := range res.Related {
		found = found || l.URL == "https://kabar.example/a/1"
	}
	if !found {
		t.Errorf("related %v lacks the insert's link", res.Related)
	}
}

// TestComplementaryRole: a box the page marks role="complementary" (ARIA's
// <aside>: a fact box set in the article's column) leaves the text even
// when its class names the article, as an <aside> does; the role marks
// content apart from the main one. The same box unmarked stays.
func TestComplementaryRole(t *testing.T) {
	facts := `<h3 class="title">Facts about the channel</h3><div class="body"><ul>
<li>The northern channel was first dredged in 1911 and has been widened twice since then.</li>
<li>About four hundred ships a year use it, most of them ferries and small freighters.</li>
<li>Its depth at low tide is kept at nine metres by the harbour authority.</li></ul></div>`
	tests := []struct {
		name string
		box  string
		gone []string
		kept []string
	}{
		{"custom element, role complementary, article class",
			`<harbour-factbox role="complementary" class="fact-box article--x-kQpZ">` + facts + `</harbour-factbox>`,
			[]string{"Facts about the channel", "first dredged in 1911", "four hundred ships"}, nil},
		{"div with role complementary",
			`<div role="complementary" class="story-insert">` + facts + `</div>`,
			[]string{"first dredged in 1911"}, nil},
		{"the same box with no role stays",
			`<div class="story-insert">` + facts + `</div>`,
			nil, []string{"first dredged in 1911"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, signupArticle(tt.box)), Options{}).Text()
			checkText(t, text, append([]string{"dredging of the northern channel", "public meeting in the town hall"}, tt.kept...), tt.gone)
		})
	}
}

// TestPollBox: a reader poll set into the article (a question over
// radio-button answers, in any language, answers in <label>s or not)
// leaves the text; a paragraph beside a lone radio button, and an element
// holding the article besides a poll, keep their prose.
func TestPollBox(t *testing.T) {
	tests := []struct {
		name string
		box  string
		gone []string
		kept []string
	}{
		{"question over labelled answers",
			`<div class="Story_elementVote__x1"><div><p>Should the quay be closed to lorries at night?</p></div>` +
				`<div><label><input type="radio" name="q1"><span>Yes, always.</span></label><label><input type="radio" name="q1"><span>Only in summer.</span></label><label><input type="radio" name="q1"><span>No.</span></label></div></div>`,
			[]string{"closed to lorries at night"}, nil},
		{"german question, bare inputs",
			`<section><h4>Umfrage</h4><p>Soll der Hafen nachts für Lastwagen gesperrt werden?</p><form><input type="radio" name="u" value="ja"> Ja <input type="radio" name="u" value="nein"> Nein</form></section>`,
			[]string{"Soll der Hafen nachts"}, nil},
		{"one radio button is no poll",
			`<div><p>Residents who agree with the night closure can say so in the consultation.</p><input type="radio" name="c"></div>`,
			nil, []string{"can say so in the consultation"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Extract(parse(t, signupArticle(tt.box)), Options{}).Text()
			checkText(t, text, append([]string{"dredging of the northern channel", "public meeting in the town hall"}, tt.kept...), tt.gone)
		})
	}
	// The article's own element holds a poll too: the article stays.
	page := `<html><body><article><div class="story">` +
		`<p>The harbour authority said on Monday that dredging of the northern channel would begin in the spring and last about eighteen months.</p>` +
		`<div><p>Should the quay be closed to lorries at night?</p><label><input type="radio" name="q">Yes</label><label><input type="radio" name="q">No</label></div>` +
		`<p>Shipping companies have asked for the work to be done at night so that the ferries to the islands can keep their timetable.</p>` +
		`</div></article></body></html>`
	text := Extract(parse(t, page), Options{}).Text()
	checkText(t, text, []string{"dredging of the northern channel", "ferries to the islands"}, []string{"closed to lorries"})
}
