package eval

// This file scores extracted quotes against the PolNeAR gold
// (../shared/corpus/polnear-train/gold.json and the held-out test split made
// the same way). It reproduces `score` of ../shared/tools/polnear.py, so
// that `byline eval polnear` and `polnear.py score DIR PRED.jsonl
// --min-words N` agree to three decimals:
//
//   - quote texts become tokens with PolnearTokens (NFKC, casefold,
//     quotation marks, punctuation and symbols become spaces, an apostrophe
//     inside a word is dropped); quotes under MinWords tokens are dropped on
//     both sides, headline quotes on the gold side;
//   - gold and predicted quotes of an article pair one to one, greedily by
//     best token-set Jaccard: a pair matches when Jaccard >= 0.5 or one token
//     list occurs contiguously in the other;
//   - for a gold quote whose source is a name, the predicted speaker is right
//     when the gold surname is among its tokens and, where both sides give
//     first names, one predicted first name shares an initial with a gold
//     one (PolnearSpeakerRight);
//   - attributed F1 counts only name-source gold quotes; the predictions
//     matched to pronoun, nominal or unattributed gold quotes are left out
//     of its precision.

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// PolnearGold is the gold file written by `polnear.py materialize`; only
// the fields the scorer reads are kept.
type PolnearGold struct {
	Split string            `json:"split"`
	Items []PolnearGoldItem `json:"items"`
}

// PolnearGoldItem is one article: its id (the page file name without
// ".html") and its direct quotes.
type PolnearGoldItem struct {
	ID     string             `json:"id"`
	Quotes []PolnearGoldQuote `json:"quotes"`
}

// PolnearGoldQuote is one annotated direct quote: its text, the source as
// written and its kind (name, pronoun, nominal, none), the surname and given
// names of a name source, and for pronoun and nominal sources an automatic
// coreference guess (Resolved*).
type PolnearGoldQuote struct {
	Text          string `json:"text"`
	Speaker       string `json:"speaker"`
	Kind          string `json:"kind"`
	Surname       string `json:"surname"`
	Given         string `json:"given"`
	Paragraph     int    `json:"paragraph"`
	Headline      bool   `json:"headline"`
	Resolved      string `json:"resolved"`
	ResolvedGiven string `json:"resolved_given"`
	ResolvedFrom  string `json:"resolved_from"`
}

// PolnearKinds are the source kinds of the gold, in the scorer's order.
var PolnearKinds = []string{"name", "pronoun", "nominal", "none"}

// PolnearScores are the metrics `polnear.py score --json` prints, with the
// same JSON names.
type PolnearScores struct {
	Articles           int     `json:"articles"`
	MissingPredictions int     `json:"missing_predictions"`
	MinWords           int     `json:"min_words"`
	GoldQuotes         int     `json:"gold_quotes"`
	PredictedQuotes    int     `json:"predicted_quotes"`
	Matched            int     `json:"matched"`
	Precision          float64 `json:"precision"`
	Recall             float64 `json:"recall"`
	F1                 float64 `json:"f1"`

	Gold        map[string]int `json:"-"` // gold quotes by kind
	MatchedKind map[string]int `json:"-"` // matched quotes by gold kind
	Named       map[string]int `json:"-"` // pronoun/nominal/none quotes given a name
	CorefN      map[string]int `json:"-"` // pronoun/nominal quotes with a coreference guess
	CorefOK     map[string]int `json:"-"` // ... whose predicted speaker is that name

	SpeakerAccuracyName float64 `json:"speaker_accuracy_name"`
	SpeakerRightName    int     `json:"speaker_right_name"`
	AttributedPrecision float64 `json:"attributed_precision"`
	AttributedRecall    float64 `json:"attributed_recall"`
	AttributedF1        float64 `json:"attributed_f1"`
	AttributedPredDen   int     `json:"attributed_pred_denominator"`
}

