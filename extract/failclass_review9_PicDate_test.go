package extract

// Review of round 9's picture and date rules: adversarial rows where a
// new rule should not fire (a place after a caption's bar, a shooting
// date or place in a Chinese or Japanese bracket, a slug starting with a
// number after a month folder, the site-wide og:locale against the
// page's own language tag, an evergreen page's clocked update) and the
// variants where it should. TestFailureClasses runs them.

func fcReview9PicDateCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcRev9PictureCases()...)
	cs = append(cs, fcP8DateRows("dates/review9", fcRev9DateRows())...)
	return cs
}

// fcRev9PictureCases: creditAfterBar, creditSuffixed and cutVia.
func fcRev9PictureCases() []fcCase {
	fig := func(caption string) string {
		return `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + caption + `</figcaption></figure>`
	}
	var rows []fcImageRow
	for _, c := range [][4]string{
		// a place after the bar is where, not who
		{"en", "Protesters gather outside parliament. | Harbour Street", "Protesters gather outside parliament. | Harbour Street", ""},
		{"en", "Fans queue for the concert. | New York", "Fans queue for the concert. | New York", ""},
		// a sentence after the bar, and a name after a caption that is
		// no sentence, stay the caption's
		{"en", fcCap + " | The crossing took two hours.", fcCap + " | The crossing took two hours.", ""},
		{"en", "Passengers on the deck | Holmby Harbour", "Passengers on the deck | Holmby Harbour", ""},
		// a place or a note after a dash
		{"en", "The view from the summit — Lake Orla", "The view from the summit — Lake Orla", ""},
		{"en", "Holmby's ferry leaves the pier — Grest Island", "Holmby's ferry leaves the pier — Grest Island", ""},
		{"en", "Swimmers at dawn — Holmby Rock Pool", "Swimmers at dawn — Holmby Rock Pool", ""},
		{"en", "Passengers on the new route — Holmby/Grest", "Passengers on the new route — Holmby/Grest", ""},
		{"en", "Nils Brandt at the launch — Reuters Institute", "Nils Brandt at the launch — Reuters Institute", ""},
		{"en", "Fans celebrate the win. | Harbour Cup Final", "Fans celebrate the win. | Harbour Cup Final", ""},
		// the forms the rules are for
		{"en", fcCap + " | Nils Brandt", fcCap, "Nils Brandt"},
		{"en", fcCap + " | Nils Brandt/Holmby Courier", fcCap, "Nils Brandt/Holmby Courier"},
		{"en", fcCap + " — Getty Images", fcCap, "Getty Images"},
		{"en", fcCap + " – Nils Brandt/Reuters", fcCap, "Nils Brandt/Reuters"},
		{"en", fcCap + " Nils Brandt via Reuters", fcCap, "Nils Brandt via Reuters"},
		// "via" in the caption's own sentence
		{"en", "Passengers wave to the harbour master via a video link.", "Passengers wave to the harbour master via a video link.", ""},
		// Chinese and Japanese brackets that say when or where the
		// picture was taken, not by whom
		{"zh", "首航时甲板上的乘客（12月5日摄）", "首航时甲板上的乘客（12月5日摄）", ""},
		{"ja", "初航海で甲板に立つ乗客（5日、東京都内で撮影）", "初航海で甲板に立つ乗客（5日、東京都内で撮影）", ""},
		{"ja", "初航海で甲板に立つ乗客（東京都内で撮影）", "初航海で甲板に立つ乗客（東京都内で撮影）", ""},
		// and those that credit
		{"zh", "首航时甲板上的乘客（张明摄）", "首航时甲板上的乘客", "张明摄"},
		{"ja", "初航海で甲板に立つ乗客（共同通信社撮影）", "初航海で甲板に立つ乗客", "共同通信社撮影"},
	} {
		rows = append(rows, fcImageRow{name: c[0] + "/" + c[1], lang: c[0], media: fig(c[1]), want: [][3]string{{"deck", c[2], c[3]}}})
	}
	return fcImageRows("images/review9", rows)
}

// fcRev9DateRows: numericOrder, namedMonthFolder, attrMoment and the
// clocked update.
func fcRev9DateRows() []fcDateRow {
	page := func(meta string) string {
		return fcP9Page("Ferry to Grest makes first crossing", meta)
	}
	undated := fcP9News(`<p class="byline">By Tove Lindqvist</p>`, "")
	return []fcDateRow{
		// The page's language tag says British; og:locale is the
		// vendor's default en_US. And the other way round: the tag is
		// the CMS's default en-US, og:locale set by hand to en_GB.
		{name: "html-en-gb-og-en-us-dot-com", lang: "en-GB", url: "https://holmby-courier.com/news/ferry",
			head: `<meta property="og:locale" content="en_US">`, body: page(`<p class="meta">Published 05/12/2026</p>`), want: "2026-12-05"},
		{name: "html-en-us-og-en-gb-dot-com", lang: "en-US", url: "https://holmby-courier.com/news/ferry",
			head: `<meta property="og:locale" content="en_GB">`, body: page(`<p class="meta">Published 05/12/2026</p>`), want: "2026-12-05"},
		// Both tags American on a country address: month first.
		{name: "html-en-us-og-en-us-country-address", lang: "en-US", url: "https://holmby-courier.co.example/news/ferry",
			head: `<meta property="og:locale" content="en_US">`, body: page(`<p class="meta">Published 12/05/2026</p>`), want: "2026-12-05"},
		// No region anywhere, a .com: month first, as before.
		{name: "html-en-no-region-dot-com", lang: "en", url: "https://holmby-courier.com/news/ferry",
			body: page(`<p class="meta">Published 12/05/2026</p>`), want: "2026-12-05"},
		// A Canadian tag decides nothing; og:locale does.
		{name: "html-en-ca-og-en-gb", lang: "en-CA", url: "https://holmby-courier.com/news/ferry",
			head: `<meta property="og:locale" content="en_GB">`, body: page(`<p class="meta">Published 05/12/2026</p>`), want: "2026-12-05"},
		// A month folder and a slug that opens with a number: no day.
		{name: "month-folder-slug-opens-with-number", lang: "en-GB", url: "https://holmby-courier.example/2026/dec/15-things-to-do-on-grest/",
			body: fcP9News(`<p class="byline">By Tove Lindqvist, 5 December 2026</p>`, ""), want: "2026-12-05"},
		{name: "month-folder-slug-5g", lang: "en-GB", url: "https://holmby-courier.example/2026/sep/5g-masts-go-up-on-grest",
			body: fcP9News(`<p class="byline">By Tove Lindqvist, 2 September 2026</p>`, ""), want: "2026-09-02"},
		// A month archive: no day in the address, none shown.
		{name: "month-archive-no-day", lang: "en-GB", url: "https://holmby-courier.example/2026/march/", body: undated, want: ""},
		{name: "month-folder-day-and-slug", lang: "en-GB", url: "https://holmby-courier.example/travel/2026/march/14/ferry-to-grest", body: undated, want: "2026-03-14"},
		// A shown day without a clock; the update's time beside it,
		// labelled only by the words before it.
		{name: "shown-day-and-labelled-update-time", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<p class="byline">By Tove Lindqvist, <span class="date">5 December 2026 <span class="upd">last updated <span data-time="2026-12-05T20:10:00Z">8.10pm</span></span></span></p>`, ""), want: "2026-12-05"},
		// The time element of the shown day gives its moment.
		{name: "shown-day-time-element-moment", lang: "en-GB", url: fcP9U,
			body: fcP9News(`<p class="byline">By Tove Lindqvist <span class="posted-on"><time class="entry-date published" datetime="2026-12-05T14:30:00+00:00">5 December 2026</time><time class="updated" datetime="2026-12-05T20:10:00+00:00">5 December 2026</time></span></p>`, ""), want: "2026-12-05T14:30"},
		// An evergreen guide re-dated: the structured data keeps its
		// first day of years ago, the page shows the update with its
		// clock (in text, or in the time element's machine value).
		{name: "evergreen-updated-with-clock-text", lang: "en-US", url: "https://holmby-guides.example/how-to-book-the-grest-ferry",
			head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Ferry to Grest makes first crossing","datePublished":"2021-03-02T09:00:00Z"}</script>`,
			body: fcP9News(`<p class="meta">Updated December 1, 2026 10:15 am</p>`, ""), want: "2026-12-01"},
		{name: "evergreen-updated-time-element-machine-clock", lang: "en-US", url: "https://holmby-guides.example/how-to-book-the-grest-ferry",
			head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Ferry to Grest makes first crossing","datePublished":"2021-03-02T09:00:00Z"}</script>`,
			body: fcP9News(`<p class="meta"><time class="updated" datetime="2026-12-01T10:15:00Z">Updated December 1, 2026</time></p>`, ""), want: "2026-12-01"},
		// The news desk's update of yesterday's story, by a time element.
		{name: "news-updated-next-day-time-element", lang: "en-US", url: fcP9U,
			head: `<meta property="article:published_time" content="2026-12-05T19:30:00Z">`,
			body: fcP9News(`<p class="meta"><time class="updated" datetime="2026-12-06T14:15:00Z">Updated December 6, 2026</time></p>`, ""), want: "2026-12-05"},
	}
}
