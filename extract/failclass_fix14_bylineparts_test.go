package extract

// fcFix14BylinePartsCases: bylines whose parts are read wrongly, so that
// false people appear or writers are lost (round 14, class "byline
// parts"): a byline running on into its date's weekday short form or
// relative day, a job title's beat after its comma, "Follow" buttons
// between co-bylines' names, a wire after a long name in capitals, the
// particle joiners of Catalan and Spanish double surnames, picture
// label and photographer role spans beside byline items; and the
// ordinary bylines each rule must leave alone.
func fcFix14BylinePartsCases() []fcCase {
	item := func(name, role string) string {
		return `<div class="byline-item"><span class="byline-name">` + name + `</span><span class="byline-role">` + role + `</span></div>`
	}
	return fcAuthorRows("fix14/byline-parts", []fcAuthorRow{
		// a byline running on into its date
		{name: "en-desk-weekday-short-date", html: fcStoryIn("en", "", `<div class="article-author-date"><span class="author">Jo Marlow-Keane</span> <span class="date">Wed 6 Mar 2024, 9:10 AM</span></div>`, "", ""), want: []string{"Jo Marlow-Keane"}},
		{name: "de-von-heute-time", html: fcP8Line("de", "Von Marta Olsen Heute, 07:14 Uhr"), want: []string{"Marta Olsen"}},
		{name: "sv-av-idag-time", html: fcP8Line("sv", "Av Marta Olsen idag 07:14"), want: []string{"Marta Olsen"}},
		{name: "en-chinese-surname-sun-kept", html: fcP8Line("en", "By Wei Sun 5 March 2024"), want: []string{"Wei Sun"}},
		{name: "es-surname-hoy-kept", html: fcP8Line("es", "Por Chris Hoy | 05/03/2024"), want: []string{"Chris Hoy"}},
		// a job title and its beat
		{name: "en-role-beat-after-comma", html: fcP8Line("en", "By Jane Holm, Staff Writer, Politics"), want: []string{"Jane Holm"}},
		{name: "en-two-writers-after-role", html: fcP8Line("en", "By Jane Holm, Staff Writer, and Ida Sund"), want: []string{"Jane Holm", "Ida Sund"}},
		{name: "en-comma-list-kept", html: fcP8Line("en", "By Jane Holm, Ida Sund, Al Poe"), want: []string{"Jane Holm", "Ida Sund", "Al Poe"}},
		// follow buttons
		{name: "en-follow-buttons-three", html: fcStoryIn("en", "", `<div class="byline">By <a href="/author/jane-holm">Jane Holm</a> <button class="follow">Follow</button>, <a href="/author/ida-sund">Ida Sund</a> <button class="follow">Follow</button> and <a href="/author/al-poe">Al Poe</a> <button class="follow">Follow</button></div>`, "", ""), want: []string{"Jane Holm", "Ida Sund", "Al Poe"}},
		{name: "en-follow-on-twitter-tail", html: fcP8Line("en", "By Jane Holm Follow on Twitter"), want: []string{"Jane Holm"}},
		// capitals, particles and suffixes
		{name: "en-caps-particles-suffix-wire", html: fcP8Line("en", "By MARIA DE LOS SANTOS JR. Associated Press"), want: []string{"Maria De Los Santos Jr."}},
		// particle joiners of double surnames
		{name: "ca-text-double-surnames", html: fcP8Line("ca", "Text: Núria Casals i Prat i Jordi Vilaró i Puig"), want: []string{"Núria Casals i Prat", "Jordi Vilaró i Puig"}},
		{name: "ca-two-full-names", html: fcP8Line("ca", "Text: Núria Casals i Jordi Vilaró"), want: []string{"Núria Casals", "Jordi Vilaró"}},
		{name: "es-ortega-y-gasset", html: fcP8Line("es", "Por José Ortega y Gasset"), want: []string{"José Ortega y Gasset"}},
		{name: "es-two-full-names-y", html: fcP8Line("es", "Por Ana Ruiz y Pedro Lima"), want: []string{"Ana Ruiz", "Pedro Lima"}},
		{name: "pt-person-e-desk", html: fcP8Line("pt", "Por Ana Souza e Redação"), want: []string{"Ana Souza"}},
		// picture labels and photographer roles beside byline items
		{name: "no-items-fotograf-role", html: fcStoryIn("no", "", `<div class="bylines">`+item("Kari Stensland", "Journalist")+item("Silje Brekke", "Fotograf")+`</div>`, "", ""), want: []string{"Kari Stensland"}},
		{name: "en-items-photographer-role", html: fcStoryIn("en", "", `<div class="bylines">`+item("Jane Holm", "Reporter")+item("Ida Sund", "Photographer")+`</div>`, "", ""), want: []string{"Jane Holm"}},
		{name: "no-items-two-journalists", html: fcStoryIn("no", "", `<div class="bylines">`+item("Kari Stensland", "Journalist")+item("Per Olsen", "Journalist")+`</div>`, "", ""), want: []string{"Kari Stensland", "Per Olsen"}},
		{name: "fi-teksti-kuvat-label-spans", html: fcStoryIn("fi", "", `<div class="article__byline"><span class="article__byline-label">Teksti</span> <span class="article__byline-names">Matti Virtanen ja Liisa Salo</span> <span class="article__byline-label">Kuvat</span> <span class="article__byline-names">Jussi Lehtonen</span></div>`, "", ""), want: []string{"Matti Virtanen", "Liisa Salo"}},
		{name: "de-text-foto-label-spans", html: fcStoryIn("de", "", `<div class="byline"><span class="byline-label">Text</span> <span class="byline-name">Marta Olsen</span> <span class="byline-label">Fotos</span> <span class="byline-name">Jonas Lind</span></div>`, "", ""), want: []string{"Marta Olsen"}},
	})
}
