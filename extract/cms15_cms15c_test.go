package extract

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// cms15cCases are whole invented pages that are no news story but that
// an extractor meets among articles: a food blog's post with its recipe
// card (WP Recipe Maker, Tasty Recipes), a product review with its spec
// table and price box, documentation pages (Sphinx's Read the Docs
// theme, MkDocs Material, Docusaurus) with their sidebars, "Edit this
// page" and "Last updated" lines, a TYPO3 company "About us" page, an
// event of The Events Calendar (the event's day is no publication day),
// a job advert, a Discourse topic, a glossary entry, a Zendesk help
// article, a town hall's service page and a podcast episode's show
// notes. Most have no writer: none is wanted rather than a wrong one.
// Every field is checked at once (see cmsPage).
var cms15cCases = []cmsPage{
	{cmsCase: cmsCase{file: "cms15c-wprm-recipe-en.html", headline: "Crispy Sheet-Pan Gnocchi with Roasted Peppers",
		authors: []string{"Jenna Morrow"}, published: "2024-02-27",
		body:   []string{"Store-bought gnocchi were never meant to be boiled.", "Do not crowd the tray.", "shelf-stable potato gnocchi", "Heat the oven to 220°C", "Scatter over the lemon zest and basil", "Leftovers reheat well"},
		chrome: []string{"Jump to Recipe", "Print Recipe", "Pin Recipe", "from 29 votes", "affiliate links", "Advertisement", "Share this:", "Made this twice already", "Leave a Reply", "One-Pot Lemon Orzo", "Jenna is a home cook", "We use cookies", "All rights reserved"}},
		dateline: "-",
		captions: []string{"Spread everything out in one layer"}},
	{cmsCase: cmsCase{file: "cms15c-tasty-rezept-de.html", headline: "Schwäbische Linsen mit Spätzle – wie bei Oma",
		authors: []string{"Katrin Oberländer"}, published: "2024-01-18",
		body:   []string{"Linsen mit Spätzle und Saitenwürstle gab es bei meiner Oma", "Klassisch sind Alblinsen", "250 g Alblinsen", "Die Linsen waschen und mit der doppelten Menge Wasser", "mit Spätzle und Würstle servieren.", "aufgewärmt am nächsten Tag"},
		chrome: []string{"Zum Rezept springen", "Rezept drucken", "von 57 Bewertungen", "Merken", "Werbung", "Genau wie früher", "Schreibe einen Kommentar", "Kässpätzle aus der Pfanne", "Katrin kocht seit zwanzig Jahren", "Beliebte Rezepte", "Wir verwenden Cookies", "Impressum"}},
		dateline: "-",
		captions: []string{"Die Linsen sollen weich sein"}},
	{cmsCase: cmsCase{file: "cms15c-review-spec-en.html", headline: "Kestrel Aero 14 review: a light laptop with a heavy battery",
		authors: []string{"Tomasz Reilly"}, published: "2024-03-04",
		body:   []string{"Kestrel has spent three years trying", "The magnesium shell keeps the weight", "At 300 nits it is hard to read", "Everyday work is smooth.", "the screen is the only real compromise."},
		chrome: []string{"affiliate commission", "Today's best", "View at Retailer One", "250 million products", "Advertisement", "Read more:", "has reviewed laptops for a decade", "Vireo Book 13", "Anna Lightfoot", "Join the conversation", "Most Popular", "All rights reserved", "We use cookies"}},
		dateline: "-",
		captions: []string{"The Aero 14 is 14.9mm at its thickest point."},
		credits:  []string{"Gadget Bench"}},
	{cmsCase: cmsCase{file: "cms15c-sphinx-rtd-en.html", headline: "Configuration",
		body:   []string{"Quillmate reads its settings from a single TOML file", "looks for quillmate.toml in the working directory", "Unknown keys are reported as warnings", "Every setting has an environment variable", "anything else counts as false."},
		chrome: []string{"¶", "Edit on GitHub", "Search docs", "Command-line reference", "Previous", "Next", "Copyright 2024", "Built with", "Read the Docs"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms15c-mkdocs-material-de.html", headline: "Authentifizierung",
		body:   []string{"Alle Anfragen an die Fahrplan-API brauchen", "Den Schlüssel erhalten Sie kostenlos", "Geben Sie Ihren Schlüssel nie", "Senden Sie den Schlüssel bei jeder Anfrage", "Das Kontingent wird jede Nacht um 3 Uhr zurückgesetzt."},
		chrome: []string{"¶", "Zum Inhalt", "Inhaltsverzeichnis", "Abfahrten in Echtzeit", "Zurück", "Weiter", "Made with", "Copyright", "Suche"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms15c-docusaurus-en.html", headline: "Deploying to production",
		published: "2024-03-05",
		body:      []string{"A Larkspur app runs the same way in production", "Run the build command from the project root.", "Set LARKSPUR_ENV=production before you build", "Point the proxy at port 8080", "never touches the database."},
		chrome:    []string{"Skip to main content", "give it a star", "Upgrading from v2", "On this page", "Edit this page", "Last updated", "Priya Raman", "Previous", "Copyright © 2024", "Built with Docusaurus"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms15c-ueber-uns-typo3-de.html", headline: "Über uns",
		wrong: map[string]string{
			"kept": "the text is TYPO3's sibling content elements (div.frame, one per text block): the body keeps the first text-and-picture frame only, not the text frame after it",
		},
		body:   []string{"Als Alois Brenninger 1961 seine Zimmerei", "Seit 2009 führt Maria Brenninger den Betrieb", "Wir verwenden fast ausschließlich Fichten- und Tannenholz", "Jedes Jahr öffnen wir im Mai unsere Werkstatt"},
		chrome: []string{"Zum Hauptinhalt springen", "Startseite", "Karriere", "Jetzt unverbindlich anfragen", "Öffnungszeiten Büro", "Impressum", "© 2024", "Diese Website verwendet Cookies"}},
		dateline: "-",
		captions: []string{"Unsere Werkstatt in Traunwalchen"}},
	{cmsCase: cmsCase{file: "cms15c-tribe-event-en.html", headline: "Spring Seed Swap & Potting Workshop",
		published: "2024-03-01",
		body:      []string{"Bring your spare seeds and take home someone else’s.", "head gardener Tomas Brandt will run a free potting workshop", "Please label saved seeds"},
		chrome:    []string{"All Events", "This event has passed.", "Pruning Basics", "Community Compost Day", "Add to calendar", "Google Calendar", "Google Map", "Gates open dawn to dusk", "Proudly powered"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms15c-stellenanzeige-de.html", headline: "Sachbearbeiter (m/w/d) Bauverwaltung in Vollzeit",
		published: "2024-03-04",
		body:      []string{"Die Stadt Lindenau ist mit rund 42.000 Einwohnerinnen", "Sie bearbeiten Anträge auf Baugenehmigungen", "Gute Kenntnisse im Bauordnungsrecht", "Bis zu zwei Tage mobiles Arbeiten", "ausschließlich über unser Online-Portal."},
		chrome:    []string{"Jetzt bewerben", "Stelle merken", "Kennziffer", "Bewerbungsfrist:", "Stelle teilen", "Bauingenieur (m/w/d) Tiefbau", "Alle Stellen", "Wir nutzen Cookies", "Impressum"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms15c-discourse-en.html", headline: "Raised beds rotting after two seasons, what wood lasts?",
		authors: []string{"plot42_gwen"}, published: "2024-03-02",
		body:   []string{"I built four raised beds from untreated pine", "Is larch worth the extra money", "Larch, every time.", "Don’t line the insides with plastic sheeting."},
		chrome: []string{"3 Likes", "Soil & Structures", "Best way to fill a tall raised bed", "Terms of Service", "Powered by Discourse"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms15c-lexikon-glossar-de.html", headline: "Bausparvertrag",
		published: "2024-03-05",
		body:      []string{"Ein Vertrag mit einer Bausparkasse", "Ein Bausparvertrag hat zwei Phasen.", "Wer wenig verdient, kann die Wohnungsbauprämie", "Als reine Geldanlage taugt der Vertrag"},
		chrome:    []string{"Begriffe von A bis Z", "Zuletzt aktualisiert", "Anzeige", "Zum Rechner", "Verwandte Begriffe", "Annuitätendarlehen", "War dieser Artikel hilfreich", "Beliebte Ratgeber", "Alle Angaben ohne Gewähr"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms15c-zendesk-kb-en.html", headline: "How do I pause or skip a delivery?",
		authors: []string{"Mara Lindqvist"}, published: "2024-03-05",
		body:   []string{"You can skip any single delivery", "Find the week you want to skip", "Go to Plan settings and choose", "we cannot promise a refund."},
		chrome: []string{"Skip to main content", "Submit a request", "Articles in this section", "Can I change my delivery day?", "Follow", "Related articles", "Was this article helpful?", "found this helpful", "Return to top", "sign in", "0 comments"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms15c-buergerservice-de.html", headline: "Personalausweis beantragen",
		published: "2024-02-19",
		body:      []string{"Alle Deutschen ab 16 Jahren müssen", "ein aktuelles biometrisches Passfoto", "Der Personalausweis kostet 37,00 Euro", "Ein vorläufiger Personalausweis kann für 10,00 Euro"},
		chrome:    []string{"Direkt zum Inhalt", "Leichte Sprache", "Sie sind hier", "Termin online vereinbaren", "Seite drucken", "Seite teilen", "Reisepass beantragen", "Bürgerbüro am 8. März geschlossen", "Erklärung zur Barrierefreiheit"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms15c-podcast-episode-en.html", headline: "Why your sourdough is sour (with Dr. Ines Albrecht)",
		published: "2024-03-05",
		body:      []string{"Every sourdough starter is a small ecosystem", "We talk about why a starter kept in a cold kitchen", "Yeasts versus bacteria: who does what", "hosted by Lena Marsh."},
		chrome:    []string{"Listen on", "Apple Podcasts", "Download", "Read the transcript", "More episodes", "The perfect crumb, explained", "Hosted on Podhost"}},
		dateline: "-"},
}

// TestCMS15cms15c extracts each page and checks every field.
func TestCMS15cms15c(t *testing.T) {
	checkCMSPages(t, cms15cCases, cmsFetched)
}

// TestCMS15cms15cShop: a shop's category page (a grid of product tiles
// with prices and cart buttons, and a few paragraphs of buying advice
// under it, as shop systems print for search engines) lists products:
// no article.
func TestCMS15cms15cShop(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "cms", "cms15c-shop-kategorie-de.html"))
	if err != nil {
		t.Fatal(err)
	}
	// Known wrong: the grid's tiles give short lines (prices, brands)
	// and the advice text under it outweighs the links, so no listing
	// rule fires (no JSON-LD type, no <article> teasers, product names
	// are links outside headings).
	const known = "the product grid (Shopware's div.product-box tiles) is read as text: no rule knows a shop listing"
	a, err := Extract(Input{HTML: page, FetchedAt: cmsFetched}, Options{NoQuotes: true})
	switch {
	case !errors.Is(err, ErrNotArticle):
		t.Logf("known wrong: a shop's category page is an article (%s); body:\n%s", known, a.Body)
	default:
		t.Errorf("the shop page is no article now: remove the known-wrong mark")
	}
}
