# Russian lexicon for package normalize. Format: see id.lex. Plain
# language knowledge only: the labels of a Russian credit line and the
# verbs of its attributions.
[lang]
ru

# Common words, for language detection (see lang.go) and for the name
# readers: a capitalised one opening a sentence ("Сейчас", "Когда") is
# no name. Words of Russian alone: those Ukrainian and Bulgarian share
# ("в", "на", "не", "и", "за") are left out.
[stopwords]
что
это
как
его
только
уже
было
который
которая
которые
также
очень
сейчас
когда
если
ещё
еще
она
они
но
или
чтобы
после
себя
этого
этот
эти
тогда
потому
здесь

# Labels before a writer's name ("Текст: Анна Орлова", "Автор: …",
# "Авторы: …") and the other roles of a credit line.
[byline]
текст = reporter
автор = reporter
авторы = reporter
автор текста = reporter
корреспондент = reporter
редактор = editor
редакторы = editor
перевод = translator
переводчик = translator
фото = photographer
фотограф = photographer
текст и фото = reporter

# Reporting verbs of Russian attributions, past (masculine, feminine,
# plural) and present: '«…», — сказал Орлов', '«…», — считает она'.
[verbs]
сказал
сказала
сказали
заявил
заявила
заявили
отметил
отметила
отметили
добавил
добавила
добавили
пояснил
пояснила
пояснили
рассказал
рассказала
рассказали
подчеркнул
подчеркнула
подчеркнули
сообщил
сообщила
сообщили
уточнил
уточнила
признался
призналась
признал
признала
ответил
ответила
написал
написала
считает
считают
говорит
говорят
говорил
говорила
объяснил
объяснила
объясняет
уверен
уверена
добавляет
отмечает
подчеркивает
подчёркивает
рассказывает
заключил
заключила

# Third-person pronouns after a verb ('«…», — сказал он').
[pronouns]
он = m
она = f
они = -

# Speech printed as a paragraph opened by a dash ('— …, — сказал он.')
# is read as dashSpeech reads it.
[dash-speech]
yes

# Jobs, ranks and offices before a name, never part of it, masculine and
# feminine ("министр", "актриса"); alone, a role that stands for its
# holder ('«…», — сказал министр').
[titles]
президент
премьер-министр
министр
мэр
губернатор
депутат
сенатор
глава
председатель
директор
руководитель
представитель
пресс-секретарь
официальный представитель
эксперт
аналитик
экономист
врач
профессор
тренер
адвокат
прокурор
судья
следователь
актёр
актер
актриса
певец
певица
режиссёр
режиссер
писатель
писательница
журналист
журналистка
модель
супермодель

# ---- Dates (months and day names; kept apart from the credit and
# speech sections above) ----
# Month names as a date prints them: the genitive after a day ("7
# декабря 2026 г."), the nominative of a heading ("декабрь 2026") and
# the abbreviations of a dateline ("7 дек.", "1 сент."). "май", "мая"
# and "март" are months only: no Russian given name is spelt so.
[months]
января = 1
январь = 1
янв = 1
февраля = 2
февраль = 2
фев = 2
февр = 2
марта = 3
март = 3
мар = 3
апреля = 4
апрель = 4
апр = 4
мая = 5
май = 5
июня = 6
июнь = 6
июн = 6
июля = 7
июль = 7
июл = 7
августа = 8
август = 8
авг = 8
сентября = 9
сентябрь = 9
сен = 9
сент = 9
октября = 10
октябрь = 10
окт = 10
ноября = 11
ноябрь = 11
ноя = 11
нояб = 11
декабря = 12
декабрь = 12
дек = 12

# Day names, nominative and the accusative of "в среду" ("on
# Wednesday"), as a date line prints them ("Понедельник, 7 декабря").
[days]
понедельник
вторник
среда
среду
четверг
пятница
пятницу
суббота
субботу
воскресенье

# ---- Gender of verb and surname forms (kept apart from the sections
# above) ----
# The past tense agrees with its subject: '«…», — добавила.' is a
# woman's words, '«…», — добавил.' a man's (plurals, "добавили", tell
# nothing).
[verb-genders]
лась = f
лся = m
ла = f
л = m

# Surnames take the bearer's gender ("Орлова", "Орлов"; "Белая",
# "Белый").
[surname-genders]
ова = f
ева = f
ёва = f
ина = f
ская = f
цкая = f
ов = m
ев = m
ёв = m
ин = m
ский = m
цкий = m

# The first piece of a breadcrumb trail (see en.lex).
[breadcrumb-heads]
главная

# "Источник: ТАСС": the source label of a closing credit.
[credit-lines]
источник X
