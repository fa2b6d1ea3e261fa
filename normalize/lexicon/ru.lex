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
