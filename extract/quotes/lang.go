package quotes

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/byline/byline/extract/lexicon"
)

// The language data: the quote layer's sections of the language files of
// package lexicon (extract/lexicon/data/*.json), which the extractor reads
// too, parsed once per language. Everything language specific — reporting
// verbs, titles, pronouns, month and weekday names, anonymous-source nouns —
// lives there; the algorithm only looks words up.
//

// langFile is the JSON form of a language file (see lang/en.json).
type langFile struct {
	Language         string              `json:"language"`
	Cues             []string            `json:"cues"`
	AttributionCues  []string            `json:"attribution_cues"`
	RelayCues        []string            `json:"relay_cues"`
	AsItCues         []string            `json:"as_it_cues"`
	AsWords          []string            `json:"as_words"`
	ObjectCues       []string            `json:"object_cues"`
	CueObjectWords   []string            `json:"cue_object_words"`
	CueAdjuncts      []string            `json:"cue_adjuncts"`
	That             []string            `json:"that"`
	By               []string            `json:"by"`
	Who              []string            `json:"who"`
	Pronouns         map[string]string   `json:"pronouns"`
	PronounForms     []string            `json:"pronoun_forms"`
	Auxiliaries      []string            `json:"auxiliaries"`
	AdverbSuffix     string              `json:"adverb_suffix"`
	DetIndefinite    []string            `json:"determiners_indefinite"`
	DetDefinite      []string            `json:"determiners_definite"`
	Possessives      []string            `json:"possessives"`
	Coordinators     []string            `json:"coordinators"`
	SubjectStops     []string            `json:"subject_stops"`
	Subordinators    []string            `json:"subordinators"`
	FunctionWords    []string            `json:"function_words"`
	Honorifics       map[string]string   `json:"honorifics"`
	Titles           []string            `json:"titles"`
	RoleClasses      map[string][]string `json:"role_classes"`
	AnonymousHeads   []string            `json:"anonymous_heads"`
	CollectiveHeads  []string            `json:"collective_heads"`
	AnonymousMarkers []string            `json:"anonymous_markers"`
	GenderedNouns    map[string]string   `json:"gendered_nouns"`
	NameParticles    []string            `json:"name_particles"`
	OrgWords         []string            `json:"org_words"`
	Abbreviations    []string            `json:"abbreviations"`
	Months           map[string]int      `json:"months"`
	MonthsNotInProse []string            `json:"months_not_in_prose"`
	Weekdays         map[string]int      `json:"weekdays"`
	RelativeDays     map[string]int      `json:"relative_days"`
	RelativePeriods  map[string]struct {
		Unit   string `json:"unit"`
		Offset int    `json:"offset"`
	} `json:"relative_periods"`
	WeekdayModifiers     map[string]int    `json:"weekday_modifiers"`
	VagueDates           []string          `json:"vague_dates"`
	YearPrepositions     []string          `json:"year_prepositions"`
	FutureMarkers        []string          `json:"future_markers"`
	DayRelativeSpeech    []string          `json:"day_relative_speech_words"`
	MaleNames            []string          `json:"male_names"`
	FemaleNames          []string          `json:"female_names"`
	ClauseStops          []string          `json:"clause_stops"`
	NPObjectStops        []string          `json:"np_object_stops"`
	DocumentNouns        []string          `json:"document_nouns"`
	NameSuffixes         []string          `json:"name_suffixes"`
	FrontElisions        []string          `json:"front_elisions"`
	IssueVerbs           []string          `json:"issue_verbs"`
	Prepositions         []string          `json:"prepositions"`
	TimeWords            []string          `json:"time_words"`
	NamingWords          []string          `json:"naming_words"`
	OfWords              []string          `json:"of_words"`
	DefiniteArticles     []string          `json:"definite_articles"`
	InfinitiveMarkers    []string          `json:"infinitive_markers"`
	CausativeVerbs       []string          `json:"causative_verbs"`
	PassiveAuxiliaries   []string          `json:"passive_auxiliaries"`
	QuestionWords        []string          `json:"question_words"`
	VerbCoordinators     []string          `json:"verb_coordinators"`
	TitleLowercase       []string          `json:"title_lowercase"`
	PersonAgeSuffixes    []string          `json:"person_age_suffixes"`
	ChildNouns           []string          `json:"child_nouns"`
	ParticipleSuffix     string            `json:"participle_suffix"`
	PastSuffix           string            `json:"past_suffix"`
	PluralSuffix         string            `json:"plural_suffix"`
	PresentSuffix        string            `json:"present_suffix"`
	OrgClass             string            `json:"org_class"`
	PossessiveSuffixes   []string          `json:"possessive_suffixes"`
	BaseFormCues         []string          `json:"base_form_cues"`
	Modals               []string          `json:"modals"`
	ObjectPronouns       []string          `json:"object_pronouns"`
	NoContentAfterCue    []string          `json:"no_content_after_cue"`
	CueShortenings       map[string]string `json:"cue_shortenings"`
	ClauseVerbIndicators []string          `json:"clause_verb_indicators"`
	TitleCompounds       bool              `json:"title_compounds"`
	NameParticlesInner   []string          `json:"name_particles_inner"`
	PlaceWords           []string          `json:"place_words"`
	PronounClitics       []string          `json:"pronoun_clitics"`
	RelayPronouns        map[string]string `json:"relay_pronouns"`
	DativeMarkers        []string          `json:"dative_markers"`
	PerfectAuxiliaries   []string          `json:"perfect_auxiliaries"`
	Elisions             []string          `json:"elisions"`
	SentenceCaseTitles   bool              `json:"sentence_case_titles"`
	DialogueDash         bool              `json:"dialogue_dash"`
	IncisesInQuotes      bool              `json:"incises_in_quotes"`
	ProDrop              bool              `json:"pro_drop"`
	WorkNouns            []string          `json:"work_nouns"`
}

