package extract

import "testing"

// cms16cCases are whole invented pages of small Polish, Czech,
// Hungarian, Swedish, Norwegian, Danish and Finnish sites that are no
// national daily: a local weekly on the WordPress ColorMag theme, a Czech
// village's news page with its official notice board, a blog on a
// Hungarian hosted platform, a Swedish municipality on SiteVision, a
// Norwegian company's press release in a hosted newsroom, a Danish
// parish, a Finnish university's Drupal news, a Swedish club on a
// federation's club platform and a Hungarian municipality on Joomla.
// Their traps: update lines ("Aktualizacja", "Aktualizováno",
// "Frissítés", "Päivitetty", "Senast ändrad", "Sidst opdateret"), dated
// comments, notice boards and event calendars, event dates in the text,
// press contacts and parish staff who are no authors (see cmsPage).
var cms16cCases = []cmsPage{
	{cmsCase: cmsCase{file: "cms16c-pl-wp-colormag.html", headline: "Most na Wierzbówce zamknięty do końca kwietnia. Objazd przez Rudnik",
		authors: []string{"Karolina Zawadzka"}, published: "2024-03-05",
		body:   []string{"Od poniedziałku 11 marca most", "Remont obejmie wymianę płyty", "Objazd dla samochodów osobowych", "Most ma ponad sześćdziesiąt lat", "w ostatnim tygodniu kwietnia."},
		chrome: []string{"Przejdź do treści", "Najnowsze:", "Sesja rady powiatu", "Udostępnij", "Dzień Kobiet w GOK", "Może Ci się spodobać", "Przetarg na remont mostu", "A kto naprawi", "Dodaj komentarz", "Najnowsze wpisy", "Zakład Pogrzebowy", "Archiwa", "Redaktor naczelny", "Wszelkie prawa zastrzeżone", "plików cookies", "1 284 odsłon", "3 komentarze", "Oznakowanie objazdu"}},
		dateline: "-",
		captions: []string{"Oznakowanie objazdu stanęło już w Rudniku."},
		credits:  []string{"Karolina Zawadzka"},
		notPic:   []string{"Auto Mazur", "Przetarg na most rozstrzygnięty"}},
	{cmsCase: cmsCase{file: "cms16c-cs-obec-aktuality.html", headline: "Jarní úklid obce a přistavení velkoobjemových kontejnerů",
		authors: []string{"Jana Kubíčková"}, published: "2024-03-05",
		body:   []string{"Obecní úřad zve všechny občany", "sobotu 23. března 2024 od 9:00", "Kontejnery budou přistaveny", "Do kontejnerů nepatří", "omezen provoz na místní komunikaci", "Děti z mateřské školy"},
		chrome: []string{"Přeskočit na obsah", "Hlášení rozhlasu", "Přerušení dodávky", "Vloženo", "Aktualizováno", "Zobrazeno", "Záměr prodeje pozemku", "Vyvěšeno", "Přílohy", "Mapa úseků", "Zpět na výpis", "Další aktuality", "Splatnost poplatku", "Kalendář akcí", "Vítání občánků", "Úřední hodiny", "Datová schránka", "Všechna práva vyhrazena", "soubory cookie", "Kontejner na návsi při loňském"}},
		dateline: "-",
		captions: []string{"Kontejner na návsi při loňském úklidu."},
		credits:  []string{"archiv obce"},
		notPic:   []string{"Znak obce"}},
	{cmsCase: cmsCase{file: "cms16c-hu-bloghu.html", headline: "Visszatért a gyurgyalag a Szársomlyó oldalába",
		authors: []string{"Kova Szabolcs"}, published: "2024-03-05",
		body:   []string{"Aki járt már tavasszal", "A régi homokfal", "Korai érkezés persze", "megerősítette a megfigyelést", "indulás reggel hatkor"},
		chrome: []string{"Regisztráció", "Tavaszi kirándulások", "Túrák, madarak, kövek", "Címkék:", "Szólj hozzá", "7 komment", "Megosztás", "Zöld küllő", "trackback", "Kommentek", "Szuper hír", "akácirtásra", "Friss topikok", "Archívum", "Címkefelhő", "szolgáltatása", "sütiket", "A megtisztított homokfal"}},
		dateline: "-",
		captions: []string{"A megtisztított homokfal március elején."},
		credits:  []string{"Kova Szabolcs"}},
	{cmsCase: cmsCase{file: "cms16c-sv-kommun-sitevision.html", headline: "Ny förskola i Norrbacka öppnar i augusti",
		authors: nil, published: "2024-03-05",
		body:   []string{"Förskolan Lärkan i Norrbacka tar emot", "sex avdelningar och plats för 110 barn", "Vi har haft köer i Norrbacka", "senast den 12 april", "egen liten skogsdunge"},
		chrome: []string{"Hoppa till innehållet", "Lättläst", "Driftinformation", "Vattenavstängning", "Publicerad", "Karin Sjödin", "Dela:", "Fler nyheter", "Kommunfullmäktige klubbade", "Sidan uppdaterades", "Hittade du", "Organisationsnummer", "Tillgänglighetsredogörelse", "kakor", "Förskolan Lärkan har byggts"}},
		dateline: "-",
		captions: []string{"Förskolan Lärkan har byggts i massivträ och har sedumtak."},
		credits:  []string{"Ålvsjö kommun"}},
	{cmsCase: cmsCase{file: "cms16c-no-mynewsdesk.html", headline: "Nordfjell Kraft bygger ut Røyrvik kraftverk for 480 millioner",
		authors: nil, published: "2024-03-05",
		body:   []string{"Nordfjell Kraft har fattet investeringsbeslutning", "Styret i Nordfjell Kraft vedtok", "Dette er den største", "Hovedentreprenør er Veidekke", "grønt lån fra Kommunalbanken."},
		chrome: []string{"Følg Nordfjell", "Pressemelding", "05.03.2024 08:00", "Lisens", "Emner:", "Kopier lenke", "Kontaktpersoner", "Kommunikasjonssjef", "Relatert innhold", "Veidekke vant anbudet", "Rekordresultat", "Levert av", "informasjonskapsler", "Inntaksdammen ved"}},
		dateline: "-",
		captions: []string{"Inntaksdammen ved Røyrvik kraftverk."},
		credits:  []string{"Eirik Solheim"},
		notPic:   []string{"Sigrid Aune", "Ola Tangvik"}},
	{cmsCase: cmsCase{file: "cms16c-da-sogn-kirke.html", headline: "Nyt orgel indvies palmesøndag",
		authors: []string{"Mette Lund Kjær"}, published: "2024-03-05",
		body:   []string{"Efter to års byggeri", "Det gamle orgel fra 1962", "22 stemmer", "biskoppen over Ribe Stift", "Jens Peter Holm", "412.000 kroner"},
		chrome: []string{"Gå til indhold", "Oprettet", "Af sognepræst", "Del siden", "Andre nyheder", "Tider for konfirmation", "Næste gudstjenester", "Midfaste", "Kommende arrangementer", "Babysalmesang", "Kirkekontoret", "Sidst opdateret", "Privatlivspolitik", "cookies", "Orglets facade er tegnet"}},
		dateline: "-",
		captions: []string{"Orglets facade er tegnet, så den passer til kirkens gamle altertavle."},
		credits:  []string{"Henrik Dam"}},
	{cmsCase: cmsCase{file: "cms16c-fi-yliopisto-drupal.html", headline: "Väitös: Turvesuon ennallistaminen palauttaa hiilinielun vasta vuosikymmenten päästä",
		authors: []string{"Liisa Marttinen"}, published: "2024-03-05",
		body:   []string{"Ojitetun suon ennallistaminen vähentää", "Suomen soista yli puolet", "Rautiainen seurasi kuuden suon", "Ennallistaminen kannattaa", "Carelia-salissa", "seurata myös verkossa"},
		chrome: []string{"Siirry pääsisältöön", "In English", "Päävalikko", "Murupolku", "Väitökset", "Julkaistu", "Päivitetty", "Lisätietoja", "Väitöskirja verkossa", "Asiasanat", "Lisää uutisia", "Tekoälyn käytölle", "Saavutettavuusseloste", "evästeitä", "Liisa Marttinen", "Aino Rautiainen mittasi"}},
		dateline: "-",
		captions: []string{"Aino Rautiainen mittasi kasvihuonekaasupäästöjä kuudella ennallistetulla suolla Pohjois-Karjalassa."},
		credits:  []string{"Jussi Hiltunen"}},
	{cmsCase: cmsCase{file: "cms16c-sv-idrottonline.html", headline: "Damlaget klart för SM-slutspel efter seger mot Tyresö",
		authors: []string{"Johan Ekström"}, published: "2024-03-05",
		body:   []string{"Kvarnby IBK:s damlag vann med 6–3", "Matchen började nervöst", "Moa Lidgren punkterade", "Jag har spelat i den här klubben", "Kvarnbyhallen", "Vi behöver funktionärer"},
		chrome: []string{"Föreningsportalen", "Logga in", "Innebandy", "Senast ändrad", "Tillbaka till nyheter", "Fler nyheter", "Kallelse till årsmöte", "Kommande aktiviteter", "Innebandyskola", "Tabell", "Malmö FBC", "Våra sponsorer", "Swisha", "Integritetspolicy", "cookies", "Jubel efter slutsignalen"}},
		dateline: "-",
		captions: []string{"Jubel efter slutsignalen i Tyresöhallen."},
		credits:  []string{"Per Wahlund"},
		notPic:   []string{"ICA Kvantum", "Kvarnby Bygg"}},
	{cmsCase: cmsCase{file: "cms16c-hu-onkormanyzat.html", headline: "Megkezdődött a Petőfi utca felújítása",
		authors: []string{"Horváthné Szabó Enikő"}, published: "2024-03-05",
		body:   []string{"Március 4-én, hétfőn megkezdődött", "Magyar Falu Program", "ne parkoljanak", "Évek óta ez volt", "május 31-ig", "buszmegálló ideiglenesen"},
		chrome: []string{"Ugrás a tartalomhoz", "Akadálymentes", "Lomtalanítás április", "Részletek", "Írta:", "Kategória:", "Közzétéve", "Frissítve", "Találatok", "Előző:", "Nőnapi műsor", "Legfrissebb hírek", "Eseménynaptár", "Ügyfélfogadás", "Adatkezelési", "Minden jog fenntartva", "sütiket", "Munkagépek a Petőfi utca"}},
		dateline: "-",
		captions: []string{"Munkagépek a Petőfi utca Fő tér felőli végén, március 4-én."},
		credits:  []string{"Nagy Levente"},
		notPic:   []string{"címere"}},
}

// TestCMS16cms16c extracts each whole page and checks every field.
func TestCMS16cms16c(t *testing.T) {
	checkCMSPages(t, cms16cCases, cmsFetched)
}
