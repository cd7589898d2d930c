package quotes

import "testing"

// TestReview28: rows for the twenty-eighth round's speaker classes, seen
// as wrong speakers on polnear-train's tune half and written here on
// invented paragraphs:
//
//   - inverted: an object-taking cue ("asked", "told") right after a
//     quote that opens its clause takes the phrase after it as the
//     speaker ("“How big is that wall?” asked the boy"); before, it found
//     no speaker and another cue's subject or a name from elsewhere won.
//   - child: "the boy", "the girl" (child_nouns) refer back to a named
//     person only when the article gives that person no title of office:
//     a boy is never "Gov. Mike Pence".
//   - clause: the words between two commas that hold a finite verb
//     outside a relative clause are a clause, not an appositive, so a name
//     before them ("before Iowa, Obama wasn't treated ... by his
//     listeners, who wondered") is not the speaker.
//   - byPart: a participle after "by" introducing the quote ("tried to
//     laugh it off by interjecting, “…”") keeps the clause's subject, not
//     the next sentence's (a guard: it held before this round).
//
// Each class has rows where the rule must still fire and rows where it
// must not. Names and places are made up.
func TestReview28(t *testing.T) {
	counts := map[string]int{}
	for _, tc := range review28English() {
		counts[tc.lang]++
		t.Run(tc.name, func(t *testing.T) { wantSpeakers(t, tc.paras, "en", tc.want) })
	}
	t.Logf("rows per class: %v", counts)
	for _, class := range []string{"inverted", "child", "clause", "byPart"} {
		if counts[class] < 3 {
			t.Errorf("class %s has %d rows, want at least 3", class, counts[class])
		}
	}
}

// review28English returns the rows; the lang field holds the class.
func review28English() []probe8Case {
	row := func(class, name string, want []string, paras ...string) probe8Case {
		return probe8Case{name: class + "/" + name, lang: class, paras: paras, want: want}
	}
	return []probe8Case{
		// inverted object cue after a quote
		row("inverted", "asked the boy, with a relative clause", []string{"the boy"},
			`Gov. Tom Askwith spoke at the fairground in Harlow on Monday.`,
			`“How big is that wall going to be?” asked the boy, who was wearing a red cap, as the audience laughed.`),
		row("inverted", "asked and a full name", []string{"Nora Quell"},
			`“Who will pay for the new bridge over the river?” asked Nora Quell.`),
		row("inverted", "a comma after the closing mark", []string{"Nora Quell"},
			`“Who will pay for the new bridge over the river?”, asked Nora Quell.`),
		row("inverted", "must not: asked after the clause's own cue", []string{"Ada Brook"},
			`“The ward will stay open through the winter,” Ada Brook said, and asked the nurses to stay on.`),
		row("inverted", "must not: a quote that does not open its clause", []string{"Ada Brook"},
			`Ada Brook wrote “the ward will stay open” and asked Tom Reyes to call the families.`),
		// child nouns are unnamed people
		row("child", "the boy after a named man", []string{"the boy"},
			`Gov. Tom Askwith spoke at the fairground in Harlow on Monday.`,
			`“Will the new school open before the summer holidays?” the boy said.`),
		row("child", "the girl after a named woman", []string{"the girl"},
			`Sen. Carla Benning toured the flooded estate on Friday.`,
			`“Our kitchen was under water for three days,” the girl said.`),
		row("child", "must still: the boy is the named child", []string{"Milo Reyes"},
			`Milo Reyes, 9, drove six hours with his father to see the governor.`,
			`“How big is that wall going to be?” the boy asked.`),
		row("child", "must still: the man stays unnamed", []string{"the man"},
			`Gov. Tom Askwith spoke at the fairground in Harlow on Monday.`,
			`“The road has been closed since the storm,” the man said.`),
		row("child", "must still: a named speaker is his own", []string{"Tom Askwith"},
			`Gov. Tom Askwith spoke at the fairground in Harlow on Monday.`,
			`“The road will reopen in June,” Askwith said.`),
		// a clause between commas is no appositive
		row("clause", "who wondered after a clause", []string{"Dana Reyes"},
			`Dana Reyes, a talk radio host, recalled that before Harlow, the senator wasn’t taken seriously by her listeners, who wondered if “he would be the token candidate in the race.”`),
		row("clause", "a was-clause between commas", []string{"Dana Reyes"},
			`Dana Reyes, a talk radio host, recalled that after Grest, the mayor was ignored by callers, who asked whether “anyone would vote for him again.”`),
		row("clause", "must still: an appositive with a relative clause", []string{"Jane Whitlow"},
			`“The results are encouraging but far from final,” Jane Whitlow, an oncologist who was not involved in the study, said.`),
		row("clause", "must still: a plain appositive", []string{"Ada Brook"},
			`Ada Brook, the ward's head nurse, said: “We have not had a full night's sleep since March.”`),
		row("clause", "must still: an inverted name with a relative clause", []string{"Tom Reyes"},
			`“The bridge has been unsafe for years,” said Tom Reyes, who has chaired the council since 2019.`),
		// a participle after "by" introducing the quote
		row("byPart", "interjecting: the clause's subject, not the next sentence's", []string{"Megyn Kelly", "Donald Trump"},
			`Megyn Kelly questioned Donald Trump at the debate.`,
			`“You called women fat pigs and slobs,” Kelly charged.`,
			`Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell can say that.” But Kelly was relentless.`),
		row("byPart", "answered by saying", []string{"Ada Brook"},
			`Ada Brook answered the charge by saying: “We will not close the ward this winter.”`),
		row("byPart", "ended the meeting by saying, a quote mid-sentence", []string{"Ada Brook"},
			`Tom Reyes chaired the meeting.`,
			`Ada Brook ended the meeting by saying “we will not close the ward” to the nurses.`),
	}
}
