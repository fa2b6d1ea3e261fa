# Ukrainian lexicon for package normalize. Format: see id.lex. Plain
# language knowledge only: common words, the labels of a credit line,
# the verbs of an attribution, offices and jobs, months and day names.
[lang]
uk

# Common words, for language detection (see lang.go) and for the name
# readers: a capitalised one opening a sentence ("Також", "Коли") is no
# name. Words of Ukrainian alone: those Russian or Bulgarian share ("в",
# "на", "не", "за", "через", "тому") are left out.
[stopwords]
що
це
який
яка
які
якого
також
від
або
її
їх
є
і
було
буде
вже
під
після
щоб
коли
якщо
дуже
лише
тільки
між
ще
цей
ця
ці
цього
він
вона
вони
зараз
тоді
можна
потрібно

# Labels before a writer's name ("Автор: Олена Коваль", "Текст: …",
# "Автори: …") and the other roles of a credit line.
[byline]
автор = reporter
авторка = reporter
автори = reporter
текст = reporter
автор тексту = reporter
кореспондент = reporter
кореспондентка = reporter
редактор = editor
редакторка = editor
редактори = editor
переклад = translator
перекладач = translator
перекладачка = translator
фото = photographer
фотограф = photographer
фотографка = photographer
текст і фото = reporter

# Words joining several names ("Олена Коваль і Петро Гнатюк"); "та" is
# also a Russian demonstrative, so it joins names on Ukrainian pages only.
[conjunctions]
і
[own-conjunctions]
та

# Reporting verbs of Ukrainian attributions, past (masculine, feminine,
# plural) and present: '«…», — сказав Гнатюк', '«…», — вважає вона'.
[verbs]
сказав
сказала
сказали
заявив
заявила
заявили
зазначив
зазначила
зазначили
додав
додала
додали
пояснив
пояснила
пояснили
розповів
розповіла
розповіли
наголосив
наголосила
наголосили
підкреслив
підкреслила
підкреслили
повідомив
повідомила
повідомили
уточнив
уточнила
відповів
відповіла
написав
написала
визнав
визнала
каже
кажуть
вважає
вважають
говорить
говорив
говорила
додає
зазначає
наголошує
розповідає
пояснює
пише
переконаний
переконана
підсумував
підсумувала

# Third-person pronouns after a verb ('«…», — сказав він').
[pronouns]
він = m
вона = f
вони = -

# Speech printed as a paragraph opened by a dash ('— …, — сказав він.')
# is read as dashSpeech reads it.
[dash-speech]
yes

# Jobs, ranks and offices before a name, never part of it, masculine and
# feminine ("міністр", "речниця"); alone, a role that stands for its
# holder ('«…», — сказав міністр'). The apostrophe is spelt both ways.
[titles]
президент
президентка
прем'єр-міністр
премʼєр-міністр
прем’єр-міністр
міністр
міністерка
мер
міський голова
губернатор
депутат
депутатка
голова
очільник
очільниця
речник
речниця
директор
директорка
керівник
керівниця
представник
представниця
посол
посолка
командувач
генерал
експерт
експертка
аналітик
аналітикиня
економіст
економістка
лікар
лікарка
професор
професорка
тренер
тренерка
адвокат
адвокатка
прокурор
прокурорка
суддя
слідчий
актор
акторка
співак
співачка
режисер
режисерка
письменник
письменниця
журналіст
журналістка

# Month names as a date prints them: the genitive after a day ("7 грудня
# 2026 року"), the nominative of a heading ("грудень 2026") and the
# abbreviations of a date line ("7 груд."). "лист" ("letter") is left out.
[months]
січня = 1
січень = 1
січ = 1
лютого = 2
лютий = 2
лют = 2
березня = 3
березень = 3
бер = 3
квітня = 4
квітень = 4
квіт = 4
травня = 5
травень = 5
трав = 5
червня = 6
червень = 6
черв = 6
липня = 7
липень = 7
серпня = 8
серпень = 8
серп = 8
вересня = 9
вересень = 9
жовтня = 10
жовтень = 10
жовт = 10
листопада = 11
листопад = 11
грудня = 12
грудень = 12
груд = 12

# Day names, nominative and the accusative of "у середу" ("on
# Wednesday"), as a date line prints them ("Понеділок, 7 грудня").
[days]
понеділок
вівторок
середа
середу
четвер
п'ятниця
п’ятниця
пʼятниця
п'ятницю
п’ятницю
субота
суботу
неділя
неділю

# The past tense agrees with its subject: '«…», — додала.' is a woman's
# words, '«…», — додав.' a man's (plurals, "додали", tell nothing).
[verb-genders]
лася = f
вся = m
ла = f
в = m

# Adjectival surnames take the bearer's gender ("Ковальська",
# "Ковальський"); "-енко", "-ук" tell nothing.
[surname-genders]
ська = f
цька = f
ський = m
цький = m
ова = f

# Country domains of this language kept in one zone: a page under one that
# names no zone of its own keeps it (a language spoken across zones has no
# [home-zone]; its countries do).
[tld-zones]
ua = Europe/Kyiv
