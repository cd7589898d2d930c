package quotes

import "testing"

// TestReview11: adversarial rows for the eleventh round's English quote
// rules: a quote paragraph after a paragraph ending with a colon, the
// abbreviated titles as antecedents of "the senator", collective heads
// ("police said", "staff said"), the age epithet resolving to a name not
// yet known as a person, curly single quotes running unclosed to the
// paragraph's end, and the source of a document "released/filed by X".
// Each asks where the rule must NOT fire, or fires in a variant form.
// Names, bodies and places are made up.
func TestReview11(t *testing.T) {
	for _, tc := range review11English() {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) { wantSpeakers(t, tc.paras, tc.lang, tc.want) })
	}
}

func review11English() []probe8Case {
	en := func(name string, want []string, paras ...string) probe8Case {
		return probe8Case{name: name, lang: "en", paras: paras, want: want}
	}
	return []probe8Case{
		// colon paragraph
		en("colon: the question put to a passive subject is not his", []string{""},
			`At the end of the hearing Tom Askwith was asked:`,
			`“Will you stand for election again next year, or is this your last term?”`),
		en("colon: a sign's wording is no person's", []string{""},
			`Outside the closed library a handwritten sign read:`,
			`“Closed until further notice because the council has cut our funding again.”`),
		en("colon: she wrote, variant with a date clause first", []string{"Mina Sorel"},
			`When the shop closed on Monday, Mina Sorel wrote:`,
			`“Thank you to every customer who walked through our door since 1984.”`),
		en("colon: a list after the colon is no quote", nil,
			`Ada Brook named three demands:`,
			`Higher pay, shorter shifts and a nurse on every ward at night.`),
		en("colon: the quote paragraph after a colon has its own cue", []string{"Ben Hale"},
			`Ada Brook issued the following statement:`,
			`“We are grateful to the jury,” Ben Hale said on her behalf.`),
		en("colon: a lawyer reading the family's statement is no lawyer's quote", []string{""},
			`Outside the court Tom Askwith's lawyer read a statement from the family:`,
			`“We are relieved that this long ordeal is finally over and ask for privacy.”`),
		en("colon: a message a ruling quotes is not the ruling's", []string{""},
			`The ruling quotes a message Tom Askwith sent to a colleague that night:`,
			`“Delete everything on the shared drive before the auditors arrive on Monday.”`),
		en("a statement read by a lawyer is not the lawyer's", []string{"a statement"},
			`“I regret nothing,” according to a statement read by her lawyer.`),
		// abbreviated titles
		en("the senator: Sen. X over a later Gov. Y", []string{"Carla Benning"},
			`Sen. Carla Benning met Gov. Tom Askwith on Friday.`,
			`“This bill hands the seed market to three companies,” the senator said.`),
		en("the governor: Gov. Y over an earlier Sen. X", []string{"Tom Askwith"},
			`Sen. Carla Benning met Gov. Tom Askwith on Friday.`,
			`“Nobody got everything they wanted,” the governor said.`),
		en("chief of staff said is the chief, not staff", []string{"Mary Doyle"},
			`“The senator will not attend,” chief of staff Mary Doyle said.`),
		en("told staff: the teller speaks", []string{"Ada Brook"},
			`“The ward will close on Friday,” Ada Brook told staff.`),
		en("the police chief said is no police", []string{"Ruth Engel"},
			`Police chief Ruth Engel spoke to reporters on Monday.`,
			`“The driver was not injured,” the police chief said.`),
		en("the 54-year-old is no two-word place", []string{"the 54-year-old"},
			`A fire broke out on Harbour Street on Monday night.`,
			`“I saw the smoke from my kitchen window,” the 54-year-old said.`),
		en("the 54-year-old is no two-word company", []string{"the 54-year-old"},
			`Marwick Steel Group closed its last furnace in March.`,
			`“I worked there for thirty years,” the 54-year-old said.`),
		en("the 54-year-old is the person given that age", []string{"Ilse Marwood"},
			`Ilse Marwood, 54, has sold fish at the market since Tom Reyes opened it.`,
			`“The rents have tripled since the council sold the hall,” the 54-year-old said.`),
		// curly single quotes
		en("‘Tis opening a paragraph is an apostrophe", nil,
			`‘Tis the season for long queues at the post office and short tempers at the counter.`),
		en("‘90s opening a paragraph is an apostrophe", nil,
			`‘90s fashion is back on the high street, and shops cannot keep the jackets in stock.`),
		en("a curly single quote after a colon, closed, stays a quote", []string{"Alistair Rennie"},
			`Alistair Rennie said: ‘The ferry will run twice a day from April,’ and left.`),
		en("a single quote opening a title mid-paragraph is no open quote", nil,
			`Her novel ‘The Long Harbour has been reprinted twelve times since it first appeared.`),
		// document sources
		en("a memo obtained by a paper is not the paper's", []string{"a memo"},
			`“The plant met every safety standard,” according to a memo obtained by The Harlow Gazette.`),
		en("a letter reviewed by a newspaper is not its", []string{"a letter"},
			`“The school will not reopen in September,” according to a letter reviewed by The Harlow Gazette.`),
		en("a report commissioned by the council is not the council's", []string{"a report"},
			`“The bridge is unsafe for heavy traffic,” according to a report commissioned by Harlow Council.`),
		en("a document filed by one party against another", []string{"Lena Okafor"},
			`“The evidence cannot support a prosecution,” according to a court document filed by Lena Okafor against Tom Reyes.`),
		en("a statement issued by X", []string{"Dara Whitcombe"},
			`“The plant met every safety standard,” according to a statement issued by Dara Whitcombe.`),
	}
}
