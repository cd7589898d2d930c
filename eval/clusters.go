package eval

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"crypto/sha1"
	"encoding/binary"
	"fmt"
	"html"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/cluster"
)

// The labelled clustering set is built, every time, from the development
// corpora in ../shared (never copied into the repository):
//
//   - stories: ClusterStories aeb articles (real news pages, chosen by a
//     hash of their id among those of 5 to 60 paragraphs). Each story is
//     its real page plus three generated copies in other templates, as
//     syndication makes them: a wire copy (dateline credit "(AP)", agency
//     byline, a word or two changed, a paragraph split), a trimmed copy
//     (the first 25-70% of the paragraphs, at least three, re-headlined, another
//     template), and a local copy (the first 60-95%, one to three local
//     paragraphs from another article inserted, re-headlined, light
//     edits, a third template). The copies carry the gold body text; the
//     original page is the publisher's own HTML, extraction noise and all.
//   - follow-ups: for every other story, a different story on the same
//     event that reuses two of its paragraphs (background and a quote)
//     inside its own reporting, three times as long: a hard negative.
//   - same-topic pairs: ClusterTopicPairs pairs of PolNeAR articles
//     published the same day by two publishers about the same event (the
//     pairs sharing the largest part of their vocabulary), each article a
//     story of its own: different stories on one event must not cluster.
//
// Every item is extracted like a crawled page and clustered in arrival
// order; ScoreClusters counts pairs of items (same story or not, same
// cluster or not).
const (
	ClusterStories    = 40
	ClusterTopicPairs = 30
)

// ClusterItem is one page of the labelled set.
type ClusterItem struct {
	ID        string // unique item id
	Story     string // label: items of one story are copies of each other
	Group     string // the source story (or topic pair): the unit of the tune/check split
	Kind      string // "original", "wire", "trimmed", "local" or "topic"
	URL       string
	HTML      []byte
	Published time.Time // the publication date the page gives (zero for the originals)
}

// Half is the tune/check half of the item's group: a story with its
// copies and its follow-up, or a same-topic pair, stay in one half.
func (it ClusterItem) Half() string { return Half(it.Group) }

// BuildClusterSet builds the labelled set from the corpora under corpus
// (../shared/corpus).
func BuildClusterSet(corpus string) ([]ClusterItem, error) {
	stories, err := aebStories(filepath.Join(corpus, "aeb"))
	if err != nil {
		return nil, err
	}
	pol, err := loadPolnear(filepath.Join(corpus, "polnear-train", "html"))
	if err != nil {
		return nil, err
	}
	pairs, pool := topicPairs(pol)
	var items []ClusterItem
	for si, s := range stories {
		items = append(items, s.copies(si, pool)...)
	}
	for _, p := range pairs {
		for _, d := range p {
			items = append(items, ClusterItem{ID: "topic-" + d.name, Story: "topic-" + d.name, Group: "topic-" + p[0].name, Kind: "topic",
				URL: "https://" + d.publisher + ".example/" + d.date + "/" + d.slug, HTML: d.html})
		}
	}
	// Arrival order: shuffled with a fixed seed, as pages come from many
	// sites at once.
	r := rand.New(rand.NewPCG(16, 16))
	r.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
	return items, nil
}

type story struct {
	id         string
	url        string
	page       []byte
	headline   string
	paragraphs []string
}

var (
	titleRe    = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)
	datelineRe = regexp.MustCompile(`^[A-Z][A-Z .,'-]{2,40}(\([^)]{1,20}\))?\s*[—–-]`)
)

// aebStories picks the stories: aeb pages whose gold body has 5 to 60
// paragraphs and 150 to 4000 words, in the order of a hash of their id.
func aebStories(dir string) ([]story, error) {
	gold, err := LoadAEBGold(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int { return cmp.Compare(hashKey(a), hashKey(b)) })
	var out []story
	for _, id := range ids {
		var ps []string
		for _, p := range strings.Split(gold[id].ArticleBody, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				ps = append(ps, p)
			}
		}
		words := len(strings.Fields(gold[id].ArticleBody))
		if len(ps) < 5 || len(ps) > 60 || words < 150 || words > 4000 {
			continue
		}
		page, err := gunzipFile(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		s := story{id: id, url: gold[id].URL, page: page, paragraphs: ps}
		if m := titleRe.FindSubmatch(page); m != nil {
			s.headline = cleanTitle(html.UnescapeString(string(m[1])))
		}
		if s.headline == "" {
			s.headline = firstWords(ps[0], 10)
		}
		out = append(out, s)
		if len(out) == ClusterStories {
			break
		}
	}
	if len(out) < ClusterStories {
		return nil, fmt.Errorf("cluster set: %d aeb stories in %s, want %d", len(out), dir, ClusterStories)
	}
	return out, nil
}

