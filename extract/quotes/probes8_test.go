package quotes

import (
	"testing"
)

// probe8Case is one invented paragraph sequence written in a common
// attribution convention of English or German news copy (wire style,
// newspaper style, interview style): the language, the paragraphs, and the
// speaker each quote must get, in order ("" when nobody is credited). A
// quote the row does not list (a title, a scare quote, reported speech)
// must not be found.
type probe8Case struct {
	name  string
	lang  string
	paras []string
	want  []string
}

// TestProbes8Conventions: attribution conventions of direct quotes,
// speaker before or after the quote, titles, appositions, pronouns,
// quotes over several paragraphs, organisations and nominal sources, and
// what is no quote at all.
func TestProbes8Conventions(t *testing.T) {
	for _, tc := range append(probe8English(), probe8German()...) {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) { wantSpeakers(t, tc.paras, tc.lang, tc.want) })
	}
}

func probe8English() []probe8Case {
	en := func(name string, want []string, paras ...string) probe8Case {
		return probe8Case{name: name, lang: "en", paras: paras, want: want}
	}
	return []probe8Case{
		en("said X after the quote", []string{"Orla Brennick"},
			`“The tide tables are wrong for the whole of this month,” said Orla Brennick.`),
		en("X said colon before the quote", []string{"Orla Brennick"},
			`Orla Brennick said: “The tide tables are wrong for the whole of this month.”`),
		en("X says in the present tense", []string{"Tavi Osei"},
			`“Nobody ever reads the small print on these forms,” Tavi Osei says.`),
		en("according to X with an apposition", []string{"Ines Farrow"},
			`“The bridge will reopen to traffic in May,” according to Ines Farrow, the county engineer.`),
		en("X told a wire service", []string{"Pell Ambrose"},
			`“We have not been paid since the end of March,” Pell Ambrose told Reuters.`),
		en("X, the harbour master, said", []string{"Gwen Alder"},
			`“The channel is now too shallow for the big ships,” Gwen Alder, the harbour master, said.`),
		en("title and name before said", []string{"Jo Danvers"},
			`“Every street in the old town will be swept by Friday,” Mayor Jo Danvers said.`),
		en("said, title and name", []string{"Jo Danvers"},
			`“Every street in the old town will be swept by Friday,” said Mayor Jo Danvers.`),
		en("ministerial title before told", []string{"Ola Brandt"},
			`“We will not raise income taxes this year,” Finance Minister Ola Brandt told parliament.`),
		en("Dr. and an of-phrase", []string{"Mira Holt"},
			`“The virus spreads fastest in the first weeks of winter,” said Dr. Mira Holt of Elsmere General Hospital.`),
		en("said X, job at a firm", []string{"Lena Brook"},
			`“We expect the numbers to improve by the autumn,” said Lena Brook, chief economist at Harwell Bank.`),
		en("age and job after the name", []string{"Amy Carrow"},
			`“I work two jobs just to pay the rent,” said Amy Carrow, 34, a nurse.`),
		en("writes X in a book", []string{"Tobias Fell"},
			`“Cities are machines for meeting strangers,” writes Tobias Fell in his new book.`),
		en("said in an interview with a day", []string{"Mira Holt"},
			`“I have no regrets about leaving the board,” Mira Holt said in an interview on Sunday.`),
		en("pronoun two paragraphs after the introduction", []string{"Harriet Quill"},
			`Harriet Quill, who runs the ferry company, said fares would rise in June.`,
			`The company lost money last year for the first time since it was founded.`,
			`“We simply cannot keep the old prices,” she said.`),
		en("he after a man introduced after a woman", []string{"David Reyo"},
			`Harriet Quill runs the ferry company.`,
			`Her deputy, David Reyo, looks after the boats.`,
			`“Most of the engines are forty years old,” he said.`),
		en("she skips a man introduced in between", []string{"Harriet Quill"},
			`Harriet Quill runs the ferry company. Her deputy, David Reyo, looks after the boats.`,
			`“We simply cannot keep the old prices,” she said.`),
		en("he after a later speaker's quote", []string{"Jo Danvers", "Peter Brill"},
			`“We cannot wait any longer for the money,” said Mayor Jo Danvers.`,
			`Council leader Peter Brill disagreed with the mayor.`,
			`“The money is simply not there this year,” he said.`),
		en("he: the subject, not the praised object", []string{"Ray Dunmore"},
			`Coach Ray Dunmore praised striker Ben Alcott after the match.`,
			`“He was the best player on the pitch by a mile,” he said.`),
		en("multi-paragraph quote after a colon", []string{"Nadia Fenwick", "Nadia Fenwick", "Nadia Fenwick"},
			`Nadia Fenwick, the head teacher, said: “We have asked for a new roof three times.`,
			`“Each winter the water comes through the ceiling of the gym.`,
			`“This year we will close the gym until it is fixed.”`),
		en("multi-paragraph quote after an inverted cue", []string{"Nadia Fenwick", "Nadia Fenwick", "Nadia Fenwick"},
			`“We have asked for a new roof three times,” said Nadia Fenwick. “Each winter the water comes in.`,
			`“This year we will close the gym until it is fixed.”`),
		en("X added in the next paragraph", []string{"Gwen Alder", "Gwen Alder"},
			`“The fleet is older than anyone would like,” said Gwen Alder, the harbour master.`,
			`“Some of the boats were built before I was born,” Alder added.`),
		en("he added after a named speaker", []string{"Owen Tregar", "Owen Tregar"},
			`“The harvest was the worst in twenty years,” said farmer Owen Tregar.`,
			`“Next year can only be better than this,” he added.`),
		en("split quote with said X in the middle", []string{"Ray Dunmore", "Ray Dunmore"},
			`“That is simply not true,” said Ray Dunmore, “and everyone in this club knows it.”`),
		en("asked about, X said colon", []string{"Lionel Parr"},
			`Asked about the strike, Lionel Parr said: “We will talk to anyone who wants to talk.”`),
		en("asked whether, X replied", []string{"Ruth Okoye"},
			`Asked whether she would run again, Ruth Okoye replied: “Not this time, and probably never.”`),
		en("interview questions without marks are no quotes", nil,
			`Ruth Okoye spoke to us about her new book.`,
			`Q: What made you write about the sea?`,
			`A: I grew up next to it and I never really left.`),
		en("a quote within a quote stays one quote", []string{"Petra Lund"},
			`“My grandmother used to say ‘never trust a calm sea,’ and she was right,” said sailor Petra Lund.`),
		en("titles of works and a scare quote are no quotes", nil,
			`The theatre will stage “Hamlet” and “The Tempest” next year, and the director calls it a “homecoming”.`),
		en("a title-case song title is no quote", nil,
			`The choir will sing “A Song for the Harbour Lights” at the opening, said Ana Brisk.`),
		en("a so-called term is no quote", nil,
			`The so-called “bedroom tax” was scrapped in May after a long campaign.`),
		en("an organisation's statement by its full name", []string{"Central Bank of Elsmere"},
			`“Prices will keep rising until the spring,” the Central Bank of Elsmere said in a statement on Tuesday.`),
		en("according to a statement from a ministry", []string{"Ministry of Health"},
			`“The closures are only temporary,” according to a statement from the Ministry of Health.`),
		en("a spokesman said", []string{"a spokesman"},
			`“The talks are going nowhere at the moment,” a spokesman said.`),
		en("officials said", []string{"officials"},
			`“The fire is now under control,” officials said.`),
		en("one resident, who asked not to be named", []string{"one resident"},
			`“It is a sad day for the whole street,” said one resident, who asked not to be named.`),
		en("pronoun after a colon-introduced quote", []string{"Lionel Parr", "Lionel Parr"},
			`Union leader Lionel Parr told the rally: “We will not go back to work for less.”`,
			`“Our members have waited long enough,” he said.`),
		en("the President unresolved stays as written", []string{"the President"},
			`“That is not what we agreed,” the President said.`),
		en("the President resolves to the named president", []string{"Ana Velo"},
			`President Ana Velo spoke first at the summit.`,
			`“That is not what we agreed,” the President said.`),
		en("she told a paper, after a subject-only introduction", []string{"Harriet Quill"},
			`Harriet Quill runs the ferry company.`,
			`“We simply cannot keep the old prices,” she told The Harbour Gazette.`),
	}
}