// MarshalJSON writes the flat object polnear.py prints (gold_name,
// matched_name, recall_name, named_someone_pronoun, ...).
func (s PolnearScores) MarshalJSON() ([]byte, error) {
	type plain PolnearScores
	b, err := json.Marshal(plain(s))
	if err != nil {
		return nil, err
	}
	m := map[string]any{}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	for _, k := range PolnearKinds {
		m["gold_"+k] = s.Gold[k]
		m["matched_"+k] = s.MatchedKind[k]
		m["recall_"+k] = safeDiv(s.MatchedKind[k], s.Gold[k])
		if k != "name" {
			m["named_someone_"+k] = safeDiv(s.Named[k], s.MatchedKind[k])
			m["named_someone_"+k+"_count"] = s.Named[k]
		}
		if k == "pronoun" || k == "nominal" {
			m["coref_speaker_accuracy_"+k] = safeDiv(s.CorefOK[k], s.CorefN[k])
			m["coref_resolved_"+k] = s.CorefN[k]
			m["coref_right_"+k] = s.CorefOK[k]
		}
	}
	return json.Marshal(m)
}

// UnmarshalJSON reads the flat object back (the test compares with the
// reference scorer's output).
func (s *PolnearScores) UnmarshalJSON(b []byte) error {
	type plain PolnearScores
	if err := json.Unmarshal(b, (*plain)(s)); err != nil {
		return err
	}
	var m map[string]float64
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	s.Gold, s.MatchedKind, s.Named = map[string]int{}, map[string]int{}, map[string]int{}
	s.CorefN, s.CorefOK = map[string]int{}, map[string]int{}
	for _, k := range PolnearKinds {
		s.Gold[k], s.MatchedKind[k] = int(m["gold_"+k]), int(m["matched_"+k])
		s.Named[k] = int(m["named_someone_"+k+"_count"])
		s.CorefN[k], s.CorefOK[k] = int(m["coref_resolved_"+k]), int(m["coref_right_"+k])
	}
	return nil
}

// LoadPolnearGold reads the gold file at p (the JSON file, or the folder
// holding gold.json).
func LoadPolnearGold(p string) (*PolnearGold, error) {
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		p = filepath.Join(p, "gold.json")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("load polnear gold: %w", err)
	}
	var g PolnearGold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("load polnear gold %s: %w", p, err)
	}
	return &g, nil
}

// Half returns the gold restricted to one half (tune, check or all), split
// by eval.Half of the article id.
func (g *PolnearGold) Half(half string) *PolnearGold {
	out := &PolnearGold{Split: g.Split}
	for _, it := range g.Items {
		if InHalf(it.ID, half) {
			out.Items = append(out.Items, it)
		}
	}
	return out
}

// PolnearItemKey is the key a prediction's "source" is matched to a gold
// item id with: the basename without ".html.gz", ".html" or ".htm"
// (item_key in polnear.py).
func PolnearItemKey(source string) string {
	base := filepath.Base(strings.TrimRight(source, "/"))
	for _, suf := range []string{".html.gz", ".html", ".htm"} {
		if strings.HasSuffix(base, suf) {
			return base[:len(base)-len(suf)]
		}
	}
	return base
}

// LoadPolnearPredictions reads `byline extract --jsonl` output (one object
// per line with "source" and "quotes"), keyed by PolnearItemKey; a later
// line wins. Quotes that are not objects are ignored, as in polnear.py.
func LoadPolnearPredictions(r io.Reader) (map[string]PredictionQuotes, error) {
	return loadQuotePredictions(r, "polnear predictions", PolnearItemKey)
}

const polnearJaccardMin = 0.5

