package extract

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/byline/byline/extract/lexicon"
)

// words are the lexicon's lists as the resolvers look them up: sets, and
// prefix lists longest first. They are the union of every language (see
// package lexicon): a page's declared language is often wrong, and a month
// or a byline label reads the same on any page. Month names are looked up
// in the page's own language first (monthOf).
type words struct {
	months, weekdays                                  map[string]int
	weekdayMarks                                      map[string]int // "火" in "3/5(火)"
	dayWords                                          lexicon.Set    // "tue", "vandaag", "heute": open a date line, one word (dayBeforeDate)
	update, published, role, desk, org, ui, particles lexicon.Set
	definite                                          lexicon.Set      // "the", "les": an article opening a label's prose ("Par les chiffres"; bylineprose.go)
	placeWords                                        lexicon.Set      // "street", "airport": a place's name, no person's
	holderOrg                                         lexicon.Set      // "city", "comune": a copyright holder opening or ending on one is no person (authorlines.go)
	holderOpeners                                     []string         // "ville de ": open such a holder only
	print                                             lexicon.Set      // one-word print-edition words
	issueNumber                                       lexicon.Set      // words before a print issue's number
	updateLabels                                      lexicon.Set      // update words only before a colon
	otherDateLabels                                   []otherDateLabel // "release date", "today:": a date after them is no page's (datesubject.go)
	created                                           lexicon.Set      // publication words naming the record's creation ("created")
	placeholders, roleModifiers, wires                lexicon.Set
	datelineWires, datelineRegions, openingAdverbs    lexicon.Set // see lexicon.Lexicon
	locatives                                         lexicon.Set // "in", "em": a town's name follows (datelineopener.go)
	personTitles                                      lexicon.Set // titles and honorifics before a name ("sen.", "dr."), no name particle ("st.")
	// captionOnly are the class words of a caption element ("caption",
	// "bildunterschrift", "didascalia"), never a credit's; captionWords
	// add "credit": an element after a picture named so captions it.
	captionOnly, captionWords                        lexicon.Set
	descriptionClasses, counterWords                 lexicon.Set // "bildbeschreibung" (captionmarkup.go), "foto" in "Foto 2/9" (imagenoise.go)
	counterOf                                        lexicon.Set // "de" in "Foto 2 de 9" (furniture.go)
	sourceClasses                                    lexicon.Set // "source", "quelle": an element naming the text's agency (authorsource.go)
	authorClasses                                    lexicon.Set // "tekija", "penulis": a byline element's class word (authorclasses.go)
	authorClassSubs                                  *substrs    // authorClasses, looked for in a class string first
	feedFooters                                      [][2]string // opening and middle of a feed's footer line: "the post ", " appeared first on " (furniture.go)
	issueNotes                                       [][2]string // opening and middle of a print-issue note: "this story appears in the ", " issue" (body.go)
	viewerControls                                   []string    // "enlarge", "zoom" (imagelayout.go)
	contactPhrases                                   []string    // "reach her at" (furniture.go)
	readerAppeals                                    []string    // "share your story" (readerappeal.go)
	appealLinks                                      lexicon.Set // "subscribe now": a call-out's button (readerappeal.go)
	bioCopulas                                       lexicon.Set // "is", "ist": between a bio's name and job (authorbio.go)
	bioSubjects                                      []string    // "the author", "der autor": a bio's name, longest first
	correspondentPhrases                             []string    // "dal nostro inviato": the paper's correspondent before a name, longest first
	phraseParticles                                  []string    // "의": a word ending on one is a phrase's, not a name's
	publishedLabels                                  []string    // longest first
	labelNouns, writtenBy, dateConnectors, home, cms lexicon.Set
	authorPaths                                      lexicon.Set // URL path steps of an author archive: "author", "staff", "autor"
	// cjkLabelNouns are the label nouns of two or more Chinese or
	// Japanese characters, longest first (see stripLabel).
	cjkLabelNouns                                []string
	cjkRoles                                     []string    // role words of two or more CJK or Hangul runes, longest first (cutCJKRole)
	outletArticles                               lexicon.Set // articles that open an outlet's name ("the", "die") and no person's (authors.go)
	boilerLines, tailLabels, keyPointLabels      lexicon.Set
	topicLabels                                  lexicon.Set // "topics", "in this article": head a row of topic links (isTopicsRow)
	staffLabels                                  lexicon.Set // "编辑", "图片": label a closing staff line (stafflines.go)
	readingTimeWords                             []string    // "阅读需要": open a reading-time clause (stafflines.go)
	counterLabels                                lexicon.Set // "comments" (furniture.go uncounted)
	commentLabels                                lexicon.Set // "comments", "leserkommentare": a comment section's heading (commentbox.go)
	matchFacts                                   lexicon.Set // "attendance", "zuschauer": a match's fact box (datematchfacts.go)
	nonWriterBy                                  []string    // "edited", "medically reviewed": its "by" credits no writer (namecredits.go), longest first
	nonWriterBeside                              lexicon.Set // "reviewed": nonWriterBy only beside a writer's credit
	editorLabels                                 lexicon.Set // "责任编辑": an editor's label, no writer's (authorlines.go)
	reportSuffixes                               []string    // "报道": ends a reporter's filing place ("北京报道", authorscjk.go)
	interviewWords                               []string    // "interview", "entrevista" (namecredits.go)
	interviewees                                 []string    // as " with ", " mit ": the interviewee follows
	tailPrefixes                                 []string    // the tail labels of 7 bytes or more, sorted
	bylineLabels, boilerPrefixes, metaMarkers    []string    // longest first
	metaMarkerIdx                                *substrs    // metaMarkers by first byte (isMetaLine)
	boilerPrefixIdx                              *substrs    // boilerPrefixes by first byte (isBoilerLine)
	bylineLabelIdx                               *substrs    // bylineLabels by first byte (startsWithLabel)
	boilerSuffixes                               []string    // a notice's closing words: "無断転載を禁じます" (metalines.go)
	stripPrefixes                                []string    // byline labels and author prefixes, longest first
	strippedLabels                               lexicon.Set // stripPrefixes without their closing ": " (isLabel)
	localLabels                                  lexicon.Set // the byline labels of one language only (wordslang.go)
	timestampPrefixes, creditLabels, creditWords []string
	timestampLabels                              []string    // publication and update labels, longest first (timestamplabels.go)
	qualifiedDateLabels                          []string    // "last updated", "first published": a qualifier before the word (authordatelabel.go)
	creditSuffixes                               []string    // "摄", "撮影": close a photographer's credit
	creditTailLabels                             []string    // "provided by ": a credit only at a caption's end
	creditVia                                    []string    // as " via ", " vía ": a source sent on by an agency
	creditFor                                    []string    // as "for ": the outlet a photographer works for
	editionSuffixes, editionPrefixes, joiners    []string    // joiners as " and "
	nameSeps                                     []string    // joiners and the punctuation between names
	gluedJoiners                                 []string    // joiners glued to the next name ("و", "ו")
	caselessSeps                                 []string    // joiners of scripts without case (" و ", " और ") and "،"
	bylineStops                                  []string    // as " in "
	function                                     lexicon.Set // every language's stop words ("the", "le", "den")
	bylinePlaces                                 []string    // as " aus "
	bylineKnownPlaces                            []string    // as " em ": the gazetteer must know the place
	filingOpeners                                []string    // "dal nostro inviato", longest first
	perLang                                      map[string]*lexicon.Lexicon
	tails                                        []string // see tailCuts
}

