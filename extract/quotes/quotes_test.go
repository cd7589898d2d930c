package quotes

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/extract/lexicon"
)

// wantQuote is an expected quote: its text, speaker ("" for none) and, when
// set, its via and cue.
type wantQuote struct {
	text, speaker string
	via, cue      string
	para          int
}

func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func TestQuotePatterns(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []wantQuote
	}{
		{
			name:  "straight marks",
			paras: []string{`"We will win this election," Jane Smith said.`},
			want:  []wantQuote{{text: "We will win this election,", speaker: "Jane Smith", cue: "said"}},
		},
		{
			name:  "curly marks, inverted cue",
			paras: []string{`“We will win this election,” said Jane Smith.`},
			want:  []wantQuote{{text: "We will win this election,", speaker: "Jane Smith", cue: "said"}},
		},
		{
			name:  "low-9 marks",
			paras: []string{`„Wir schaffen das sicher“, sagte Angela Merkel.`},
			want:  []wantQuote{{text: "Wir schaffen das sicher", speaker: ""}},
		},
		{
			name:  "guillemets",
			paras: []string{`« Nous allons gagner cette bataille », a déclaré Emmanuel Macron.`},
			want:  []wantQuote{{text: " Nous allons gagner cette bataille ", speaker: ""}},
		},
		{
			name:  "CJK corner brackets",
			paras: []string{`首相は「経済対策を急ぐ」と述べた。「はい」と答えた。`},
			want:  []wantQuote{{text: "経済対策を急ぐ", speaker: ""}},
		},
		{
			name:  "split quote keeps the speaker",
			paras: []string{`“The plan is sound,” she said, “and we will carry it out.”`},
			want: []wantQuote{
				{text: "The plan is sound,", speaker: ""},
				{text: "and we will carry it out.", speaker: ""},
			},
		},
		{
			name: "split quote with a named speaker",
			paras: []string{
				`Mayor Karen Bass spoke on Monday.`,
				`“The plan is sound,” she said, “and we will carry it out.”`,
			},
			want: []wantQuote{
				{text: "The plan is sound,", speaker: "Karen Bass", para: 1},
				{text: "and we will carry it out.", speaker: "Karen Bass", para: 1},
			},
		},
		{
			name: "multi-paragraph quote",
			paras: []string{
				`Robert Hale said: “The first part of the statement runs on.`,
				`“And the second part closes it here.”`,
			},
			want: []wantQuote{
				{text: "The first part of the statement runs on.", speaker: "Robert Hale"},
				{text: "And the second part closes it here.", speaker: "Robert Hale", para: 1},
			},
		},
		{
			name: "continuation paragraph without a cue",
			paras: []string{
				`“We had a very good quarter,” said Craig Menear, the chief executive.`,
				`“Sales grew in every region we serve.”`,
			},
			want: []wantQuote{
				{text: "We had a very good quarter,", speaker: "Craig Menear"},
				{text: "Sales grew in every region we serve.", speaker: "Craig Menear", para: 1},
			},
		},
		{
			name:  "nested quote stays in the outer span",
			paras: []string{`“Then I said, ‘Tell them to buy larger tractors,’ and they did,” Donald Trump said.`},
			want:  []wantQuote{{text: "Then I said, ‘Tell them to buy larger tractors,’ and they did,", speaker: "Donald Trump"}},
		},
		{
			name: "quote inside a quote is not its own quote",
			paras: []string{
				`“So it's fair to say you have not fixed the 'Giuliani problem'?” Adam Schiff asked.`,
			},
			want: []wantQuote{{text: "So it's fair to say you have not fixed the 'Giuliani problem'?", speaker: "Adam Schiff", cue: "asked"}},
		},
		{
			name:  "scare quotes and titles are not quotes",
			paras: []string{`Officials saw the “root causes” of the trouble, and the band played “The One I Love” twice.`},
			want:  nil,
		},
		{
			name:  "heading made of a quote takes the speaker of its echo",
			paras: []string{`“My fears have been realized”`, `Tim Morrison told the committee, “I feared the outcome. My fears have been realized.”`},
			want: []wantQuote{
				{text: "My fears have been realized", speaker: "Tim Morrison"},
				{text: "I feared the outcome. My fears have been realized.", speaker: "Tim Morrison", para: 1},
			},
		},
		{
			name: "pronoun after two named people prefers the speaker of the last report",
			paras: []string{
				`Tim Cook said Apple would keep investing, and Marc Benioff praised the company.`,
				`“We really took that challenge to heart,” he said.`,
			},
			want: []wantQuote{{text: "We really took that challenge to heart,", speaker: "Tim Cook", para: 1}},
		},
		{
			name: "pronoun after two named people takes the subject of the last sentence",
			paras: []string{
				`Pete Hegseth met Keir Starmer in London on Monday.`,
				`“It was a productive meeting,” he said.`,
			},
			want: []wantQuote{{text: "It was a productive meeting,", speaker: "Pete Hegseth", para: 1}},
		},
		{
			name: "pronoun skips a person of the other gender",
			paras: []string{
				`Mary Steenburgen met Tom Harper in London.`,
				`“It was terrifying at first,” she said.`,
			},
			want: []wantQuote{{text: "It was terrifying at first,", speaker: "Mary Steenburgen", para: 1}},
		},
		{
			name: "title before the name was given",
			paras: []string{
				`“We continue to seek a solution,” the Kremlin aide said.`,
				`Kremlin aide Yuri Ushakov spoke to reporters later.`,
			},
			want: []wantQuote{{text: "We continue to seek a solution,", speaker: "Yuri Ushakov"}},
		},
		{
			name: "descriptor resolved by title words",
			paras: []string{
				`Russian President Vladimir Putin and U.S. President Donald Trump spoke by phone.`,
				`“Russia is ready to keep talking,” the Russian leader said.`,
			},
			want: []wantQuote{{text: "Russia is ready to keep talking,", speaker: "Vladimir Putin", para: 1}},
		},
		{
			name:  "said X, who ...",
			paras: []string{`“Financial players are making money on the way down,” says Ken Doctor, who has studied the industry for years.`},
			want:  []wantQuote{{text: "Financial players are making money on the way down,", speaker: "Ken Doctor", cue: "says"}},
		},
		{
			name:  "appositive between speaker and verb",
			paras: []string{`“The water is there,” Lucas Paganini, a planetary scientist at NASA in Washington, D.C., said in a statement.`},
			want:  []wantQuote{{text: "The water is there,", speaker: "Lucas Paganini", cue: "said in a statement"}},
		},
		{
			name: "speaker only named in the next sentence",
			paras: []string{
				`The merger will create an enterprise “with deep local roots and national scale.”`,
				`That is the optimistic view voiced by Michael Reed, the chief executive.`,
			},
			want: []wantQuote{{text: "with deep local roots and national scale.", speaker: "Michael Reed"}},
		},
		{
			name:  "anonymous source",
			paras: []string{`“Scooter is frustrated because his name is being dragged,” an insider told Fox News.`},
			want:  []wantQuote{{text: "Scooter is frustrated because his name is being dragged,", speaker: "an insider", cue: "told Fox News"}},
		},
		{
			name:  "via relay",
			paras: []string{`“We continue to seek a negotiated solution,” Vladimir Putin said, according to Yuri Ushakov.`},
			want:  []wantQuote{{text: "We continue to seek a negotiated solution,", speaker: "Vladimir Putin", via: "Yuri Ushakov", cue: "said"}},
		},
		{
			name:  "quote inside reported speech of a relayed speaker",
			paras: []string{`Yuri Ushakov said that Vladimir Putin stressed the need to act “by political and diplomatic means.”`},
			want:  []wantQuote{{text: "by political and diplomatic means.", speaker: "Vladimir Putin", via: "Yuri Ushakov", cue: "stressed"}},
		},
		{
			name:  "surname resolves to the full name given later",
			paras: []string{`“This is a good deal,” Prasad said.`, `Eswar Prasad teaches at Cornell University.`},
			want:  []wantQuote{{text: "This is a good deal,", speaker: "Eswar Prasad"}},
		},
		{
			name:  "colon introduction without a verb",
			paras: []string{`“It just connected at once,” Tom Harper said. Jessie Buckley had a similar experience: “It was just that immediate feeling of recognition.”`},
			want: []wantQuote{
				{text: "It just connected at once,", speaker: "Tom Harper"},
				{text: "It was just that immediate feeling of recognition.", speaker: "Jessie Buckley"},
			},
		},
		{
			name: "the company by its modifiers",
			paras: []string{
				`Big Machine Records and Dick Clark Productions disagree. Big Machine Records said so twice, and Big Machine Records said so again.`,
				`“We have no further comment on it,” the production company said.`,
			},
			want: []wantQuote{{text: "We have no further comment on it,", speaker: "Dick Clark Productions", para: 1}},
		},
		{
			name: "quoted names are not quotes, nor headings repeating them",
			paras: []string{
				`6. "The Gordon problem"`,
				`Fiona Hill had dubbed Sondland's role in forming policy as "the Gordon problem." It has earned the nickname of “bird fancier’s lung.”`,
			},
			want: nil,
		},
		{
			name: "a sentence after a closing mark starting with a new report",
			paras: []string{
				`Marybel Batjer wrote to the utility that the “lack of service is not a mere inconvenience, it endangers lives.” She said residents deserve better.`,
			},
			want: []wantQuote{{text: "lack of service is not a mere inconvenience, it endangers lives.", speaker: "Marybel Batjer"}},
		},
		{
			name:  "plural descriptor of a title",
			paras: []string{`“We implore you to allow our volunteer physicians to hold a clinic,” the physicians stated in the letter.`},
			want:  []wantQuote{{text: "We implore you to allow our volunteer physicians to hold a clinic,", speaker: "the physicians"}},
		},
		{
			name: "they for an organisation",
			paras: []string{
				`Big Machine Records denied the allegations.`,
				`“At no point did we say she could not perform,” they said in a statement.`,
			},
			want: []wantQuote{{text: "At no point did we say she could not perform,", speaker: "Big Machine Records", para: 1}},
		},
		{
			name:  "perfect tense after an appositive",
			paras: []string{`"The duty is paid by a U.S. importer — say, Costco," Howard Gleckman, a senior fellow at the Tax Policy Center, has written. "The Chinese government pays nothing."`},
			want: []wantQuote{
				{text: "The duty is paid by a U.S. importer — say, Costco,", speaker: "Howard Gleckman"},
				{text: "The Chinese government pays nothing.", speaker: "Howard Gleckman"},
			},
		},
		{
			name:  "an infinitive is not a report",
			paras: []string{`Noah Hawley is in talks to write and direct “the fourth film in the series.”`},
			want:  []wantQuote{{text: "the fourth film in the series.", speaker: ""}},
		},
		{
			name:  "nobody credited",
			paras: []string{`The store offers a “seamless, interconnected shopping experience” for everyone.`},
			want:  []wantQuote{{text: "seamless, interconnected shopping experience", speaker: ""}},
		},
		{
			name:  "statement resolves to its issuer",
			paras: []string{`On Monday, Big Machine Records issued a statement.`, `“We were shocked to see her statements,” the statement read.`},
			want:  []wantQuote{{text: "We were shocked to see her statements,", speaker: "Big Machine Records", para: 1}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Analyze(tc.paras, time.Time{}, "en")
			if len(res.Quotes) != len(tc.want) {
				var got []string
				for _, q := range res.Quotes {
					got = append(got, q.Text+" ["+str(q.Speaker)+"]")
				}
				t.Fatalf("got %d quotes %q, want %d", len(res.Quotes), got, len(tc.want))
			}
			for i, w := range tc.want {
				q := res.Quotes[i]
				if q.Text != w.text || str(q.Speaker) != w.speaker || q.Paragraph != w.para {
					t.Errorf("quote %d = %q by %q in paragraph %d, want %q by %q in %d", i, q.Text, str(q.Speaker), q.Paragraph, w.text, w.speaker, w.para)
				}
				if w.via != "" && str(q.Via) != w.via {
					t.Errorf("quote %d via %q, want %q", i, str(q.Via), w.via)
				}
				if w.cue != "" && q.Cue != w.cue {
					t.Errorf("quote %d cue %q, want %q", i, q.Cue, w.cue)
				}
				if got := string([]rune(tc.paras[q.Paragraph])[q.Start:q.End]); got != q.Text {
					t.Errorf("quote %d offsets [%d:%d] give %q, not the text", i, q.Start, q.End, got)
				}
			}
		})
	}
}

