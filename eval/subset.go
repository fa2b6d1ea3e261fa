package eval

// Only returns the body report over the pages keep accepts, summarised
// anew as score.py body would summarise those pages alone (precision
// over the pages that predicted something, recall over those whose truth
// is not empty). Missing and the boilerplate counts are not carried over.
func (r Report) Only(keep func(id string) bool) Report {
	out := Report{Name: r.Name}
	for _, p := range r.Pages {
		if keep(p.ID) {
			out.Pages = append(out.Pages, p)
		}
	}
	out.summarise()
	return out
}

// Only returns the field report over the pages keep accepts; its sums are
// score.py's field figures over those pages.
func (r FieldReport) Only(keep func(id string) bool) FieldReport {
	out := FieldReport{Name: r.Name}
	for _, p := range r.Pages {
		if keep(p.ID) {
			out.Pages = append(out.Pages, p)
		}
	}
	return out
}