var (
	wordsOnce sync.Once
	lex       *words
)

// spacedWords returns words each with a space on both sides (" via "),
// as they are looked for between other words.
func spacedWords(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = " " + w + " "
	}
	return out
}

// vocab returns the word lists, built once.
func vocab() *words {
	wordsOnce.Do(func() {
		u := lexicon.Union()
		w := &words{
			months: u.Months, weekdays: u.Weekdays, weekdayMarks: u.WeekdayMarks,
			update: lexicon.NewSet(u.UpdateWords), published: lexicon.NewSet(u.PublishedWords), updateLabels: lexicon.NewSet(u.UpdateLabels),
			created: lexicon.NewSet(u.CreatedWords), definite: lexicon.NewSet(u.DefiniteArticles),
			role: lexicon.NewSet(u.RoleWords), nonWriterBy: longestFirst(u.NonWriterBy), nonWriterBeside: lexicon.NewSet(u.NonWriterBeside), editorLabels: lexicon.NewSet(u.EditorLabels), reportSuffixes: u.ReportSuffixes, desk: lexicon.NewSet(u.DeskWords), org: lexicon.NewSet(u.OrgWords), placeWords: lexicon.NewSet(u.PlaceWords),
			ui: lexicon.NewSet(u.UIWords), particles: lexicon.NewSet(u.NameParticles),
			labelNouns: lexicon.NewSet(u.LabelNouns), writtenBy: lexicon.NewSet(u.WrittenByLabels),
			dateConnectors: lexicon.NewSet(u.DateConnectors), home: lexicon.NewSet(u.HomeWords),
			cms: lexicon.NewSet(u.CMSPathWords), authorPaths: lexicon.NewSet(u.AuthorPathWords), boilerLines: lexicon.NewSet(u.BoilerLines), counterLabels: lexicon.NewSet(u.CounterLabels), commentLabels: lexicon.NewSet(u.CommentLabels), matchFacts: lexicon.NewSet(u.MatchFactWords),
			tailLabels: lexicon.NewSet(u.TailLabels, u.TailWords), keyPointLabels: lexicon.NewSet(u.KeyPointLabels), topicLabels: lexicon.NewSet(u.TopicLabels),
			bylineLabels: longestFirst(slices.Concat(u.BylineLabels, u.LocalBylineLabels)), boilerPrefixes: longestFirst(u.BoilerPrefixes), boilerSuffixes: u.BoilerSuffixes,
			stripPrefixes: longestFirst(slices.Concat(u.BylineLabels, u.LocalBylineLabels, u.AuthorPrefixes)), localLabels: lexicon.NewSet(u.LocalBylineLabels),
			metaMarkers: u.MetaMarkers, timestampPrefixes: u.TimestampPrefixes, creditLabels: u.CreditLabels,
			creditWords: u.CreditWords, creditSuffixes: u.CreditSuffixes, creditTailLabels: u.CreditTailLabels, editionSuffixes: u.EditionSuffixes, editionPrefixes: u.EditionPrefixes,
			perLang:      map[string]*lexicon.Lexicon{},
			placeholders: lexicon.NewSet(u.Placeholders), roleModifiers: lexicon.NewSet(u.RoleModifiers),
			wires: lexicon.NewSet(u.WireServices), datelineWires: lexicon.NewSet(u.DatelineWires), datelineRegions: lexicon.NewSet(u.DatelineRegions),
			openingAdverbs: lexicon.NewSet(u.OpeningAdverbs), locatives: lexicon.NewSet(u.LocativeWords),
			captionOnly: lexicon.NewSet(u.CaptionClasses), captionWords: lexicon.NewSet(u.CaptionClasses, []string{"credit"}),
			descriptionClasses: lexicon.NewSet(u.DescriptionClasses), counterWords: lexicon.NewSet(u.CounterWords), viewerControls: u.ViewerControls,
			counterOf: lexicon.NewSet(u.CounterOf), contactPhrases: u.ContactPhrases, readerAppeals: u.ReaderAppeals, appealLinks: lexicon.NewSet(u.AppealLinks), sourceClasses: lexicon.NewSet(u.SourceClasses), authorClasses: lexicon.NewSet(u.AuthorClasses), authorClassSubs: newSubstrs(u.AuthorClasses...), bioCopulas: lexicon.NewSet(u.BioCopulas), bioSubjects: longestFirst(u.BioSubjects), correspondentPhrases: longestFirst(u.CorrespondentPhrases), phraseParticles: u.PhraseParticles,
		}
		for _, t := range u.TailLabels {
			if len(t) >= 7 {
				w.tailPrefixes = append(w.tailPrefixes, t)
			}
		}
		sort.Strings(w.tailPrefixes)
		w.feedFooters, w.issueNotes = openAndMiddle(u.FeedFooters), openAndMiddle(u.IssueNotes)
		w.staffLabels, w.readingTimeWords = lexicon.NewSet(u.StaffLabels), u.ReadingTimeWords
		w.strippedLabels = strippedSet(w.stripPrefixes)
		w.holderOrg, w.holderOpeners = holderWords(u.HolderOrgWords)
		w.metaMarkerIdx = newSubstrs(w.metaMarkers...)
		w.boilerPrefixIdx = newSubstrs(w.boilerPrefixes...)
		w.bylineLabelIdx = newSubstrs(w.bylineLabels...)
		w.setJoiners(u.NameJoiners, u.GluedNameJoiners)
		w.interviewWords = u.InterviewWords
		w.creditVia = spacedWords(u.CreditVia)
		w.creditFor = u.CreditFor
		w.interviewees = spacedWords(u.IntervieweeWords)
		w.bylineStops = spacedWords(u.BylineStopWords)
		w.bylinePlaces = spacedWords(u.BylinePlaceWords)
		w.bylineKnownPlaces = spacedWords(u.BylineKnownPlaceWords)
		w.filingOpeners = slices.Clone(u.FilingOpeners)
		slices.SortFunc(w.filingOpeners, func(a, b string) int { return len(b) - len(a) })
		w.function = lexicon.Set{}
		for _, l := range lexicon.Languages() {
			w.perLang[l] = lexicon.Get(l)
			for _, sw := range w.perLang[l].StopWords {
				w.function[sw] = true
			}
		}
		w.addDateWords(u)
		for _, l := range u.LabelNouns {
			if utf8.RuneCountInString(l) >= 2 && hasCJK(l) {
				w.cjkLabelNouns = append(w.cjkLabelNouns, l)
			}
		}
		w.cjkLabelNouns = longestFirst(w.cjkLabelNouns)
		w.addCredits(u)
		w.tails = w.makeTailCuts()
		lex = w
	})
	return lex
}