func TestAttributionPatterns(t *testing.T) {
	tests := []struct {
		name                    string
		para                    string
		speaker, cue, text, via string
		anonymous               bool
		nested                  int // index of the attribution to check
	}{
		{name: "that clause", para: "Vladimir Putin maintained that Russia is open to negotiations.", speaker: "Vladimir Putin", cue: "maintained", text: "Russia is open to negotiations"},
		{name: "zero that", para: "Vladimir Putin has long claimed Russia acted in self-defence—arguments Kyiv rejects.", speaker: "Vladimir Putin", cue: "claimed", text: "Russia acted in self-defence"},
		{name: "according to at the end", para: "The two men spoke for an hour, according to Kremlin aide Yuri Ushakov.", speaker: "Yuri Ushakov", cue: "according to", text: "The two men spoke for an hour"},
		{name: "according to at the start", para: "According to Yuri Ushakov, the weapons were not discussed.", speaker: "Yuri Ushakov", cue: "According to", text: "the weapons were not discussed"},
		{name: "noun phrase object ends at the comma", para: "Donald Trump voiced his push for a deal, while others waited.", speaker: "Donald Trump", cue: "voiced", text: "his push for a deal"},
		{name: "anonymous sources", para: "A U.S. official and a former diplomat, both speaking anonymously, confirmed details about the shipments, though nothing was published.", speaker: "A U.S. official and a former diplomat", cue: "confirmed", text: "details about the shipments", anonymous: true},
		{name: "according to in mid-sentence reports the clause before", para: "There are three scripts in contention, according to The Wrap, so a decision may take time.", speaker: "Wrap", cue: "according to", text: "There are three scripts in contention"},
		{name: "report ends with its sentence after a closing mark", para: "Marybel Batjer wrote that the “lack of service endangers lives.” She said residents deserve better.", speaker: "Marybel Batjer", cue: "wrote", text: "the “lack of service endangers lives.”"},
		{name: "relative clause subject", para: "The staff member who took the call recalled that the caller was angry.", speaker: "The staff member", cue: "recalled", text: "the caller was angry"},
		{name: "nested report gets via", para: "Yuri Ushakov said Donald Trump voiced his push for a deal, while Vladimir Putin reiterated his openness to talks.", speaker: "Donald Trump", cue: "voiced", text: "his push for a deal", via: "Yuri Ushakov", nested: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Analyze([]string{tc.para}, time.Time{}, "en")
			if len(res.Attributions) <= tc.nested {
				t.Fatalf("got %d attributions %+v", len(res.Attributions), res.Attributions)
			}
			a := res.Attributions[tc.nested]
			if a.Speaker != tc.speaker || a.Cue != tc.cue || a.Text != tc.text || str(a.Via) != tc.via || a.Anonymous != tc.anonymous {
				t.Errorf("got %q %q %q via %q anon %v, want %q %q %q via %q anon %v",
					a.Speaker, a.Cue, a.Text, str(a.Via), a.Anonymous, tc.speaker, tc.cue, tc.text, tc.via, tc.anonymous)
			}
			if got := string([]rune(tc.para)[a.Start:]); !strings.HasPrefix(got, a.Text) {
				t.Errorf("start %d does not point at the text: %q", a.Start, got)
			}
		})
	}
}

