package extract

import (
	"reflect"
	"strings"
	"testing"
)

func TestVisibleBylines(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []string
	}{
		{"class names in both languages",
			`<div class="author">Penulis: Fitri Wulandari</div><div class="editor">Editor: Choirul Arifin</div><span class="byline">By Jane Smith and Tom Jones</span><p class="sign-off__text__PU5jF">Reporting by Rupa Thapa; Editing by Helen Marsh</p>`,
			[]string{"Penulis: Fitri Wulandari", "Editor: Choirul Arifin", "By Jane Smith and Tom Jones", "Reporting by Rupa Thapa; Editing by Helen Marsh"}},
		{"rel=author and itemprop=author, outermost only",
			`<p>By <a rel="author" href="/p/ann">Ann Lee</a></p><div itemprop="author" itemscope><span itemprop="name">Bo Chen</span></div>`,
			[]string{"By Ann Lee", "Bo Chen"}},
		{"author links by URL path, with their line",
			`<p class="meta-info">von <a href="/autoren/name/max-muster">Dr. Max Muster</a></p><ul class="tags"><li><a href="/tag/x">x</a></li></ul>`,
			[]string{"von Dr. Max Muster"}},
		{"id names",
			`<div id="penulis">Penulis: <a href="/x">Rina</a></div><div id="reporter-box">Reporter: Agus</div>`,
			[]string{"Penulis: Rina", "Reporter: Agus"}},
		{"furniture and look-alikes are skipped",
			`<div class="related-news"><span class="author">Other Writer</span></div>
			 <div class="editor-picks"><a href="/1">Pick one</a></div>
			 <div class="comments"><span class="comment-author">Reader</span></div>
			 <figure><img src="/a.jpg"><figcaption><span class="credit">AFP</span></figcaption></figure>
			 <img class="author-avatar" src="/av.jpg">
			 <div class="pic"><img src="/b.jpg"><span class="credit-line">Reuters/Jane Roe</span></div>
			 <span class="byline">Real Byline</span>`,
			[]string{"Real Byline"}},
		{"a long author bio box gives way to its name element",
			`<div class="author-box"><span class="author-name">Dewi Sartika</span><p>` + strings.Repeat("Dewi has covered politics for many years. ", 8) + `</p></div>`,
			[]string{"Dewi Sartika"}},
		{"credits box, the role after each name, with avatars",
			`<div class="tabs__content-item"><ul class="article-credits"><li class="article-credits__item"><a class="article-credits__item-link" href="/me/rina"><picture class="article-credits__item-avatar"><img src="/av/1.jpg" alt="Rina" class="article-credits__item-avatar-img"></picture><span class="article-credits__item-label"><span class="article-credits__item-name">Rina Amelia</span><span class="article-credits__item-role">Author</span></span></a></li><li class="article-credits__item"><a class="article-credits__item-link" href="/me/budi"><picture class="article-credits__item-avatar"><img src="/av/2.jpg" alt="Budi" class="article-credits__item-avatar-img"></picture><span class="article-credits__item-label"><span class="article-credits__item-name">Budi Santoso</span><span class="article-credits__item-role">Editor</span></span></a></li></ul></div>`,
			[]string{"Author: Rina Amelia", "Editor: Budi Santoso"}},
		{"credits list, a role item heading the people who hold it",
			`<div class="page--credits"><ul class="page--credits__list"><li class="page--credits__role"><span class="page--credits__role-text">Penulis</span></li><li class="page--credits__item"><a href="/me/ani"><img class="page--credits__avatar" src="/av/3.jpg"><span class="page--credits__name">Ani Lestari</span></a></li><li class="page--credits__role"><span class="page--credits__role-text">Editor</span></li><li class="page--credits__item"><a href="/me/iwan"><img class="page--credits__avatar" src="/av/4.jpg"><span class="page--credits__name">Iwan</span></a></li><li class="page--credits__item"><a href="/me/sri"><img class="page--credits__avatar" src="/av/5.jpg"><span class="page--credits__name">Sri Wahyuni</span></a></li></ul></div>`,
			[]string{"Penulis: Ani Lestari", "Editor: Iwan", "Editor: Sri Wahyuni"}},
		{"a role element whose text is not a credit label leaves the box whole",
			`<div class="author-card"><span class="author-card__name">Tom Diaz</span><span class="author-card__role">Senior Correspondent</span></div>`,
			[]string{"Tom Diaz Senior Correspondent"}},
		{"a CMS account's author link is no byline",
			`<p class="title-meta"> by <span class="author vcard"><a href="https://example.co.za/author/admin/" rel="author">Example D</a></span> | <span class="published">5 November 2024</span></p><span class="byline">By Thabo Mokoena</span>`,
			[]string{"By Thabo Mokoena"}},
		{"a byline named by data-testid under hashed class names",
			`<div class="QhX7 kk2b" data-testid="story-byline"><span class="a1">By</span><span><a class="zq" href="/about/team/dana-whitfield">Dana Whitfield</a></span></div><div class="p0" data-testid="share-bar">Share</div>`,
			[]string{"By Dana Whitfield"}},
		{"teaser cards of other stories name other writers",
			`<article><h1>Main story</h1><span class="byline">By Lerato Mokoena</span></article>
			 <aside class="onward"><ul class="list"><li><article class="card"><a href="/s/1">Other story</a><span class="e-byline">By Kofi Mensah</span></article></li><li><article class="card"><a href="/s/2">Another</a><span class="e-byline">By Ana Lima</span></article></li></ul></aside>`,
			[]string{"By Lerato Mokoena"}},
		{"teaser cards without a list",
			`<div class="grid"><article class="card"><span class="author">Omar Haddad</span></article><article class="card"><span class="author">Jana Roth</span></article></div>`,
			nil},
		// Writers set as alike author elements with nothing between
		// them are kept apart, links or not; a name beside its role,
		// or beside a second link to the same page, is one card.
		{"alike author spans without links",
			`<div class="byline"><span class="author">Nadia Farouk</span><span class="author">Pieter Smit</span></div>`,
			[]string{"Nadia Farouk, Pieter Smit"}},
		{"alike author name blocks after a label",
			`<div class="byline">Von <div class="author-name">Lena Vogt</div><div class="author-name">Emil Hartmann</div></div>`,
			[]string{"Von Lena Vogt, Emil Hartmann"}},
		{"itemprop author items",
			`<div class="byline"><span itemprop="author" itemscope><span itemprop="name">Ayu Pratiwi</span></span><span itemprop="author" itemscope><span itemprop="name">Bayu Saputra</span></span></div>`,
			[]string{"Ayu Pratiwi, Bayu Saputra"}},
		{"a name and a second link to the same page",
			`<div class="author-box"><a class="name" href="/author/kim-ortega.html">Kim Ortega</a><a class="view-more" href="/author/kim-ortega.html"><span>View More Articles</span></a></div>`,
			[]string{"Kim Ortega View More Articles"}},
		// Writers set one to an element, the elements alike siblings
		// outside any byline box: one byline. A sibling that holds a
		// label is a credit of its own.
		{"alike sibling author elements",
			`<div class="post-writer"><a href="/writers/ines-duarte">Ines Duarte</a></div> <div class="post-writer"><a href="/writers/felix-brandt">Felix Brandt</a></div><p>The council met.</p>`,
			[]string{"Ines Duarte, Felix Brandt"}},
		{"an alike sibling with a label",
			`<div class="author">Ines Duarte</div><div class="author">Editor: Felix Brandt</div>`,
			[]string{"Ines Duarte", "Editor: Felix Brandt"}},
		{"nothing", `<p>No byline here.</p>`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Extract([]byte("<html><head><title>T</title></head><body>"+c.body+"</body></html>"), "https://example.net/a", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range p.Bylines {
				if b.Source != "byline" {
					t.Errorf("Source = %q, want byline", b.Source)
				}
				got = append(got, b.Value)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Bylines = %q, want %q", got, c.want)
			}
		})
	}
}

