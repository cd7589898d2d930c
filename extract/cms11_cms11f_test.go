package extract

import (
	"testing"
	"time"
)

// cms11fFetched is the fetch time of the round-11 article-kind pages: a
// week or so after their articles (early December 2026), so header
// clocks and "today" strips are not the publication date.
var cms11fFetched = time.Date(2026, 12, 12, 10, 0, 0, 0, time.UTC)

// cms11fCases: each row is a whole invented page of one kind of article
// other than the straight news story (op-ed, editorial, analysis,
// explainer, interview, review, obituary, letters, fact-check, live
// blog), in the stock markup of one template family, with its chrome. The
// headline is the article's own (not its kind label), the authors are the
// writers (not the columnist's subject, the interviewee or the reviewed
// work's author), the day is when the page was first published (a live
// blog's start, not its newest entry). Every field is checked at once
// (see cmsPage).
var cms11fCases = []cmsPage{
	{cmsCase: cmsCase{file: "cms11f-us-oped.html", headline: "Our small towns need their pharmacists back",
		authors: []string{"Renata Solvang"}, published: "2026-12-03",
		body:   []string{"Last winter, a farmer in my county drove 78 miles", "more than one in eight rural pharmacies", "20 percent more likely", "Mail-order delivery is sometimes offered", "it is the price of keeping a health system"},
		chrome: []string{"Guest opinion", "Advertisement", "Opinions on health care", "Medicare's drug price talks", "The views expressed", "Have something to say", "Submit a letter", "Comment on this story", "Gift Article", "Our town lost its pharmacy", "More from Opinions", "Heating aid is the cheapest", "Marcus Feldhaus", "Most Read", "Senate passes", "We use cookies", "The Larchmont Post", "Della Harrow"}},
		dateline: "-", captions: []string{"A shuttered pharmacy on Main Street in Ossington"}, credits: []string{"Della Harrow"}},
	{cmsCase: cmsCase{file: "cms11f-us-editorial.html", headline: "Editorial: Fund the levee repairs before the next flood season",
		authors: []string{"The Ledger Editorial Board"}, published: "2026-12-04",
		body:   []string{"Six months after the Cedar River crested", "would not hold a crest above 22 feet", "A $41 million bond", "same discount they receive on water bills", "tell their council members so before then"},
		chrome: []string{"Support local journalism", "Donate", "Posted in", "Tagged", "Write a letter to the editor", "letters@cedarledger", "Letters: Readers weigh in", "Column: The holiday parade", "thoughts on", "Pay for the wall now", "Latest Opinion", "Bike lanes make", "Restore the library", "Saturday, December 12", "All rights reserved", "cookies", "Oren Maddox"}},
		dateline: "-", captions: []string{"Sandbags line a gap in the Czech Village levee"}, credits: []string{"Oren Maddox"}},
	{cmsCase: cmsCase{file: "cms11f-de-gastbeitrag.html", headline: "Warum die Schuldenbremse den Ländern schadet",
		authors: []string{"Friederike Albrecht-Lohmann"}, published: "2026-12-04",
		body:   []string{"Als die Schuldenbremse 2009 ins Grundgesetz", "Seit 2020 dürfen die Länder", "rund 186 Milliarden Euro", "zu einem Vielfachen der Kosten", "ohne laufende Ausgaben auf Pump"},
		chrome: []string{"Gastbeitrag von", "Lesezeit", "Anzeige", "Lesen Sie auch", "Investitionsstau wächst auf Rekordhöhe", "ist Professorin für Finanzwissenschaft", "nicht unbedingt die Meinung der Redaktion", "Themen:", "Kommentare (48)", "Schulden sind die Steuern", "Mehr aus Meinung", "Rentenreform", "Merle Quast", "Meistgelesen", "Glatteis", "Alle Rechte vorbehalten", "Cookies", "Nachtragshaushalt", "Foto:"}},
		dateline: "-", captions: []string{"Eine gesperrte Autobahnbrücke bei Leverkusen"}, credits: []string{"Oliver Berg/dpa"}},
	{cmsCase: cmsCase{file: "cms11f-fr-tribune.html", headline: "« Les déserts médicaux ne se résorberont pas sans les infirmières de pratique avancée »",
		authors: []string{"Hélène Marchetti-Vasseur"}, published: "2026-12-02",
		body:   []string{"En 2023, le Parlement a ouvert aux infirmières", "elles ne sont que 3 400 à exercer", "La formation, en deux ans", "restera lettre morte"},
		chrome: []string{"Tribune", "Temps de Lecture", "Partager sur Facebook", "Lire aussi", "la pénurie s'aggrave", "Publicité", "n'engagent que leurs auteurs", "Réutiliser ce contenu", "Contributions", "Les médecins bloquent", "Dans la même rubrique", "L'hôpital public ne tient", "Olivier Delaunay-Brun", "Les plus lus", "Tous droits réservés", "Avec votre accord", "HANS LUCAS"}},
		dateline: "-", captions: []string{"Une infirmière en pratique avancée reçoit une patiente"}, credits: []string{"NICOLAS TAVERNIER / HANS LUCAS"}},
	{cmsCase: cmsCase{file: "cms11f-us-analysis.html", headline: "Why the rail strike deal may not hold past spring",
		authors: []string{"Theo Vandermolen"}, published: "2026-12-05",
		body:   []string{"The tentative agreement that pulled the country back", "how many days off a year engineers", "The deal raises wages 14%", "If ratification fails, Congress can again", "We’re in a cooling-off period", "spring planting season"},
		chrome: []string{"Analysis by", "Source: MNN", "Link Copied", "Advertisement", "Ad Feedback", "Related article", "Freight shippers brace", "More from MNN", "Senate leaders race", "Harlan Oduya", "Paid Content", "retirement towns", "All Rights Reserved", "Getty Images"}},
		dateline: "-", captions: []string{"Freight cars sit idle in a rail yard in North Platte"}, credits: []string{"Darius Whitcombe/Getty Images"}},
	{cmsCase: cmsCase{file: "cms11f-uk-explainer.html", headline: "Winter fuel payment: Who gets it this year and how much is it?",
		authors: []string{"Imogen Thackray"}, published: "2026-12-01",
		body:   []string{"Millions of pensioners will receive a winter fuel payment", "worth up to £300", "Who is eligible for the winter fuel payment?", "born before 22 September 1959", "How much is the winter fuel payment?", "the household gets £300", "When will it be paid?", "If you have not received the money by 29 January"},
		chrome: []string{"Personal finance reporter", "Share", "Related topics", "More on this story", "Energy price cap to rise", "How to check if you can claim", "Cost of living", "Most read", "Snow and ice warnings", "Let us know you agree to cookies", "Copyright ©", "Getty Images", "About 9 million pensioners"}},
		dateline: "-", captions: []string{"About 9 million pensioners in England and Wales", "Payment rates for winter 2026-27"}, credits: []string{"Getty Images"}},
	{cmsCase: cmsCase{file: "cms11f-es-entrevista.html", headline: "Marta Ugarte-Lizarraga: “El agua del Ebro no se puede repartir dos veces”",
		authors: []string{"Íñigo Berrozpe"}, published: "2026-11-29",
		body:   []string{"Marta Ugarte-Lizarraga (Tudela, 1971) llegó a la presidencia", "¿Hay agua suficiente para todos los usos", "Tenemos concesiones que suman más agua", "¿Eso significa recortar el regadío?", "Cataluña y la Comunidad Valenciana vuelven a pedir trasvases", "¿Qué le pediría al Gobierno?", "se regarían 40.000 hectáreas más"},
		chrome: []string{"ENTREVISTA", "Actualizado a las", "Copiar enlace", "Publicidad", "Más información", "Los embalses del Ebro, al 38%", "Temas", "Boletín Aragón al día", "Apúntate", "Que vengan a ver los canales", "Lo más leído", "Real Zaragoza", "Todos los derechos reservados", "Utilizamos cookies", "Rachas de cierzo", "Sábado, 12 de diciembre", "Jaime Galindo Ros"}},
		dateline: "Zaragoza", captions: []string{"Marta Ugarte-Lizarraga, en su despacho de la sede"}, credits: []string{"Jaime Galindo Ros"}},
	{cmsCase: cmsCase{file: "cms11f-uk-film-review.html", headline: "The Lantern Keeper review – a slow-burning lighthouse thriller that earns its storm",
		authors: []string{"Cressida Vane"}, published: "2026-12-04",
		body:   []string{"For the first forty minutes of Aurelio Fenwick's second feature", "shoots the routine of the lamp room", "Tomás Ibarreche, all wet wool and evasions", "as moving as anything this year"},
		chrome: []string{"★", "Related:", "The 20 best films of 2026", "Running time", "112 mins", "Certificate", "Explore more on these topics", "You've read 12 articles", "Support the Northgate Review", "Most viewed", "Dune director", "More reviews", "Marrow review", "Piers Ashdown", "All rights reserved", "Yes, I'm happy", "Share on Facebook", "Halyard Pictures"}},
		dateline: "-", captions: []string{"Oona Delacroix in The Lantern Keeper"}, credits: []string{"Halyard Pictures"}},
	{cmsCase: cmsCase{file: "cms11f-it-recensione.html", headline: "«La casa dei gelsi», il romanzo di Ludovica Sartorelli che racconta la fine delle filande",
		authors: []string{"Gianmaria Toscolano"}, published: "2026-11-30",
		body:   []string{"C'è un odore che attraversa tutto il primo romanzo", "costruisce il libro su tre voci alternate", "Le pagine sullo sciopero del 1921", "fa sperare nel secondo libro"},
		chrome: []string{"La recensione", "La scheda", "Editore:", "Pagine:", "19 euro", "Condividi", "Pubblicità", "Leggi anche", "Premio Campiello", "Argomenti:", "La newsletter Cultura", "Iscriviti", "Potrebbe interessarti", "Mia nonna filava", "Annalisa Fregoni", "I più letti", "Nebbia in A4", "Tutti i diritti riservati", "Noi e terze parti", "sabato 12 dicembre"}},
		dateline: "-", captions: []string{"La copertina del romanzo di Ludovica Sartorelli"}, credits: []string{"Edizioni Argine"}},
	{cmsCase: cmsCase{file: "cms11f-uk-obituary.html", headline: "Winifred Achterberg obituary",
		authors: []string{"Desmond Quarrie"}, published: "2026-12-06",
		body:   []string{"Winifred Achterberg, who has died aged 91", "Born on 14 March 1935 in Grimsby", "In 1961 she joined the Fisheries Laboratory", "continued to sail as a volunteer", "She is survived by their daughters", "born 14 March 1935; died 19 November 2026"},
		chrome: []string{"Related:", "Dogger Bank trawling ban", "Explore more on these topics", "Other lives", "More obituaries", "Harlan Pike", "Jessamy Orde", "Most viewed", "Storm Hester", "All rights reserved", "Yes, I'm happy", "Achterberg family"}},
		dateline: "-", captions: []string{"Winifred Achterberg aboard the research vessel Cirolana in 1979"}, credits: []string{"Achterberg family"}},
	{cmsCase: cmsCase{file: "cms11f-ie-letters.html", headline: "Housing targets and the vacant homes we already have",
		authors: nil, published: "2026-12-07",
		body:   []string{"Sir, – Your report on the new housing targets", "Many of them are above shops", "A grant that covers the fire-safety works", "Colm Hegarty (Opinion, December 4th)", "A vacant-site levy", "Every apprentice I trained"},
		chrome: []string{"Advertisement", "Letters to the Editor should be sent", "lettersed@", "More letters", "School transport chaos", "Christmas lights and energy costs", "Most Read", "Status yellow ice warning", "All rights reserved", "We use cookies", "Email", "Print"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms11f-br-checagem.html", headline: "É falso que vacina da gripe de 2026 contenha grafeno",
		authors: []string{"Larissa Quintanilha"}, published: "2026-12-03",
		body:   []string{"Um vídeo compartilhado no WhatsApp e no Kwai", "versão adulterada de um relatório técnico de 2019", "A vacina trivalente usada na campanha", "não há qualquer evidência", "1,2 milhão de visualizações", "buscou o número de protocolo"},
		chrome: []string{"Compartilhe", "PUBLICIDADE", "Veja também", "É falso que surto de sarampo", "Viu algo suspeito", "Tópicos:", "Mais lidas", "Mega-Sena", "Últimas checagens", "Pix será taxado", "Otávio Camargo Leme", "Todos os direitos reservados", "Utilizamos cookies", "Atualizado há", "Reprodução"}},
		dateline: "-", captions: []string{"Comparação entre o laudo original de 2019"}, credits: []string{"Reprodução"}},
	{cmsCase: cmsCase{file: "cms11f-uk-liveblog.html", wrong: map[string]string{
		"body": "the text is spread over many small entry blocks, so the whole <article> is the body's container: the key-events list, the topic links and the support appeal inside it stay",
	}, headline: "Autumn budget 2026 live: chancellor freezes fuel duty and raises tobacco tax – as it happened",
		authors: []string{"Fenella Morrow", "Kwabena Asante-Lyle"}, published: "2026-12-02",
		body:   []string{"We are closing this live blog now", "froze fuel duty for a fifth consecutive year", "about £19bn of revenue since 2022", "a budget for the next headline", "keeping the 5p cut introduced in 2022", "cut its growth forecast for next year to 1.1%", "Good morning and welcome to our live coverage"},
		chrome: []string{"Key events", "5h ago", "Advertisement", "Latest", "Older", "Explore more on these topics", "Support the Northgate Review", "Most viewed", "Storm Hester", "All rights reserved", "Yes, I'm happy", "Last modified on", "Toby Merriwether"}},
		dateline: "-", captions: []string{"The chancellor holds the budget box outside No 11"}, credits: []string{"Toby Merriwether/Reuters"}},
	{cmsCase: cmsCase{file: "cms11f-de-liveticker.html", headline: "Sturmtief „Ylva“ im Liveticker: Bahn stellt Fernverkehr im Norden ein",
		authors: []string{"Sönke Petersen-Haack", "Jule Brodersen"}, published: "2026-12-05",
		body:   []string{"Fernverkehr im Norden am Sonntag ab etwa 12 Uhr", "Der Scheitel lag mit 2,91 Metern", "eine Böe von 142 Kilometern pro Stunde", "stellt die Bahn ab 19 Uhr den gesamten Fernverkehr", "Wir halten Sie in diesem Ticker auf dem Laufenden"},
		chrome: []string{"Aktualisiert:", "Erstellt:", "Teilen", "Anzeige", "Lesen Sie auch", "Sturmschaden am Auto", "Schlagworte:", "Weitere Artikel", "Elbtunnel", "Meistgelesen", "HSV trennt sich", "Alle Rechte vorbehalten", "Cookies", "Samstag, 12.12.2026", "Marcus Brandt"}},
		dateline: "-", captions: []string{"Der Hamburger Fischmarkt steht am Samstagmorgen unter Wasser."}, credits: []string{"Marcus Brandt/dpa"},
		bullets: []string{"Die Bahn hat den Fernverkehr in Schleswig-Holstein", "In Hamburg wird eine schwere Sturmflut erwartet.", "Auf Sylt wurden Orkanböen von 142 km/h gemessen."}},
	{cmsCase: cmsCase{file: "cms11f-se-ledare.html", headline: "Regionen måste sluta stänga akutmottagningar på sommaren",
		authors: []string{"Ingrid Lundqvist"}, published: "2026-12-01",
		body:   []string{"För tredje sommaren i rad stängde regionen", "Regionledningen kallar det en tillfällig lösning", "Region Jämtland Härjedalen har de senaste två somrarna", "Politikerna bör inte låta tillfället gå förbi"},
		chrome: []string{"oberoende liberal tidning", "Ledarskribent", "@norrlandsposten", "Dela", "Annons", "Läs också", "Vårdköerna växer", "Ledarsidan företräder", "Mer från ledarsidan", "Skolbussarna", "Henrik Wallgren", "Mest läst", "Älgkrock", "Ansvarig utgivare", "cookies", "E4 stängd", "Elin Sandström"}},
		dateline: "-", captions: []string{"Sjukhuset i Sollefteå."}, credits: []string{"Elin Sandström"}},
	{cmsCase: cmsCase{file: "cms11f-ja-shasetsu.html", wrong: map[string]string{
		"body": "the note under the editorial (div.c-article__note, 'この記事は有料記事です。社説は論説委員室が執筆しています。') scores as text (CJK text scores per character) and is kept as a sibling of the body",
	}, headline: "（社説）地方の路線バス 減便の連鎖を断つ支援を",
		authors: nil, published: "2026-12-04",
		body:   []string{"運転手不足による路線バスの減便・廃止が全国で相次いでいる", "昨年4月に始まった運転手の労働時間規制", "住民ドライバーによる運行を導入", "今のうちに断ち切らねばならない"},
		chrome: []string{"広告", "関連記事", "路線バス、全国で減便相次ぐ", "有料記事", "論説委員室", "社説の一覧へ", "アクセスランキング", "年末ジャンボ", "過去の社説", "医師の働き方", "無断転載", "クッキー", "印刷"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms11f-au-restaurant-review.html", wrong: map[string]string{
		"body": "the text is in paragraphs of an <article> whose score box (16/20) and venue line before the byline are siblings of the text: the whole <article> is the container and they stay (lines with no label; the venue <dl> after the text goes as a fact box)",
	}, headline: "Native flavours get the fine-dining treatment by the harbour",
		authors: []string{"Bronwyn Eastaugh"}, published: "2026-12-03",
		body:   []string{"Two years after closing its first home in a Northbridge laneway", "Chef Jarrah Wellington still builds the menu", "Start with the kangaroo tartare", "the quandong sorbet is a sharp, bright finish", "few better places in Perth to watch the light go"},
		chrome: []string{"Good Food Guide score", "/20", "Normal text size", "Advertisement", "14 Mews Road", "08 9335 0000", "Wed-Sun", "Entrees $24", "Get the Good Food newsletter", "More reviews", "Cellar Door", "Lachlan Petrovski", "Most Viewed", "bakeries", "All rights reserved", "We use cookies", "Tamsin Oakley-Burke"}},
		dateline: "-", captions: []string{"The pared-back dining room overlooks the fishing boat harbour."}, credits: []string{"Tamsin Oakley-Burke"}},
}

// TestCMS11cms11f extracts each article-kind page and checks every
// field at once.
func TestCMS11cms11f(t *testing.T) {
	checkCMSPages(t, cms11fCases, cms11fFetched)
}