func probe8German() []probe8Case {
	de := func(name string, want []string, paras ...string) probe8Case {
		return probe8Case{name: name, lang: "de", paras: paras, want: want}
	}
	return []probe8Case{
		de("sagte X nach dem Zitat", []string{"Jonas Wehrle"},
			`„Die Brücke bleibt bis Mai gesperrt“, sagte Jonas Wehrle.`),
		de("so X", []string{"Jonas Wehrle"},
			`„Die Brücke bleibt bis Mai gesperrt“, so Jonas Wehrle.`),
		de("erklärte Titel und Name", []string{"Katrin Molt"},
			`„Die Brücke bleibt bis Mai gesperrt“, erklärte Bürgermeisterin Katrin Molt.`),
		de("betonte die Ministerin", []string{"Petra Anselm"},
			`Gesundheitsministerin Petra Anselm besuchte am Montag die Klinik.`,
			`„Wir brauchen dringend mehr Pflegekräfte“, betonte die Ministerin.`),
		de("X zufolge", []string{"Jonas Wehrle"},
			`Jonas Wehrle zufolge ist „die Lage in den Häfen sehr angespannt“.`),
		de("laut X", []string{"Jonas Wehrle"},
			`Laut Jonas Wehrle ist „die Lage in den Häfen sehr angespannt“.`),
		de("X sagte mit Doppelpunkt", []string{"Anna Kessler"},
			`Anna Kessler sagte: „Die Brücke bleibt bis Mai gesperrt.“`),
		de("umgekehrte Guillemets", []string{"Anna Kessler"},
			`»Wir haben keine andere Wahl«, sagte Anna Kessler.`),
		de("Schweizer Guillemets", []string{"Anna Kessler"},
			`«Wir haben keine andere Wahl», sagte Nationalrätin Anna Kessler.`),
		de("einfache Anführungszeichen im Zitat", []string{"Anna Kessler"},
			`„Er rief ‚Halt, sofort stehen bleiben‘ und lief weg“, sagte die Zeugin Anna Kessler.`),
		de("indirekte Rede mit dass ist kein Zitat", nil,
			`Anna Kessler sagte, dass die Brücke bis Mai gesperrt bleibe.`),
		de("sie im nächsten Absatz", []string{"Anna Kessler"},
			`Anna Kessler leitet das Hafenamt seit 2015.`,
			`„Die Fahrrinne ist für große Schiffe zu flach“, sagte sie.`),
		de("er nach einem dazwischen genannten Mann", []string{"Lukas Brenner"},
			`Anna Kessler leitet das Hafenamt. Ihr Stellvertreter Lukas Brenner kümmert sich um die Schiffe.`,
			`„Die Motoren sind vierzig Jahre alt“, sagte er.`),
		de("Zitat über mehrere Absätze", []string{"Lukas Brenner", "Lukas Brenner"},
			`Lukas Brenner sagte: „Wir haben dreimal ein neues Dach beantragt.`,
			`„Jeden Winter kommt das Wasser durch die Decke.“`),
		de("fügte er hinzu", []string{"Ole Hansen", "Ole Hansen"},
			`„Die Ernte war die schlechteste seit Jahren“, sagte Landwirt Ole Hansen.`,
			`„Nächstes Jahr kann es nur besser werden“, fügte er hinzu.`),
		de("ein Sprecher", []string{"ein Sprecher"},
			`„Die Gespräche führen derzeit zu nichts“, sagte ein Sprecher.`),
		de("Oberbürgermeister und Name", []string{"Jan Pohl"},
			`„Wir werden jede Straße bis Freitag räumen“, sagte Oberbürgermeister Jan Pohl.`),
		de("Werktitel und sogenannte sind keine Zitate", nil,
			`Das Theater zeigt im Mai „Hamlet“ und den sogenannten „Hafenblues“.`),
		de("X, Chefin der Firma", []string{"Maria Feld"},
			`„Wir bauen in diesem Jahr keine Stellen ab“, erklärte Maria Feld, Chefin der Feld GmbH.`),
		de("sagte X einer Agentur", []string{"Maria Feld"},
			`„Wir bauen in diesem Jahr keine Stellen ab“, sagte Maria Feld der Deutschen Presse-Agentur.`),
		de("sagte der Bürgermeister Name", []string{"Jan Pohl"},
			`„Das ist ein guter Tag für die ganze Stadt“, sagte der Bürgermeister Jan Pohl.`),
		de("Nachname im Gespräch mit", []string{"Anna Kessler"},
			`Anna Kessler leitet das Hafenamt.`,
			`„Wir sind mit dem Jahr sehr zufrieden“, sagte Kessler im Gespräch mit dieser Zeitung.`),
		de("ein Mann", []string{"ein Mann"},
			`„Ich habe den Knall um drei Uhr gehört“, sagte ein Mann.`),
		de("so die Ministerin", []string{"Petra Anselm"},
			`Verkehrsministerin Petra Anselm besuchte die Baustelle.`,
			`„Wir liegen voll im Zeitplan“, so die Ministerin.`),
		de("Die Ministerin sagte mit Doppelpunkt", []string{"Petra Anselm"},
			`Verkehrsministerin Petra Anselm besuchte die Baustelle.`,
			`Die Ministerin sagte: „Wir liegen voll im Zeitplan.“`),
		de("sagte Nachname dem Sender", []string{"Anna Kessler"},
			`Anna Kessler leitet das Hafenamt.`,
			`„Wir sind mit dem Jahr sehr zufrieden“, sagte Kessler dem Sender.`),
		de("Partei-Titel mit Bindestrich", []string{"Jonas Wehrle"},
			`„Wir sind mit dem Jahr sehr zufrieden“, sagte SPD-Fraktionschef Jonas Wehrle.`),
		de("sie nach einem zusammengesetzten Titel", []string{"Anna Kessler"},
			`Regierungssprecherin Anna Kessler äußerte sich am Abend.`,
			`„Wir prüfen alle Optionen sehr genau“, sagte sie.`),
	}
}
