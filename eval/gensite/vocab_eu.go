package gensite

// euLang holds one European language's words and forms for the europe
// template. People, places, outlets and sites are invented; the capitals
// and agencies are real, as they are on real pages.
type euLang struct {
	code, tpl, tld, section string
	female, male, last      []string
	offices                 []euOffice
	places, cities          []string
	agency                  string
	by, and                 string
	he, she                 string
	open, close             string
	sites                   []string
	// outlets: as a sentence names it, as the truth gives it.
	outlets                    [][2]string
	quoteA, quoteB             []string
	filler, lead, headA, headB []string
	days, months               []string
	readAlso                   []string
	newsletter                 []string
	nav, related, legal        string
}

var euLangs = []*euLang{
	{
		code: "de", tpl: "german", tld: "de", section: "politik",
		female: []string{"Anja", "Friederike", "Leonie", "Henrike", "Svenja", "Ulrike", "Mareike", "Johanna"},
		male:   []string{"Jonas", "Matthias", "Henning", "Torsten", "Lukas", "Volker", "Bastian", "Gerold"},
		last:   []string{"Kessler", "Brandtner", "Wolfram", "Oberhauser", "Lindemann", "Quast", "Reinholz", "Tiedemann", "Abendroth", "Sommerfeld", "Hagedorn", "Pfeiffer"},
		offices: []euOffice{
			{title: [2]string{"Bürgermeister", "Bürgermeisterin"}, intro: [2]string{"der Bürgermeister von {place}", "die Bürgermeisterin von {place}"},
				appos: [2]string{"Bürgermeister von {place}", "Bürgermeisterin von {place}"}, role: [2]string{"der Bürgermeister", "die Bürgermeisterin"}},
			{title: [2]string{"Innenminister", "Innenministerin"}, intro: [2]string{"der Innenminister des Landes", "die Innenministerin des Landes"},
				appos: [2]string{"Innenminister des Landes", "Innenministerin des Landes"}, role: [2]string{"der Minister", "die Ministerin"}},
			{title: [2]string{"Landrat", "Landrätin"}, intro: [2]string{"der Landrat des Kreises {place}", "die Landrätin des Kreises {place}"},
				appos: [2]string{"Landrat des Kreises {place}", "Landrätin des Kreises {place}"}, role: [2]string{"der Landrat", "die Landrätin"}},
			{title: [2]string{"Stadtwerke-Chef", "Stadtwerke-Chefin"}, intro: [2]string{"der Chef der Stadtwerke {place}", "die Chefin der Stadtwerke {place}"},
				appos: [2]string{"Chef der Stadtwerke {place}", "Chefin der Stadtwerke {place}"}, role: [2]string{"der Stadtwerke-Chef", "die Stadtwerke-Chefin"}},
			{title: [2]string{"Verkehrsforscher", "Verkehrsforscherin"}, intro: [2]string{"der Verkehrsforscher der Universität {place}", "die Verkehrsforscherin der Universität {place}"},
				appos: [2]string{"Verkehrsforscher an der Universität {place}", "Verkehrsforscherin an der Universität {place}"}, role: [2]string{"der Forscher", "die Forscherin"}},
			{title: [2]string{"Polizeisprecher", "Polizeisprecherin"}, intro: [2]string{"der Sprecher der Polizei {place}", "die Sprecherin der Polizei {place}"},
				appos: [2]string{"Sprecher der Polizei {place}", "Sprecherin der Polizei {place}"}, role: [2]string{"der Sprecher", "die Sprecherin"}},
		},
		places: []string{"Lindenau", "Oberwiesen", "Kaltenbrück", "Moorhusen"},
		cities: []string{"Berlin", "Hamburg", "München", "Lindenau", "Kaltenbrück"},
		agency: "dpa", by: "Von", and: "und", he: "er", she: "sie", open: "„", close: "“",
		sites:      []string{"Nordstadt Kurier", "Rheintal Bote", "Heideblatt"},
		outlets:    [][2]string{{"die „Nordstädter Rundschau“", "Nordstädter Rundschau"}, {"der „Weserbote“", "Weserbote"}, {"die Oberwiesener Allgemeine", "Oberwiesener Allgemeine"}, {"der Südfunk", "Südfunk"}},
		quoteA:     []string{"Wir haben lange genug auf diese Entscheidung gewartet", "Die Zahlen gehen einfach nicht auf", "Niemand in der Stadt wollte dieses Ende", "Unsere Leute haben die ganze Nacht gearbeitet", "Das Geld muss irgendwo herkommen"},
		quoteB:     []string{"und das sagen wir auch ganz deutlich", "aber die eigentliche Prüfung kommt im Winter", "deshalb haben wir ein zweites Gutachten verlangt", "und das wissen die Anwohner am besten"},
		filler:     []string{"Der Plan sieht vor, rund ein Drittel des Haushalts in Reparaturen zu stecken.", "Mehr als dreihundert Anwohner kamen am Abend zur Sitzung in die Stadthalle.", "Wie viele Haushalte betroffen sind, ist bislang unklar."},
		lead:       []string{"Der Stadtrat hat den umstrittenen Ausbau des Hafens vorerst gestoppt.", "Die Landesregierung will die Buslinien im ländlichen Raum retten.", "Nach dem Hochwasser sollen drei Schulen neu gebaut werden."},
		headA:      []string{"Streit um", "Stadtrat stoppt", "Neue Pläne für", "Kritik an"},
		headB:      []string{"den Hafenausbau", "die Buslinien im Kreis", "die Wassergebühren", "den Schulneubau"},
		days:       []string{"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"},
		months:     []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		readAlso:   []string{"Lesen Sie auch:", "Auch interessant:", "Mehr zum Thema:"},
		newsletter: []string{"Abonnieren Sie unseren Newsletter: Die wichtigsten Nachrichten des Tages direkt in Ihr Postfach.", "Jetzt kostenlos zum Newsletter anmelden und nichts mehr verpassen."},
		nav:        `<a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/region">Region</a>`, related: "Mehr zum Thema", legal: "Impressum",
	},
	{
		code: "fr", tpl: "french", tld: "fr", section: "actualite",
		female: []string{"Claire", "Solène", "Margaux", "Éloïse", "Anne-Sophie", "Capucine", "Maëlle", "Hélène"},
		male:   []string{"Paul", "Jean-Luc", "Thibault", "Grégoire", "Mathis", "Olivier", "Baptiste", "Étienne"},
		last:   []string{"Mercier", "Delaunay", "Courtois", "Vasseur", "Lemoine", "Castagnet", "Roussel", "Fauvel", "Berthier", "Morvan", "Chaput", "Aubriot"},
		offices: []euOffice{
			{title: [2]string{"maire", "maire"}, intro: [2]string{"le maire de {place}", "la maire de {place}"}, appos: [2]string{"maire de {place}", "maire de {place}"}, role: [2]string{"le maire", "la maire"}},
			{title: [2]string{"ministre de l'Intérieur", "ministre de l'Intérieur"}, intro: [2]string{"le ministre de l'Intérieur", "la ministre de l'Intérieur"}, appos: [2]string{"ministre de l'Intérieur", "ministre de l'Intérieur"}, role: [2]string{"le ministre", "la ministre"}},
			{title: [2]string{"préfet", "préfète"}, intro: [2]string{"le préfet de la région", "la préfète de la région"}, appos: [2]string{"préfet de la région", "préfète de la région"}, role: [2]string{"le préfet", "la préfète"}},
			{title: [2]string{"directeur", "directrice"}, intro: [2]string{"le directeur de l'hôpital de {place}", "la directrice de l'hôpital de {place}"}, appos: [2]string{"directeur de l'hôpital de {place}", "directrice de l'hôpital de {place}"}, role: [2]string{"le directeur", "la directrice"}},
			{title: [2]string{"porte-parole", "porte-parole"}, intro: [2]string{"le porte-parole de la Régie des eaux", "la porte-parole de la Régie des eaux"}, appos: [2]string{"porte-parole de la Régie des eaux", "porte-parole de la Régie des eaux"}, role: [2]string{"le porte-parole", "la porte-parole"}},
			{title: [2]string{"président", "présidente"}, intro: [2]string{"le président du conseil départemental", "la présidente du conseil départemental"}, appos: [2]string{"président du conseil départemental", "présidente du conseil départemental"}, role: [2]string{"le président", "la présidente"}},
		},
		places: []string{"Valcourt", "Saint-Aubin-des-Landes", "Montreval", "Briançay"},
		cities: []string{"Paris", "Lyon", "Marseille", "Valcourt", "Montreval"},
		agency: "AFP", by: "Par", and: "et", he: "il", she: "elle", open: "«\u00a0", close: "\u00a0»",
		sites:      []string{"Le Républicain du Val", "L'Écho des Monts", "Ouest Matin"},
		outlets:    [][2]string{{"Le Courrier de Valcourt", "Le Courrier de Valcourt"}, {"La Gazette des Monts", "La Gazette des Monts"}, {"Radio Littoral", "Radio Littoral"}, {"L'Indépendant du Sud", "L'Indépendant du Sud"}},
		quoteA:     []string{"Nous attendons cette décision depuis bien trop longtemps", "Les chiffres ne tiennent tout simplement pas", "Personne ici ne voulait que cela finisse ainsi", "Nos équipes ont travaillé toute la nuit", "Cet argent doit bien venir de quelque part"},
		quoteB:     []string{"et nous le dirons clairement au conseil", "mais le vrai test viendra cet hiver", "c'est pourquoi nous avons demandé une contre-expertise", "et les habitants le savent mieux que personne"},
		filler:     []string{"Le projet prévoit de consacrer un tiers du budget aux réparations.", "Plus de trois cents habitants ont assisté à la réunion publique mardi soir.", "Le nombre de foyers concernés n'a pas encore été communiqué."},
		lead:       []string{"Le conseil municipal a suspendu le projet d'extension du port.", "La région veut sauver les lignes de bus en zone rurale.", "Trois écoles inondées seront reconstruites d'ici deux ans."},
		headA:      []string{"Polémique autour", "Colère autour", "Nouvelles questions autour", "Le point sur l'avenir"},
		headB:      []string{"du projet de port", "des lignes de bus rurales", "de la facture d'eau", "de la reconstruction des écoles"},
		days:       []string{"lundi", "mardi", "mercredi", "jeudi", "vendredi"},
		months:     []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		readAlso:   []string{"À lire aussi :", "Lire aussi :", "À voir aussi :"},
		newsletter: []string{"Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.", "Recevez gratuitement nos alertes et notre lettre d'information quotidienne."},
		nav:        `<a href="/politique">Politique</a> <a href="/economie">Économie</a> <a href="/region">Région</a>`, related: "Sur le même sujet", legal: "Mentions légales",
	},
	{
		code: "es", tpl: "spanish", tld: "es", section: "noticias",
		female: []string{"Lucía", "María José", "Nerea", "Carmen", "Itziar", "Rocío", "Ainhoa", "Mercedes"},
		male:   []string{"Javier", "José Luis", "Íñigo", "Rodrigo", "Álvaro", "Andrés", "Fermín", "Gonzalo"},
		last:   []string{"Ferrándiz", "Olmedo", "Carrasco", "Villalba", "Echeverri", "Santamaría", "Quiroga", "Baena", "Lozano", "Arriaga", "Montoro", "Cifuentes"},
		offices: []euOffice{
			{title: [2]string{"alcalde", "alcaldesa"}, intro: [2]string{"el alcalde de {place}", "la alcaldesa de {place}"}, appos: [2]string{"alcalde de {place}", "alcaldesa de {place}"}, role: [2]string{"el alcalde", "la alcaldesa"}},
			{title: [2]string{"consejero de Sanidad", "consejera de Sanidad"}, intro: [2]string{"el consejero de Sanidad", "la consejera de Sanidad"}, appos: [2]string{"consejero de Sanidad", "consejera de Sanidad"}, role: [2]string{"el consejero", "la consejera"}},
			{title: [2]string{"portavoz", "portavoz"}, intro: [2]string{"el portavoz de la Policía Local", "la portavoz de la Policía Local"}, appos: [2]string{"portavoz de la Policía Local", "portavoz de la Policía Local"}, role: [2]string{"el portavoz", "la portavoz"}},
			{title: [2]string{"presidente", "presidenta"}, intro: [2]string{"el presidente de la Autoridad Portuaria", "la presidenta de la Autoridad Portuaria"}, appos: [2]string{"presidente de la Autoridad Portuaria", "presidenta de la Autoridad Portuaria"}, role: [2]string{"el presidente", "la presidenta"}},
			{title: [2]string{"delegado del Gobierno", "delegada del Gobierno"}, intro: [2]string{"el delegado del Gobierno", "la delegada del Gobierno"}, appos: [2]string{"delegado del Gobierno", "delegada del Gobierno"}, role: [2]string{"el delegado", "la delegada"}},
			{title: [2]string{"catedrático", "catedrática"}, intro: [2]string{"el catedrático de Economía de la Universidad de {place}", "la catedrática de Economía de la Universidad de {place}"}, appos: [2]string{"catedrático de Economía", "catedrática de Economía"}, role: [2]string{"el catedrático", "la catedrática"}},
		},
		places: []string{"Villanueva del Río", "Almendral", "San Telmo de la Sierra", "Puerto Alba"},
		cities: []string{"Madrid", "Sevilla", "Valencia", "Almendral", "Puerto Alba"},
		agency: "EFE", by: "Por", and: "y", he: "él", she: "ella", open: "«", close: "»",
		sites:      []string{"Diario del Sur", "La Voz de Almendral", "Crónica Norte"},
		outlets:    [][2]string{{"El Heraldo del Tajo", "El Heraldo del Tajo"}, {"La Tribuna de Puerto Alba", "La Tribuna de Puerto Alba"}, {"El Faro de Levante", "El Faro de Levante"}, {"El Correo Serrano", "El Correo Serrano"}},
		quoteA:     []string{"Llevamos demasiado tiempo esperando esta decisión", "Las cuentas sencillamente no cuadran", "Nadie en el pueblo quería que esto acabara así", "Nuestros equipos trabajaron toda la noche", "Ese dinero tiene que salir de algún sitio"},
		quoteB:     []string{"y así se lo diremos al pleno", "pero la verdadera prueba llegará en invierno", "por eso pedimos un segundo informe", "y los vecinos lo saben mejor que nadie"},
		filler:     []string{"El plan dedicaría un tercio del presupuesto a reparaciones durante cinco años.", "Más de trescientos vecinos acudieron el martes a la reunión en el ayuntamiento.", "Todavía no se sabe cuántos hogares se verán afectados."},
		lead:       []string{"El pleno municipal paralizó la ampliación del puerto.", "El Gobierno regional quiere salvar las líneas de autobús rurales.", "Tres colegios inundados serán reconstruidos en dos años."},
		headA:      []string{"Polémica por", "El pleno frena", "Qué cambia con", "Malestar por"},
		headB:      []string{"la ampliación del puerto", "las líneas de autobús rurales", "la factura del agua", "la reconstrucción de los colegios"},
		days:       []string{"Lunes", "Martes", "Miércoles", "Jueves", "Viernes"},
		months:     []string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		readAlso:   []string{"Lee también:", "Te puede interesar:", "Más información:"},
		newsletter: []string{"Suscríbete a nuestra newsletter y recibe cada mañana las noticias más importantes.", "Recibe gratis el boletín diario en tu correo electrónico."},
		nav:        `<a href="/politica">Política</a> <a href="/economia">Economía</a> <a href="/sociedad">Sociedad</a>`, related: "Noticias relacionadas", legal: "Aviso legal",
	},
}