// ScorePolnear scores predictions (keyed by PolnearItemKey) against the
// gold, as `polnear.py score --min-words minWords` does (minWords < 1 counts
// as 1). Headline quotes are not scored.
func ScorePolnear(g *PolnearGold, preds map[string]PredictionQuotes, minWords int) PolnearScores {
	minWords = max(minWords, 1)
	s := PolnearScores{Articles: len(g.Items), MinWords: minWords,
		Gold: map[string]int{}, MatchedKind: map[string]int{}, Named: map[string]int{},
		CorefN: map[string]int{}, CorefOK: map[string]int{}}
	predOnNonName := 0
	for _, it := range g.Items {
		var gq []PolnearGoldQuote
		var gt [][]string
		for _, q := range it.Quotes {
			if t := PolnearTokens(q.Text); !q.Headline && len(t) >= minWords {
				gq, gt = append(gq, q), append(gt, t)
			}
		}
		pred, ok := preds[it.ID]
		if !ok {
			s.MissingPredictions++
		}
		var pq []PredictedQuote
		var pt [][]string
		for _, q := range pred.Quotes {
			if t := PolnearTokens(q.Text); len(t) >= minWords {
				pq, pt = append(pq, q), append(pt, t)
			}
		}
		s.GoldQuotes += len(gq)
		s.PredictedQuotes += len(pq)
		for _, q := range gq {
			s.Gold[q.Kind]++
		}
		for _, m := range matchTokens(gt, pt, polnearOverlap) {
			s.Matched++
			q := gq[m[0]]
			sp := ""
			if p := pq[m[1]].Speaker; p != nil {
				sp = *p
			}
			s.MatchedKind[q.Kind]++
			if q.Kind == "name" {
				if PolnearSpeakerRight(q.Surname, q.Given, sp) {
					s.SpeakerRightName++
				}
				continue
			}
			predOnNonName++
			if PolnearNamedSomeone(sp) {
				s.Named[q.Kind]++
			}
			if q.Resolved != "" {
				s.CorefN[q.Kind]++
				if PolnearSpeakerRight(q.Resolved, q.ResolvedGiven, sp) {
					s.CorefOK[q.Kind]++
				}
			}
		}
	}
	s.Precision = safeDiv(s.Matched, s.PredictedQuotes)
	s.Recall = safeDiv(s.Matched, s.GoldQuotes)
	s.F1 = fScore(s.Precision, s.Recall)
	s.SpeakerAccuracyName = safeDiv(s.SpeakerRightName, s.MatchedKind["name"])
	s.AttributedPredDen = s.PredictedQuotes - predOnNonName
	s.AttributedPrecision = safeDiv(s.SpeakerRightName, s.AttributedPredDen)
	s.AttributedRecall = safeDiv(s.SpeakerRightName, s.Gold["name"])
	s.AttributedF1 = fScore(s.AttributedPrecision, s.AttributedRecall)
	return s
}

// Rows renders the scores as polnear.py prints them (one row per figure,
// with the counts behind each rate).
func (s PolnearScores) Rows() []Row {
	rate := func(a, b int) string { return fmt.Sprintf("%s (%d/%d)", f3(safeDiv(a, b)), a, b) }
	rows := []Row{
		{"quote F1", f3(s.F1)},
		{"precision", f3(s.Precision)},
		{"recall", f3(s.Recall)},
		{"named-speaker accuracy", rate(s.SpeakerRightName, s.MatchedKind["name"])},
		{"attributed F1", f3(s.AttributedF1)},
		{"attributed P / R", f3(s.AttributedPrecision) + " / " + f3(s.AttributedRecall)},
	}
	for _, k := range PolnearKinds {
		rows = append(rows, Row{"recall, " + k + " sources", rate(s.MatchedKind[k], s.Gold[k])})
	}
	for _, k := range []string{"pronoun", "nominal"} {
		rows = append(rows,
			Row{"named someone, " + k, rate(s.Named[k], s.MatchedKind[k])},
			Row{"  coref name, " + k + " (approx.)", rate(s.CorefOK[k], s.CorefN[k])})
	}
	return append(rows,
		Row{"gold/predicted/matched", fmt.Sprintf("%d/%d/%d", s.GoldQuotes, s.PredictedQuotes, s.Matched)},
		Row{"articles", fmt.Sprint(s.Articles)},
		Row{"missing predictions", fmt.Sprint(s.MissingPredictions)})
}

