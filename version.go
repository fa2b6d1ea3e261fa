package kabar

// Version is kabar's release. It is written into every record's
// extraction.version, so that a corpus says which extractor made it and
// `kabar reextract` can tell stale records.
const Version = "0.1.0"
