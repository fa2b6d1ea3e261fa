package normalize

import "testing"

// TestComplementPhrase: a subject that opens with a person the article
// does not name, whose complement holds a capitalised name ("one user
// on Weibo", "the authors of the study … in the journal X"), is that
// phrase as written; the name in the complement is no speaker.
func TestComplementPhrase(t *testing.T) {
	lx := loadLexicon()
	lead := "Reaction to the new rule was swift."
	tests := []quoteCase{
		{name: "indefinite with a named place", lang: "en", paras: []string{lead,
			"One user on Weibo posted: “Nobody asked us before the rule was written down.”"},
			want: []string{"One user on Weibo: Nobody asked us"}},
		{name: "indefinite after the quote", lang: "en", paras: []string{lead,
			"“Nobody asked us before the rule was written down,” one commenter on Reddit wrote."},
			want: []string{"one commenter on Reddit: Nobody asked us"}},
		{name: "conjunction first", lang: "en", paras: []string{lead,
			"But one reader from Tamsworth wrote: “Nobody asked us before the rule was written down.”"},
			want: []string{"one reader from Tamsworth: Nobody asked us"}},
		{name: "definite plural, the name past a participle", lang: "en", paras: []string{lead,
			"The authors of the research published in the journal Halvorsen Medicine argued that the rise was “a concern for public health in the years ahead.”"},
			want: []string{"The authors of the research: a concern for public health"}},
		{name: "definite plural for a named person", lang: "en", paras: []string{lead,
			"“Our client has done nothing wrong and will say so in court,” the lawyers for Dana Whitcombe said."},
			want: []string{"the lawyers for Dana Whitcombe: Our client"}},
		{name: "a relative clause after the phrase", lang: "en", paras: []string{lead,
			"“The rule is in force from Monday,” said Lin Haobo, a city official.",
			"One user on Weibo, which is the local version of Twitter, posted: “Nobody asked us before the rule was written down.”"},
			want: []string{"Lin Haobo: The rule", "One user on Weibo: Nobody asked us"}},
		{name: "a relative clause after a clause opener", lang: "en", paras: []string{lead,
			"“The rule is in force from Monday,” said Lin Haobo, a city official.",
			"On Tuesday, one resident of Tamsworth, who asked not to be named, wrote: “Nobody asked us before the rule was written down.”"},
			want: []string{"Lin Haobo: The rule", "one resident of Tamsworth: Nobody asked us"}},
		{name: "a named speaker stays", lang: "en", paras: []string{lead,
			"“Nobody asked us before the rule was written down,” Dana Whitcombe of the Tamsworth council said."},
			want: []string{"Dana Whitcombe: Nobody asked us"}},
		{name: "a role before the name stays", lang: "en", paras: []string{lead,
			"The mayor of Tamsworth, Dana Whitcombe, said: “Nobody asked us before the rule was written down.”"},
			want: []string{"Dana Whitcombe: Nobody asked us"}},
	}
	checkQuotes(t, lx, tests)
}