type set map[string]bool

func mkset(words ...[]string) set {
	s := set{}
	for _, ws := range words {
		for _, w := range ws {
			s[strings.ToLower(w)] = true
		}
	}
	return s
}

// period is a relative period phrase: its unit ("week", "month", "year")
// and offset from the anchor.
type period struct {
	unit   string
	offset int
}

// lang is a loaded language: word sets and maps built from a langFile.
type lang struct {
	code            string
	cues            set
	cueMulti        [][]string // multi-word cues, lower-cased words
	attribCues      set
	relayCues       set
	asItCues        set // "as Doe put it": verbs of the frame
	asWords         set
	objectCues      set
	cueObjectWords  set
	cueAdjuncts     [][]string
	that, by, who   set
	pronouns        map[string]byte // 'm', 'f', 'n', 'p'
	pronounForms    set
	aux             set
	adverbSuffix    string
	detIndef        set
	detDef          set
	possessives     set
	coord           set
	subjectStops    set
	subordinators   set // open a clause with a subject of its own: "after Doe argued"
	function        set
	honorifics      map[string]byte
	titles          set
	roleClass       map[string]set // class word -> member words
	anonHeads       set
	childNouns      set // "the boy": never a titled adult ("Gov. X")
	collective      set // nouns that stand bare as a plural subject ("police said")
	anonMarkers     set
	genderedNouns   map[string]byte
	particles       set
	orgWords        set
	abbrev          set
	months          map[string]int
	weekdays        map[string]int
	relDays         map[string]int
	relDayMulti     [][]string
	periods         map[string]period
	periodMulti     [][]string
	weekdayMods     map[string]int
	vague           [][]string
	yearPreps       set
	future          set
	daySpeech       set
	maleNames       set
	femaleNames     set
	clauseStops     set
	npObjectStops   set
	noContentAfter  set
	clauseVerbWords set
	documentNouns   set
	nameSuffixes    set
	frontElided     set // words cut at the front, typeset with ‘ ("‘Tis", "‘Twas")
	issueVerbs      set
	preps           set
	timeWords       set
	namingWords     set
	workNouns       set // "libro", "film": the quoted span after one is a title (workTitle)
	of              set
	article         set
	infinitive      set
	causatives      set // "prompted", "leading": their object speaks in "prompted Doe to say"
	passiveAux      set // "is", "were", "been": before a participle, a passive
	questionWords   set // "whether", "why": a question follows
	verbCoord       set
	titleLower      set // words a title leaves in lower case ("of", "the")
	ageSuffixes     []string
	partSuffix      string
	pastSuffix      string
	pluralSuffix    string
	presentSuffix   string
	orgClass        string
	possSuffixes    []string
	baseForms       set
	modals          set
	objPronouns     set
	// titleCompounds: a title closes compound nouns that are titles too
	// (German "Gesundheitsministerin", "Oberbürgermeister"); the lists
	// hold the titles and gendered nouns, longest first, to match them.
	titleCompounds bool
	titleList      []string
	genderedList   []string
	placeList      []string // placeWords, longest first (placeWord)
	innerParticles set      // particles only inside a run: "von der", not "Doe der"
	placeWords     set      // words of places' and services' names, no person's: "Harbour Street", "Deutsche Bahn"
	romance                 // French and Spanish conventions (romance.go)
}

