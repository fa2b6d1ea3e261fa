# Russian lexicon for package normalize. Format: see id.lex. Only the
# credit labels so far: Russian pages are read by the other languages'
# rules otherwise.
[lang]
ru

# Credit labels of Russian bylines ("Текст: Анна Орлова", "Автор: …",
# "Фото: …"): text (the writer), author, correspondent, editor, photo,
# translation.
[byline]
текст = reporter
автор = reporter
корреспондент = reporter
редактор = editor
фото = photographer
перевод = translator

# The first piece of a breadcrumb trail (see en.lex).
[breadcrumb-heads]
главная

# "Источник: ТАСС": the source label of a closing credit.
[credit-lines]
источник X