// PolnearTokens reduces a quote text to the tokens polnear.py compares
// (norm_tokens): NFKC, casefold; an apostrophe between two letters or
// digits is dropped; quotation marks, punctuation and symbols become
// spaces; split on white space.
func PolnearTokens(text string) []string {
	if text == "" {
		return nil
	}
	s := []rune(casefold(norm.NFKC.String(text)))
	var b strings.Builder
	for i, ch := range s {
		if isApostrophe(ch) && i > 0 && i < len(s)-1 && pyAlnum(s[i-1]) && pyAlnum(s[i+1]) {
			continue
		}
		if isPolnearQuoteMark(ch) || unicode.IsPunct(ch) || unicode.IsSymbol(ch) {
			b.WriteByte(' ')
		} else {
			b.WriteRune(ch)
		}
	}
	return strings.FieldsFunc(b.String(), pySpace)
}

func isPolnearQuoteMark(r rune) bool {
	return strings.ContainsRune("\"'`\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a", r)
}

// polnearOverlap is overlap in polnear.py: the Jaccard of two token lists
// when they match (Jaccard >= 0.5, or one contained in the other).
func polnearOverlap(g, p []string) (float64, bool) {
	if len(g) == 0 || len(p) == 0 {
		return 0, false
	}
	jac := jaccard(g, p)
	if jac >= polnearJaccardMin || containsRun(g, p) || containsRun(p, g) {
		return jac, true
	}
	return 0, false
}

// jaccard is the Jaccard similarity of the token sets of g and p, both
// non-empty (quote overlap in score.py and polnear.py alike).
func jaccard(g, p []string) float64 {
	gs := map[string]bool{}
	for _, t := range g {
		gs[t] = true
	}
	ps := map[string]bool{}
	for _, t := range p {
		ps[t] = true
	}
	inter := 0
	for t := range ps {
		if gs[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(gs)+len(ps)-inter)
}

// containsRun reports whether short occurs contiguously in long.
func containsRun(short, long []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
outer:
	for i := 0; i+len(short) <= len(long); i++ {
		for k, t := range short {
			if long[i+k] != t {
				continue outer
			}
		}
		return true
	}
	return false
}

// ---------------------------------------------------------------- speakers

// The word lists of polnear.py's source analysis.
var (
	pnPronouns    = wordSet("i me my myself we us our ourselves you your yourself yourselves he him himself she her herself it itself they them themselves who whom which that where one")
	pnDeterminers = wordSet("the a an this that these those his her its their our my your some many most all both each every several few other another such no any more according and or but as if when while after in on at of for to by with from one two three")
	pnTitles      = wordSet("mr mrs ms miss dr sen sens senator rep reps gov governor president vice secretary speaker chairman chairwoman chair director rev gen general judge justice attorney assistant deputy press mayor prime minister commissioner leader lt col adm former state first lady sir dame lord prof professor coordinator media communications")
	pnSuffixes    = wordSet("jr sr ii iii iv")
	pnParticles   = wordSet("de van von der la le al bin da di du del st")
	pnPostmod     = wordSet("of at from by for in on with who whom which that whose to now about over")
	pnCalendar    = wordSet("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december")
	pnParens      = regexp.MustCompile(`\([^)]*\)`)
	pnQuoted      = regexp.MustCompile("[\u201c\"][^\u201d\"]*[\u201d\"]?")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// pnTokens is _TOKEN_RE.findall: a letter or digit, then letters, digits,
// '_', apostrophes, '.', '-' and '&'.
func pnTokens(s string) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !pyAlnum(rs[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(rs) && (pyAlnum(rs[j]) || strings.ContainsRune("_'\u2019.-&", rs[j])) {
			j++
		}
		out = append(out, string(rs[i:j]))
		i = j
	}
	return out
}

// pnClean is _clean_token: the token without a possessive ending and
// trailing '.', '-' and apostrophes, and whether it was possessive.
func pnClean(tok string) (string, bool) {
	t, poss := tok, false
	rs := []rune(t)
	n := len(rs)
	switch {
	case n >= 2 && (rs[n-1] == 's' || rs[n-1] == 'S') && (rs[n-2] == '\'' || rs[n-2] == '\u2019'):
		t, poss = string(rs[:n-2]), true
	case n >= 2 && rs[n-2] == 's' && (rs[n-1] == '\'' || rs[n-1] == '\u2019'):
		t, poss = string(rs[:n-1]), true
	}
	return strings.TrimRight(t, ".-'\u2019"), poss
}

// pyIsUpper is str.isupper: at least one uppercase character, and none
// lowercase or titlecase. Python's upper and lower are the Unicode
// Uppercase and Lowercase properties (Lu and Ll with Other_Uppercase and
// Other_Lowercase: Roman numerals, circled letters).
func pyIsUpper(s string) bool {
	cased := false
	for _, r := range s {
		if pyIsLowerRune(r) || unicode.IsTitle(r) {
			return false
		}
		if pyIsUpperRune(r) {
			cased = true
		}
	}
	return cased
}

// pyIsUpperRune is str.isupper for one character.
func pyIsUpperRune(r rune) bool {
	return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r)
}

// pyIsLowerRune is str.islower for one character.
func pyIsLowerRune(r rune) bool {
	return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r)
}

