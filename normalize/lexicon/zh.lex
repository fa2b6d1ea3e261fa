# Chinese lexicon for package normalize. Format: see id.lex. Chinese
# writes no spaces between words and marks no subject with a particle:
# a quote's speaker and its reporting verb stand right before it
# ("王小明表示：「…」") or right after it ("「…」王小明說。"); see lead.go.
# Traditional and simplified forms are both listed.
[lang]
zh

# Reporting verbs: say, state, point out, stress, think, add, explain,
# reveal, respond.
[unspaced-quote-verbs]
表示
說
说
指出
強調
强调
認為
认为
稱
称
透露
坦言
直言
回應
回应
補充
补充
解釋
解释
提到
說明
说明
告訴記者
告诉记者
問道
问道
答道

# Subjects that stand for someone named before.
[unspaced-pronouns]
他
她
他們
她們
他们
她们

# Words between a subject and its verb ("他也表示", "她則說").
[unspaced-verb-adverbs]
也
則
则
更
還
还
並
并
再
又
亦
則是
则是
進一步
进一步

# Numerals and demonstratives that open a description of a person, no
# name ("一名官員", "該名男子", "這位老師").
[unspaced-determiners]
一
兩
两
二
三
幾
几
這
这
該
该
那
某
每
此
多

# Offices, ranks and jobs, before a name ("外交部長王小明", "附近居民陳
# 美玲") or after it: no part of the name.
[unspaced-title-suffixes]
居民
民眾
民众
學生
学生
專家
专家
學者
学者
官員
官员
網友
网友
選手
选手
球員
球员
老師
老师
總統
总统
副總統
副总统
主席
總理
总理
院長
院长
部長
部长
市長
市长
縣長
县长
議員
议员
委員
委员
立委
發言人
发言人
主任
董事長
董事长
總經理
总经理
執行長
执行长
教授
局長
局长
處長
处长
署長
署长
秘書長
秘书长
主委
召集人
總裁
总裁
經理
经理
教練
教练
醫師
医师
律師
律师
記者
记者
先生
女士