func hashKey(s string) uint64 {
	sum := sha1.Sum([]byte("clusters:" + s))
	return binary.BigEndian.Uint64(sum[:8])
}

func gunzipFile(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}

// cleanTitle drops a " - Site" or " | Site" suffix.
func cleanTitle(t string) string {
	t = strings.Join(strings.Fields(t), " ")
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if i := strings.LastIndex(t, sep); i > 20 {
			t = t[:i]
		}
	}
	return t
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		w = w[:n]
	}
	return strings.TrimRight(strings.Join(w, " "), ",;:.")
}

// copies returns the story's original page and its three generated copies.
func (s story) copies(si int, pool [][]string) []ClusterItem {
	r := rand.New(rand.NewPCG(hashKey(s.id), 1))
	base := time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(si) * 31 * time.Hour)
	items := []ClusterItem{{ID: s.id + "-original", Story: s.id, Group: s.id, Kind: "original", URL: s.url, HTML: s.page}}
	slug := slugOf(s.headline)
	mk := func(kind, host string, p copyPage, tmpl func(copyPage) string) {
		p.url = "https://" + host + "/news/" + p.published.Format("2006/01/02") + "/" + slug
		items = append(items, ClusterItem{ID: s.id + "-" + kind, Story: s.id, Group: s.id, Kind: kind, URL: p.url,
			HTML: []byte(tmpl(p)), Published: p.published})
	}

	// The wire copy: whole, credited, a word changed here and there.
	wire := copyPage{headline: s.headline, byline: "Associated Press", published: base.Add(-time.Hour),
		paragraphs: lightEdits(r, s.paragraphs, 2)}
	if !datelineRe.MatchString(wire.paragraphs[0]) {
		wire.paragraphs[0] = cities[r.IntN(len(cities))] + " (AP) — " + wire.paragraphs[0]
	}
	wire.paragraphs = splitOne(wire.paragraphs)
	mk("wire", "apnews-wire.example", wire, templateDaily)

	// The trimmed copy: the first 25-70%, re-headlined.
	keep := max(3, int(float64(len(s.paragraphs))*(0.25+0.45*r.Float64())))
	trimmed := copyPage{headline: reheadline(r, s), byline: "Staff and wire reports", published: base.Add(2 * time.Hour),
		paragraphs: slices.Clone(s.paragraphs[:min(keep, len(s.paragraphs))])}
	mk("trimmed", "valley-courier.example", trimmed, templatePortal)

	// The local copy: the first 60-95%, local paragraphs added, edits.
	keep = max(3, int(float64(len(s.paragraphs))*(0.6+0.35*r.Float64())))
	local := copyPage{headline: reheadline(r, s), byline: bylines[r.IntN(len(bylines))], published: base.Add(5 * time.Hour),
		paragraphs: lightEdits(r, s.paragraphs[:min(keep, len(s.paragraphs))], 3)}
	extra := pool[r.IntN(len(pool))]
	n := 1 + r.IntN(3)
	for k := range n {
		p := extra[(k+r.IntN(len(extra)))%len(extra)]
		at := len(local.paragraphs)
		switch r.IntN(3) {
		case 0:
			at = 1 + r.IntN(min(3, len(local.paragraphs)))
		case 1:
			at = len(local.paragraphs) - r.IntN(2)
		}
		local.paragraphs = slices.Insert(local.paragraphs, at, p)
	}
	mk("local", "harbor-gazette.example", local, templateBlog)

	// A follow-up on the same event by another paper: mostly its own
	// reporting (paragraphs of other articles, at least three times the
	// words it reuses) around two paragraphs it takes from the story
	// (background and a quote). A different story: it must not join the
	// cluster. The reused paragraphs are at most 30% of the story (see
	// reusable): a page holding most of the story's text is a copy with
	// paragraphs added, and belongs in its cluster.
	if reused := reusable(s.paragraphs); si%2 == 0 && reused != nil {
		need := 0
		for _, p := range reused {
			need += 3 * len(strings.Fields(p))
		}
		var own []string
		for n := 0; n < need; {
			for _, p := range pool[r.IntN(len(pool))] {
				own = append(own, p)
				if n += len(strings.Fields(p)); n >= need {
					break
				}
			}
		}
		ps := slices.Clone(own)
		ps = slices.Insert(ps, min(1, len(ps)), reused[0])
		if len(reused) > 1 {
			ps = slices.Insert(ps, min(len(ps)/2+1, len(ps)), reused[1])
		}
		fu := copyPage{headline: "Analysis: " + reheadline(r, s), byline: "Metro desk", published: base.Add(30 * time.Hour), paragraphs: ps}
		fu.url = "https://metro-daily.example/news/" + fu.published.Format("2006/01/02") + "/followup-" + slug
		items = append(items, ClusterItem{ID: s.id + "-followup", Story: s.id + "-followup", Group: s.id, Kind: "followup", URL: fu.url,
			HTML: []byte(templateDaily(fu)), Published: fu.published})
	}
	return items
}

