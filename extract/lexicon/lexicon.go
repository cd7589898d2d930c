// Package lexicon holds the words Byline's extractor and quote layer look
// for, as data: one JSON file per language under data/ (data/en.json,
// data/de.json, ...). A file has month and weekday names, byline labels
// ("By", "Von", "Text von", "Erstellt von", "Par", "Por"), reporting
// verbs, titles and honorifics, organisation and job words, and the short
// lines news pages print as furniture ("Advertisement", "Read more").
// Adding a language is adding a file; no Go changes.
//
// The extractor reads the union of every language (Union): a page's
// declared language is often wrong, and a month name or a byline label
// means the same on any page. The quote layer reads one language at a
// time (Raw) and decodes its own sections of the same file.
package lexicon

import (
	"embed"
	"encoding/json"
	"fmt"
	"path"
	"reflect"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.json
var files embed.FS

// Lexicon is the extractor's part of one language file, or of all of them.
// Every word is lower case; phrases keep their inner spaces.
type Lexicon struct {
	Language string `json:"language"` // ISO 639-1, "" for the union
	Name     string `json:"name"`
	// Rank orders the languages in the union: a word in two languages
	// keeps the value of the lower rank (default 100, then by code).
	Rank int `json:"rank"`

	// Dates.
	Months   map[string]int `json:"months"`   // name or abbreviation without its final dot ("jan"); one with dots inside as written (Thai "มี.ค.") → 1..12
	Weekdays map[string]int `json:"weekdays"` // name → 0 (Sunday) .. 6
	// One-character weekdays a numeric date carries in brackets (Japanese
	// "3/5(火)", Korean "3/5(화)"), read only there → 0 (Sunday) .. 6.
	WeekdayMarks map[string]int `json:"weekday_marks"`
	// Weekdays' short forms as a date line prints them before the day
	// ("Tue 5 Mar 2024"), read only there: a byline running on into its
	// date ends before them. A field of their own, not Weekdays (which
	// are the seven names the quote layer reads).
	WeekdayAbbrevs []string `json:"weekday_abbreviations"`
	// Month forms read only on pages of the file's language: inflections
	// that are names or words elsewhere (Latvian genitive "marta",
	// "maija": Marta, Maija), kept out of the union.
	MonthForms map[string]int `json:"month_forms"`
	// Months of the Solar Hijri calendar ("esfand" → 12), read only on
	// pages of the file's language and converted to Gregorian dates.
	SolarHijriMonths map[string]int `json:"solar_hijri_months"`
	// Months of the (lunar) Hijri calendar ("شعبان" → 8), read only on
	// pages of the file's language.
	HijriMonths map[string]int `json:"hijri_months"`
	// Named eras whose years pages count ("令和" → 2018: 令和6年 is
	// 2024), read only on pages of the file's language.
	YearEras       map[string]int `json:"year_eras"`
	UpdateWords    []string       `json:"update_words"`    // "updated", "aktualisiert": a date after them is a modification
	PublishedWords []string       `json:"published_words"` // "published", "veröffentlicht", "erstellt am": label a publication date
	// The publication words that label when the CMS created the record
	// ("created", "erstellt"): its publication when nothing else says,
	// but a publication word beside them ("Published:") wins.
	CreatedWords []string `json:"created_words"`
	// "stand": a date after it is a modification only as a label, before
	// a colon ("Stand: 03.03.2024"); alone it is a word of prose.
	UpdateLabels []string `json:"update_labels"`
	PrintWords   []string `json:"print_words"` // "print edition", "printausgabe": a date after them is the paper's
	// Words before a print issue's number ("Nr. 10 · 6 maart 2024",
	// "Heft 3 vom 5. März 2024", "Issue 12, March 6, 2024"): the date
	// after the number is the issue's, a weekly's print day.
	IssueNumberWords []string `json:"issue_number_words"`
	// Labels of a date that is no page's: the subject's ("release date",
	// "marktstart", a forum member's "registriert"), or the clock a
	// masthead shows ("today:", "сегодня:"; a closing colon means the
	// label counts only before one). A date right after them is neither
	// the publication nor an update (datesubject.go).
	OtherDateLabels []string `json:"other_date_labels"`
	// Relative ages ("3 hours ago", "vor 2 Tagen", "il y a 3 jours",
	// "3天前"), read against the fetch time: the words before the number
	// or after the unit (either marks an age), and the units in seconds.
	// They are matched within one language: "for" of Danish "for 2 timer
	// siden" must not make an English "for 2 days" an age.
	AgeBefore []string       `json:"age_before" union:"-"` // "vor", "il y a", "hace", "há"
	AgeAfter  []string       `json:"age_after" union:"-"`  // "ago", "fa", "geleden", "önce", "前"
	AgeUnits  map[string]int `json:"age_units"`            // "hours" → 3600, "tagen" → 86400, "天" → 86400
	AgeOne    []string       `json:"age_one" union:"-"`    // "a", "an", "einem", "une": one unit ("a day ago")
	// Days named relative to today ("yesterday" → -1, "heute" → 0),
	// shared with the quote layer; the extractor reads them only before a
	// time of day or alone in a date element ("Yesterday at 6:30 pm").
	RelativeDays map[string]int `json:"relative_days"`

	// Bylines and names.
	BylineLabels     []string `json:"byline_labels"`      // "by", "written by", "von", "text von", "par": open a byline
	AuthorPrefixes   []string `json:"author_prefixes"`    // "from", "de", "di": cut from an author value, too common to open a byline
	LabelNouns       []string `json:"label_nouns"`        // "text", "autor": a label only before a colon
	WrittenByLabels  []string `json:"written_by_labels"`  // words of a twitter:label1 that introduces the author
	DateConnectors   []string `json:"date_connectors"`    // "on", "am", "le": a date follows the name
	TimeConnectors   []string `json:"time_connectors"`    // "at", "à", "a les", "um": a time of day follows in a date line (metaremnant.go)
	BylineStopWords  []string `json:"byline_stop_words"`  // "in", "for", "für": no more names after them ("By X in Berlin")
	BylinePlaceWords []string `json:"byline_place_words"` // "aus", "desde": the place the author files from follows ("Von X aus Brüssel")
	// LocalBylineLabels open a byline only on a page in the lexicon's
	// language (or one whose language is unknown): elsewhere they are a
	// name or a word ("nga", Albanian "by", is a Vietnamese given name,
	// "Nga Pham", and Vietnamese for Russia).
	LocalBylineLabels []string `json:"local_byline_labels"`
	// BylineKnownPlaceWords: "em": a place follows only when the gazetteer
	// knows it ("Do Jornal, em São Paulo"; "Por Redação, em Política"
	// names a category).
	BylineKnownPlaceWords []string `json:"byline_known_place_words"`
	// FilingOpeners: words before the place a story was filed from, at
	// its opening ("DAL NOSTRO INVIATO KIEV —") or on a line of the
	// byline block ("Reporting from Kharkiv, Ukraine").
	FilingOpeners   []string `json:"filing_openers"`
	RoleWords       []string `json:"role_words"`        // "reporter", "redakteur": job titles, not names
	NonWriterBy     []string `json:"non_writer_by"`     // "edited", "reviewed": before "by", credit someone who did not write it
	NonWriterBeside []string `json:"non_writer_beside"` // "reviewed": a non_writer_by phrase only beside a writer's credit
	// EditorLabels ("责任编辑": editor in charge) are label nouns naming
	// the editor who put a story up, credited only when nobody is
	// credited as its writer.
	EditorLabels []string `json:"editor_labels"`
	// ReportSuffixes close the place a Chinese reporter filed from
	// ("北京报道", "台北報導"), which a byline lists beside the names.
	ReportSuffixes []string `json:"report_suffixes"`
	// InterviewWords ("interview", "entrevista") name an interview in its
	// credit; IntervieweeWords ("with", "mit") put the interviewee after
	// the interviewer there ("An interview by X with Y").
	InterviewWords   []string `json:"interview_words"`
	IntervieweeWords []string `json:"interviewee_words"`
	DeskWords        []string `json:"desk_words"` // "staff", "redaktion": an editorial desk
	// DefiniteArticles: "the", "les": a lower-case one after a byline
	// label opens a heading's noun phrase ("Par les chiffres"), no name.
	DefiniteArticles []string `json:"definite_articles"`
	OrgWords         []string `json:"org_words"`         // "gmbh", "university": an organisation's name
	PlaceWords       []string `json:"place_words"`       // "street", "airport": a place's or service's name, no person's (also read by extract/quotes)
	HolderOrgWords   []string `json:"holder_org_words"`  // "city", "comune": a town's administration; see extract's adminHolder (read by it only)
	UIWords          []string `json:"ui_words"`          // "login", "impressum": never in a name
	Placeholders     []string `json:"placeholder_names"` // "no author", "admin", "null": what CMSs put where a name goes
	RoleModifiers    []string `json:"role_modifiers"`    // "medical", "business": words of a job title before "writer"
	WireServices     []string `json:"wire_services"`     // "ap", "reuters", "dpa": news agencies
	// DatelineWires are national agencies whose names are also common
	// words, names or acronyms ("mena", "tt", "uni"): kept out of
	// WireServices, which cut a name's last word and read a caption's
	// bracketed acronym as its credit, but a dateline's bracket after a
	// place ("Cairo (MENA) -") can only hold the agency.
	DatelineWires []string `json:"dateline_wires"`
	// DatelineRegions are the states and provinces a dateline writes
	// after its town, abbreviated as wire style does or in full ("ill.",
	// "calif.", "n.s.w.", "texas", "ontario"): beside a town in title
	// case they are a wire's evidence ("Holmby, Ill. —").
	DatelineRegions []string `json:"dateline_regions"`
	// OpeningAdverbs open a sentence before its comma ("meanwhile",
	// "elsewhere", "today"): before a state ("Elsewhere, Texas — Gov.
	// …") no town's name, so no dateline.
	OpeningAdverbs []string `json:"opening_adverbs"`
	// LocativeWords put a town's name after them with no article ("in",
	// "en", "em", "à"), where a common noun takes one ("in der Union"):
	// a title-case word opening a story before a dash that the page
	// names so elsewhere is a place (extract's datelineopener.go).
	LocativeWords []string `json:"locative_words"`
	NameParticles []string `json:"name_particles"` // "von", "de", "van": lower-case words of names
	NameJoiners   []string `json:"name_joiners"`   // "and", "und": between names
	// GluedNameJoiners are the joiners a script writes glued to the
	// next name (Arabic "و", Hebrew "ו": "דנה כהן ויוסי לוי").
	GluedNameJoiners []string `json:"glued_name_joiners"`
	// OutletArticles are the articles that open a publication's name
	// ("The Conversation", "Die Zeit") and no person's: one opening a
	// credit beside a writer's name makes it an outlet's. Not every
	// definite article: German "des" and "dem" open no title, and "Des"
	// is a given name ("By Jane Doe and Des Smith").
	OutletArticles []string          `json:"outlet_articles"`
	Honorifics     map[string]string `json:"honorifics"` // "mr." → "m"
	Titles         []string          `json:"titles"`     // "president", "senator"

	// Page furniture.
	BoilerLines    []string `json:"boiler_lines"`    // whole lines: "advertisement", "read more"
	BoilerPrefixes []string `json:"boiler_prefixes"` // line openings: "sign up for", "foto:"
	BoilerSuffixes []string `json:"boiler_suffixes"` // line endings of a notice: "無断転載を禁じます" (no reprinting)
	CounterLabels  []string `json:"counter_labels"`  // a counter's word: "comments" in "Comments (12)", "12 Kommentare"
	CommentLabels  []string `json:"comment_labels"`  // a readers' comment section's heading: "comments", "leserkommentare"
	// MatchFactWords are the words a match's fact box prints beside its
	// kick-off and score ("attendance", "full time", "zuschauer"): a
	// date in such a box is the match's (datematchfacts.go).
	MatchFactWords []string `json:"match_fact_words"`
	TailLabels     []string `json:"tail_labels"` // end matter: "related articles", "lesen sie auch"
	// TailWords are end-matter labels read only as a whole line
	// ("Sources", "Aufstellung:"), never as a line's first words: a
	// story's subheading may open with them ("Sources of the delay",
	// "Aufstellung der Kandidaten").
	TailWords []string `json:"tail_words"`
	// TeaserBoxLabels head a box of other stories ("Read next", "Up
	// next") and are no end-matter label: between the paragraphs they
	// announce a link and the story goes on after it. Read only as a
	// box's heading (extract's authorheadedbox.go), with the tail labels.
	TeaserBoxLabels []string `json:"teaser_box_labels"`
	// TopicLabels head a row of topic or tag links after the text
	// ("Topics", "In this article", "More on"): read only before links
	// that are the rest of the line, never as a prose line's opening.
	TopicLabels    []string `json:"topic_labels"`
	KeyPointLabels []string `json:"key_point_labels"` // "key points", "quick look"
	HeadlineLabels []string `json:"headline_labels"`  // "live", "breaking", "eilmeldung": a label before a title ("LIVE: ...")
	// MediaLabels say what media a page holds, set off as a label
	// before or after its title ("VIDEO:", "[PHOTOS]", "VIDÉO.",
	// "(FOTOS)", "Title (VIDEO)"): never words of the headline.
	MediaLabels       []string `json:"media_labels"`
	MetaMarkers       []string `json:"meta_markers"`       // a post's meta line: "filed under", "tags:"
	TimestampPrefixes []string `json:"timestamp_prefixes"` // "updated ", "published "
	CreditLabels      []string `json:"credit_labels"`      // "photo:", "foto:", "©"
	CreditWords       []string `json:"credit_words"`       // "getty", "reuters": a photo credit
	CreditSuffixes    []string `json:"credit_suffixes"`    // "摄", "撮影": close a photographer's credit ("新华社记者 张明 摄")
	// CreditTailLabels open a credit only where it ends a caption, after
	// its last sentence or in its last part of its own ("… the meeting.
	// Provided by Marlowe County"): inside a sentence they are its words
	// ("Food provided by volunteers"), so never a credit label elsewhere.
	CreditTailLabels   []string `json:"credit_tail_labels"`
	CreditVia          []string `json:"credit_via"`           // "via", "vía": a source sent on by an agency ("Jane Doe vía AP")
	CreditFor          []string `json:"credit_for"`           // "for": a photographer working for an outlet ("Jane Doe / for The Courier")
	CaptionClasses     []string `json:"caption_classes"`      // class words of a caption element: "caption", "bildunterschrift", "didascalia"
	DescriptionClasses []string `json:"description_classes"`  // class words of an element describing a picture: "description", "bildbeschreibung"
	SourceClasses      []string `json:"source_classes"`       // class words of an element naming where the text came from: "source", "agency", "quelle"
	AuthorClasses      []string `json:"author_classes"`       // class words, whole, of a byline element in a language's own words: "tekija" in "tekija-nimi", "penulis"
	CounterWords       []string `json:"counter_words"`        // a gallery counter's opening word: "image" in "Image 2 of 9", "foto" in "Foto 2/9"
	CounterOf          []string `json:"counter_of"`           // the word between a gallery counter's numbers after its opening word: "de" in "Foto 2 de 9", "sur", "von"
	FeedFooters        []string `json:"feed_footers"`         // the footer a blog's feed adds to a post, "…" for the post's title: "the post … appeared first on"
	IssueNotes         []string `json:"issue_notes"`          // a magazine's note of the print issue a story ran in, "…" for the title and issue: "this story appears in the … issue"
	ReadingTimeWords   []string `json:"reading_time_words"`   // open a reading-time clause, CJK pages' "阅读需要7分钟" (their words are no meta marker: no space parts them from prose)
	StaffLabels        []string `json:"staff_labels"`         // a staff line's label before a bar, as a WeChat article closes its text: "编辑" in "编辑 | Name", "图片"
	ContactPhrases     []string `json:"contact_phrases"`      // a reporter's contact line, with an e-mail address: "reach her at", "contact him at"
	ViewerControls     []string `json:"viewer_controls"`      // words of a picture viewer's control among the boiler lines: "gallery", "enlarge", "zoom"
	CaptionNotes       []string `json:"caption_notes"`        // a caption's bracketed note, no credit: "(from left)", "(file photo)", "(Symbolbild)"
	LeadImageLabels    []string `json:"lead_image_labels"`    // a line captioning the lead picture elsewhere: "header image:", "titelbild:"
	CaptionLabels      []string `json:"caption_labels"`       // a label opening a caption, for screen readers or shown: "image caption,", "caption:"
	EditionSuffixes    []string `json:"edition_suffixes"`     // " edition"
	EditionPrefixes    []string `json:"edition_prefixes"`     // "édition "
	HomeWords          []string `json:"home_words"`           // a breadcrumb's home: "startseite"
	CMSPathWords       []string `json:"cms_path_words"`       // breadcrumb steps that are no section: "articles"
	AuthorPathWords    []string `json:"author_path_words"`    // a URL path step before a writer's slug, his archive: "author" in /author/jane-doe/
	StopWords          []string `json:"stop_words" union:"-"` // frequent function words, for guessing the language

	// PictureStems open a word or a class token that names a picture,
	// in any of its forms ("photo" in "Photos:", "photo-desc"; "bild" in
	// "Bildquelle"; "img" in "imgtext"): read as prefixes.
	PictureStems []string `json:"picture_stems"`

	// ReaderAppeals are a publisher's call to the reader, read anywhere
	// in a short box set in the text ("share your story", "readers like
	// you", "subscribe for free"): never a charity's or an official's
	// ("donate", "call police"), which a story's own box may carry.
	ReaderAppeals []string `json:"reader_appeals"`
	// AppealLinks are the whole text of a call-out's link or button
	// ("subscribe now"): words a story's sentence may hold too ("readers
	// who subscribe now pay …"), an appeal only as the box's button.
	AppealLinks []string `json:"appeal_links"`

	// BioCopulas are the verbs "to be" a writer's bio line puts between
	// the name and the job ("Jane Doe is a staff writer", "ist
	// Redakteurin", "est journaliste"); BioSubjects the phrases standing
	// for the name there ("the author", "der autor", "l'auteur").
	BioCopulas  []string `json:"bio_copulas"`
	BioSubjects []string `json:"bio_subjects"`

	// CorrespondentPhrases open a byline with the paper's own
	// correspondent before the name ("dal nostro inviato", "de notre
	// envoyé spécial", "von unserem Korrespondenten"), lower-cased.
	CorrespondentPhrases []string `json:"correspondent_phrases"`

	// PhraseParticles end a word of a phrase, never a word of a name
	// before another ("의", the Korean possessive: "기자의 기사 모음", the
	// reporter's stories).
	PhraseParticles []string `json:"phrase_particles"`
}

var (
	once    sync.Once
	langs   map[string]*Lexicon
	raw     map[string][]byte
	union   *Lexicon
	loadErr error
)

// load reads every embedded file once.
func load() {
	langs, raw = map[string]*Lexicon{}, map[string][]byte{}
	entries, err := files.ReadDir("data")
	if err != nil {
		loadErr = fmt.Errorf("lexicon: %w", err)
		return
	}
	var all []*Lexicon
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".json" {
			continue
		}
		b, err := files.ReadFile(path.Join("data", e.Name()))
		if err != nil {
			loadErr = fmt.Errorf("lexicon: %w", err)
			return
		}
		var l Lexicon
		if err := json.Unmarshal(b, &l); err != nil {
			loadErr = fmt.Errorf("lexicon: %s: %w", e.Name(), err)
			return
		}
		if want := strings.TrimSuffix(e.Name(), ".json"); l.Language != want {
			loadErr = fmt.Errorf("lexicon: %s says it is %q", e.Name(), l.Language)
			return
		}
		langs[l.Language], raw[l.Language] = &l, b
		all = append(all, &l)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Rank != all[j].Rank {
			return all[i].Rank < all[j].Rank
		}
		return all[i].Language < all[j].Language
	})
	union = merge(all)
}

