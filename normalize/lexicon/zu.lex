# Zulu lexicon for package normalize. Format: see id.lex. No
# [stopwords]: a text in Zulu keeps the unknown-language guard of the
# quote reader (no capitalised words before a quote are a speaker until
# an attribution names one).
[lang]
zu

# Reporting verbs after a quote ('"…," kusho uSokhela.', '"…," kusho
# yena.'): said, said (past), concluded, added, went on, explained.
[verbs]
kusho
kwasho
kuphetha
kwengeza
kuqhuba
kuchaza

# The pronoun of the third person singular, of either sex ("kusho yena").
[pronouns]
yena = -

# A name in the subject's case takes the prefix of its noun class, glued
# to it: "uSokhela", "uNkk Dlamini", "u-Aunt" (the name is "Sokhela").
[name-prefixes]
u-
u

# Titles and offices before a name ("uNkk Dlamini", "uMnu Zulu",
# "uNgqongqoshe Ntuli"), their abbreviations too: Mrs, Miss, Mr, Dr,
# professor, minister, councillor, mayor, premier, chief.
[titles]
nkk
nkosikazi
nksz
nkosazana
mnu
mnumzane
dkt
dokotela
solwazi
ngqongqoshe
khansela
meya
ndunankulu
nkosi
induna
