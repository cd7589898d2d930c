package quotes

import "testing"

// TestReview10: adversarial rows for the tenth round's French and Spanish
// quote sections and its two rules for every language (a title with an
// of-phrase and a comma name; a bare plural source with an of-phrase):
// verbs the lists missed, the body after a title that is no speaker, a
// name belonging to the dative object, Spanish dropped subjects, titles
// of works, and the same rules on English and German copy. Names, bodies
// and places are made up, or public institutions.
func TestReview10(t *testing.T) {
	rows := append(append(review10French(), review10Spanish()...), review10Other()...)
	for _, tc := range rows {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) { wantSpeakers(t, tc.paras, tc.lang, tc.want) })
	}
}

func review10French() []probe8Case {
	fr := func(name string, want []string, paras ...string) probe8Case {
		return probe8Case{name: name, lang: "fr", paras: paras, want: want}
	}
	return []probe8Case{
		fr("a-t-elle poursuivi après une présentation", []string{"Karine Vasseur"},
			`Karine Vasseur préside l'association des riverains depuis 2019.`,
			`« Nous irons jusqu'au bout de cette procédure », a-t-elle poursuivi.`),
		fr("ajoute-t-il après une présentation", []string{"Julien Mercier"},
			`Julien Mercier enseigne au collège du quartier.`,
			`« Les élèves n'ont plus de professeur de mathématiques depuis janvier », ajoute-t-il.`),
		fr("a-t-on appris ne nomme personne", []string{""},
			`« Le site fermera ses portes à la fin de l'année », a-t-on appris de source syndicale.`),
		fr("indique le communiqué", []string{"le communiqué"},
			`« Aucune trace de l'enfant n'a été retrouvée à ce stade », indique le communiqué.`),
		fr("relève X dans un entretien au journal", []string{"Julien Mercier"},
			`« La réforme ne passera pas en l'état », relève Julien Mercier dans un entretien au Courrier du Port.`),
		fr("a tweeté X", []string{"Karine Vasseur"},
			`« Honte à ceux qui ont voté ce texte », a tweeté Karine Vasseur.`),
		fr("s'est indigné X, élu", []string{"Marc Aubry"},
			`« C'est un scandale absolu pour les riverains », s'est indigné Marc Aubry, élu d'opposition.`),
		fr("a expliqué le juge, la Cour n'est pas le locuteur", []string{"le juge d'instruction de la Cour"},
			`« Le défaut de consentement ne suffit pas à caractériser l'infraction », a expliqué le juge d'instruction de la Cour des comptes.`),
		fr("le ministre des Comptes publics ne devient pas une personne", []string{"le juge"},
			`Fin 2017, le ministre des Comptes publics est mis en cause par deux plaignantes.`,
			`Le 31 août, au motif que « le défaut de consentement ne suffit pas à caractériser l'infraction », a expliqué le juge.`),
		fr("a estimé le président de la Fédération", []string{"le président de la Fédération"},
			`« Ce sera très difficile pour tout le monde », a estimé le président de la Fédération française de voile.`),
		fr("a déclaré à la radio France Bleu le maire", []string{"le maire"},
			`« Nous sommes inquiets pour la saison », a déclaré à la radio France Bleu le maire.`),
		fr("a confié au journal l'entraîneur, X", []string{"Marc Aubry"},
			`« Nous sommes inquiets pour la saison », a confié au Parisien l'entraîneur, Marc Aubry.`),
		fr("le député LFI de Paris, X", []string{"Jean Morel"},
			`« Ce texte est une provocation », a réagi le député LFI de Paris, Jean Morel.`),
		fr("selon un proche de X", []string{"un proche de Julien Mercier"},
			`« Vachement bon en négociation », selon un proche de Julien Mercier, le nouveau directeur se montre redoutable.`),
		fr("titre d'un film avec une virgule", nil,
			`Le film « Toute la beauté, et le sang versé » sort en salles mercredi.`),
		fr("son livre avec une incise reste une citation", []string{"Marion Chabert", "Marion Chabert"},
			`Marion Chabert raconte son enfance sur la côte.`,
			`Dans son livre « Nous ne céderons jamais, écrit-elle, car la mer est à nous ».`),
		fr("le maire de Lyon, Buenos Aires n'est pas une personne", []string{"le maire de Lyon"},
			`« Nous avons signé l'accord de jumelage », a déclaré le maire de Lyon, Buenos Aires.`),
	}
}

