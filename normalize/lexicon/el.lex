# Greek lexicon for package normalize. Format: see id.lex. Plain language
# knowledge only: the labels of a credit line, the verbs of an
# attribution, offices and jobs, months and day names. A word printed in
# capitals loses its accent ("ΔΕΚΕΜΒΡΙΟΥ"): accented and bare forms are
# both listed where they differ.
[lang]
el

# Labels before a writer's name ("Κείμενο: Ελένη Παππά"; "Του Νίκου …"
# is left to the name readers). A label holds no final sigma, which the
# credit gate folds with σ (see gateFold: a letter folds as strings.EqualFold folds it).
[byline]
κείμενο = reporter
συντάκτρια = reporter
φωτογραφία = photographer
μετάφραση = translator
επιμέλεια = editor

[conjunctions]
και

# Reporting verbs ('«…», δήλωσε ο Παππάς', '«…», είπε η υπουργός').
[verbs]
δήλωσε
είπε
ανέφερε
τόνισε
πρόσθεσε
σημείωσε
εξήγησε
υπογράμμισε
επεσήμανε
υποστήριξε
απάντησε
έγραψε
λέει
λένε
δηλώνει
τονίζει
σημειώνει
εξηγεί
προσθέτει
είπαν
δήλωσαν

# Third-person pronouns after a verb ('«…», είπε εκείνη').
[pronouns]
αυτός = m
αυτή = f
εκείνος = m
εκείνη = f

# Offices and jobs before a name ("ο υπουργός Νίκος Παππάς").
[titles]
πρόεδρος
πρωθυπουργός
υπουργός
υφυπουργός
δήμαρχος
βουλευτής
εκπρόσωπος
διευθυντής
διευθύντρια
καθηγητής
καθηγήτρια
γιατρός
προπονητής
δικηγόρος
εισαγγελέας
δικαστής
αναλυτής
οικονομολόγος
ηθοποιός
συγγραφέας

# Month names: the genitive after a day ("7 Δεκεμβρίου 2026"), accented
# and as capitals print them.
[months]
ιανουαρίου = 1
ιανουαριου = 1
φεβρουαρίου = 2
φεβρουαριου = 2
μαρτίου = 3
μαρτιου = 3
απριλίου = 4
απριλιου = 4
μαΐου = 5
μαιου = 5
ιουνίου = 6
ιουνιου = 6
ιουλίου = 7
ιουλιου = 7
αυγούστου = 8
αυγουστου = 8
σεπτεμβρίου = 9
σεπτεμβριου = 9
οκτωβρίου = 10
οκτωβριου = 10
νοεμβρίου = 11
νοεμβριου = 11
δεκεμβρίου = 12
δεκεμβριου = 12

# Day names ("Δευτέρα, 7 Δεκεμβρίου 2026").
[days]
δευτέρα
δευτερα
τρίτη
τριτη
τετάρτη
τεταρτη
πέμπτη
πεμπτη
παρασκευή
παρασκευη
σάββατο
σαββατο
κυριακή
κυριακη

# Country domains of this language kept in one zone: a page under one that
# names no zone of its own keeps it (a language spoken across zones has no
# [home-zone]; its countries do).
[tld-zones]
gr = Europe/Athens
cy = Asia/Nicosia
