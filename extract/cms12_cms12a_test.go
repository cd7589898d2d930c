package extract

import (
	"strings"
	"testing"
)

// cms12aCase is a whole invented page in the stock template of a press
// family of a language or region earlier rounds left out (Central and
// Eastern Europe, Greek, Hebrew, Malay, Swahili, the English-language
// press of South Asia, East Africa, the Gulf and South-East Asia,
// Lusophone Africa), with the wire conventions of the region (MTI, ČTK,
// TASR, Agerpres, HINA, Tanjug, BTA, Ukrinform, ANA-MPA, Bernama, APP,
// KNA, WAM, ANGOP…), local datelines, month names and photo-credit
// labels, checked on every field at once. dateline "-" wants none;
// captions, credits and bullets are checked when set (each want
// contained in some item; bullets as many).
type cms12aCase struct {
	cmsCase
	dateline string
	captions []string
	credits  []string
	bullets  []string
}

var cms12aCases = []cms12aCase{
	{cmsCase: cmsCase{file: "cms12a-hu-portal-mti.html", headline: "Hétfőtől drágul a BKV-bérlet, a nyugdíjasok ingyen utazhatnak tovább",
		authors: []string{"Szabó Réka"}, published: "2024-03-05",
		body:   []string{"Március 11-től tíz százalékkal", "A diákbérlet és a nyugdíjasbérlet", "A drágítás elkerülhetetlen volt", "41 milliárd forintos veszteséget", "március 11-én éjféltől lépnek életbe."},
		chrome: []string{"Hirdetés", "Kapcsolódó cikk", "Két hónapra leáll", "Címkék:", "Hírlevél", "Ezek is érdekelhetik", "Szerdától ismét drágul", "kovacsjanos62", "Legolvasottabb", "Minden jog fenntartva", "sütiket", "Árvízvédelmi", "Frissítve", "Fotó:", "Utasok vásárolnak bérletet", "Megosztás"}},
		dateline: "-",
		captions: []string{"Egy 4-es villamos halad a Margit hídon.", "Utasok vásárolnak bérletet egy jegyautomatánál"},
		credits:  []string{"MTI/Kovács Tamás Lajos", "Hírpont/Németh Balázs"}},
	{cmsCase: cmsCase{file: "cms12a-cs-daily-ctk.html", headline: "Vláda schválila zvýšení rodičovského příspěvku na 400 tisíc korun",
		authors: []string{"Jana Dvořáková"}, published: "2024-03-05",
		body:   []string{"Praha - Vláda schválila zvýšení", "3,2 miliardy korun ročně", "Rodiny s malými dětmi", "Novelu nyní posoudí Poslanecká sněmovna", "do léta."},
		chrome: []string{"Reklama", "Čtěte také", "Obce mají na nové školky", "Témata:", "Sdílet", "Mohlo by vás zajímat", "Inflace v únoru", "Karel N.", "Nejčtenější", "Všechna práva vyhrazena", "cookies", "svátek má", "Aktualizováno", "Foto:", "Ministr práce a sociálních věcí na tiskové"}},
		dateline: "Praha",
		captions: []string{"Ministr práce a sociálních věcí na tiskové konferenci po jednání vlády."},
		credits:  []string{"Michal Kamaryt, ČTK"}},
	{cmsCase: cmsCase{file: "cms12a-sk-tasr-portal.html", headline: "Parlament schválil konsolidačný balík, DPH na potraviny klesne",
		authors: []string{"Martina Kováčiková"}, published: "2024-03-05",
		body:   []string{"Bratislava 5. marca (TASR) - Národná rada SR", "z 20 na desať percent", "Bez týchto opatrení by deficit", "Zákon ešte musí podpísať prezidentka."},
		chrome: []string{"Reklama", "Prečítajte si aj", "Inflácia vo februári", "Tagy:", "Zdieľať", "Súvisiace články", "Lekári hrozia", "Najčítanejšie", "Všetky práva vyhradené", "cookies", "Zdroj: TASR", "FOTO TASR", "Na snímke poslanci"}},
		dateline: "Bratislava",
		captions: []string{"Na snímke poslanci počas hlasovania v rokovacej sále"},
		credits:  []string{"TASR - Martin Baumann"}},
	{cmsCase: cmsCase{file: "cms12a-ro-agerpres-daily.html", headline: "Guvernul a aprobat majorarea salariului minim la 3.700 de lei",
		authors: []string{"Andreea Ionescu"}, published: "2024-03-05",
		body:   []string{"Guvernul a aprobat, marți, hotărârea", "1,9 milioane de salariați", "Este a doua creștere din acest an", "Patronatele au criticat decizia", "publicarea în Monitorul Oficial."},
		chrome: []string{"Publicitate", "CITEȘTE ȘI", "Inflația a scăzut", "Etichete:", "Jurnalist la secția Economie", "Articole similare", "Pensiile cresc", "Prea puțin", "Cele mai citite", "newsletter", "Toate drepturile rezervate", "cookie", "Ultima oră", "Distribuie", "Sursa foto", "Muncitori într-o fabrică"}},
		dateline: "-",
		captions: []string{"Ședința de guvern de marți, de la Palatul Victoria.", "Muncitori într-o fabrică de confecții din Botoșani."},
		credits:  []string{"Inquam Photos / Octav Ganea", "Agerpres"}},
	{cmsCase: cmsCase{file: "cms12a-hr-hina-portal.html", headline: "Sabor izglasao novi zakon o najmu stanova",
		authors: []string{"Hina"}, published: "2024-03-05",
		body:   []string{"ZAGREB, 5. ožujka 2024. (Hina) - Hrvatski sabor", "dulje od šest mjeseci", "Cilj je vratiti tisuće praznih stanova", "kratkoročni turistički najam", "od objave u Narodnim novinama."},
		chrome: []string{"Oglas", "Pročitajte još", "Cijene stanova u Zagrebu", "Tagovi:", "Podijeli", "Povezane vijesti", "Vlada predstavila", "Ivana_ST", "Najčitanije", "Sva prava pridržana", "kolačiće", "Olujna bura", "Objavljeno", "PIXSELL", "Zastupnici na glasovanju"}},
		dateline: "ZAGREB",
		captions: []string{"Zastupnici na glasovanju u Hrvatskom saboru"},
		credits:  []string{"Marko Lukunić/PIXSELL"}},
	{cmsCase: cmsCase{file: "cms12a-sr-cyrl-tanjug.html", headline: "Влада Србије усвојила план изградње брзе пруге до Ниша",
		authors: []string{"Танјуг"}, published: "2024-03-05",
		body:   []string{"БЕОГРАД - Влада Србије усвојила је данас", "до 200 километара на сат", "Ово је највећи инфраструктурни пројекат", "до краја године."},
		chrome: []string{"Реклама", "Прочитајте још", "Отворена нова деоница", "Тагови:", "Подели", "Повезане вести", "Нови возови", "Драган", "Најчитаније", "Сва права задржана", "колачиће", "Извор:", "Фото:", "Радови на деоници"}},
		dateline: "БЕОГРАД",
		captions: []string{"Радови на деоници брзе пруге код Новог Сада"},
		credits:  []string{"Танјуг/Зорана Јевтић"}},
	{cmsCase: cmsCase{file: "cms12a-bg-bta-daily.html", headline: "Парламентът прие бюджета за 2024 година на второ четене",
		authors: []string{"Мария Стоянова"}, published: "2024-03-05",
		body:   []string{"София, 5 март /БТА/. Народното събрание", "3 на сто от брутния вътрешен продукт", "Това е бюджетът, който ни отваря", "Опозицията гласува против", "„Държавен вестник“."},
		chrome: []string{"Реклама", "Прочетете още", "Инфлацията през февруари", "Етикети:", "Сподели", "Свързани новини", "Пенсиите се увеличават", "Петров", "Най-четени", "Всички права запазени", "бисквитки", "Прочетена", "Снимка:", "Депутатите гласуват"}},
		dateline: "София",
		captions: []string{"Депутатите гласуват в пленарната зала на Народното събрание."},
		credits:  []string{"БТА"}},
	{cmsCase: cmsCase{file: "cms12a-uk-ukrinform-portal.html", headline: "Кабмін схвалив програму відновлення енергетики на 2024 рік",
		authors: []string{"Олена Коваленко"}, published: "2024-03-05",
		body:   []string{"Кабінет Міністрів затвердив програму", "ще 6 млрд", "Наше завдання", "Світовий банк", "понад 40 атак."},
		chrome: []string{"Реклама", "Читайте також", "Тарифи на електроенергію", "Теги:", "Поділитися", "Підписуйтеся", "Гривня на міжбанку", "Популярне", "Усі права захищені", "cookie", "Повітряна тривога", "переглядів", "Фото:", "Пошкоджена внаслідок"}},
		dateline: "-",
		captions: []string{"Пошкоджена внаслідок обстрілу теплова електростанція."},
		credits:  []string{"Укрінформ"}},
	{cmsCase: cmsCase{file: "cms12a-el-apempe-daily.html", headline: "Βουλή: Ψηφίστηκε το νομοσχέδιο για τα μη κρατικά πανεπιστήμια",
		authors: []string{"Γιώργου Παπαδάκη"}, published: "2024-03-05",
		body:   []string{"Με 159 ψήφους υπέρ ψηφίστηκε", "ένας δήλωσε «παρών»", "Σήμερα η χώρα αποκτά", "Συμβούλιο της Επικρατείας", "2025-2026."},
		chrome: []string{"Διαφήμιση", "Διαβάστε επίσης", "Νέες κινητοποιήσεις φοιτητών", "Tags:", "Μοιραστείτε", "Σχετικά άρθρα", "Νέα δημοσκόπηση", "Δημοφιλή", "Με την επιφύλαξη", "cookies", "Του Γιώργου", "ΦΩΤΟΓΡΑΦΙΑ", "Στιγμιότυπο από"}},
		dateline: "-",
		captions: []string{"Στιγμιότυπο από την ονομαστική ψηφοφορία στην Ολομέλεια της Βουλής."},
		credits:  []string{"ΑΠΕ-ΜΠΕ/ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ"}},
	{cmsCase: cmsCase{file: "cms12a-he-daily.html", headline: "הממשלה אישרה תוכנית להרחבת הרכבת הקלה לשכונות הדרום",
		authors: []string{"נועה שטרן"}, published: "2024-03-05",
		body:   []string{"הממשלה אישרה היום (שלישי)", "11 תחנות חדשות", "זו בשורה אמיתית", "לשיבושי תנועה משמעותיים", "לתשתיות."},
		chrome: []string{"פרסומת", "עוד בנושא", "פקקים כבדים", "תגיות:", "שתפו", "כתבות נוספות", "מחירי הדירות", "נאמין כשנראה", "הנקראים ביותר", "כל הזכויות שמורות", "עוגיות", "גשם כבד", "עודכן", "צילום:", "רכבת קלה בתחנת הקצה"}},
		dateline: "-",
		captions: []string{"רכבת קלה בתחנת הקצה בדרום העיר"},
		credits:  []string{"יוסי כהן-לוי"}},
	{cmsCase: cmsCase{file: "cms12a-ms-bernama-portal.html", headline: "Kerajaan umum subsidi diesel bersasar bermula Jun",
		authors: []string{"Nurul Ain Zulkifli"}, published: "2024-03-05",
		body:   []string{"KUALA LUMPUR, 5 Mac -- Kerajaan akan melaksanakan", "RM4 bilion setahun", "Subsidi pukal selama ini", "kad fleet khas", "Butiran lanjut akan diumumkan bulan depan."},
		chrome: []string{"Iklan", "BACA JUGA", "Ringgit dibuka tinggi", "Tag:", "Kongsi", "Berita Berkaitan", "Harga petrol", "Paling Popular", "Hak cipta terpelihara", "kuki", "Banjir kilat", "Oleh", "Foto BERNAMA", "Orang ramai mengisi"}},
		dateline: "KUALA LUMPUR",
		captions: []string{"Orang ramai mengisi minyak di sebuah stesen di Kuala Lumpur."},
		credits:  []string{"BERNAMA"}},
	{cmsCase: cmsCase{file: "cms12a-sw-ke-daily.html", headline: "Serikali yaongeza bei ya mbolea ya ruzuku kwa wakulima",
		authors: []string{"Amina Wanjiru"}, published: "2024-03-05",
		body:   []string{"SERIKALI imeongeza bei ya mbolea", "soko la kimataifa", "Bado bei hii iko chini sana", "msimu huu wa upanzi", "Bodi ya Nafaka na Mazao."},
		chrome: []string{"Tangazo", "SOMA PIA", "Bei ya mahindi", "Mada:", "Shiriki", "Habari Zaidi", "Wabunge wapitisha", "Zilizosomwa Zaidi", "Haki zote zimehifadhiwa", "vidakuzi", "PICHA", "Wakulima wakipokea"}},
		dateline: "-",
		captions: []string{"Wakulima wakipokea mbolea ya ruzuku katika bohari la Bodi ya Nafaka mjini Eldoret."},
		credits:  []string{"JOHN OCHIENG"}},
	{cmsCase: cmsCase{file: "cms12a-en-pk-app-daily.html", headline: "ECC approves Rs45bn wheat support package for growers",
		authors: []string{"APP"}, published: "2024-03-05",
		body:   []string{"ISLAMABAD: The Economic Coordination Committee", "Rs3,900 per 40kg", "The package will ensure", "300,000 tonnes of urea", "within two weeks."},
		chrome: []string{"Advertisement", "Also read", "Inflation eases", "Comments are moderated", "Related Stories", "IMF mission", "Our Correspondent", "Most Popular", "All rights reserved", "cookies", "Schools closed in Lahore", "Ramazan", "Published March", "APP/File", "Farmers harvest wheat"}},
		dateline: "ISLAMABAD",
		captions: []string{"Farmers harvest wheat in a field on the outskirts of Multan."},
		credits:  []string{"APP/File"}},
	{cmsCase: cmsCase{file: "cms12a-en-sg-daily.html", headline: "HDB to launch 6,800 BTO flats in March exercise, including 3 new estates",
		authors: []string{"Clarissa Teo"}, published: "2024-03-05",
		body:   []string{"SINGAPORE – The Housing Board will offer 6,800", "Kallang-Whampoa, Queenstown and Tengah", "We expect demand to remain healthy", "applications open on March 19.", "check their eligibility before applying."},
		chrome: []string{"Advertisement", "READ MORE HERE", "HDB resale prices rise", "Topics:", "WhatsApp Channel", "More on this topic", "Executive condo", "Joyce Lim", "Trending", "All rights reserved", "cookies", "Housing Correspondent", "Gift this article", "ST PHOTO", "Construction works at a BTO site", "Key points", "Application will open from"}},
		dateline: "SINGAPORE",
		captions: []string{"The new BTO projects in Tengah will be among the first", "Construction works at a BTO site in Kallang-Whampoa in February."},
		credits:  []string{"KEVIN LIM WEI MING", "HDB"},
		bullets:  []string{"The March sales exercise will offer 6,800 flats", "Three projects are in estates", "Application will open from March 19"}},
	{cmsCase: cmsCase{file: "cms12a-pt-ao-angop.html", headline: "Governo aprova plano de reabilitação do Caminho-de-Ferro de Benguela",
		authors: []string{"ANGOP"}, published: "2024-03-05",
		body:   []string{"Luanda - O Conselho de Ministros aprovou", "20 novas locomotivas até 2027", "reduzir para metade o tempo de viagem", "porto do Lobito.", "segundo semestre deste ano."},
		chrome: []string{"Publicidade", "Leia também", "Porto do Lobito bate recorde", "Tags:", "Partilhar", "Notícias relacionadas", "Kwanza estável", "Mais lidas", "Todos os direitos reservados", "cookies", "Chuvas provocam", "Fonte:", "Foto:", "Comboio de passageiros"}},
		dateline: "Luanda",
		captions: []string{"Comboio de passageiros na estação do Lobito"},
		credits:  []string{"Pedro Kapinga / ANGOP"}},
	{cmsCase: cmsCase{file: "cms12a-en-gulf-wam.html", headline: "UAE announces Dh10 billion fund for national food security projects",
		authors: []string{"Staff Reporter"}, published: "2024-03-05",
		body:   []string{"ABU DHABI, 5th March, 2024 (WAM) -- The UAE Cabinet has approved", "over the next five years.", "Food security is a pillar", "Global Food Security Index by 2051.", "through a dedicated online platform."},
		chrome: []string{"Advertisement", "ALSO READ", "UAE date exports", "Tags:", "on WhatsApp", "You may also like", "Dirham remittances", "Most Read", "All rights reserved", "cookies", "Unstable weather", "Maghrib", "Last updated", "A vertical farm in Dubai"}},
		dateline: "ABU DHABI",
		captions: []string{"A vertical farm in Dubai. The fund will back technologies that use less water."},
		credits:  []string{"WAM"}},
	{cmsCase: cmsCase{file: "cms12a-lt-elta-portal.html", headline: "Seimas pritarė gynybos fondo steigimui",
		wrong: map[string]string{
			"authors": "the agency's name alone in a span classed 'source' beside the date (no label, no 'By'): no rule reads an unlabelled agency line as the byline (as cms11a's SDA page)",
		},
		authors: []string{"ELTA"}, published: "2024-03-05",
		body:   []string{"Seimas antradienį po svarstymo pritarė", "apie 1 mlrd. eurų", "Tai sprendimas, kuris leis mums", "mokesčių naštą verslui", "plenarinėje sesijoje."},
		chrome: []string{"Reklama", "Skaitykite taip pat", "Šiemet bus pašaukta", "Žymos:", "Dalintis", "būtina nurodyti šaltinį", "Susiję straipsniai", "PVM lengvatas", "Skaitomiausi", "Visos teisės saugomos", "slapukai", "nuotr.", "Seimo posėdžių salė"}},
		dateline: "-",
		captions: []string{"Seimo posėdžių salė"},
		credits:  []string{"Dainiaus Kalvaičio (ELTA) nuotr."}},
	{cmsCase: cmsCase{file: "cms12a-bn-bss-daily.html", headline: "পদ্মা সেতুতে রেল চলাচলের নতুন সময়সূচি ঘোষণা",
		authors: []string{"নিজস্ব প্রতিবেদক"}, published: "2024-03-05",
		body:   []string{"ঢাকা, ৫ মার্চ, ২০২৪ (বাসস) : পদ্মা সেতু হয়ে", "দুটি বেশি।", "যাত্রীদের চাহিদা বিবেচনা করে", "কাউন্টার থেকে সংগ্রহ", "ওয়েবসাইটে প্রকাশ করা হয়েছে।"},
		chrome: []string{"বিজ্ঞাপন", "আরও পড়ুন", "মেট্রোরেলের সময় বাড়ল", "ট্যাগ:", "শেয়ার করুন", "সম্পর্কিত খবর", "চালের দাম", "সর্বাধিক পঠিত", "সর্বস্বত্ব সংরক্ষিত", "কুকি", "প্রকাশিত", "ছবি:", "পদ্মা সেতুর ওপর দিয়ে"}},
		dateline: "ঢাকা",
		captions: []string{"পদ্মা সেতুর ওপর দিয়ে চলছে যাত্রীবাহী ট্রেন।"},
		credits:  []string{"বাসস"}},
}

// TestCMS12cms12a extracts each page and checks every field.
func TestCMS12cms12a(t *testing.T) {
	for _, c := range cms12aCases {
		t.Run(strings.TrimSuffix(c.file, ".html"), func(t *testing.T) {
			a := extractCMSPage(t, c.file, cmsFetched)
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
				check("captions", cms10aAllIn(c.captions, caps), "captions = %q, want %q", caps, c.captions)
			}
			if c.credits != nil {
				check("credits", cms10aAllIn(c.credits, creds), "credits = %q, want %q", creds, c.credits)
			}
			if c.bullets != nil {
				check("bullets", len(a.Bullets) == len(c.bullets) && cms10aAllIn(c.bullets, a.Bullets), "bullets = %q, want %q", a.Bullets, c.bullets)
			}
			if t.Failed() {
				t.Logf("body:\n%s", a.Body)
			}
		})
	}
}