func TestVisibleDates(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []Field
	}{
		{"detik style date under the title",
			`<div class="detail__header"><h1>Judul Berita Panjang</h1><div class="detail__date">Sabtu, 10 Des 2022 13:19 WIB</div></div><p>teks</p>`,
			[]Field{{"Sabtu, 10 Des 2022 13:19 WIB", "text"}}},
		{"time element with datetime, and without",
			`<article><h1>Judul Berita Panjang</h1><time datetime="2023-01-02T10:00:00+07:00">2 Jan</time><time>Senin, 2 Januari 2023</time></article>`,
			[]Field{{"2023-01-02T10:00:00+07:00", "time"}, {"Senin, 2 Januari 2023", "text"}}},
		{"an update line is a modification date",
			`<div class="read-page--header"><h1>Judul Berita Panjang</h1><span class="date-published">pada 20 Des 2021, 09:59 WIB</span><span class="date-updated">Diperbarui 20 Des 2021, 13:04 WIB</span></div>`,
			[]Field{{"pada 20 Des 2021, 09:59 WIB", "text"}}},
		{"a teaser's <time> outside the story is not the page's date",
			`<article><h1>Judul Berita Panjang</h1><time datetime="2023-01-02T10:00:00+07:00">2 Jan</time><p>teks</p></article><div class="x"><div class="y"><div class="z"><div class="w"><div class="v"><article class="item"><time datetime="2020-01-01T00:00:00Z">lama</time></article></div></div></div></div></div>`,
			[]Field{{"2023-01-02T10:00:00+07:00", "time"}}},
		{"copyright and sidebar dates are not dates",
			`<div class="wrap"><h1>Judul Berita Panjang</h1><div class="date">© 2023 Contoh</div></div><div class="popular"><span class="date">1 Januari 2020</span></div>`,
			nil},
		{"an unnamed date line with a time of day, but not a sentence",
			`<div class="top"><h2>Judul Berita Panjang</h2><div class="msmall grey">Rabu, 4 November 2015 | 21:04 WIB</div><div class="x">Harga naik 10.45 persen pada 2015.</div></div>`,
			[]Field{{"Rabu, 4 November 2015 | 21:04 WIB", "text"}}},
		{"logo h1 does not mislead",
			`<h1 class="logo">Site</h1><div class="x"><div class="y"><div class="z"><div class="w"><h2>Judul Berita Panjang</h2><span class="tanggal">5 November 2015</span></div></div></div></div>`,
			[]Field{{"5 November 2015", "text"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			raw := "<html><head><title>Judul Berita Panjang</title></head><body>" + c.body + "</body></html>"
			p, err := Extract([]byte(raw), "https://example.net/a", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(p.Published, c.want) {
				t.Errorf("Published = %v, want %v", p.Published, c.want)
			}
		})
	}
}

func TestLabelledLinesAndMicrodata(t *testing.T) {
	raw := `<html><head><title>T</title></head><body>
<table class="grey"><tbody><tr><td>Penulis</td><td>: Kontributor Lhokseumawe, Masriadi</td></tr><tr><td>Editor</td><td>: Ervan Hardoko</td></tr></tbody></table>
<p>Oleh karena itu: warga diminta waspada terhadap banjir yang datang tiba-tiba.</p>
<p>Keterangan: ini bukan kredit.</p>
<figure><img src="/a.jpg"><figcaption>Foto: (Getty Images)</figcaption></figure>
<p class="mt10">Editor: <span itemprop="editor">Ade Marboen</span></p>
<div style="font-weight:bold;">Sumber : Antara</div>
<figure><img src="/b.jpg"><figcaption>Source: Getty Images</figcaption></figure>
<p>Sumber daya alam: Indonesia kaya akan hasil bumi.</p>
<div class="foot"><span>(Reporting by Olena Marchuk in Odesa; Editing by Mark Ellison)</span></div>
<p>Reported by the ministry on Friday, the figures were lower.</p>
<p>Written by hand, the letter was short.</p>
<article><p>Story.</p><footer class="story-foot"><p>Writing by Lena Fischer; Editing by Rosa Delgado</p></footer><div class="article-footer"><span>Editor: Ana Lima</span></div></article>
<footer class="site"><p>Editor: Site Wide Name</p></footer><div class="footer"><p>Reporting by Nobody Here</p></div>
<div class="read"><p>Laporan Wartawan Beritaku.com, Rina Lestari</p><p>Laporan wartawan itu dibantah oleh polisi pada Senin.</p></div>
</body></html>`
	p, err := Extract([]byte(raw), "https://example.id/a", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, b := range p.Bylines {
		if b.Source == "text" {
			lines = append(lines, b.Value)
		}
	}
	want := []string{"Penulis : Kontributor Lhokseumawe, Masriadi", "Editor : Ervan Hardoko", "Editor: Ade Marboen", "(Reporting by Olena Marchuk in Odesa; Editing by Mark Ellison)", "Writing by Lena Fischer; Editing by Rosa Delgado", "Editor: Ana Lima", "Laporan Wartawan Beritaku.com, Rina Lestari"}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("labelled lines = %q, want %q", lines, want)
	}
	if want := []string{"Sumber : Antara"}; !reflect.DeepEqual(p.SourceLines, want) {
		t.Errorf("SourceLines = %q, want %q", p.SourceLines, want)
	}
	if !reflect.DeepEqual(p.Editors, []Field{{"Ade Marboen", "microdata"}}) {
		t.Errorf("Editors = %v, want Ade Marboen from microdata", p.Editors)
	}
}

func TestUpdateLine(t *testing.T) {
	raw := `<html><head><title>Judul Berita Panjang</title></head><body><div class="hdr"><h1>Judul Berita Panjang</h1>
<span class="date-published">pada 20 Des 2021, 09:59 WIB</span><span class="date-updated">Diperbarui 20 Des 2021, 13:04 WIB</span>
<span class="timestamp">Updatedness index 2021</span></div></body></html>`
	p, err := Extract([]byte(raw), "https://example.id/a", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Field{{"Diperbarui 20 Des 2021, 13:04 WIB", "text"}}
	if !reflect.DeepEqual(p.Modified, want) {
		t.Errorf("Modified = %v, want %v", p.Modified, want)
	}
}

// TestNameBesideDate: a writer's name printed in an element of its own
// just before the date under the headline, set off by a separator, with
// no label or class, is a byline; a place or a phrase there is not.
func TestNameBesideDate(t *testing.T) {
	head := `<html><head><title>Port strike enters third week</title></head><body><article><h1>Port strike enters third week</h1><div class="info">`
	tail := `</div><p>Dock workers at the eastern terminal stayed away for a fifteenth day on Monday, leaving dozens of ships waiting offshore.</p><p>The union said talks with the port authority would resume on Thursday.</p></article></body></html>`
	for _, c := range []struct {
		name, info, want string
	}{
		{"name then bar, date sibling", `<span>Jana Roth |</span><span class="date">05.04.2025 10:12</span>`, "Jana Roth"},
		{"two names then a dot", `<span>Jana Roth and Tom Hale •</span> <time>12 March 2024</time>`, "Jana Roth and Tom Hale"},
		{"name with a dash before the date", `<div><span>Lucía Benítez —</span><span class="fecha">3 de mayo de 2024</span></div>`, "Lucía Benítez"},
		{"a place with a comma", `<span>Kuala Lumpur,</span><span class="date">5 April 2025</span>`, ""},
		{"a phrase", `<span>Last updated |</span><span class="date">5 April 2025</span>`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Extract([]byte(head+c.info+tail), "https://example.org/news/1", Options{NoRules: true})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, f := range p.Bylines {
				if f.Source == "byline" {
					got = f.Value
				}
			}
			if got != c.want {
				t.Errorf("byline %q, want %q (all %q)", got, c.want, p.Bylines)
			}
		})
	}
}