func TestSpeakersCounted(t *testing.T) {
	res := Analyze([]string{
		`“We will win,” said Jane Smith, the campaign manager.`,
		`“And we will govern,” she added. Smith said the polls were close.`,
	}, time.Time{}, "en")
	if len(res.Speakers) != 1 {
		t.Fatalf("speakers = %+v, want one", res.Speakers)
	}
	s := res.Speakers[0]
	if s.Name != "Jane Smith" || s.Quotes != 2 || s.Attributions != 1 || s.Title == "" {
		t.Errorf("speaker = %+v, want Jane Smith with 2 quotes, 1 attribution and a title", s)
	}
}

// TestSpeakerCaseVariants: "Officials" opening a sentence and "officials"
// inside one are one source of reported speech, with no quotes.
func TestSpeakerCaseVariants(t *testing.T) {
	res := Analyze([]string{
		`Officials said the bridge would stay closed until the spring.`,
		`The repairs will cost more than planned, officials said.`,
	}, time.Time{}, "en")
	if len(res.Speakers) != 1 {
		t.Fatalf("speakers = %+v, want one", res.Speakers)
	}
	if s := res.Speakers[0]; s.Name != "officials" || s.Quotes != 0 || s.Attributions != 2 {
		t.Errorf("speaker = %+v, want officials with 0 quotes and 2 attributions", s)
	}
}