// addDateWords sets the lists the date readers use beside the month and
// weekday names: print and issue words, other things' date labels, the
// day words and the publication and timestamp labels. It runs after
// perLang is filled (dayWordsOf reads it).
func (w *words) addDateWords(u *lexicon.Lexicon) {
	for _, p := range u.PrintWords {
		if !strings.Contains(p, " ") {
			if w.print == nil {
				w.print = lexicon.Set{}
			}
			w.print[p] = true
		}
	}
	w.issueNumber = lexicon.NewSet(u.IssueNumberWords)
	w.otherDateLabels = otherDateLabelsOf(u.OtherDateLabels)
	w.dayWords = dayWordsOf(u, w.perLang)
	w.publishedLabels = longestFirst(u.PublishedWords)
	w.timestampLabels = timestampLabels(u)
	w.qualifiedDateLabels = w.qualifiedLabels(u)
}

// holderWords splits the holder words (adminHolder) into the words that
// open or end a holder and the phrases that open one ("ville de ").
func holderWords(list []string) (lexicon.Set, []string) {
	set, openers := lexicon.Set{}, []string(nil)
	for _, h := range list {
		switch {
		case strings.HasSuffix(h, "'"):
			openers = append(openers, h) // "ville d'": "Ville d'Avignon"
		case strings.Contains(h, " "):
			openers = append(openers, h+" ")
		default:
			set[h] = true
		}
	}
	return set, openers
}

