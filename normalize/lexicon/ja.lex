# Japanese lexicon for package normalize. Format: see id.lex. Japanese
# writes no spaces between words: its citations are read by
# unspacedSources, not by the cue patterns of [sources].
[lang]
ja

# Cues that follow the cited outlet: "Xによると" (according to X),
# "Xが報じた" (X reported).
[unspaced-source-cues]
によると
によれば
が報じた
は報じた
が伝えた
の報道によると

# Nouns that stand right before an outlet's name: "米紙X" (the US paper
# X), "ニュースサイト「X」".
[unspaced-outlet-nouns]
紙
ニュースサイト
通信社
放送局
テレビ局
メディア

# Words that end an outlet's name: "ロイター通信", "朝日新聞". The first,
# the paper's word, ends a name in kanji alone too ("国営通信" is a state
# agency, no name).
[unspaced-outlet-ends]
新聞
通信
テレビ
放送

# The zone of a page in this language, or under one of these top-level
# domains, that names no zone of its own: every country speaking it
# keeps this zone.
[home-zone]
Asia/Tokyo

[tlds]
jp