// reusable picks what a follow-up reuses of a story: its second
// paragraph (often the first quote) and its middle one, or the shorter of
// the two, as long as that is at most 30% of the story's words; nil when
// even one is more.
func reusable(ps []string) []string {
	total := 0
	for _, p := range ps {
		total += len(strings.Fields(p))
	}
	a, b := ps[min(1, len(ps)-1)], ps[len(ps)/2]
	wa, wb := len(strings.Fields(a)), len(strings.Fields(b))
	switch {
	case a != b && 10*(wa+wb) <= 3*total:
		return []string{a, b}
	case 10*min(wa, wb) <= 3*total:
		if wa <= wb {
			return []string{a}
		}
		return []string{b}
	}
	return nil
}

var (
	cities  = []string{"WASHINGTON", "NEW YORK", "LOS ANGELES", "CHICAGO", "LONDON", "SAN FRANCISCO"}
	bylines = []string{"Maria Lopez", "By the Gazette staff", "Daniel Okafor and wire services"}
	// swaps are editors' word changes between copies of one story.
	swaps = [][2]string{{" said ", " says "}, {" percent", " per cent"}, {" because ", " since "}, {" about ", " around "},
		{" However, ", " But "}, {" also ", " "}, {" Monday", " on Monday"}, {" company", " firm"}, {" people", " residents"}}
)

// lightEdits returns a copy of ps with up to n word swaps.
func lightEdits(r *rand.Rand, ps []string, n int) []string {
	out := slices.Clone(ps)
	for range n {
		i := r.IntN(len(out))
		sw := swaps[r.IntN(len(swaps))]
		out[i] = strings.Replace(out[i], sw[0], sw[1], 1)
	}
	return out
}

// splitOne splits the longest paragraph in two at a sentence end.
func splitOne(ps []string) []string {
	li := 0
	for i, p := range ps {
		if len(p) > len(ps[li]) {
			li = i
		}
	}
	p := ps[li]
	k := strings.Index(p[len(p)/3:], ". ")
	if k < 0 {
		return ps
	}
	k += len(p)/3 + 1
	out := slices.Clone(ps)
	out[li] = p[:k]
	return slices.Insert(out, li+1, strings.TrimSpace(p[k:]))
}

// reheadline writes another headline for a copy: words of the lead.
func reheadline(r *rand.Rand, s story) string {
	lead := s.paragraphs[0]
	if k := strings.IndexAny(lead, ".!?"); k > 20 {
		lead = lead[:k]
	}
	h := firstWords(lead, 6+r.IntN(6))
	switch r.IntN(3) {
	case 0:
		return h
	case 1:
		return "What to know: " + h
	}
	return strings.ToUpper(h[:1]) + h[1:] + ", officials say"
}

func slugOf(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, w)
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w)
		if b.Len() > 60 {
			break
		}
	}
	return b.String()
}

// polDoc is one PolNeAR article.
type polDoc struct {
	name, publisher, date, slug string
	html                        []byte
	paragraphs                  []string
	vocab                       map[string]bool
}

