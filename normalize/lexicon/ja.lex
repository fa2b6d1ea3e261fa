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

# 『 』 sets off the title of a work ("小説『雪国』") or a quotation
# within a quotation, never speech of its own.
[plain-marks]
『

# Attribution of a quote: the quotative particle と after the closing
# mark, then a reporting verb in the same sentence ("「…」と語った",
# "「…」と記者団に述べた"), past, present and progressive forms.
[unspaced-quote-particles]
と

[unspaced-quote-verbs]
語った
語る
語っている
述べた
述べる
述べている
話した
話す
話している
強調した
説明した
指摘した
訴えた
批判した
答えた
主張した
明らかにした
明かした
回答した
答える
表明した
コメントした
呼びかけた

# Particles that mark the subject of the quote's sentence: the topic
# は first, then the subject が.
[unspaced-subject-marks]
は
が

# Offices, ranks and honorifics written after a name ("山田太郎首相",
# "佐藤花子氏", "岩本容疑者"): no part of the name. An office alone
# ("首相は") stays as written.
[unspaced-title-suffixes]
氏
さん
首相
大統領
副大統領
外相
財務相
防衛相
国防相
官房長官
長官
大臣
知事
市長
町長
村長
議員
代表
会長
社長
理事長
委員長
党首
総裁
幹事長
報道官
監督
選手
教授
容疑者
被告