func review10Spanish() []probe8Case {
	es := func(name string, want []string, paras ...string) probe8Case {
		return probe8Case{name: name, lang: "es", paras: paras, want: want}
	}
	return []probe8Case{
		es("puntualizó el ministro, X", []string{"Jorge Salas"},
			`«No habrá más retrasos en la obra», puntualizó el ministro de Obras Públicas, Jorge Salas.`),
		es("señaló a EFE X", []string{"Jorge Salas"},
			`«No habrá más retrasos en la obra», señaló a EFE Jorge Salas.`),
		es("señaló a la agencia EFE el alcalde", []string{"el alcalde"},
			`«No habrá más retrasos en la obra», señaló a la agencia EFE el alcalde.`),
		es("dijo a la red X: la red no habla", []string{""},
			`El periodista Hugo Bustos investigó el robo durante meses.`,
			`«Los tienen policías y militares», dijo a la red Erbol.`),
		es("en declaraciones a la cadena", []string{"Jorge Salas"},
			`«No habrá más retrasos en la obra», afirmó Jorge Salas en declaraciones a la Cadena Sur.`),
		es("en declaraciones a este diario, X afirmó", []string{"Jorge Salas"},
			`En declaraciones a este diario, Jorge Salas afirmó: «No habrá más retrasos en la obra».`),
		es("de acuerdo con X", []string{"Jorge Salas"},
			`De acuerdo con Jorge Salas, «no habrá más retrasos en la obra».`),
		es("raya con inciso y nombre en aposición", []string{"Jorge Salas"},
			`—No habrá más retrasos en la obra —dijo el alcalde, Jorge Salas—. Lo vamos a cumplir.`),
		es("sujeto omitido tras una presentación en el párrafo", []string{"Elena Naddeo"},
			`Elena Naddeo, de la asamblea vecinal, celebra las adhesiones. «Estamos tratando de articular todo esto», cuenta.`),
		es("sujeto omitido sigue al entrevistado, no al último nombre", []string{"Dmitry Sokolov", "Dmitry Sokolov"},
			`«No terminará pronto», dijo el periodista Dmitry Sokolov.`,
			`Explicó que lo más aterrador es que el presidente Iván Petrov ha adquirido un poder absoluto. «Nadie entiende nada», insistió.`),
		es("expresó el gobernador X", []string{"Jorge Salas"},
			`«No habrá más retrasos en la obra», expresó el gobernador Jorge Salas.`),
		es("manifestó X, titular de la cartera", []string{"Jorge Salas"},
			`«No habrá más retrasos en la obra», manifestó Jorge Salas, titular de la cartera.`),
		es("sostuvo el legislador X", []string{"Jorge Salas"},
			`«No habrá más retrasos en la obra», sostuvo el legislador Jorge Salas.`),
		es("ahora no es parte del nombre", []string{"Hugo Bustos"},
			`El periodista Hugo Bustos recuperó la vagoneta en marzo.`,
			`Ahora Bustos asegura que «habría causado un escándalo mayor».`),
		es("consultado al comienzo no es un nombre", []string{"Jorge Salas"},
			`Consultado al respecto, Jorge Salas afirmó: «No habrá más retrasos en la obra».`),
		es("el convencional de un partido por un distrito, X", []string{"Pablo Toloza"},
			`«No habrá más retrasos en la obra», dijo el convencional UDI por el distrito 6, Pablo Toloza.`),
		es("el diputado de un partido por una provincia, X", []string{"Pablo Toloza"},
			`«No habrá más retrasos en la obra», dijo el diputado PSOE por Sevilla, Pablo Toloza.`),
		es("el secretario general de un partido", []string{"el secretario general de La Cámpora"},
			`«La ruptura la fuerza siempre el mismo sector», dijo el secretario general de La Cámpora en declaraciones radiales.`),
		es("la integrante de un organismo nombrada antes", []string{"Taty Almeida", "Taty Almeida"},
			`«Vamos a exigir la reforma de la Corte», dice Taty Almeida, referente de Madres de Plaza de Mayo, después del encuentro. «Se mueren los genocidas impunes», recalca la integrante de Madres.`),
		es("el gobernador de un banco y el nombre sin coma", []string{"Pablo Hernández"},
			`«No habrá más retrasos en la obra», dijo el gobernador del Banco de España Pablo Hernández.`),
		es("el director de la obra y el nombre", []string{"Jorge Salas"},
			`«No habrá más retrasos en la obra», dijo el director de la obra Jorge Salas.`),
		es("el rector y el Estado dentro de la cita", []string{"el rector"},
			`«El Estado no puede desentenderse de la educación pública», afirmó el rector.`),
		es("una fuente de un organismo", []string{"una fuente de la Fiscalía"},
			`«No habrá más retrasos en la obra», reveló una fuente de la Fiscalía.`),
		es("fuentes de un ministerio con nombre largo", []string{"fuentes del Ministerio de Obras Públicas"},
			`«No habrá más retrasos en la obra», según fuentes del Ministerio de Obras Públicas.`),
		es("título de un libro con una coma", nil,
			`El libro «Cien años de soledad, edición conmemorativa» se presentó ayer en la feria.`),
		es("título de una película", nil,
			`La película «Mujeres al borde de un ataque de nervios» vuelve a los cines.`),
	}
}

