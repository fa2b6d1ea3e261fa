package normalize

import "testing"

// TestCoordinatedOutlets covers outlets a cue cites together, joined by a
// conjunction ("according to Reuters and Bloomberg", "as NBC News and
// Bloomberg have reported", "berichteten die Medien X und Y"): each is a
// source. The other name is taken only when written as an outlet, so a
// person or a body joined to the cited outlet stays out.
func TestCoordinatedOutlets(t *testing.T) {
	lx := loadLexicon()
	tests := []sourceCase{
		{"according to two", "The merger was called off, according to Reuters and Bloomberg.", []string{"Reuters", "Bloomberg"}},
		{"according to with article", "According to Reuters and the Financial Times, the talks stalled.", []string{"Reuters", "Financial Times"}},
		{"as both have reported", "As both NBC News and Bloomberg have reported, the app leaks data.", []string{"Bloomberg", "NBC News"}},
		{"as the two reported", "As the Times and the Guardian reported on Monday, the pier was sold.", []string{"Guardian", "Times"}},
		{"clause then two", "The pier was sold, Reuters and Bloomberg reported.", []string{"Bloomberg", "Reuters"}},
		{"secondo two", "Secondo Reuters e Bloomberg, la fusione è saltata.", []string{"Reuters", "Bloomberg"}},
		{"según two", "Según Reuters y Bloomberg, la fusión se canceló.", []string{"Reuters", "Bloomberg"}},
		{"selon two", "Selon Le Monde et Libération, le projet est abandonné.", []string{"Le Monde", "Libération"}},
		{"menurut two", "Menurut laporan Reuters dan Bloomberg, merger itu batal.", []string{"Reuters", "Bloomberg"}},
		{"dilansir two", "Seperti dilansir BBC dan CNN, merger itu batal.", []string{"BBC", "CNN"}},
		{"german media plural", "Zuletzt berichteten die britischen Medien BBC und Sky News darüber.", []string{"BBC", "Sky News"}},
		{"has reported", "As Bloomberg has reported, the plant will close.", []string{"Bloomberg"}},
		{"polish podawał", "Portal CNN podawał wcześniej, że rozmowy ruszą we wtorek.", []string{"CNN"}},
		// A person, a body or an unknown word joined to the outlet is no
		// outlet of its own.
		{"and the minister", "According to Reuters and the minister, the talks stalled.", []string{"Reuters"}},
		{"and a person", "According to Reuters and Maria Lopez, the talks stalled.", []string{"Reuters"}},
		{"the police and", "The police and Reuters reported the fire.", []string{"Reuters"}},
		{"laut polizei und", "Laut Polizei und Zeugen wurde niemand verletzt.", nil},
		{"medien without a name", "Wie Medien berichteten, wurde der Vertrag gekündigt.", nil},
	}
	checkSources(t, lx, tests)
}

// TestDescribedBlogs covers an outlet the text describes by its kind
// before naming it, with the kinds of the web ("the personal finance blog
// X", "the tech site X"), and a report printed "in" an outlet.
func TestDescribedBlogs(t *testing.T) {
	lx := loadLexicon()
	tests := []sourceCase{
		{"finance blog", "According to the personal finance blog Pennywise, two print runs had errors.", []string{"Pennywise"}},
		{"tech blog", "According to the tech blog Gadgetzone, the phone ships in May.", []string{"Gadgetzone"}},
		{"news site", "According to the local news site Valley Wire, the bridge will close.", []string{"Valley Wire"}},
		{"report in the", "According to a report in the Harbour Sentinel, the mayor resigned.", []string{"Harbour Sentinel"}},
		{"story in the", "According to a story in the Coastal Courier, the ferry is late.", []string{"Coastal Courier"}},
		{"sports broadcaster", "\"We stuck to the plan,\" she told Pitchside Sports after the match.", []string{"Pitchside Sports"}},
		{"sports magazine", "He told Sports Weekly that he would retire in May.", []string{"Sports Weekly"}},
		{"sport body", "According to Sport Wales, fewer children swim.", nil},
		{"sports as a word", "He told reporters that sports betting was legal.", nil},
		// Papers an outlet obtained or read, statements given to it, "per X".
		{"obtained by", "The letters were obtained by The Associated Press.", []string{"The Associated Press"}},
		{"reviewed by", "Records reviewed by The Wall Street Journal show two payments.", []string{"The Wall Street Journal"}},
		{"provided to", "In a statement provided to CNN, the firm denied wrongdoing.", []string{"CNN"}},
		{"per outlet", "The guard will miss two weeks, per Reuters.", []string{"Reuters"}},
		{"reports inverted", "The plant will close in May, reports Bloomberg.", []string{"Bloomberg"}},
		{"a report said", "A Wall Street Journal report said the talks had stalled.", []string{"Wall Street Journal"}},
		{"obtained by a body", "The files were obtained by the committee.", nil},
		{"obtained by a person", "The letter was obtained by Senator Jane Roe.", nil},
		{"per a document", "Per the agreement, the club pays the fee.", nil},
		{"per a person", "Per Jane Roe, the club pays the fee.", nil},
		// A broadcaster's number after a word of outlet names.
		{"channel number news", "He told Channel 9 News that he would run again.", []string{"Channel 9 News"}},
		{"radio number", "She told Harbour Radio 2 that the ferry was late.", []string{"Harbour Radio 2"}},
		{"number after an agency", "According to Reuters 3 people died in the fire.", []string{"Reuters"}},
		{"blog post", "According to the blog post, prices rose.", nil},
		{"his blog", "According to his blog, prices rose.", nil},
		{"report in the senate", "According to a report in the Senate, the bill stalled.", nil},
		{"site of a ministry", "According to the official site of the Ministry, fees rose.", nil},
	}
	checkSources(t, lx, tests)
}