// mustLoad loads the files and panics when they are broken: they are
// compiled into the binary, so a broken file is a build defect that the
// package's tests catch.
func mustLoad() {
	once.Do(load)
	if loadErr != nil {
		panic(loadErr)
	}
}

// Union returns every language's words in one Lexicon, languages in rank
// order (English first).
func Union() *Lexicon {
	mustLoad()
	return union
}

// Get returns the lexicon of one language ("de", "en-GB" → "de", "en"),
// or nil when there is no file for it.
func Get(lang string) *Lexicon {
	mustLoad()
	return langs[primary(lang)]
}

// Raw returns the whole JSON file of a language, for readers of sections
// this type does not decode (the quote layer's); nil when there is none.
func Raw(lang string) []byte {
	mustLoad()
	return raw[primary(lang)]
}

// Languages lists the languages that have a file, sorted.
func Languages() []string {
	mustLoad()
	out := make([]string, 0, len(langs))
	for l := range langs {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// primary turns "en-GB" or "de_AT" into "en" or "de".
func primary(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

// merge unions lexicons in the order given (rank order). A word in two
// languages keeps the first one's value in the union ("listopada" is
// November in Polish, October in Croatian: the union says November);
// readers that know the page's language look the word up in that
// language first (see Get).
func merge(all []*Lexicon) *Lexicon {
	u := &Lexicon{Months: map[string]int{}, Weekdays: map[string]int{}, WeekdayMarks: map[string]int{}, Honorifics: map[string]string{}}
	for _, l := range all {
		for k, v := range l.WeekdayMarks {
			if _, ok := u.WeekdayMarks[k]; !ok {
				u.WeekdayMarks[k] = v
			}
		}
		for k, v := range l.Months {
			if _, ok := u.Months[k]; !ok {
				u.Months[k] = v
			}
		}
		for k, v := range l.Weekdays {
			if _, ok := u.Weekdays[k]; !ok {
				u.Weekdays[k] = v
			}
		}
		for k, v := range l.Honorifics {
			if _, ok := u.Honorifics[k]; !ok {
				u.Honorifics[k] = v
			}
		}
		mergeLists(u, l)
	}
	return u
}

// unionLists are the indexes of Lexicon's []string fields that the
// union merges: every one but those tagged union:"-", which are read
// within one language only (relative ages, the language guesser's stop
// words). Found by reflection so that a new list is merged without a
// second place to name it.
var unionLists = func() []int {
	var out []int
	t := reflect.TypeFor[Lexicon]()
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Type == reflect.TypeFor[[]string]() && f.Tag.Get("union") != "-" {
			out = append(out, i)
		}
	}
	return out
}()

// mergeLists appends to u's union lists the words of l's not yet there.
func mergeLists(u, l *Lexicon) {
	uv, lv := reflect.ValueOf(u).Elem(), reflect.ValueOf(l).Elem()
	for _, i := range unionLists {
		dst := uv.Field(i).Addr().Interface().(*[]string)
		*dst = appendNew(*dst, lv.Field(i).Interface().([]string)...)
	}
}

// appendNew appends the words of src not yet in dst.
func appendNew(dst []string, src ...string) []string {
	for _, w := range src {
		dup := false
		for _, d := range dst {
			if d == w {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, w)
		}
	}
	return dst
}

// Set is a word set built from a list.
type Set map[string]bool

// NewSet builds a Set.
func NewSet(words ...[]string) Set {
	s := Set{}
	for _, ws := range words {
		for _, w := range ws {
			s[w] = true
		}
	}
	return s
}
