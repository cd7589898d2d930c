package quotes

import "testing"

// TestProbes9Conventions: a ninth round of invented paragraphs in the
// attribution conventions of English news copy that the earlier rounds
// did not cover: relative clauses after the speaker, statements and
// e-mails, social media posts, spokespeople named after their principal,
// reporting verbs of manner and sequence, quotes continued in the same
// paragraph, and speakers introduced by a colon after their description.
// Each row is one convention many outlets share; the names are made up.
func TestProbes9Conventions(t *testing.T) {
	for _, tc := range probe9English() {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) { wantSpeakers(t, tc.paras, tc.lang, tc.want) })
	}
}

func probe9English() []probe8Case {
	en := func(name string, want []string, paras ...string) probe8Case {
		return probe8Case{name: name, lang: "en", paras: paras, want: want}
	}
	return []probe8Case{
		en("said X, who chairs a committee", []string{"Maya Tolland"},
			`“We cannot wait another winter for this repair,” said Maya Tolland, who chairs the housing committee.`),
		en("X, who chairs, said before a partial quote", []string{"Maya Tolland"},
			`Maya Tolland, who chairs the housing committee, said the plan was “a disaster for the whole town.”`),
		en("in a statement, X said colon", []string{"Kell Foundry"},
			`In a statement, Kell Foundry said: “We regret the delay and will compensate every customer.”`),
		en("X said in a statement that, partial quote", []string{"Ravi Mendel"},
			`Ravi Mendel said in a statement on Tuesday that the ruling was “deeply disappointing and plainly wrong.”`),
		en("X wrote on a platform", []string{"Dara Quill"},
			`“The vote is a betrayal of every worker in this state,” Dara Quill wrote on Facebook.`),
		en("X said in an emailed statement", []string{"Noor Halvey"},
			`“We are reviewing the findings with our lawyers,” Noor Halvey said in an emailed statement.`),
		en("X said via text message", []string{"Tomas Breck"},
			`“I have nothing more to say about the contract,” Tomas Breck said via text message.`),
		en("X told reporters on a weekday", []string{"Lise Amador"},
			`“The schools will open as planned next week,” Lise Amador told reporters on Monday.`),
		en("X told a network's programme", []string{"Ben Ostrow"},
			`“The deal is not dead, it is just resting,” Ben Ostrow told CNN's State of the Union.`),
		en("said X, a professor at a university", []string{"Hana Petrov"},
			`“Most of the damage is done in the first two years,” said Hana Petrov, a professor of economics at Wexmoor University.`),
		en("X, a spokeswoman for a ministry, said", []string{"Ella Grieve"},
			`“The border crossing will stay closed overnight,” Ella Grieve, a spokeswoman for the interior ministry, said.`),
		en("said a principal's spokesperson, name", []string{"Bea Crane"},
			`“The senator has no comment on the report,” said Ari Nole's spokesperson, Bea Crane.`),
		en("X explained", []string{"Omar Field"},
			`“The turbines only pay for themselves after eleven years,” Omar Field explained.`),
		en("X warned", []string{"Greta Sowerby"},
			`“If the dam fails, the whole valley floods within hours,” Greta Sowerby warned.`),
		en("X insisted", []string{"Colm Baird"},
			`“Nobody on my staff saw that letter before June,” Colm Baird insisted.`),
		en("X recalled", []string{"Ruth Akande"},
			`“We slept in the car for three nights after the fire,” Ruth Akande recalled.`),
		en("X said, adding colon and a second quote", []string{"Ivo Renner", "Ivo Renner"},
			`“The budget is balanced for the first time in ten years,” Ivo Renner said, adding: “We did it without cutting a single school.”`),
		en("a second quote in the same paragraph continues the speaker", []string{"Petra Lund", "Petra Lund"},
			`“The river rose faster than any model predicted,” Petra Lund said. “We had less than an hour to move everyone out.”`),
		en("quote split by he said after an introduction", []string{"Aldo Ferris", "Aldo Ferris"},
			`Aldo Ferris runs the last bakery on the high street.`,
			`“We tried to keep the prices down,” he said, “but flour has doubled since the spring.”`),
		en("X continued in the next paragraph", []string{"Sunita Rao", "Sunita Rao"},
			`“The clinic sees forty patients a day with one doctor,” said Sunita Rao, the clinic manager.`,
			`“We need at least two more nurses before the winter,” Rao continued.`),
		en("said X, speaking at a rally", []string{"Hugo Vance"},
			`“This election is about who pays for the roads,” said Hugo Vance, speaking at a rally in Marlow.`),
		en("X, speaking to a broadcaster, said colon", []string{"Ines Kowal"},
			`Ines Kowal, speaking to the BBC, said: “The deal will not survive another winter of strikes.”`),
		en("Sen. X with party and state after a comma", []string{"Lisa Marrow"},
			`“The bill does nothing for families who rent,” said Sen. Lisa Marrow, D-Ore.`),
		en("a hyphenated international title before the name", []string{"Amara Diallo"},
			`“The ceasefire must hold for the aid to get through,” UN Secretary-General Amara Diallo said.`),
		en("X, the company's chief executive, told investors", []string{"Jonas Ekdahl"},
			`“Our margins will recover by the end of next year,” Jonas Ekdahl, the company's chief executive, told investors.`),
		en("X said in an interview colon before the quote", []string{"Marta Szabo"},
			`Marta Szabo said in an interview: “I never wanted to run for office in the first place.”`),
		en("X noted that, with a full-sentence quote", []string{"Kwame Asante"},
			`Kwame Asante noted that “the same mistake was made in 2009 and nobody learned from it.”`),
		en("X conceded after the quote", []string{"Rhea Mallory"},
			`“We should have warned the residents sooner,” Rhea Mallory conceded.`),
		en("said X, quoted twice with paragraphs between", []string{"Yusuf Amin", "Yusuf Amin"},
			`“The harvest is the worst in twenty years,” said Yusuf Amin, a farmer near Tolbrook.`,
			`Rain fell on only six days between April and August, according to the weather service.`,
			`“We will have to sell half the herd before Christmas,” Amin said.`),
		en("according to X, an analyst at a bank", []string{"Priya Nand"},
			`“Rates will stay where they are until the summer,” according to Priya Nand, an analyst at Corran Bank.`),
		en("the mayor's office said in a statement", []string{"the mayor's office"},
			`“The parade route will be changed to avoid the bridge,” the mayor's office said in a statement.`),
		en("a police spokesperson said", []string{"a police spokesperson"},
			`“Two men have been arrested and are being questioned,” a police spokesperson said.`),
		en("X asked, a question quote", []string{"Leila Haddad"},
			`“Who is going to pay for the new roof?” Leila Haddad asked.`),
		en("X said, then she added in a new paragraph", []string{"Clara Benn", "Clara Benn"},
			`“The museum will close for two years,” Clara Benn, its director, said.`,
			`“When it opens again, the whole collection will be on show,” she added.`),
		en("X, 67, a retired teacher, said", []string{"Frank Tilly"},
			`“I have voted in every election since 1976,” Frank Tilly, 67, a retired teacher, said.`),
		en("a double name and a middle initial", []string{"Anna-Lena M. Voss"},
			`“The results surprised everyone in the lab,” said Anna-Lena M. Voss, who led the study.`),
		en("X told a newspaper in a phone interview", []string{"Rory Quinlan"},
			`“We knew the roof was leaking for years,” Rory Quinlan told the Harwick Courier in a phone interview.`),
	}
}
