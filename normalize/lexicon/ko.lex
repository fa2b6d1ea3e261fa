# Korean lexicon for package normalize. Format: see id.lex.
[lang]
ko

# Opening marks that set off no direct speech: Korean prints speech in
# “ ” (큰따옴표) and a term, a name, a title, a thought or an emphasised
# phrase in ‘ ’ (작은따옴표), which inside speech marks a quotation
# within it.
[plain-marks]
‘

# Attribution of a quote: the quotative particle glued to the closing
# mark, then a reporting verb in the same sentence ("“…”고 말했다",
# "“…”라고 밝혔다", "“…”이라고 강조했다"), or a saying form glued to
# the mark alone ("“…”이라며 …", "“…”라면서"). "했다" is the past of
# 하다, which after the particle is "said" and ends every verb of the
# "…하다" kind (강조했다, 설명했다, 주장했다); see spaced.go.
[unspaced-quote-particles]
이라고
라고
고

[unspaced-quote-verbs]
했다
밝혔다
전했다
덧붙였다
물었다
답했다
말한다
강조한다
설명한다
밝힌다
전한다
적었다
썼다
털어놨다
이라며
라며
며
이라면서
라면서
면서

# Korean spaces its words; the particles are glued to the word they
# follow.
[unspaced-spaced]
yes

# The topic mark, after a consonant (은) and after a vowel (는).
[unspaced-subject-marks]
은
는

# Subjects that stand for someone named before ("그는", "그녀는").
[unspaced-pronouns]
그
그녀

# Stems that are no subject before 은/는: a case ending before the topic
# mark ("서울에서는", "지난해에는", "법적으로는"), a verb's stem before
# the adnominal ending ("말하는", "있는").
[unspaced-stem-ends]
에서
에게
에
으로
로
까지
부터
때
하
되
있
없
않

# Offices, ranks and jobs written after a name ("김민호 장관", "이 당선인"),
# and the words for former and present before them ("윤 전 대통령").
[unspaced-title-suffixes]
대통령
당선인
당선자
후보
대표
의원
장관
차관
총리
위원장
대변인
시장
지사
도지사
구청장
군수
회장
사장
대표이사
이사장
원장
교수
박사
씨
감독
선수
판사
검사
변호사
기자
원내대표
비서실장
실장
국장
팀장
소장
총장
청장
교사
의사
간호사
연구원
전문가
작가
배우
가수
전
현
총재
부총재
의장
부의장
대사
부회장
부사장
위원
사무총장
검찰총장
본부장
센터장
단장
부장
고문
사령관

# Offices that follow a body, never a person's name: the subject is the
# phrase as written ('경찰 관계자는', '업계 관계자는'; see lexicon.go).
[unspaced-unnamed-titles]
관계자
당국자
소식통