var (
	langMu    sync.Mutex
	langCache = map[string]*lang{}
)

// loadLang returns the language data for a BCP 47 tag, falling back to
// English when there is no file for the tag's primary language. The result
// is cached; it is read only after loading and safe to share.
func loadLang(tag string) (*lang, error) {
	code := strings.ToLower(tag)
	if i := strings.IndexAny(code, "-_"); i >= 0 {
		code = code[:i]
	}
	if code == "" {
		code = "en"
	}
	langMu.Lock()
	defer langMu.Unlock()
	if l, ok := langCache[code]; ok {
		return l, nil
	}
	data, err := langData(code)
	if err != nil {
		if code != "en" {
			l, err := loadLangLocked("en")
			if err == nil {
				langCache[code] = l
			}
			return l, err
		}
		return nil, fmt.Errorf("quotes: language data %q: %w", code, err)
	}
	l, err := parseLang(data)
	if err != nil {
		return nil, fmt.Errorf("quotes: language data %q: %w", code, err)
	}
	langCache[code] = l
	return l, nil
}

func loadLangLocked(code string) (*lang, error) {
	if l, ok := langCache[code]; ok {
		return l, nil
	}
	data, err := langData(code)
	if err != nil {
		return nil, fmt.Errorf("quotes: language data %q: %w", code, err)
	}
	l, err := parseLang(data)
	if err != nil {
		return nil, fmt.Errorf("quotes: language data %q: %w", code, err)
	}
	langCache[code] = l
	return l, nil
}

func genderByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[0]
}

func splitMulti(phrases []string) (single set, multi [][]string) {
	single = set{}
	for _, p := range phrases {
		ws := strings.Fields(strings.ToLower(p))
		if len(ws) == 1 {
			single[ws[0]] = true
		} else if len(ws) > 1 {
			multi = append(multi, ws)
		}
	}
	return single, multi
}

func parseLang(data []byte) (*lang, error) {
	var f langFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	l := newLangSets(&f)
	l.fillMaps(&f)
	if l.months == nil || l.weekdays == nil {
		return nil, fmt.Errorf("months and weekdays are required")
	}
	return l, nil
}

