package normalize

import "testing"

// TestProgrammeOfOutlet covers a statement made on an outlet's
// programme, the outlet named as its owner ("on NPR's “Morning
// Edition”", "on Fox News' Sunday Briefing"), with words between the
// verb and "on". The owner must be an outlet and a title must follow:
// a person's column, an outlet's decision or its reporting in lower case
// cite no one by this cue.
func TestProgrammeOfOutlet(t *testing.T) {
	lx := loadLexicon()
	checkSources(t, lx, []sourceCase{
		{"quoted programme", "“I like the work,” Okafor said recently about the job on NPR's “Morning Edition.”", []string{"NPR"}},
		{"owner ending in s", "He spoke about the deal on Fox News' “Sunday Briefing” last week.", []string{"Fox News"}},
		{"article before owner", "The clip, first aired on the BBC's Panorama, drew complaints.", []string{"BBC"}},
		{"curly possessive", "She repeated the claim on CNN’s State of the Union.", []string{"CNN"}},
		{"outlet's decision", "The debate centred on Reuters's decision to close the bureau.", nil},
		{"person's column", "He commented on Rina Lestari's “Morning Notes” column.", nil},
		{"lower-case page", "They relied on CNN's reporting for the figures.", nil},
		{"company's product", "She watched the film on Apple's new service.", nil},
	})
}
