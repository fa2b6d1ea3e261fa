#!/usr/bin/env python3
"""Writes the invented pages of TestConfidencePages (run in this folder). Every name, place and outlet is invented."""
import json
P = [
 "The Marlow county council approved a new plan on Tuesday to rebuild the old river bridge, which has been closed to lorries since a flood damaged its piers two winters ago.",
 "Work is due to begin in the spring and should take about eighteen months, according to the council's own timetable, which was published alongside the vote.",
 "Councillor Ada Brennick, who chairs the transport committee, said the bridge had become a symbol of how long the town had waited for repairs that were promised years ago.",
 "Shop owners on both banks have complained that the closure cut their trade by as much as a third, as delivery vans were forced to take a twelve-mile detour through the hills.",
 "The plan will be paid for by a regional grant and a loan from the county's reserve fund, leaving the council to find only a small share from its yearly budget.",
 "Engineers who surveyed the bridge last summer found that two of the five piers had been scoured by the current and would have to be replaced rather than patched.",
 "A temporary footbridge will stay open while the work goes on, so that children from the southern villages can still walk to the school on the north bank.",
 "Residents will be able to see the designs at the town library from next week, and the council has promised a public meeting before the first crane arrives.",
 "Opponents of the plan argued that a new crossing further downstream would have been cheaper over time, but their motion was defeated by nine votes to four.",
 "The council expects to publish the name of the building firm it has chosen by the end of the month, once the tender process has been completed.",
]
Q = [
 "Fishermen on the Corran estuary have reported the smallest spring catch in a decade, blaming a run of warm winters that pushed the shoals further out to sea.",
 "The harbour master, Ines Valderan, said boats that used to come back full by noon were now staying out until dusk and still returning with half a hold.",
 "A survey by the regional fisheries office found that the number of young fish in the bay had fallen by more than half since the last count five years ago.",
 "Some crews have begun to sell their boats, while others are asking the regional government for help to refit them for longer trips into deeper water.",
 "The fisheries office said it would publish a fuller report in the autumn, and that it was too early to say whether the decline would last.",
 "Buyers at the fish market in Port Esk said prices had risen by a fifth since January, and that restaurants were already changing their menus.",
 "The estuary's oyster beds, which are farmed rather than fished, have so far been spared, according to the cooperative that runs them.",
 "Ms Valderan said the harbour would keep its fees frozen for another year to give the crews some breathing room while they decide what to do.",
]
LIVE = [
 ("Polls close across the county", "Polling stations closed at ten o'clock and the first ballot boxes are on their way to the count at the leisure centre."),
 ("Turnout looks higher than last time", "Officials at the count say turnout in the northern wards appears to be around five points up on the previous election."),
 ("First result expected after midnight", "The returning officer has told reporters that the first ward to declare is likely to be Eastmoor, shortly after midnight."),
 ("Candidates arrive at the count", "The three main candidates have now arrived. None of them would say anything to waiting reporters beyond a brief wave."),
 ("Recount called in Eastmoor", "A recount has been called in Eastmoor after the two leading candidates finished within twelve votes of each other."),
 ("Eastmoor result declared", "After the recount, the Greens have held Eastmoor by nine votes, the narrowest margin in the ward for thirty years."),
 ("Turnout confirmed", "The council confirms overall turnout of 41 per cent, up from 36 per cent at the last election four years ago."),
 ("Leader concedes", "The leader of the outgoing group has conceded defeat in a short speech, thanking volunteers who knocked on doors for weeks."),
 ("What happens next", "The new council will meet for the first time in two weeks, when it is expected to choose a leader and a cabinet."),
]
TEASERS = [
 ("Rail line to reopen after landslip repairs", "Trains will run again between Marlow and Fenby from Monday after three weeks of work to shore up the cutting."),
 ("School meals price to rise in autumn", "Parents will pay twenty pence more a day for school lunches from September, the county has confirmed."),
 ("New owners for the old mill", "A group of local families has bought the derelict mill on Water Lane and plans to turn it into workshops."),
 ("Library hours cut at three branches", "Three village libraries will open two days a week instead of four from next month because of staff shortages."),
 ("Festival moves to bigger site", "The summer folk festival is moving to the showground after selling out in each of the past three years."),
 ("Bus company adds evening services", "Buses on the coast road will run until eleven at night on Fridays and Saturdays during a six-month trial."),
 ("Farmers warn of dry spring", "Growers in the valley say the driest March in fifteen years has left fields too hard to plant their early crops."),
 ("Hospital car park charges scrapped", "Patients and visitors at Marlow General will no longer pay to park from the start of April, the trust said."),
 ("Swimming pool to close for repairs", "The town pool will shut for eight weeks in the summer so that its roof and changing rooms can be replaced."),
 ("Cycle path plan gets go-ahead", "A four-mile cycle path linking the station to the business park has been approved despite objections."),
 ("Museum wins national award", "The county museum has been named small museum of the year for its exhibition on the region's lost railways."),
 ("Police appeal after break-ins", "Officers are asking for dashcam footage after a string of break-ins at garden sheds on the eastern estates."),
]
def head(title, typ="NewsArticle", extra=""):
    ld = {"@context":"https://schema.org","@type":typ,"headline":title,"datePublished":"2025-03-04T10:00:00+00:00","author":{"@type":"Person","name":"Tomas Arvelle"}}
    return f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Marlow Courier</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<script type="application/ld+json">{json.dumps(ld)}</script>{extra}</head><body>