// newLangSets builds the word sets of a language file.
func newLangSets(f *langFile) *lang {
	return &lang{
		code:            f.Language,
		attribCues:      mkset(f.AttributionCues),
		relayCues:       mkset(f.RelayCues),
		asItCues:        mkset(f.AsItCues),
		asWords:         mkset(f.AsWords),
		objectCues:      mkset(f.ObjectCues),
		cueObjectWords:  mkset(f.CueObjectWords),
		that:            mkset(f.That),
		by:              mkset(f.By),
		who:             mkset(f.Who),
		pronouns:        map[string]byte{},
		pronounForms:    mkset(f.PronounForms),
		aux:             mkset(f.Auxiliaries),
		adverbSuffix:    f.AdverbSuffix,
		detIndef:        mkset(f.DetIndefinite),
		detDef:          mkset(f.DetDefinite),
		possessives:     mkset(f.Possessives),
		coord:           mkset(f.Coordinators),
		subjectStops:    mkset(f.SubjectStops),
		subordinators:   mkset(f.Subordinators),
		function:        mkset(f.FunctionWords),
		honorifics:      map[string]byte{},
		titles:          mkset(f.Titles),
		roleClass:       map[string]set{},
		anonHeads:       mkset(f.AnonymousHeads),
		childNouns:      mkset(f.ChildNouns),
		collective:      mkset(f.CollectiveHeads),
		anonMarkers:     mkset(f.AnonymousMarkers),
		genderedNouns:   map[string]byte{},
		particles:       mkset(f.NameParticles),
		orgWords:        mkset(f.OrgWords),
		abbrev:          mkset(f.Abbreviations),
		months:          proseMonths(f.Months, f.MonthsNotInProse),
		weekdays:        f.Weekdays,
		relDays:         map[string]int{},
		periods:         map[string]period{},
		weekdayMods:     f.WeekdayModifiers,
		yearPreps:       mkset(f.YearPrepositions),
		future:          mkset(f.FutureMarkers),
		daySpeech:       mkset(f.DayRelativeSpeech),
		maleNames:       mkset(f.MaleNames),
		femaleNames:     mkset(f.FemaleNames),
		clauseStops:     mkset(f.ClauseStops),
		npObjectStops:   mkset(f.NPObjectStops),
		noContentAfter:  mkset(f.NoContentAfterCue),
		clauseVerbWords: mkset(f.ClauseVerbIndicators),
		documentNouns:   mkset(f.DocumentNouns),
		nameSuffixes:    mkset(f.NameSuffixes),
		frontElided:     mkset(f.FrontElisions),
		issueVerbs:      mkset(f.IssueVerbs),
		preps:           mkset(f.Prepositions),
		timeWords:       mkset(f.TimeWords),
		namingWords:     mkset(f.NamingWords),
		workNouns:       mkset(f.WorkNouns),
		of:              mkset(f.OfWords),
		article:         mkset(f.DefiniteArticles),
		infinitive:      mkset(f.InfinitiveMarkers),
		causatives:      mkset(f.CausativeVerbs),
		passiveAux:      mkset(f.PassiveAuxiliaries),
		questionWords:   mkset(f.QuestionWords),
		verbCoord:       mkset(f.VerbCoordinators),
		titleLower:      mkset(f.TitleLowercase),
		ageSuffixes:     f.PersonAgeSuffixes,
		partSuffix:      f.ParticipleSuffix,
		pastSuffix:      f.PastSuffix,
		pluralSuffix:    f.PluralSuffix,
		presentSuffix:   f.PresentSuffix,
		orgClass:        f.OrgClass,
		possSuffixes:    f.PossessiveSuffixes,
		baseForms:       mkset(f.BaseFormCues),
		modals:          mkset(f.Modals),
		objPronouns:     mkset(f.ObjectPronouns),
		titleCompounds:  f.TitleCompounds,
		innerParticles:  mkset(f.NameParticlesInner),
		placeWords:      mkset(f.PlaceWords),
	}
}

// fillMaps builds the multi-word lists and the maps of a language file.
func (l *lang) fillMaps(f *langFile) {
	l.cues, l.cueMulti = splitMulti(f.Cues)
	l.fillRomance(f)
	for _, a := range f.CueAdjuncts {
		l.cueAdjuncts = append(l.cueAdjuncts, strings.Fields(strings.ToLower(a)))
	}
	for k, v := range f.Pronouns {
		l.pronouns[strings.ToLower(k)] = genderByte(v)
	}
	for k, v := range f.Honorifics {
		l.honorifics[strings.ToLower(k)] = genderByte(v)
	}
	for k, v := range f.GenderedNouns {
		l.genderedNouns[strings.ToLower(k)] = genderByte(v)
	}
	if l.titleCompounds {
		l.titleList = longestFirst(l.titles)
		gs := set{}
		for k := range l.genderedNouns {
			gs[k] = true
		}
		l.genderedList = longestFirst(gs)
		l.placeList = longestFirst(l.placeWords)
	}
	for k, v := range f.RoleClasses {
		l.roleClass[strings.ToLower(k)] = mkset(v)
	}
	for k, v := range f.RelativeDays {
		ws := strings.Fields(strings.ToLower(k))
		l.relDays[strings.Join(ws, " ")] = v
		if len(ws) > 1 {
			l.relDayMulti = append(l.relDayMulti, ws)
		}
	}
	for k, v := range f.RelativePeriods {
		ws := strings.Fields(strings.ToLower(k))
		l.periods[strings.Join(ws, " ")] = period{unit: v.Unit, offset: v.Offset}
		l.periodMulti = append(l.periodMulti, ws)
	}
	for _, v := range f.VagueDates {
		l.vague = append(l.vague, strings.Fields(strings.ToLower(v)))
	}
}

// longestFirst returns the words of s, longest first (then in
// alphabetical order), for compoundBase to match the longest word that
// closes a compound.
func longestFirst(s set) []string {
	out := make([]string, 0, len(s))
	for w := range s {
		out = append(out, w)
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) || len(out[i]) == len(out[j]) && out[i] < out[j] })
	return out
}