func TestDates(t *testing.T) {
	fri := time.Date(2025, 7, 4, 6, 30, 0, 0, time.FixedZone("EDT", -4*3600)) // a Friday
	newYear := time.Date(2026, 1, 3, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		para      string
		published time.Time
		want      map[string]string // text -> resolved ("" for null)
	}{
		{name: "weekday before the anchor", para: "The two leaders spoke on Thursday.", published: fri, want: map[string]string{"Thursday": "2025-07-03"}},
		{name: "a past verb right after the weekday wins over a future word", para: "The mayor on Monday unveiled a plan to build a park.", published: fri, want: map[string]string{"Monday": "2025-06-30"}},
		{name: "weekday after the anchor in future tense", para: "They will meet again on Monday.", published: fri, want: map[string]string{"Monday": "2025-07-07"}},
		{name: "last and next weekday", para: "They met last Friday and will meet next Friday.", published: fri, want: map[string]string{"last Friday": "2025-06-27", "next Friday": "2025-07-11"}},
		{name: "month day without a year", para: "Strikes began on June 22.", published: fri, want: map[string]string{"June 22": "2025-06-22"}},
		{name: "month day without a year is in the past by default", para: "The call was made on March 21.", published: time.Date(2019, 11, 19, 8, 0, 0, 0, time.UTC), want: map[string]string{"March 21": "2019-03-21"}},
		{name: "month day without a year in a future sentence", para: "Sentencing is scheduled for Feb. 14.", published: time.Date(2019, 11, 19, 8, 0, 0, 0, time.UTC), want: map[string]string{"Feb. 14": "2020-02-14"}},
		{name: "month day near the year boundary", para: "The talks started on Dec. 28.", published: newYear, want: map[string]string{"Dec. 28": "2025-12-28"}},
		{name: "month and year", para: "Russia invaded Ukraine in February 2022.", published: fri, want: map[string]string{"February 2022": "2022-02"}},
		{name: "full date", para: "It was released on September 25, 2019.", published: fri, want: map[string]string{"September 25, 2019": "2019-09-25"}},
		{name: "day month year", para: "The law passed on 3 March 2021.", published: fri, want: map[string]string{"3 March 2021": "2021-03-03"}},
		{name: "earlier this week", para: "Earlier this week, Putin spoke with Macron.", published: fri, want: map[string]string{"Earlier this week": "2025-W27"}},
		{name: "last year and this month", para: "Sales fell last year but rose this month.", published: fri, want: map[string]string{"last year": "2024", "this month": "2025-07"}},
		{name: "vague reference", para: "A deal may come in the coming days.", published: fri, want: map[string]string{"in the coming days": ""}},
		{name: "bare year after a preposition", para: "There has been no gain since 2008.", published: fri, want: map[string]string{"2008": "2008"}},
		{name: "durations, offsets and clock times are not dates", para: "After nearly three years of war, one day after the strikes, the call began at 5:00 p.m. in its fourth year.", published: fri, want: map[string]string{}},
		{name: "relative day in reported speech counts from the day it was said", para: "On Thursday, Zelenskyy said he hopes to talk “maybe tomorrow.”", published: fri, want: map[string]string{"Thursday": "2025-07-03", "tomorrow": "2025-07-04"}},
		{name: "no publication date: only dates with a year resolve", para: "It started in February 2022 and ended on Thursday.", published: time.Time{}, want: map[string]string{"February 2022": "2022-02", "Thursday": ""}},
		{name: "relative day in narration counts from publication", para: "The vote is tomorrow.", published: fri, want: map[string]string{"tomorrow": "2025-07-05"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Analyze([]string{tc.para}, tc.published, "en")
			got := map[string]string{}
			for _, d := range res.Dates {
				got[d.Text] = str(d.Resolved)
				if s := string([]rune(tc.para)[d.Start:]); !strings.HasPrefix(s, d.Text) {
					t.Errorf("start %d of %q points at %q", d.Start, d.Text, s)
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("dates = %v, want %v", got, tc.want)
			}
			for k, v := range tc.want {
				if g, ok := got[k]; !ok || g != v {
					t.Errorf("date %q = %q (found %v), want %q; all %v", k, g, ok, v, got)
				}
			}
		})
	}
}

func TestUnknownLanguageFallsBackToEnglish(t *testing.T) {
	res := Analyze([]string{`“This will take time,” said Jane Smith.`}, time.Time{}, "xx-YY")
	if len(res.Quotes) != 1 || str(res.Quotes[0].Speaker) != "Jane Smith" {
		t.Errorf("quotes = %+v", res.Quotes)
	}
}

// FuzzAnalyze checks that any input is handled without panics and that all
// offsets index valid rune positions holding the reported text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		`“We will win,” she said, “and then govern.”`,
		`"Unclosed quote runs on`,
		`‘single’ 'quotes' «guillemets» „low“ 「CJK」 ’’`,
		`According to Ushakov, Putin said on Thursday, June 22, 2025, that "it is over."`,
		`He, she, it said: "" “” ‘’ , . ; — –`,
		"\u201c\u201d\u201e\u00ab\u00bb\"'",
	} {
		f.Add(s, "second paragraph “with a quote,” he said.")
	}
	pub := time.Date(2025, 7, 4, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, a, b string) {
		paras := []string{a, b}
		// A watchdog: an input that takes seconds is a bug (a hang or a
		// quadratic path); crash with the input rather than stall the fuzzer.
		done := make(chan struct{})
		go func() {
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				panic(fmt.Sprintf("Analyze took over 10s on %q, %q", a, b))
			}
		}()
		res := Analyze(paras, pub, "en")
		close(done)
		runes := [][]rune{[]rune(a), []rune(b)}
		for _, q := range res.Quotes {
			r := runes[q.Paragraph]
			if q.Start < 0 || q.End > len(r) || q.Start > q.End {
				t.Fatalf("quote offsets [%d:%d] outside paragraph of %d runes", q.Start, q.End, len(r))
			}
			if string(r[q.Start:q.End]) != q.Text {
				t.Fatalf("quote text %q != paragraph[%d:%d] %q", q.Text, q.Start, q.End, string(r[q.Start:q.End]))
			}
		}
		for _, at := range res.Attributions {
			r := runes[at.Paragraph]
			if at.Start < 0 || at.Start > len(r) || !strings.HasPrefix(string(r[at.Start:]), at.Text) {
				t.Fatalf("attribution start %d does not hold %q", at.Start, at.Text)
			}
		}
		for _, d := range res.Dates {
			r := runes[d.Paragraph]
			if d.Start < 0 || d.Start > len(r) || !strings.HasPrefix(string(r[d.Start:]), d.Text) {
				t.Fatalf("date start %d does not hold %q", d.Start, d.Text)
			}
		}
	})
}

