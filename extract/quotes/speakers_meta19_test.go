package quotes

import "testing"

// TestSpeakersUnlistedNames holds the classes the metamorphic name swap
// (metamorphic_speakers_test.go) found: he/she resolved through the given
// name lists. Every name here is invented and in no list.
func TestSpeakersUnlistedNames(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "age apposition marks a person",
			paras: []string{
				"“I vote in every election,” says Tavuno Merisk, a teacher in Albany.",
				"Darovod Setome, 33, of Baldwin, dismisses the idea that a ballot changes anything. “I can't find a candidate that I like,” he said.",
			},
			want: []string{"Tavuno Merisk", "Darovod Setome"},
		},
		{
			name: "unlisted full name opening its sentence as subject",
			paras: []string{
				"“The harbour needs dredging,” said Pelmira Okonde, the port's director.",
				"Atapof Huku took his daughter to the quay on Sunday. “It was strong and quiet,” he said.",
			},
			want: []string{"Pelmira Okonde", "Atapof Huku"},
		},
		{
			name: "main clause speaker before a subordinate clause's",
			paras: []string{
				"After Gifuv Baga asked the author who would win, Dunike Dazimor replied, “I would bet on the mayor.”",
				"“We should never confuse who we want to win with who is going to win,” he added.",
			},
			want: []string{"Dunike Dazimor", "Dunike Dazimor"},
		},
		{
			name: "name in apposition after a kinship noun",
			paras: []string{
				"Senator Bernov Sidekov has not said what comes next. But his wife, Jofo, offered a preview in an interview.",
				"“If he wins, he wants to keep this movement going,” she said.",
			},
			want: []string{"Jofo"},
		},
	})
}