var pTagRe = regexp.MustCompile(`(?s)<p>(.*?)</p>`)

func loadPolnear(dir string) ([]polDoc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("cluster set: no PolNeAR pages in %s", dir)
	}
	slices.Sort(files)
	var out []polDoc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		parts := strings.SplitN(name, "_", 3)
		if len(parts) != 3 {
			continue
		}
		d := polDoc{name: name, publisher: parts[0], date: parts[1], slug: parts[2], html: b, vocab: map[string]bool{}}
		for _, m := range pTagRe.FindAllSubmatch(b, -1) {
			p := strings.TrimSpace(html.UnescapeString(string(m[1])))
			if p == "" {
				continue
			}
			d.paragraphs = append(d.paragraphs, p)
			for _, w := range strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
				if len(w) > 3 {
					d.vocab[w] = true
				}
			}
		}
		out = append(out, d)
	}
	return out, nil
}

// topicPairs picks the same-day pairs of different publishers with the
// largest vocabulary overlap (Jaccard of words longer than three
// letters), each article in one pair at most, and returns the paragraphs
// of articles in no pair as the pool of local paragraphs.
func topicPairs(docs []polDoc) ([][2]polDoc, [][]string) {
	type cand struct {
		a, b int
		j    float64
	}
	var cs []cand
	for i := range docs {
		if len(docs[i].paragraphs) < 4 {
			continue
		}
		for k := i + 1; k < len(docs); k++ {
			a, b := &docs[i], &docs[k]
			if a.date != b.date || a.publisher == b.publisher || len(b.paragraphs) < 4 {
				continue
			}
			inter := 0
			for w := range a.vocab {
				if b.vocab[w] {
					inter++
				}
			}
			cs = append(cs, cand{i, k, float64(inter) / float64(len(a.vocab)+len(b.vocab)-inter)})
		}
	}
	slices.SortStableFunc(cs, func(x, y cand) int { return cmp.Compare(y.j, x.j) })
	used := map[int]bool{}
	var pairs [][2]polDoc
	for _, c := range cs {
		if len(pairs) == ClusterTopicPairs {
			break
		}
		if used[c.a] || used[c.b] {
			continue
		}
		used[c.a], used[c.b] = true, true
		pairs = append(pairs, [2]polDoc{docs[c.a], docs[c.b]})
	}
	var pool [][]string
	for i, d := range docs {
		if !used[i] && len(d.paragraphs) >= 3 {
			pool = append(pool, d.paragraphs)
		}
	}
	return pairs, pool
}

// ClusterScore counts pairs of items: TP in one cluster and one story,
// FP in one cluster but different stories, FN one story but different
// clusters.
type ClusterScore struct {
	Items, Stories, Clusters int
	TP, FP, FN               int
	Precision, Recall, F1    float64
	// Origins counts the stories whose wire copy's cluster names as its
	// origin the wire copy or the original page (itself often a wire
	// story published earlier), of OriginClusters.
	Origins, OriginClusters int
}

