package extract

import (
	"strings"
	"testing"
	"time"
)

// cmsPage is one whole invented page of the later rounds' press
// families (the cms10 to cms13 files), checked on every field at once:
// cmsCase's headline, authors, day, body kept and chrome left out, and
// the optional fields below. The wrong map may name, besides cmsCase's
// "headline", "authors" and "published":
//
//   - "kept": a body want the body lacks (a paragraph lost);
//   - "body": a chrome text the body carries;
//   - "dateline", "captions", "credits", "bullets", "notPic".
//
// A known-wrong mark must hold for every check made under its name:
// a mark some part of the field has outgrown fails the test.
type cmsPage struct {
	cmsCase
	// dateline is where the story was filed: "" leaves it unchecked,
	// "-" wants none.
	dateline string
	// captions: each want must be contained in some picture's caption;
	// nil leaves them unchecked.
	captions []string
	// capsNot lists text no caption may carry (a credit or its label
	// leaking into the caption); each is checked as "captions".
	capsNot []string
	// credits: each want must be contained in some picture's credit;
	// nil leaves them unchecked.
	credits []string
	// bullets: the key points must be as many, and each want contained
	// in some key point; nil leaves them unchecked, a non-nil empty list
	// wants none.
	bullets []string
	// notPic lists the texts of chrome pictures (avatars, logos,
	// related-story thumbnails, adverts) that must give no caption and
	// no credit.
	notPic []string
}

// checkCMSPages extracts each page as fetched at that time, one subtest
// per file, and checks every field of its row; on failure it logs the
// dateline and body got.
func checkCMSPages(t *testing.T, pages []cmsPage, fetched time.Time) {
	t.Helper()
	for _, c := range pages {
		t.Run(strings.TrimSuffix(c.file, ".html"), func(t *testing.T) {
			a := extractCMSPage(t, c.file, fetched)
			check := cmsChecker(t, c.wrong)
			c.checkHead(check, a)
			var lacks, bad []string
			for _, want := range c.body {
				if !strings.Contains(a.Body, want) {
					lacks = append(lacks, want)
				}
			}
			check("kept", len(lacks) == 0, "body lacks %q", lacks)
			for _, s := range c.chrome {
				if strings.Contains(a.Body, s) {
					bad = append(bad, s)
				}
			}
			check("body", len(bad) == 0, "body has chrome %q", bad)
			switch c.dateline {
			case "":
			case "-":
				check("dateline", a.Dateline == "", "dateline = %q, want none", a.Dateline)
			default:
				check("dateline", a.Dateline == c.dateline, "dateline = %q, want %q", a.Dateline, c.dateline)
			}
			var caps, creds []string
			for _, im := range a.Images {
				caps, creds = append(caps, im.Caption), append(creds, im.Credit)
			}
			if c.captions != nil {
				check("captions", cmsAllIn(c.captions, caps), "captions = %q, want %q", caps, c.captions)
			}
			for _, s := range c.capsNot {
				check("captions", !fcHas(caps, s), "a caption has %q; captions %q", s, caps)
			}
			if c.credits != nil {
				check("credits", cmsAllIn(c.credits, creds), "credits = %q, want %q", creds, c.credits)
			}
			if c.bullets != nil {
				check("bullets", len(a.Bullets) == len(c.bullets), "%d key points %q, want %d", len(a.Bullets), a.Bullets, len(c.bullets))
				if len(c.bullets) > 0 {
					check("bullets", cmsAllIn(c.bullets, a.Bullets), "bullets = %q, want %q", a.Bullets, c.bullets)
				}
			}
			var extra []string
			for _, s := range c.notPic {
				if fcHas(caps, s) || fcHas(creds, s) {
					extra = append(extra, s)
				}
			}
			check("notPic", len(extra) == 0, "chrome picture text %q among captions %q / credits %q", extra, caps, creds)
			if t.Failed() {
				t.Logf("dateline %q body:\n%s", a.Dateline, a.Body)
			}
		})
	}
}

// cmsAllIn reports whether each want is contained in some of got.
func cmsAllIn(wants, got []string) bool {
	for _, w := range wants {
		if !fcHas(got, w) {
			return false
		}
	}
	return true
}