// pyLower is str.lower for the scorer's purposes.
func pyLower(s string) string { return strings.ToLower(s) }

// PolnearSpeakerRight is speaker_right of polnear.py: the surname is among
// the predicted speaker's tokens and the given names, where both sides
// show one, share an initial.
func PolnearSpeakerRight(surname, given, pred string) bool {
	sur := pyLower(strings.ReplaceAll(surname, ".", ""))
	if sur == "" {
		return false
	}
	var p []string
	for _, raw := range pnTokens(norm.NFKC.String(pred)) {
		t, _ := pnClean(raw)
		if t = pyLower(strings.ReplaceAll(t, ".", "")); t != "" {
			p = append(p, t)
		}
	}
	at := -1
	for i, t := range p {
		if t == sur {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	initials := map[rune]bool{}
	for _, w := range strings.Fields(pyLower(given)) {
		r, _ := utf8.DecodeRuneInString(w)
		initials[r] = true
	}
	var predGiven []string
	for _, w := range p[:at] {
		if utf8.RuneCountInString(w) > 2 && !pnTitles[w] {
			predGiven = append(predGiven, w)
		}
	}
	if len(initials) == 0 || len(predGiven) == 0 {
		return true
	}
	for _, w := range predGiven {
		r, _ := utf8.DecodeRuneInString(w)
		if initials[r] {
			return true
		}
	}
	return false
}

// PolnearNamedSomeone is named_someone of polnear.py: the predicted speaker
// names someone by the test gold sources are classed with.
func PolnearNamedSomeone(pred string) bool {
	kind, _, _ := PolnearSourceKind(pred)
	return kind == "name"
}

type pnTok struct {
	t, low    string
	cap, poss bool
}

// PolnearSourceKind is analyse_source of polnear.py without the corpus
// lexicon: the kind of a source text (name, pronoun, nominal, none) and,
// for a name, its surname and given names.
func PolnearSourceKind(source string) (kind, surname, given string) {
	s := strings.Join(strings.Fields(source), " ")
	if s == "" {
		return "none", "", ""
	}
	s = pnParens.ReplaceAllString(s, " ")
	s = pnQuoted.ReplaceAllString(s, " ")
	var words []string
	for _, t := range pnTokens(s) {
		if w, _ := pnClean(t); w != "" {
			words = append(words, w)
		}
	}
	pron := len(words) > 0
	for _, w := range words {
		if !pnPronouns[pyLower(w)] || utf8.RuneCountInString(w) > 1 && pyIsUpper(w) {
			pron = false
			break
		}
	}
	if pron {
		return "pronoun", "", ""
	}
	type cand struct {
		pri        [4]int
		sur, given string
	}
	var best *cand
	chunks := splitAny(s, ",;:")
	for ci, chunk := range chunks {
		toks, runs := pnRuns(pnTokens(chunk))
		headEnd := len(toks)
		for k, tk := range toks {
			if !pnPostmod[tk.low] || k == 0 {
				continue
			}
			nb, allTitles := 0, true
			for _, x := range toks[:k] {
				if x.cap {
					nb++
					allTitles = allTitles && pnTitles[x.low]
				}
			}
			if nb > 0 && allTitles {
				continue
			}
			headEnd = k
			break
		}
		for _, r := range runs {
			a, b := r[0], r[1]
			if b > headEnd {
				continue
			}
			run := toks[a:b]
			var names []pnTok
			allTitles := true
			for _, x := range run {
				if !pnSuffixes[x.low] {
					names = append(names, x)
					allTitles = allTitles && pnTitles[x.low]
				}
			}
			if len(names) == 0 || allTitles {
				continue
			}
			nxt, prev := "", ""
			hasNext := b < headEnd
			if hasNext {
				nxt = toks[b].low
			}
			if a > 0 {
				prev = toks[a-1].low
			}
			if run[len(run)-1].poss && hasNext {
				continue
			}
			if hasNext && nxt != "and" && nxt != "or" && nxt != "&" && nxt != "himself" && nxt != "herself" && nxt != "themselves" {
				continue
			}
			if (prev == "the" || prev == "a" || prev == "an") && !pnTitles[run[0].low] {
				continue
			}
			var core []pnTok
			for _, x := range names {
				if !pnTitles[x.low] {
					core = append(core, x)
				}
			}
			if len(core) == 0 {
				core = names
			}
			var gv []string
			for _, x := range core[:len(core)-1] {
				if utf8.RuneCountInString(x.t) > 2 {
					gv = append(gv, x.t)
				}
			}
			c := cand{pri: [4]int{min(ci, 1), 0, ci, -a}, sur: core[len(core)-1].t, given: strings.Join(gv, " ")}
			if hasNext {
				c.pri[1] = 1
			}
			if best == nil || lessPri(c.pri, best.pri) {
				best = &c
			}
		}
	}
	if best == nil {
		return "nominal", "", ""
	}
	return "name", best.sur, best.given
}

func lessPri(a, b [4]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// splitAny is re.split on a character class: empty pieces are kept.
func splitAny(s, seps string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if strings.ContainsRune(seps, r) {
			out = append(out, s[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, s[start:])
}

// pnRuns is _runs without a lexicon: the cleaned tokens of a chunk and its
// capitalised runs [start, end).
func pnRuns(raw []string) ([]pnTok, [][2]int) {
	toks := make([]pnTok, len(raw))
	for i, r := range raw {
		t, poss := pnClean(r)
		low := pyLower(t)
		first, _ := utf8.DecodeRuneInString(t)
		c := t != "" && pyIsUpperRune(first)
		acronym := utf8.RuneCountInString(t) > 1 && pyIsUpper(t)
		if c && !acronym && (pnPronouns[low] || pnDeterminers[low] || pnCalendar[low]) {
			c = false
		}
		toks[i] = pnTok{t: t, low: low, cap: c, poss: poss}
	}
	var runs [][2]int
	for i := 0; i < len(toks); {
		if !toks[i].cap {
			i++
			continue
		}
		j := i
		for !toks[j].poss {
			if j+1 < len(toks) && toks[j+1].cap {
				j++
				continue
			}
			if j+2 < len(toks) && pnParticles[toks[j+1].low] && toks[j+2].cap {
				j += 2
				continue
			}
			break
		}
		runs = append(runs, [2]int{i, j + 1})
		i = j + 1
	}
	return toks, runs
}