// TestLanguageData checks that every language file with quote-layer
// sections loads and has the lists the algorithm needs.
func TestLanguageData(t *testing.T) {
	n := 0
	for _, code := range lexicon.Languages() {
		data, err := langData(code)
		if errors.Is(err, errNoQuoteData) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		n++
		l, err := parseLang(data)
		if err != nil {
			t.Fatalf("%s: %v", code, err)
		}
		if l.code != code {
			t.Errorf("%s: language %q, want %q", code, l.code, code)
		}
		if len(l.cues) == 0 || len(l.pronouns) == 0 || len(l.months) != 12 && len(l.months) < 12 || len(l.weekdays) != 7 || len(l.that) == 0 {
			t.Errorf("%s: incomplete: %d cues, %d pronouns, %d month names, %d weekdays", code, len(l.cues), len(l.pronouns), len(l.months), len(l.weekdays))
		}
	}
	if n < 2 {
		t.Errorf("%d languages with quote data, want en and de at least", n)
	}
}

// TestGermanFromDataOnly shows a second language added as a data file only.
func TestGermanFromDataOnly(t *testing.T) {
	res := Analyze([]string{
		"Bundeskanzlerin Angela Merkel besuchte am Donnerstag Paris.",
		"„Wir schaffen das ganz sicher“, sagte Merkel. „Es gibt keinen anderen Weg für uns.“",
	}, time.Date(2025, 7, 4, 12, 0, 0, 0, time.UTC), "de-DE")
	if len(res.Quotes) != 2 {
		t.Fatalf("quotes = %+v", res.Quotes)
	}
	for _, q := range res.Quotes {
		if str(q.Speaker) != "Angela Merkel" {
			t.Errorf("quote %q by %q, want Angela Merkel", q.Text, str(q.Speaker))
		}
	}
	if len(res.Dates) != 1 || res.Dates[0].Text != "Donnerstag" || str(res.Dates[0].Resolved) != "2025-07-03" {
		t.Errorf("dates = %+v", res.Dates)
	}
}

// TestConcurrentAnalyze runs analyses in parallel (meaningful under -race):
// the language data is shared read-only.
func TestConcurrentAnalyze(t *testing.T) {
	done := make(chan Result)
	for i := 0; i < 8; i++ {
		go func() {
			done <- Analyze([]string{`“We will win this election,” said Jane Smith on Monday.`}, time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC), []string{"en", "de", "fr"}[i%3])
		}()
	}
	for i := 0; i < 8; i++ {
		if r := <-done; len(r.Quotes) != 1 {
			t.Errorf("quotes = %+v", r.Quotes)
		}
	}
}
