package extract

// fcFix25AbsNamesCases are the navigation and taxonomy words
// TestMetamorphicAbsent found read as a name once every byline was cut
// (metamorphic_absent_test.go), each with a real author of the same shape
// that must still be read:
//
//   - a post footer's tag list given the byline class (Blogger's "<div
//     class='byline post-labels'><span class=byline-label>Labels:</span>
//     <a rel=tag>sourdough</a></div>", a WordPress theme's "Categories:
//     …" row): no author "Labels" (bylinetopics.go's topicsByline, the
//     topic_labels of the lexicon), while the post's hCard byline beside
//     it is still read;
//   - a section link beside the date in the byline box ("Dec 4, 2026 -
//     <a href=/politics-policy>Politics & Policy</a>", the same link in
//     the site's <nav>): no author "Politics; Policy" (bylinetopics.go's
//     withoutSectionLinks), while a writer's link in the same box is still
//     read;
//   - a filing line under the byline ("Reporting from Los Alamillos,
//     Texas") in the byline box: no author "Texas" (bylinetopics.go's
//     withoutFilingLines), while the names above it are still read, here
//     and beside an Italian filing line ("di Mario Rossi" over "dal nostro
//     inviato a Kiev, Ucraina"). (An opener then the writer's name, "dal
//     nostro inviato Mario Rossi, Kiev", gave "Kiev" before and gives no
//     one now: not fixed.)
func fcFix25AbsNamesCases() []fcCase {
	post := func(header, footer string) string {
		return fcPage("en", `<title>A week of sourdough failures</title>`,
			`<main><article class="post"><h1 class="post-title">A week of sourdough failures</h1><div class="post-header">`+header+`</div>`+
				fcProse(21, 5)+`<div class="post-footer">`+footer+`</div></article></main>`)
	}
	labels := `<div class="byline post-labels"><span class="byline-label">Labels:</span><a href="/search/label/sourdough" rel="tag">sourdough</a></div>`
	cats := `<span class="byline cat-links">Categories: <a href="/category/bread/" rel="category tag">Bread</a></span>`
	author := `<span class="byline post-author vcard"><span class="byline-label">By</span> <span class="fn">Hamish Oyelowo-Barr</span></span>`
	axios := func(names string) string {
		return fcPage("en", `<title>Senate passes stopgap bill</title>`,
			`<header><nav><a href="/politics-policy">Politics &amp; Policy</a> <a href="/technology">Technology</a> <a href="/health">Health</a></nav></header>`+
				`<main><article><h1>Senate passes stopgap bill</h1><div class="byline-date"><div class="bylines">`+names+`</div>`+
				`<div class="date-section"><span class="timestamp">Dec 4, 2026 - <a href="/politics-policy">Politics &amp; Policy</a></span></div></div>`+fcProse(12, 5)+`</article></main>`)
	}
	filed := func(by string) string {
		return fcPage("en", `<title>A river town bets on desalination</title>`,
			`<main><article><header><h1>A river town bets on desalination</h1><div class="css-bylines"><p class="css-byline"><span>`+by+`</span></p>`+
				`<p class="css-report">Reporting from Los Alamillos, Texas</p></div></header>`+fcProse(8, 5)+`</article></main>`)
	}
	return []fcCase{
		{class: "fix25absnames/ a filing line in the byline box", html: filed(`By <a class="css-author"></a> and <a class="css-author"></a>`),
			check: fcCheckAuthors()},
		{class: "fix25absnames/ must still fire: the names above the filing line", html: filed(`By <a class="css-author">Cornelia Abernathy-Ruiz</a> and <a class="css-author">Tobias Lindqvist</a>`),
			check: fcCheckAuthors("Cornelia Abernathy-Ruiz", "Tobias Lindqvist")},
		{class: "fix25absnames/ must still fire: a name beside an Italian filing line", html: fcPage("it", `<title>La tregua regge a Kiev</title>`,
			`<main><article><h1>La tregua regge a Kiev</h1><div class="byline">di Mario Rossi</div><div class="byline">dal nostro inviato a Kiev, Ucraina</div>`+fcProse(3, 5)+`</article></main>`),
			check: fcCheckAuthors("Mario Rossi")},
		{class: "fix25absnames/ a section link the menu also holds, beside the date", html: axios(`<a class="byline-link" href="/authors/qah"></a>`),
			check: fcCheckAuthors()},
		{class: "fix25absnames/ must still fire: the writer's link beside the section link", html: axios(`<a class="byline-link" href="/authors/qah">Quinn Adebayo-Hart</a>`),
			check: fcCheckAuthors("Quinn Adebayo-Hart")},
		{class: "fix25absnames/ a Blogger tag list with the byline class", html: post(`<span class="byline post-author vcard"><span class="byline-label">By</span></span>`, labels),
			check: fcCheckAuthors()},
		{class: "fix25absnames/ a category row with the byline class", html: post(``, cats),
			check: fcCheckAuthors()},
		{class: "fix25absnames/ must still fire: the post's byline beside its tag list", html: post(author, labels),
			check: fcCheckAuthors("Hamish Oyelowo-Barr")},
		{class: "fix25absnames/ must still fire: the post's byline beside its category row", html: post(author, cats),
			check: fcCheckAuthors("Hamish Oyelowo-Barr")},
	}
}