// compoundBase returns the word of list that closes the compound w with at
// least three letters before it ("ministerin" of "gesundheitsministerin"),
// or "".
func compoundBase(w string, list []string) string {
	for _, t := range list {
		if len(w) >= len(t)+3 && strings.HasSuffix(w, t) {
			return t
		}
	}
	return ""
}

// isTitle reports a title word, or in a language of compound nouns a
// compound a title closes.
func (l *lang) isTitle(w string) bool {
	return l.titles[w] || l.titleCompounds && compoundBase(w, l.titleList) != ""
}

// nounGender is the gender a noun gives its referent (0 when none); a
// compound takes the gender of its last noun.
func (l *lang) nounGender(w string) byte {
	if g, ok := l.genderedNouns[w]; ok || !l.titleCompounds {
		return g
	}
	return l.genderedNouns[compoundBase(w, l.genderedList)]
}

// placeWord reports a word of a place's or a service's name ("Street",
// "Bahn"), or in a language of compound nouns a compound one closes
// ("Hafenstraße").
func (l *lang) placeWord(w string) bool {
	return l.placeWords[w] || l.titleCompounds && compoundBase(w, l.placeList) != ""
}

// isAdverb reports words skipped between a subject and its reporting verb
// ("has long claimed", "also insisted", "initially announced").
func (l *lang) isAdverb(low string) bool {
	if l.aux[low] {
		return true
	}
	return l.adverbSuffix != "" && len(low) > len(l.adverbSuffix)+2 && strings.HasSuffix(low, l.adverbSuffix)
}

// inClass reports whether word belongs to the role class named class, or is
// the class word itself.
func (l *lang) inClass(class, word string) bool {
	if class == word {
		return true
	}
	return l.roleClass[class][word]
}

func hasSuffix(w, suf string) bool {
	return suf != "" && len(w) > len(suf) && strings.HasSuffix(w, suf)
}

// isParticiple reports a present participle ("adding", "telling").
func (l *lang) isParticiple(w string) bool { return hasSuffix(w, l.partSuffix) }

// isPast reports a regular past form ("invaded").
func (l *lang) isPast(w string) bool { return hasSuffix(w, l.pastSuffix) }

// isPersonAge reports a person named by age ("56-year-old").
func (l *lang) isPersonAge(w string) bool {
	for _, suf := range l.ageSuffixes {
		if hasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isPlural reports a regular plural noun ("officials").
func (l *lang) isPlural(w string) bool { return hasSuffix(w, l.pluralSuffix) }

// isPresent reports a present-tense reporting verb ("says"), whose report
// is anchored at the publication date.
func (l *lang) isPresent(w string) bool { return hasSuffix(w, l.presentSuffix) }

// stripPossessive removes a possessive ending ("Trump’s" → "Trump").
func (l *lang) stripPossessive(s string) (string, bool) {
	for _, suf := range l.possSuffixes {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)], true
		}
	}
	return s, false
}

// trimDeterminer removes a leading article ("the former special envoy" →
// "former special envoy").
func (l *lang) trimDeterminer(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		w := strings.ToLower(s[:i])
		if l.detDef[w] || l.detIndef[w] && w != "one" {
			return s[i+1:]
		}
	}
	return s
}

// errNoQuoteData means a language file has no quote-layer sections (no
// reporting verbs): the extractor reads it, the quote layer falls back to
// English.
var errNoQuoteData = errors.New("no reporting verbs")

// langData returns the language file of code when it has the quote
// layer's sections.
func langData(code string) ([]byte, error) {
	data := lexicon.Raw(code)
	if data == nil {
		return nil, fs.ErrNotExist
	}
	var probe struct {
		Cues []string `json:"cues"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, err
	}
	if len(probe.Cues) == 0 {
		return nil, errNoQuoteData
	}
	return data, nil
}

// proseMonths drops from months the abbreviations that read as other
// words in running text ("Mar" of Mar-a-Lago, the name "Jan"); dates in
// page metadata still read them.
func proseMonths(months map[string]int, notInProse []string) map[string]int {
	out := make(map[string]int, len(months))
	for k, v := range months {
		out[k] = v
	}
	for _, w := range notInProse {
		delete(out, w)
	}
	return out
}
