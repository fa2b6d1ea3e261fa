# Korean lexicon for package normalize. Format: see id.lex.
[lang]
ko

# Opening marks that set off no direct speech: Korean prints speech in
# “ ” (큰따옴표) and a term, a name, a title, a thought or an emphasised
# phrase in ‘ ’ (작은따옴표), which inside speech marks a quotation
# within it.
[plain-marks]
‘
