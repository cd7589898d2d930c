package extract

import (
	"testing"
	"time"
)

// cms12bFetched is the fetch time of the round-12 chain and
// digital-native pages: a week or so after their articles (early
// December 2026), so header clocks are not the publication date.
var cms12bFetched = time.Date(2026, 12, 12, 10, 0, 0, 0, time.UTC)

// cms12bCases: each row is a whole invented page in the stock template of
// one English-language newspaper chain or digital-native outlet (a
// McClatchy-like, Hearst-like, Advance-like, Tribune-like chain paper, a
// Dow-Jones-like paywalled business daily, an NYT-like national, UK and
// Irish quality dailies, Axios-like, Politico-like, Chorus-like,
// Insider-like, Bloomberg-like, Conversation-like and nonprofit
// investigative sites), with its chrome, checked on all fields at once.
// The authors are the writers only: no photographers, contributors ("X
// contributed reporting"), editors or bio lines. capsNot lists text no
// caption may carry (the credit or its label leaking into the caption);
// the other fields are checked as cmsPage says.
var cms12bCases = []cmsPage{
	{cmsCase: cmsCase{file: "cms12b-us-mcclatchy.html", headline: "Water rates in Harlow County could rise 18% to pay for new treatment plant",
		authors: []string{"Delphine Arkwright-Moss", "Ruben Castellano-Ibarra"}, published: "2026-12-05",
		body:   []string{"Customers of the Harlow County Water District would pay", "The 18% increase would help pay", "We have patched this plant", "about $58 in July", "fewer than 900 households are enrolled", "The board is expected to vote on the rates Dec. 14"},
		chrome: []string{"We use cookies", "Breaking News", "Kellogg Avenue", "Only have a minute", "Trinity Audio", "Advertisement", "RELATED STORIES", "Boil-water advisory", "Get unlimited digital access", "Subscribe for only", "joined the paper in 2019", "Support my work", "Take Us With You", "Trending Stories", "Shockers rally", "Read Next", "Monique Ferreira-Lund", "All Rights Reserved", "twendeling@"}},
		dateline: "-",
		captions: []string{"The Harlow County Water District’s treatment plant on West 21st Street", "Residents listen during a public meeting"},
		capsNot:  []string{"twendeling@", "darkwright@"},
		credits:  []string{"Tobias Wendeling", "Delphine Arkwright-Moss"}},
	{cmsCase: cmsCase{file: "cms12b-us-hearst.html", headline: "Bayside ferry terminal to close for a year as crews rebuild sinking pier",
		authors: []string{"Wendell Okonkwo-Price"}, published: "2026-12-03",
		body:   []string{"The Bayside ferry terminal, used by about 4,200 commuters", "voted 6-1 to approve a $38 million contract", "If we don’t do this now", "free shuttle from the Bayside parking lot", "Dexter Holloway-Grant", "scheduled to reopen in spring 2028"},
		chrome: []string{"This website uses cookies", "BREAKING", "Highway 1 closed", "Bay Area › Transportation", "Gift Article", "Article continues below this ad", "Related Stories", "Ferry ridership climbs", "previously worked at papers", "Topics:", "Most Popular", "best burritos", "Top of the News", "Cordelia Marsh-Tan", "Morning Fix", "All rights reserved", "Photo:"}},
		dateline: "-",
		captions: []string{"Passengers board a ferry at the Bayside terminal on Tuesday", "Crews inspect the timber piles"},
		capsNot:  []string{"Photo:", "Marisol Quintero-Hale", "Courtesy"},
		credits:  []string{"Marisol Quintero-Hale/The Chronicle", "Courtesy Water Emergency Transportation Authority"}},
	{cmsCase: cmsCase{file: "cms12b-us-advance.html", wrong: map[string]string{
		"authors": "the co-byline \"By A | NJ Advance Media for X and B | The Star-Ledger\" is cut at its first \" | \" (the separator that ends the names of a one-author line), so the second writer is lost",
	}, headline: "N.J. county will pay $4.2M to settle suit over jail death, records show",
		authors: []string{"Kalliope Petrakis-Doyle", "Tendai Mbwana"}, published: "2026-12-04",
		body:   []string{"A North Jersey county has agreed to pay $4.2 million", "died of a perforated ulcer in March 2023", "will not bring Marcus back", "approved by the board of commissioners in a 5-2 vote", "second full-time nurse", "third involving a death at the jail since 2019"},
		chrome: []string{"Accept All Cookies", "ADVERTISEMENT", "Our journalism needs your support", "If you purchase a product", "User Agreement", "Latest News", "Turnpike tolls", "Jonah Feldstein", "Advance Local Media LLC", "Community Rules", "Published:"}},
		dateline: "-",
		captions: []string{"The county jail in Lyndhurst, where Marcus Delgado-Finch died in 2023.", "Yolanda Finch holds a photo of her son"},
		capsNot:  []string{"Aris Economopoulos", "Patti Sapone"},
		credits:  []string{"Aris Economopoulos", "Patti Sapone"}},
	{cmsCase: cmsCase{file: "cms12b-us-dowjones.html", wrong: map[string]string{
		"body": "the \"SHARE YOUR THOUGHTS\" reader-question box (a <div> with an <h4> and one <p>) between the paragraphs scores as text and stays",
	}, headline: "Regional Banks Pull Back on Office Loans as Vacancies Climb",
		authors: []string{"Priscilla Vandemeer", "Hamish Oyelaran"}, published: "2026-12-02",
		body:   []string{"Regional banks are pulling back from lending on office buildings", "cut their office-loan balances by 6%", "We are not making new office loans", "the highest level in records going back to 1979", "A handful of private-credit funds"},
		chrome: []string{"We use cookies", "DJIA", "Finance | Banking", "Listen (5 min)", "Gift unlocked article", "SHARE YOUR THOUGHTS", "Join the conversation below", "Continue reading your article", "Already a member", "What to Read Next", "Two Community Banks in Ohio", "Most Popular News", "Hiring Cooled", "Dow Ledger Products", "87990cbe856818d5eddac44c7b1cdeb8", "PHOTO:"}},
		dateline: "-",
		captions: []string{"A largely vacant office tower in downtown Kelby", "Office-loan delinquencies at regional banks"},
		capsNot:  []string{"PHOTO:", "ROSALIND"},
		credits:  []string{"ROSALIND ACHTERBERG FOR THE LEDGER STREET JOURNAL", "Tallis Partners"}},
	{cmsCase: cmsCase{file: "cms12b-us-nytlike.html", headline: "A Drought-Stricken River Town Bets Its Future on a Desalination Plant",
		authors: []string{"Cornelia Abernathy-Ruiz", "Tobias Lindqvist", "Amara Nwosu-Bell"}, published: "2026-12-01",
		body:   []string{"For most of a century, Los Alamillos drew its water", "stopped reaching the town’s intake pipe for 41 days", "betting $210 million", "We do not have another river", "about a million gallons of brine", "State regulators are expected to rule on the injection permit in February."},
		chrome: []string{"We and our partners use cookies", "Subscribe for $1/week", "Share full article", "SKIP ADVERTISEMENT", "Read more about water in the West", "Western States Near a Deal", "A version of this article appears in print", "Order Reprints", "More in Climate and Environment", "Alpine Glaciers", "Ingrid Halvorsen", "Trending in The Times", "Credit...", "is a national correspondent based in Houston"}},
		captions: []string{"The Rio Mesa near Los Alamillos, Texas, in November.", "Engineers test a pilot version"},
		capsNot:  []string{"Credit...", "Josefina"},
		credits:  []string{"Josefina Arriaga-Cole for The Metropolitan Times"}},
	{cmsCase: cmsCase{file: "cms12b-uk-independent.html", headline: "Rail fares to rise by 4.6% in March, government confirms",
		authors: []string{"Harriet Ogunleye-Burns"}, published: "2026-12-03",
		body:   []string{"Rail fares in England will rise by 4.6 per cent in March", "accounts for about 45 per cent of all fares sold", "below inflation in real terms", "a service that is still falling apart", "about £200 more for an annual season ticket", "Fares in Scotland are set separately"},
		chrome: []string{"900 partners", "Log in / register", "Morning Headlines", "privacy notice", "Read more:", "Train cancellations hit record", "Thank you for registering", "More about", "Join our commenting forum", "grumpycommuter", "Another year, another rise", "Most popular", "Met Office snow forecast", "Popular videos", "Digital News &amp; Media", "(PA Wire)", "(Getty Images)"}},
		dateline: "-",
		captions: []string{"Passengers at London Waterloo. Regulated fares in England will rise", "Transport secretary Gideon Ashworth-Peel defended the rise on Wednesday"},
		capsNot:  []string{"PA Wire", "Getty"},
		credits:  []string{"PA Wire", "Getty Images"}},
	{cmsCase: cmsCase{file: "cms12b-uk-telegraph.html", headline: "Farmers warn of milk shortages as processors cut collection rounds",
		authors: []string{"Rosamund Trevelyan-Ng"}, published: "2026-12-04",
		body:   []string{"Dairy farmers in the north of England and Scotland have warned", "blaming a 40pc rise in haulage costs", "These are family farms", "Britain has lost more than half its dairy farms since 2002", "explored every option", "Northfold Foods did not respond"},
		chrome: []string{"Your privacy choices", "Subscribe now", "Gift this article free", "Advertisement", "Related Articles", "Milk prices fall for third month", "Try full digital access", "Related Topics", "Join the conversation", "Dales Farmer", "Wensleydale", "More stories", "Bank of England signals", "Courier-Gazette Media Group", "Credit:"}},
		dateline: "-",
		captions: []string{"Milk tankers will stop calling at dozens of farms", "Agnes Fairbairn on her farm near Hawick"},
		capsNot:  []string{"Credit:", "Alamy", "Stuart Nicol"},
		credits:  []string{"Harvey Pendleton-Moore/Alamy", "Stuart Nicol for The Courier-Gazette"}},
	{cmsCase: cmsCase{file: "cms12b-uk-times.html", headline: "NHS trusts told to stop using agency nurses within two years",
		authors: []string{"Eleanor Fitzgerald-Amadi", "Samuel Okonjo"}, published: "2026-12-05",
		body:   []string{"Hospitals in England will be told to stop using agency nurses", "more than £100 an hour", "capped at 1 per cent of the nursing pay bill", "The money is there", "You cannot ban your way out of a staffing crisis", "will be given extra support to expand their staff banks"},
		chrome: []string{"recognise your repeat visits", "Gift article", "Related articles", "Nurses accept 4.5% pay deal", "Get unlimited access for £1", "Related to this story", "community guidelines", "P. Henshaw", "Our local trust", "Most read", "Snow to fall across north", "Registered in England", "ALAMY"}},
		dateline: "-",
		captions: []string{"Agency nurses can cost hospitals twice as much", "Conrad Ashby-Whitlock said agency fees were a waste"},
		capsNot:  []string{"ALAMY", "HOLLOWAY-PRICE"},
		credits:  []string{"ALAMY", "JAMES HOLLOWAY-PRICE FOR THE CHRONICLE OF LONDON"}},
	{cmsCase: cmsCase{file: "cms12b-ie-daily.html", wrong: map[string]string{
		"body": "the topics line \"IN THIS ARTICLE Transport Dublin Port\" (a label <span> and links in one <div>) after the text stays: the label is not a lexicon tail label, and a prefix would catch sentences opening \"In this article\"",
	}, headline: "Dublin Port tunnel tolls to rise by €1 from January",
		authors: []string{"Aoife Ní Bhraonáin", "Cillian Mac Giolla Rua"}, published: "2026-12-03",
		body:   []string{"Tolls for cars using the Dublin Port tunnel at peak times", "Off-peak tolls will increase from €3 to €3.50", "€48 million upgrade", "difficult to justify", "carries about 20,000 vehicles a day", "TII said it would review the tolls again in 2028."},
		chrome: []string{"to analyse our traffic", "Gift this article", "Advertisement", "Related", "M50 tolls to rise", "Sign up for push alerts", "WhatsApp", "In The News podcast", "is Dublin Editor", "IN THIS ARTICLE", "Most Read", "Status orange wind warning", "Liffey Times DAC", "Photograph:"}},
		dateline: "-",
		captions: []string{"The Dublin Port tunnel at Whitehall.", "The toll plaza at the northern end of the tunnel."},
		capsNot:  []string{"Photograph", "Collins"},
		credits:  []string{"Niamh Ó Broin-Kavanagh/The Liffey Times", "Collins Photos"}},
	{cmsCase: cmsCase{file: "cms12b-us-axios.html", headline: "Scoop: Senate Democrats plan vote on drug price caps before recess",
		authors: []string{"Quinn Adebayo-Hart", "Mireille Castaneda"}, published: "2026-12-04",
		body:   []string{"Senate Democrats plan to force a vote before the holiday recess", "Why it matters:", "put Republicans on the record", "Driving the news:", "$35 for insulin", "It would apply to private insurance plans", "What they're saying:", "The other side:", "What's next:", "could still change the timing"},
		chrome: []string{"We use cookies", "Brevia Pro", "Politics &amp; Policy", "Poll: Drug prices top voters", "Get more news that matters", "Brevia Markets", "House GOP unveils", "Lachlan Ferreira", "Trending", "Fed's Dunmore", "Brevia Media", "Photo:"}},
		dateline: "-",
		captions: []string{"Senate Majority Leader Harlan Wexley-Boone at the Capitol on Tuesday.", "Share of adults who skipped a prescription"},
		capsNot:  []string{"Photo:", "Getty", "Chart:"},
		credits:  []string{"Sebastian Ruelas-Kim/Getty Images", "Brevia Visuals"}},
	{cmsCase: cmsCase{file: "cms12b-us-politico.html", headline: "House Republicans split over farm bill food stamp cuts",
		authors: []string{"Desmond Achebe-Warwick", "Kirsten Holmqvist"}, published: "2026-12-02",
		body:   []string{"A bloc of rural House Republicans is threatening to sink the farm bill", "At least nine Republicans told party leaders", "A lot of the people who’d lose benefits", "expected a vote next week", "can lose only two Republicans", "The current farm bill expires Dec. 31."},
		chrome: []string{"CAPITOLIO uses cookies", "Playbook", "Link Copied", "RELATED STORIES", "Senate Ag chair rejects", "unofficial guide", "By signing up", "Filed under:", "Most Read", "Senate passes stopgap", "Three takeaways", "CAPITOLIO LLC", "Updated:"}},
		dateline: "-",
		captions: []string{"Rep. Thaddeus Kirkbride, chair of the House Agriculture Committee", "The Capitol on Tuesday evening."},
		capsNot:  []string{"Obuya-Strand", "Francis Chung", " | "},
		credits:  []string{"Nathaniel Obuya-Strand/AP", "Francis Chung/CAPITOLIO"}},
	{cmsCase: cmsCase{file: "cms12b-us-chorus.html", wrong: map[string]string{
		"body": "the donation asks in the text's own container (a first <p><em>…chip in. Give today.</em></p> and a \"You've read 1 article in the last month\" box after it) read as paragraphs: their wording names the site and varies",
	}, headline: "The strange economics of the $40 pickleball paddle",
		authors: []string{"Bastian Ohlendorf-Yi"}, published: "2026-12-03",
		body:   []string{"Pickleball was sold as the sport anyone could play", "A paddle from a big-box store costs about $40", "The top end pulled the whole market up", "The cheap paddle problem", "add about 25% to their import cost", "Retailers say the cheapest paddles", "start with a paddle that costs less than $60"},
		chrome: []string{"Our sites use cookies", "Share this story", "chip in", "Give today", "The war over pickleball noise", "The Weekly Quorum", "You’ve read 1 article", "Yes, I'll give $3", "senior correspondent at Quorum", "More in Money", "holiday shipping costs", "Odalys Fenwick", "All Rights Reserved"}},
		dateline: "-",
		captions: []string{"Players at a public court in Phoenix, Arizona, in October.", "Average price of the 20 best-selling paddles"},
		capsNot:  []string{"Getty", "Courtline"},
		credits:  []string{"Rhiannon Achter/Getty Images", "Courtline Analytics"}},
	{cmsCase: cmsCase{file: "cms12b-us-bizinsider.html", headline: "A startup that rents out home batteries to utilities just raised $85 million",
		authors: []string{"Priyanka Oduya-Lindgren"}, published: "2026-12-04",
		body:   []string{"A startup that puts batteries in people's homes for free", "Series B round was led by Northgate Climate Partners", "at no cost to the homeowner", "Utilities need capacity at 6 p.m.", "31,000 batteries in homes across California", "so-called virtual power plants"},
		chrome: []string{"deliver personalised advertising", "Read in app", "Key points", "Gridwell installs home batteries for free and sells", "Advertisement", "Read next", "Climate tech funding fell", "Read the original article", "Subscribe to unlock", "Venture Capital", "may receive a commission", "Recommended", "Tesla raises Powerwall", "Jonah Wexler", "Trending", "Mortgage rates fall"}},
		dateline: "-",
		captions: []string{"A Gridwell battery installed in a garage in Sacramento.", "Gridwell cofounders Teodoro Vasquez-Lund and Halima Osei-Brandt."},
		capsNot:  []string{"Courtesy"},
		credits:  []string{"Gridwell", "Courtesy of Gridwell"},
		bullets:  []string{"Gridwell installs home batteries for free", "raised $85 million in a Series B round", "31,000 batteries in homes across four states"}},
	{cmsCase: cmsCase{file: "cms12b-us-bloomberg.html", headline: "Copper Hits Record as Chilean Mine Strike Enters Second Week",
		authors: []string{"Ignatius Mbeki-Sorensen", "Valentina Cruz-Harlow"}, published: "2026-12-03",
		body:   []string{"Copper climbed to a record as a strike", "rose as much as 2.4% to $11,520 a ton", "walked off the job on Nov. 25", "The market was already tight before this", "return to talks on Friday", "Stockpiles tracked by the LME have fallen about 40%"},
		chrome: []string{"Tickerline uses cookies", "LME COPPER", "GOLD 2,811.30", "Strike at Cerro Alto cuts output", "Gift this article", "Listen", "Advertisement", "Read More:", "Chile’s Copper Output Slips", "To contact the reporters", "To contact the editors", "Lavinia Drummond-Oke", "Before it’s here", "LEARN MORE", "Most Read", "Fed Officials Signal", "More From Tickerline", "Beatriz Almqvist", "All Rights Reserved", "Photographer:"}},
		dateline: "-",
		captions: []string{"Trucks parked at the Cerro Alto mine in northern Chile on Dec. 1.", "Copper has rallied about 31% this year"},
		capsNot:  []string{"Photographer", "Iturbe-Vance", "Source:"},
		credits:  []string{"Tomás Iturbe-Vance/Tickerline", "London Metal Exchange"},
		bullets:  []string{"Strike at Cerro Alto cuts output", "Traders see market deficit widening"}},
	{cmsCase: cmsCase{file: "cms12b-conversation.html", headline: "Why do some bird flocks fly in a V? New tracking data offers a surprise",
		authors: []string{"Marguerite Osei-Lindholm", "Fergus Tallamy"}, published: "2026-12-02",
		body:   []string{"Anyone who has watched geese heading south in autumn", "fitted 46 migrating greylag geese", "only about 38% of the time", "Who leads?", "the lead position rotated every few minutes", "reciprocal cooperation", "gain less from the upwash in the first place"},
		chrome: []string{"We use cookies", "Academic rigour", "Get newsletter", "Disclosure statement", "receives funding from", "provides funding as a member", "Lecturer in Animal Behaviour", "Republish this article", "Creative Commons license", "Tags", "Hilary Penrose", "I always assumed", "Most read", "Why do we dream", "Before you go", "Copyright ©"}},
		dateline: "-",
		captions: []string{"Greylag geese heading south over Norfolk.", "Share of time the tagged geese spent in each formation."},
		capsNot:  []string{"Shutterstock", "CC BY-ND"},
		credits:  []string{"Edmund Harwick-Lowe/Shutterstock", "Osei-Lindholm and Tallamy"}},
	{cmsCase: cmsCase{file: "cms12b-us-nonprofit.html", wrong: map[string]string{
		"body": "the reader call-out box between the paragraphs (<div class=callout><h3>Do You Know About …?</h3><p>We want to hear from … Share your story.</p>) scores as text and stays",
	}, headline: "A State Program Promised to Fix Leaky Homes. Thousands Are Still Waiting.",
		authors: []string{"Cassius Fairweather", "Noemi Baptiste-Row"}, published: "2026-12-01",
		body:   []string{"Odette Marchand applied to the state’s home repair program", "a blue tarp still covers part of her roof", "more than 7,400 homeowners", "It has finished 1,380 homes", "We are not satisfied with the pace", "Lawmakers plan to hold a hearing on the program in January."},
		chrome: []string{"This site uses cookies", "Investigative Journalism in the Public Interest", "Local Reporting Network in partnership", "Sign up for Dispatches", "Republish", "Get Our Top Investigations", "Big Story newsletter", "Thanks for signing up", "Do You Know About Delays", "Share your story", "is an investigative reporter at", "Our work is made possible", "CC BY-NC-ND", "More in Storm Recovery", "Flood Insurance Premiums", "Wilhelmina Zhao-Ferris", "Nursing Home Inspectors"}},
		dateline: "-",
		captions: []string{"Odette Marchand stands in the kitchen of her home in Lake Charles", "A tarp covers a damaged roof on a street in Sulphur"},
		capsNot:  []string{"Thibodeaux"},
		credits:  []string{"Beau Thibodeaux-Lane for OpenLedger"}},
	{cmsCase: cmsCase{file: "cms12b-us-tribune.html", headline: "State lawmakers approve $2.1 billion transit rescue in late-night vote",
		authors: []string{"Jerome Kaczmarek-Bly", "Annaliese Okoro"}, published: "2026-12-04",
		body:   []string{"approved a $2.1 billion rescue for the region’s transit agencies late Thursday", "The House passed the measure 68-47", "raises the sales tax in the six-county region", "Tonight we kept the trains running", "a new oversight board", "Fares will stay at current levels through at least 2028"},
		chrome: []string{"We and our partners use cookies", "Trending:", "Snow totals", "Share this:", "Click to share", "PUBLISHED:", "Advertisement", "Related Articles", "Transit agencies warn of 40%", "Get the Evening Briefing", "Tags:", "Originally Published", "Most Popular", "How much snow fell", "More in Politics", "Devorah Lindqvist-Ames", "jkaczmarek@"}},
		dateline: "SPRINGFIELD",
		captions: []string{"State Rep. Marisol Vantongeren-Ruiz speaks on the House floor", "Commuters board a Blue Line train at the Jackson station"},
		capsNot:  []string{"Hargrove-Dunn", "Venkataraman"},
		credits:  []string{"Ezekiel Hargrove-Dunn / Lakeshore Tribune", "Priya Venkataraman-Holt"}},
}

// TestCMS12cms12b extracts each chain or digital-native page and checks
// every field at once.
func TestCMS12cms12b(t *testing.T) {
	checkCMSPages(t, cms12bCases, cms12bFetched)
}