// dayWordsOf returns the words that open a date line alone: the
// weekdays' short forms and each language's relative days of one word
// ("tue", "vandaag", "heute").
func dayWordsOf(u *lexicon.Lexicon, langs map[string]*lexicon.Lexicon) lexicon.Set {
	set := lexicon.NewSet(u.WeekdayAbbrevs)
	for _, l := range langs {
		for d := range l.RelativeDays {
			if !strings.Contains(d, " ") {
				set[d] = true
			}
		}
	}
	return set
}

// longestFirst returns a copy of list sorted longest first, so that "text
// von" is tried before "von".
// strippedSet returns the labels without their closing ": " (isLabel).
func strippedSet(labels []string) lexicon.Set {
	s := lexicon.Set{}
	for _, p := range labels {
		s[strings.TrimRight(p, ": ")] = true
	}
	return s
}

func longestFirst(list []string) []string {
	out := append([]string(nil), list...)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// monthOf returns the month a lower-case word names, in the page's
// language first (with the forms read only there), then in any language;
// 0 when none.
func (w *words) monthOf(word, lang string) int {
	if l := w.perLang[lang]; l != nil {
		if m := l.Months[word]; m != 0 {
			return m
		}
		if m := l.MonthForms[word]; m != 0 {
			return m
		}
	}
	return w.months[word]
}

// isMonthOrWeekday reports whether a lower-case word is a month or
// weekday name in any language.
func (w *words) isMonthOrWeekday(word string) bool {
	if w.months[word] != 0 {
		return true
	}
	_, ok := w.weekdays[word]
	return ok
}

// isWeekdayShort reports whether a lower-case word is a weekday's short
// form: two to four letters that begin its name ("tue", "mi", "sáb").
func (w *words) isWeekdayShort(word string) bool {
	if n := utf8.RuneCountInString(word); n < 2 || n > 4 {
		return false
	}
	for name := range w.weekdays {
		if strings.HasPrefix(name, word) {
			return true
		}
	}
	return false
}

// stopWordsOf returns the stop words of every language that has them.
func stopWordsOf() map[string][]string {
	out := map[string][]string{}
	for _, l := range lexicon.Languages() {
		if sw := lexicon.Get(l).StopWords; len(sw) > 0 {
			out[l] = sw
		}
	}
	return out
}

// isWordByte reports whether c is an ASCII letter or digit, or part of a
// multi-byte letter.
func isWordByte(c byte) bool {
	return c >= 0x80 || isASCIILetter(c) || (c >= '0' && c <= '9')
}

// properWords reports whether s is one to max words, each capitalised or
// a name particle of the lexicon ("Jane Doe", "Ciudad de México",
// "Getty Images"): the shape of a name, a place or an agency in a credit,
// a byline or a dateline.
func (w *words) properWords(s string, max int) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > max {
		return false
	}
	for _, x := range f {
		if !firstUpper(x) && !w.particleWord(x) {
			return false
		}
	}
	return true
}