// review10Other: the two rules said to hold for every language, on
// English and German copy.
func review10Other() []probe8Case {
	row := func(lang, name string, want []string, paras ...string) probe8Case {
		return probe8Case{name: name, lang: lang, paras: paras, want: want}
	}
	return []probe8Case{
		row("en", "the Governor of a bank, comma name", []string{"Andrew Bailey"},
			`“Rates will stay where they are for the rest of the year,” said the Governor of the Bank of England, Andrew Bailey.`),
		row("en", "the bank, then the name before said", []string{"Andrew Bailey"},
			`“Rates will stay where they are for the rest of the year,” the Bank of England, Andrew Bailey said.`),
		row("en", "a ministry with a who clause", []string{"Ministry of Health"},
			`“The wards are full and the staff are exhausted,” said the Ministry of Health, which runs the hospitals.`),
		row("en", "the mayor of a two-word city, comma name", []string{"Quinton Lucas"},
			`“We will rebuild the bridge before winter,” said the mayor of Kansas City, Quinton Lucas.`),
		row("en", "the mayor of a city, comma state", []string{"the mayor of Springfield"},
			`“We will rebuild the bridge before winter,” said the mayor of Springfield, Illinois.`),
		row("en", "sources of the ministry", []string{"sources of the ministry"},
			`“The talks have stalled for now,” said sources of the ministry.`),
		row("en", "officials of a commission", []string{"officials of the European Commission"},
			`“The talks have stalled for now,” said officials of the European Commission.`),
		row("en", "the secretary of state, comma name", []string{"Dana Whitlow"},
			`“The talks have stalled for now,” said the secretary of state, Dana Whitlow.`),
		row("de", "der Chef des Verbands, Name", []string{"Karl Huber"},
			`„Die Zinsen bleiben bis zum Jahresende, wo sie sind“, sagte der Chef des Verbands, Karl Huber.`),
		row("de", "die Sprecherin des Landkreises, Name", []string{"Anna Berger"},
			`„Die Gespräche stocken derzeit“, sagte die Sprecherin des Landkreises Harburg, Anna Berger, am Montag.`),
		row("de", "die Ministerin für Gesundheit, Name", []string{"Anna Berger"},
			`„Die Stationen sind voll und das Personal ist erschöpft“, sagte die Ministerin für Gesundheit, Anna Berger.`),
	}
}