<header class="site-header"><a href="/">Marlow Courier</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav></header>
'''
FOOT='''<footer class="site-footer"><p>© 2025 Marlow Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>'''
RELATED='''<aside class="related"><h3>Most read</h3><ul>'''+''.join(f'<li><a href="/news/{i}">Story number {i} about the valley</a></li>' for i in range(6))+'</ul></aside>'
def byline(): return '<p class="byline">By <a href="/authors/tomas-arvelle">Tomas Arvelle</a></p><time datetime="2025-03-04T10:00:00Z">4 March 2025</time>'
def paras(ps): return ''.join(f'<p>{p}</p>\n' for p in ps)
def w(name, s): open(name,'w').write(s)
T1="Council backs plan to rebuild river bridge"; T2="Fishermen report smallest spring catch in a decade"
# live blog: entries in divs, clock stamps in entry headers, no LiveBlogPosting type
ent=''.join(f'<div class="entry"><div class="entry-head"><span class="stamp">{23-i//3}:{(50-i*5)%60:02d}</span><h3>{h}</h3></div><p>{t}</p></div>\n' for i,(h,t) in enumerate(reversed(LIVE)))
w('live-clock.html', head("County election night: results as they come in")+'<main><h1>County election night: results as they come in</h1>'+byline()+'<div class="live-feed">'+ent+'</div>'+RELATED+'</main>'+FOOT)
# live blog: "N minutes ago" stamps
ent=''.join(f'<div class="post"><p class="ago">{5+i*7} minutes ago</p><p><strong>{h}</strong></p><p>{t}</p></div>\n' for i,(h,t) in enumerate(LIVE))
w('live-ago.html', head("Election night live: every result from the county count")+'<main><h1>Election night live: every result from the county count</h1>'+byline()+'<section class="stream">'+ent+'</section>'+RELATED+'</main>'+FOOT)
# live blog typed in JSON-LD
ent=''.join(f'<article class="update"><h3>{h}</h3><p>{t}</p></article>\n' for h,t in LIVE)
w('live-typed.html', head("Live: county election count", typ="LiveBlogPosting")+'<main><h1>Live: county election count</h1>'+byline()+'<div class="updates">'+ent+'</div></main>'+FOOT)
# live blog: <time> elements with datetime in each entry
ent=''.join(f'<li class="live-item"><time datetime="2025-03-04T{22-i//3:02d}:{(50-i*5)%60:02d}:00Z">{22-i//3}.{(50-i*5)%60:02d}</time><h2>{h}</h2><p>{t}</p></li>\n' for i,(h,t) in enumerate(LIVE))
w('live-time.html', head("Election count: live updates")+'<main><h1>Election count: live updates</h1>'+byline()+'<ol class="live-list">'+ent+'</ol></main>'+FOOT)
# two stories: infinite scroll, two <article>
w('two-articles.html', head(T1)+'<main><article class="story"><h1>'+T1+'</h1>'+byline()+paras(P[:6])+'</article><div class="next-up">Next story</div><article class="story"><h1>'+T2+'</h1><p class="byline">By Lena Osk</p>'+paras(Q)+'</article></main>'+FOOT)
# two stories in plain divs, second longer
w('two-divs.html', head(T1)+'<main><div class="story-wrap"><h1>'+T1+'</h1>'+byline()+'<div class="content">'+paras(P[:5])+'</div></div><div class="story-wrap"><h2 class="headline">'+T2+'</h2><p class="byline">By Lena Osk</p><div class="content">'+paras(Q)+'</div></div></main>'+FOOT)
# article beside another long block in the same container (no headings)
w('beside-block.html', head(T1)+'<main><h1>'+T1+'</h1>'+byline()+'<div class="col">'+paras(P[:5])+'<div class="partner-content"><p class="label">From our partners</p>'+paras(Q)+'</div></div></main>'+FOOT)
# teaser list: a stub article beside a teaser list with summaries
tz=''.join(f'<div class="card"><h3><a href="/news/t{i}">{h}</a></h3><p>{s}</p></div>\n' for i,(h,s) in enumerate(TEASERS))
w('teaser-stub.html', head(T1)+'<main><h1>'+T1+'</h1>'+byline()+'<div class="body"><p>'+P[0]+'</p><p><a href="/subscribe">Subscribe to read the full story</a></p></div><section class="more"><h2>More from the Courier</h2>'+tz+'</section></main>'+FOOT)
# teaser list: tag page taken as article
tz=''.join(f'<article class="teaser"><h2><a href="/news/t{i}">{h}</a></h2><p>{s}</p><span class="when">4 March 2025</span></article>\n' for i,(h,s) in enumerate(TEASERS))
w('teaser-tag.html', head("Marlow news")+'<main><h1>Marlow news</h1><div class="list">'+tz+'</div></main>'+FOOT)
# teaser list: links only lines, no summaries
tz=''.join(f'<li><a href="/news/t{i}">{h}</a></li>\n' for i,(h,s) in enumerate(TEASERS))
w('teaser-links.html', head(T1)+'<main><h1>'+T1+'</h1>'+byline()+'<div class="body"><p>'+P[0][:120]+'.</p></div><ul class="latest">'+tz+'</ul></main>'+FOOT)
# gallery split: intro, gallery of captions, then rest of text in another container
gal=''.join(f'<figure class="slide"><img src="/img/{i}.jpg"><figcaption>Photo {i+1} of 8: the bridge piers seen from the south bank. (Marlow Courier)</figcaption></figure>' for i in range(8))
w('gallery-split.html', head(T1)+'<main><h1>'+T1+'</h1>'+byline()+'<div class="text-part">'+paras(P[:4])+'</div><div class="gallery">'+gal+'</div><div class="text-part">'+paras(P[4:])+'</div></main>'+FOOT)
# gallery split: each slide carries a paragraph of the story
gal=''.join(f'<div class="slide"><img src="/img/{i}.jpg"><div class="slide-text"><p>{p}</p></div><span class="count">{i+1} / 10</span></div>' for i,p in enumerate(P))
w('gallery-slides.html', head(T1)+'<main><h1>'+T1+'</h1>'+byline()+'<p class="intro">Ten pictures from a town waiting for its bridge.</p><div class="gallery">'+gal+'</div></main>'+FOOT)
# German live blog: "Uhr" stamps in entry headers
LDE=[("Wahllokale geschlossen","Die Wahllokale im Landkreis haben um 18 Uhr geschlossen, die ersten Urnen sind auf dem Weg zur Auszählung."),
("Wahlbeteiligung offenbar höher","In den nördlichen Gemeinden liegt die Beteiligung nach ersten Angaben deutlich über dem Wert von vor vier Jahren."),
("Erstes Ergebnis aus Ostmoor","In Ostmoor liegen die Grünen nach der Nachzählung mit neun Stimmen vorn, so knapp wie seit Jahrzehnten nicht."),
("Kandidaten in der Halle","Die drei Spitzenkandidaten sind eingetroffen, äußern wollten sie sich gegenüber den wartenden Reportern noch nicht."),
("Nachzählung angeordnet","Weil nur zwölf Stimmen die beiden Erstplatzierten trennen, hat der Wahlleiter eine Nachzählung angeordnet."),
("Wie es weitergeht","Der neue Kreistag tritt in zwei Wochen zum ersten Mal zusammen und soll dann einen Vorsitzenden wählen.")]
ent=''.join(f'<div class="ticker-eintrag"><span class="zeit">{21-i}:{(40-i*7)%60:02d} Uhr</span><h3>{h}</h3><p>{t}</p></div>\n' for i,(h,t) in enumerate(LDE))
w('live-uhr.html', head("Kreistagswahl im Liveticker: alle Ergebnisse").replace('lang="en"','lang="de"')+'<main><h1>Kreistagswahl im Liveticker: alle Ergebnisse</h1><p class="byline">Von Jana Wendler</p><div class="ticker">'+ent+'</div></main>'+FOOT)
# control: a plain article with a related list and a footer
w('control.html', head(T1)+'<main><article><h1>'+T1+'</h1>'+byline()+'<div class="article-body">'+paras(P)+'</div></article>'+RELATED+'</main>'+FOOT)
# the article short under its headline, the next story longer in an <article> of its own below
T2="Fishermen report smallest spring catch in a decade"
w('next-story-longer.html', head(T1)+'<main><h1>'+T1+'</h1>'+byline()+'<div class="content">'+paras(P[:3])+'</div><section class="next"><article><h2><a href="/n/2">'+T2+'</a></h2>'+paras(Q)+'</article></section></main>'+FOOT)
# the next story under the article in the same element, below its linked headline
w('next-story-linked.html', head(T1)+'<main><h1>'+T1+'</h1>'+byline()+'<div class="text">'+paras(P[:4])+'</div><div class="more"><h3><a href="/n/2">'+T2+'</a></h3><div>'+paras(Q)+'</div></div></main>'+FOOT)
# the next story in the article's own element, below its linked headline
w('next-story-flat.html', head(T1)+'<main><h1>'+T1+'</h1>'+byline()+paras(P[:4])+'<h2><a href="/n/2">'+T2+'</a></h2>'+paras(Q)+'</main>'+FOOT)