// addCredits builds the lists of credits beside a name: the job a
// Japanese or Korean byline glues to the name, the articles that open an
// outlet's name, and the abbreviated titles before a person's.
func (w *words) addCredits(u *lexicon.Lexicon) {
	for _, r := range u.RoleWords {
		if utf8.RuneCountInString(r) >= 2 && hasCJK(r) {
			w.cjkRoles = append(w.cjkRoles, r)
		}
	}
	w.cjkRoles = longestFirst(w.cjkRoles)
	w.outletArticles = lexicon.Set{}
	for _, a := range u.OutletArticles {
		if !w.particles[a] {
			w.outletArticles[a] = true
		}
	}
	// (abbreviated only: "Lady Lake, Fla.", "Prince George, B.C." are
	// towns; "St. Louis" keeps its particle)
	w.personTitles = lexicon.Set{}
	for _, t := range slices.Concat(u.Titles, slices.Collect(maps.Keys(u.Honorifics))) {
		if strings.HasSuffix(t, ".") && !w.particles[t] {
			w.personTitles[t] = true
		}
	}
}

// openAndMiddle splits lexicon patterns written with an ellipsis where
// anything may stand ("the post … appeared first on") into their opening
// and middle.
func openAndMiddle(patterns []string) [][2]string {
	var out [][2]string
	for _, f := range patterns {
		if open, middle, ok := strings.Cut(f, "…"); ok {
			out = append(out, [2]string{open, middle})
		}
	}
	return out
}
