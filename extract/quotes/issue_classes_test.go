package quotes

import "testing"

// TestIssueClasses holds one case per failure class listed in the speaker
// issue (seen on unseen aeb articles), written afresh: pronouns, epithets,
// addressees and platforms, missing constructions, carry-over.
func TestIssueClasses(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:  "a pronoun goes to the subject, not the object",
			paras: []string{`Mayor Tom Reed met Governor Paul Diaz on Monday.`, `“We agreed on almost nothing,” he said afterwards.`},
			want:  []string{"Tom Reed"},
		},
		{
			name:  "one mother ... she",
			paras: []string{`One mother, who asked not to be named, said the school gave no notice.`, `“We had no warning at all,” she said.`},
			want:  []string{"One mother"},
		},
		{
			name:  "singular they",
			paras: []string{`Alex Kim, a student organiser, said the march was peaceful.`, `“We just wanted to be heard,” they said.`},
			want:  []string{"Alex Kim"},
		},
		{
			name:  "an epithet: the actor",
			paras: []string{`Tom Hanks arrived late to the premiere.`, `“It was a very long night for all of us,” the actor said.`},
			want:  []string{"Tom Hanks"},
		},
		{
			name:  "an epithet: the 56-year-old",
			paras: []string{`Maria Lopez has run the bakery since 1990.`, `“I never thought I would have to close it,” the 56-year-old said.`},
			want:  []string{"Maria Lopez"},
		},
		{
			name:  "an addressee is no speaker",
			paras: []string{`Coach Ann Lee spoke after the game, telling her players: “You made us proud tonight.”`},
			want:  []string{"Ann Lee"},
		},
		{
			name:  "a platform is no speaker",
			paras: []string{`Singer Dua Vance wrote in her Instagram announcement: “I need time to heal and rest.”`},
			want:  []string{"Dua Vance"},
		},
		{
			name:  "a statement is issued by someone",
			paras: []string{`Acme Corp. released a statement saying “we regret the error and will fix it.”`},
			want:  []string{"Acme Corp."},
		},
		{
			name:  "as X put it",
			paras: []string{`The vote was close. As the analyst Ruth Ode put it, “nobody really won this one.”`},
			want:  []string{"Ruth Ode"},
		},
		{
			name:  "tweeted that",
			paras: []string{`Senator Lisa Grant tweeted that the bill was “a disgrace to this chamber.”`},
			want:  []string{"Lisa Grant"},
		},
		{
			name: "a cue after a long quote spanning paragraphs",
			paras: []string{
				`Ben Ortiz has led the union for a decade.`,
				`“We have waited long enough for a fair contract. The members are tired and angry.`,
				`“We will strike on Monday if nothing changes,” Ortiz said.`,
			},
			want: []string{"Ben Ortiz", "Ben Ortiz"},
		},
		{
			name:  "coordinated speakers",
			paras: []string{`“We will appeal the ruling,” said Ann Ford and Joe Tan, the couple's lawyers.`},
			want:  []string{"Ann Ford and Joe Tan"},
		},
	})
}

// TestIssueClassesMore: carry-over, organisations and Q&A turns.
func TestIssueClassesMore(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "a place lead-in is not carried to later quotes",
			paras: []string{
				`Wall Street: “Stocks fell sharply in early trading on Friday.”`,
				`The index lost two percent by noon.`,
				`“Nobody expected a drop this deep.”`,
			},
			want: []string{"", ""},
		},
		{
			name: "an organisation's short name is its full name",
			paras: []string{
				`The Federal Reserve Board raised rates on Wednesday.`,
				`“Inflation remains too high for comfort,” the Federal Reserve said in a statement.`,
			},
			want: []string{"Federal Reserve Board"},
		},
		{
			name:  "said a report from an organisation",
			paras: []string{`“Prices will keep rising through the winter,” said a report from the Energy Institute.`},
			want:  []string{"Energy Institute"},
		},
		{
			name:  "assured ... that",
			paras: []string{`Governor Eve Park assured voters on Monday that “no school will close this year.”`},
			want:  []string{"Eve Park"},
		},
		{
			name: "question and answer turns",
			paras: []string{
				`Reporter Sam Hill interviewed Mayor Lin Bo on Tuesday.`,
				`Hill: “What will you do about the potholes on Main Street?”`,
				`Bo: “We will fix every one of them by the summer.”`,
			},
			want: []string{"Sam Hill", "Lin Bo"},
		},
	})
}

// TestPersonsByStructure: who is a person shows in how the article writes
// the name, not in a list of first names.
func TestPersonsByStructure(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "a surname alone as a subject makes a person",
			paras: []string{
				`Oluwaseun Adeyemi runs the clinic.`,
				`Adeyemi opened it in 2010 and later called the rules “a maze nobody can walk through.”`,
			},
			want: []string{"Oluwaseun Adeyemi"},
		},
		{
			name: "a descriptor the article also leaves off is a title",
			paras: []string{
				`Republican Dorin Vlasie campaigned in Ohio.`,
				`Dorin Vlasie has delivered a defence of “small-town American values” in Ohio.`,
			},
			want: []string{"Dorin Vlasie"},
		},
		{
			name: "a transcript turn by surname",
			paras: []string{
				`Dorin Vlasie and Ayesha Okonkwo debated on Tuesday.`,
				`Okonkwo: “Our goal is to defeat them, not to contain them.” Vlasie: “The mission is to destroy them.”`,
			},
			want: []string{"Ayesha Okonkwo", "Dorin Vlasie"},
		},
		{
			name:  "a lower-case title with 'of' before a name",
			paras: []string{`Former secretary of state Ayesha Okonkwo:“We learned that from the department and its own review.”`},
			want:  []string{"Ayesha Okonkwo"},
		},
	})
}
