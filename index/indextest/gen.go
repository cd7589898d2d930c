package indextest

// The generated corpus of the index benchmarks (index/bleve, index/es):
// the same articles and query terms for every backend.

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/byline/byline/article"
)

// words is a small English vocabulary; gen draws from it with a Zipf-like
// skew so term frequencies look like news text.
var words = strings.Fields(`the of and to in a is that for on was with he it as at by said from
his an be has have are had but not were which this they who been its after their or will more one
would about two there year new up out also over government people president minister first last
than into when time years other most week some state could told percent million market country
police party city court officials company report since between under while against during before
city council election vote voters campaign policy climate change energy prices inflation bank rates
economy growth jobs workers union strike health hospital doctors patients school students teachers
university research scientists study data technology software security attack military forces war
peace talks agreement deal trade tariffs exports imports oil gas power water drought flood storm
fire emergency rescue families children women men community local national international global
europe asia africa america london paris berlin washington beijing moscow delhi tokyo officials
spokesman statement interview conference summit leaders meeting plan budget tax spending cuts
reform law bill parliament senate congress judge ruling appeal investigation charges trial prison
sport match team season league cup final goal coach players fans stadium record win loss draw
film music festival award artist book museum culture history heritage travel tourism airline
airport rail road traffic transport housing rent prices homes construction planning environment
wildlife forest ocean pollution emissions carbon renewable solar wind nuclear coal electricity`)

// The generated corpus's sites, sections and planted phrases, for
// benchmark queries.
var (
	BenchSites    = []string{"Example News", "The Daily", "Morning Post", "Evening Star", "City Herald", "National Times", "Global Wire", "The Courier", "Tribune", "Observer", "Chronicle", "Gazette", "Ledger", "Sentinel", "Monitor", "Dispatch", "Register", "Journal", "Inquirer", "Record"}
	BenchSections = []string{"World", "Politics", "Business", "Sport", "Culture", "Science", "Technology", "Health", "Environment", "Opinion"}
	// phrases are planted in some articles so phrase queries have hits.
	BenchPhrases = []string{"climate change", "interest rates", "peace talks", "prime minister", "health care", "trade deal", "energy prices", "court ruling", "election campaign", "world cup"}
)

// vocabulary is words followed by 8,000 generated pseudo-words, so a Zipf
// draw gives a long tail of rarer terms as real text has.
var vocabulary = func() []string {
	syl := []string{"ka", "lo", "mi", "ren", "to", "sa", "vel", "dor", "an", "ti", "po", "ger", "ul", "be", "nis", "co", "ra", "fe", "stu", "wo"}
	out := slices.Clone(words)
	for i := 0; len(out) < len(words)+8000; i++ {
		out = append(out, syl[i%20]+syl[(i/20)%20]+syl[(i/400)%20])
	}
	return out
}()

func names(prefix string, n int) []string {
	first := []string{"Ann", "Bob", "Cara", "Dan", "Eva", "Femi", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lena", "Mo", "Nia", "Omar", "Pia", "Raj", "Sara", "Tom", "Uma"}
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s %s%d", first[i%len(first)], prefix, i)
	}
	return out
}

// GenArticles makes n deterministic synthetic articles of about 400 words
// in 8 paragraphs, with 0-5 attributed quotes, spread over three years.
func GenArticles(n int, seed uint64, firstID int) []*article.Article {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	zipf := rand.NewZipf(r, 1.07, 2, uint64(len(vocabulary)-1))
	authors := names("Writer", 300)
	speakers := names("Speaker", 1000)
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	sentence := func(min, max int) string {
		k := min + r.IntN(max-min+1)
		ws := make([]string, k)
		for i := range ws {
			ws[i] = vocabulary[zipf.Uint64()]
		}
		if r.IntN(12) == 0 {
			ws[r.IntN(k)] = BenchPhrases[r.IntN(len(BenchPhrases))]
		}
		s := strings.Join(ws, " ")
		return strings.ToUpper(s[:1]) + s[1:] + "."
	}
	out := make([]*article.Article, n)
	for i := range out {
		url := fmt.Sprintf("https://bench.example/%d", firstID+i)
		pub := start.Add(time.Duration(r.Int64N(int64(3 * 365 * 24 * time.Hour))))
		a := &article.Article{
			ID:          article.IDFor(url),
			URL:         url,
			SiteName:    BenchSites[r.IntN(len(BenchSites))],
			Section:     BenchSections[r.IntN(len(BenchSections))],
			Language:    "en",
			Headline:    sentence(6, 12),
			Summary:     sentence(12, 20),
			Authors:     []string{authors[r.IntN(len(authors))]},
			PublishedAt: pub.Format(time.RFC3339),
			Bullets:     []string{sentence(8, 12), sentence(8, 12)},
		}
		var paras []string
		for p := 0; p < 8; p++ {
			paras = append(paras, sentence(12, 20)+" "+sentence(12, 20)+" "+sentence(8, 14))
		}
		for q := r.IntN(6); q > 0; q-- {
			sp := speakers[r.IntN(len(speakers))]
			text := sentence(6, 14)
			p := r.IntN(len(paras))
			paras[p] += ` "` + text + `" said ` + sp + "."
			a.Quotes = append(a.Quotes, article.Quote{Text: text, Speaker: &sp, Cue: "said", Paragraph: p})
			a.Speakers = append(a.Speakers, article.Speaker{Name: sp, Quotes: 1})
		}
		a.Paragraphs = paras
		a.Body = strings.Join(paras, "\n\n")
		a.WordCount = len(strings.Fields(a.Body))
		a.ContentHash = article.HashContent([]byte(a.Body))
		a.Normalize()
		out[i] = a
	}
	return out
}
