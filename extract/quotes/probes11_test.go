package quotes

import "testing"

// TestProbes11Conventions: an eleventh round of invented paragraphs in
// English attribution conventions the earlier rounds did not cover: the
// speaker introduced paragraphs earlier and referred to by surname, by a
// title or role ("the senator", "the 54-year-old") or by a pronoun; quotes
// split around the cue; quotes inside parentheses and after colons;
// "X told Y"; statements, posts and letters; organisations and plural
// speakers; British single quotes; nested quotes, scare quotes and titles
// of works inside a quote that must not become quotes of their own; and
// transcripts. The names, places and outlets are made up.
func TestProbes11Conventions(t *testing.T) {
	for _, tc := range probe11English() {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) { wantSpeakers(t, tc.paras, tc.lang, tc.want) })
	}
}

func probe11English() []probe8Case {
	en := func(name string, want []string, paras ...string) probe8Case {
		return probe8Case{name: name, lang: "en", paras: paras, want: want}
	}
	return []probe8Case{
		// reference back to a speaker introduced earlier
		en("the senator two paragraphs after the name", []string{"Carla Benning"},
			`Sen. Carla Benning voted against the farm bill on Thursday.`,
			`The bill passed by a margin of six votes after a long night of debate.`,
			`“This bill hands the seed market to three companies,” the senator said.`),
		en("the 54-year-old refers to the named person", []string{"Ilse Marwood"},
			`Ilse Marwood has sold fish at the market for thirty years.`,
			`“The rents have tripled since the council sold the hall,” the 54-year-old said.`),
		en("the governor said after Gov. X", []string{"Tom Askwith"},
			`Gov. Tom Askwith signed the budget late on Friday.`,
			`“Nobody got everything they wanted, and that is how it should be,” the governor said.`),
		en("the congresswoman after Rep. X", []string{"Nora Quell"},
			`Rep. Nora Quell introduced the bill in March.`,
			`“Nobody should lose their home over a medical bill,” the congresswoman said.`),
		en("the general after Gen. X", []string{"Piet Marais"},
			`Gen. Piet Marais commanded the mission for two years.`,
			`“We left the province safer than we found it,” the general said.`),
		en("the 31-year-old after a name with a listed first name", []string{"Helen Ashdown"},
			`Helen Ashdown opened the café in 2019.`,
			`“We nearly closed during the first winter,” the 31-year-old said.`),
		en("the senator resolves to the senator, not a later-named aide", []string{"Carla Benning"},
			`Sen. Carla Benning and her aide, Tom Reyes, met the farmers on Friday.`,
			`“This bill hands the seed market to three companies,” the senator said.`),
		en("surname alone three paragraphs later", []string{"Delia Fortescue"},
			`Delia Fortescue, a lawyer for the tenants, filed the complaint in March.`,
			`The landlord has denied any wrongdoing.`,
			`A hearing is scheduled for June.`,
			`“My clients have lived without heat for two winters,” Fortescue said.`),
		en("Ms. and the surname after the full name", []string{"Delia Fortescue"},
			`Delia Fortescue, a lawyer for the tenants, filed the complaint in March.`,
			`“My clients have lived without heat for two winters,” Ms. Fortescue said.`),
		en("Mr. and the surname, said before", []string{"Henrik Solberg"},
			`Henrik Solberg opened the shop in 1998.`,
			`“Business has never been this slow,” said Mr. Solberg.`),
		en("she said, split quote after an introduction", []string{"Marisol Teague", "Marisol Teague"},
			`Marisol Teague coaches the under-12 team.`,
			`“The pitch floods every time it rains,” she said, “so we train in the car park.”`),
		en("split quote with the name in the middle, said after", []string{"Kofi Mensah", "Kofi Mensah"},
			`“We warned them in January,” Kofi Mensah said. “Nobody listened to a single word.”`),
		en("split quote: the cue between two sentences of one quote", []string{"Gideon Platt", "Gideon Platt"},
			`“The station has been closed for a year,” said Gideon Platt, who chairs the commuters' group. “Trains run past it every ten minutes.”`),
		// colons and parentheses
		en("a quote in parentheses after the name", []string{"Nils Harrow", "Nils Harrow"},
			`Nils Harrow, the club treasurer, was blunt about the accounts.`,
			`“We are broke,” Harrow said (“and we have been for years”).`),
		en("the name, colon, quote as a sentence of its own", []string{"Vera Lindqvist"},
			`Vera Lindqvist put it simply: “We cannot build houses nobody can afford.”`),
		en("His answer colon quote, after an introduction", []string{"Pavel Orlov"},
			`Pavel Orlov was asked why the factory closed.`,
			`His answer: “The orders stopped coming after the war began.”`),
		// according to, told, wrote
		en("according to X, title after the quote", []string{"Ruth Engel"},
			`“The water is safe to drink,” according to Ruth Engel, the city's chief chemist.`),
		en("according to a statement released by X", []string{"Dara Whitcombe"},
			`“The plant met every safety standard in force at the time,” according to a statement released by Dara Whitcombe.`),
		en("according to a letter signed by a titled name", []string{"Ivo Brandt"},
			`“The school will not reopen in September,” according to a letter signed by Mayor Ivo Brandt.`),
		en("according to a court document filed by a lower-case title and name", []string{"Lena Okafor"},
			`“The evidence cannot support a criminal prosecution,” according to a court document filed by state attorney Lena Okafor.`),
		en("X told Y, object a person", []string{"Jamal Rivers"},
			`“We had no warning at all,” Jamal Rivers told the Gazette's Ana Lopes.`),
		en("X told lawmakers", []string{"Selma Oduya"},
			`“The agency has lost a third of its staff since 2020,” Selma Oduya told lawmakers.`),
		en("X wrote in a letter to", []string{"Bram Collier"},
			`“I can no longer serve on this board in good conscience,” Bram Collier wrote in a letter to members.`),
		en("X wrote on X, formerly Twitter", []string{"Tamsin Greaves"},
			`“Proud of every volunteer who turned out today,” Tamsin Greaves wrote on X.`),
		en("X posted on a platform", []string{"Leon Vasquez"},
			`“The show is cancelled, refunds will follow,” Leon Vasquez posted on Instagram.`),
		en("said X, a spokesman for Y", []string{"Owen Pryce"},
			`“The plant will not reopen this year,” said Owen Pryce, a spokesman for Marwick Steel.`),
		en("a spokesman for Y, X, said", []string{"Owen Pryce"},
			`“The plant will not reopen this year,” a spokesman for Marwick Steel, Owen Pryce, said.`),
		// organisations and plural speakers
		en("the ministry said", []string{"the ministry"},
			`“The border will remain closed until further notice,” the ministry said.`),
		en("the Interior Ministry said in a statement", []string{"Interior Ministry"},
			`“The border will remain closed until further notice,” the Interior Ministry said in a statement.`),
		en("the company said in a filing", []string{"Brightwell Energy"},
			`“We do not expect the outage to affect earnings,” Brightwell Energy said in a filing.`),
		en("police said", []string{"police"},
			`“The driver was not injured,” police said.`),
		en("residents said", []string{"residents"},
			`“The smell has been there for weeks,” residents said.`),
		en("Police said at the start of a sentence", []string{"Police"},
			`Police said: “The driver was not injured and has been released.”`),
		en("said police, inverted", []string{"police"},
			`“The driver was not injured,” said police.`),
		en("staff said", []string{"staff"},
			`“The ward has been closed to visitors since Friday,” staff said.`),
		en("two names with and said", []string{"Ada Brook and Ben Hale"},
			`“We never expected to win,” Ada Brook and Ben Hale said.`),
		// nested quotes and titles inside quotes
		en("a scare quote inside a quote stays one quote", []string{"Lorna Pike"},
			`“They call it ‘affordable housing’ but nobody here can afford it,” said Lorna Pike.`),
		en("a book title inside a quote stays one quote", []string{"Idris Cole"},
			`“When I first read ‘The Long Harbour’ I was fifteen and it changed my life,” Idris Cole said.`),
		en("a scare quote in narration is no quote", nil,
			`The council calls the new scheme a “living street” and says it will open in May.`),
		en("a nickname in quotes is no quote", nil,
			`Robert “Bobby” Tanner won the race for the third year in a row.`),
		en("a film title in narration is no quote", nil,
			`Her first film, “The Salt Road”, opened in April to strong reviews.`),
		// British single quotes
		en("British single quotes, said after", []string{"Fiona Marsh"},
			`‘The pier will be repaired by the summer,’ said Fiona Marsh, the council leader.`),
		en("British single quotes with a nested double", []string{"Fiona Marsh"},
			`‘People keep asking me “when will it open?” and I have no answer,’ Fiona Marsh said.`),
		en("British single quotes, colon before", []string{"Alistair Rennie"},
			`Alistair Rennie said: ‘The ferry will run twice a day from April.’`),
		en("British single quotes, multi-paragraph", []string{"Alistair Rennie", "Alistair Rennie"},
			`Alistair Rennie said: ‘The ferry will run twice a day from April.`,
			`‘In winter it will be once a day, weather permitting.’`),
		// multi-paragraph quote with the cue in the first paragraph after the quote
		en("multi-paragraph quote, cue inside the first paragraph", []string{"Hilde Varga", "Hilde Varga", "Hilde Varga", "Hilde Varga"},
			`“We opened the shelter in 2019 with six beds,” said Hilde Varga, its director. “Now we have forty.`,
			`“Every night we turn people away.`,
			`“We need the city to help us before the winter.”`),
		// a paragraph ending with a colon introduces a statement
		en("X issued the following statement colon, quote paragraph", []string{"Rosa Quintero"},
			`After the verdict, Rosa Quintero issued the following statement:`,
			`“We are grateful to the jury and to everyone who stood with our family through this trial.”`),
		en("X released a statement colon, short quote paragraph", []string{"Tobias Wren"},
			`Council leader Tobias Wren released a short statement:`,
			`“The budget will be published next week.”`),
		en("she wrote colon, quote paragraph", []string{"Mina Sorel"},
			`Mina Sorel ran the shop for forty years. On Monday she wrote:`,
			`“Thank you to every customer who walked through our door since 1984.”`),
		en("a quote after a colon inside a sentence about a document", []string{"Lars Eklund"},
			`Lars Eklund's letter ended with a warning: “If the mill closes, the town closes with it.”`),
		en("the statement said, after a named issuer", []string{"Harlow Water"},
			`Harlow Water issued a statement on Tuesday evening.`,
			`“Customers in the north of the city may see discoloured water for a few days,” the statement said.`),
		en("X's office said", []string{"the senator's office"},
			`“The senator will not attend the hearing,” the senator's office said.`),
		// transcripts
		en("transcript turns with quote marks after a name and colon", []string{"ANA LOPES"},
			`ANA LOPES: “I have never seen the river this low in my life.”`),
		en("transcript with speaker labels has no quote marks", nil,
			`HOST: Welcome back to the programme.`,
			`ANA LOPES: Thank you for having me.`),
	}
}