// ScoreClusters scores predicted clusters (item id -> cluster id) over
// the items of half. An item missing from predicted (its page gave no
// article) is a cluster of its own.
func ScoreClusters(items []ClusterItem, predicted, origins map[string]string, half string) ClusterScore {
	var sel []ClusterItem
	for _, it := range items {
		if half == HalfAll || half == "" || it.Half() == half {
			sel = append(sel, it)
		}
	}
	var s ClusterScore
	s.Items = len(sel)
	stories, clusters := map[string]bool{}, map[string]bool{}
	pred := func(it ClusterItem) string {
		if c, ok := predicted[it.ID]; ok {
			return c
		}
		return "missing:" + it.ID
	}
	for i, a := range sel {
		stories[a.Story] = true
		clusters[pred(a)] = true
		for _, b := range sel[i+1:] {
			same, together := a.Story == b.Story, pred(a) == pred(b)
			switch {
			case same && together:
				s.TP++
			case together:
				s.FP++
			case same:
				s.FN++
			}
		}
	}
	s.Stories, s.Clusters = len(stories), len(clusters)
	s.Precision, s.Recall = 1, 1
	if s.TP+s.FP > 0 {
		s.Precision = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		s.Recall = float64(s.TP) / float64(s.TP+s.FN)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	// Origin: for each story with a wire copy, the cluster of that copy
	// should name it, or the story's original page, as its origin.
	for _, it := range sel {
		if it.Kind != "wire" {
			continue
		}
		c, ok := predicted[it.ID]
		if !ok {
			continue
		}
		s.OriginClusters++
		if o := origins[c]; o == it.ID || o == it.Story+"-original" {
			s.Origins++
		}
	}
	return s
}

// Rows reports the score as eval rows.
func (s ClusterScore) Rows() []Row {
	return []Row{
		{"items (pages)", fmt.Sprint(s.Items)},
		{"stories / clusters found", fmt.Sprintf("%d / %d", s.Stories, s.Clusters)},
		{"pairs: same story and cluster (TP)", fmt.Sprint(s.TP)},
		{"pairs: same cluster, other story (FP)", fmt.Sprint(s.FP)},
		{"pairs: same story, other cluster (FN)", fmt.Sprint(s.FN)},
		{"precision (target >= 0.95)", fmt.Sprintf("%.3f", s.Precision)},
		{"recall (target >= 0.90)", fmt.Sprintf("%.3f", s.Recall)},
		{"F1", fmt.Sprintf("%.3f", s.F1)},
		{"origin = the wire copy or the original", fmt.Sprintf("%d of %d", s.Origins, s.OriginClusters)},
	}
}

// ExtractFunc extracts one page of the set (eval does not import the
// extractor; the caller passes it in).
type ExtractFunc func(url string, page []byte) (*article.Article, error)

// ClusterRun is the outcome of clustering the set.
type ClusterRun struct {
	Cluster map[string]string // item id -> cluster id (article id of the cluster's first member)
	Origin  map[string]string // cluster id -> item id of its origin
	Failed  map[string]error  // items whose page gave no article
	// Sketches of the extracted articles, by item id, and the estimated
	// containment with the closest earlier copy for items that joined a
	// cluster.
	Sketches map[string]cluster.Sketch
	Score    map[string]float64
}

// RunClusters extracts every item in order and clusters the articles
// with an Index of cfg, as the pipeline's index stage does.
func RunClusters(items []ClusterItem, extract ExtractFunc, cfg cluster.Config) (*ClusterRun, error) {
	x, err := cluster.NewIndex(cfg)
	if err != nil {
		return nil, err
	}
	run := &ClusterRun{Cluster: map[string]string{}, Origin: map[string]string{}, Failed: map[string]error{},
		Sketches: map[string]cluster.Sketch{}, Score: map[string]float64{}}
	itemOf := map[string]string{} // article id -> item id
	for _, it := range items {
		a, err := extract(it.URL, it.HTML)
		if err != nil {
			run.Failed[it.ID] = err
			continue
		}
		a.ID = it.ID // item ids are the article ids here
		itemOf[a.ID] = it.ID
		s := cluster.SketchArticle(a)
		as := x.Add(a.ID, &s, cluster.MetaOf(a))
		run.Cluster[it.ID], run.Sketches[it.ID] = as.ClusterID, s
		if as.Match != "" {
			run.Score[it.ID] = as.Score
		}
	}
	for _, c := range run.Cluster {
		if _, ok := run.Origin[c]; !ok {
			_, o := x.Cluster(c)
			run.Origin[c] = itemOf[o]
		}
	}
	return run, nil
}

// Margin returns the lowest containment with which a copy joined its
// story's cluster and the highest containment between two items of
// different stories: how far apart the two kinds of pair are.
func (run *ClusterRun) Margin(items []ClusterItem) (lowestJoin, highestOther float64) {
	lowestJoin = 1
	story := map[string]string{}
	for _, it := range items {
		story[it.ID] = it.Story
	}
	for id, sc := range run.Score {
		lowestJoin = min(lowestJoin, sc)
		_ = id
	}
	for i, a := range items {
		sa, ok := run.Sketches[a.ID]
		if !ok {
			continue
		}
		for _, b := range items[i+1:] {
			sb, ok := run.Sketches[b.ID]
			if ok && a.Story != b.Story {
				highestOther = max(highestOther, cluster.Containment(&sa, &sb))
			}
		}
	}
	return lowestJoin, highestOther
}
