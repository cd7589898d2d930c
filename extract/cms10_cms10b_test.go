package extract

import (
	"testing"
	"time"
)

// cms10bFetched is the fetch time of the round-10 world-press pages: a
// week after their articles (5 December 2026), so the header clocks and
// "today" strips on them are not the publication date.
var cms10bFetched = time.Date(2026, 12, 12, 10, 0, 0, 0, time.UTC)

// cms10bCases: each row is a whole invented article page in the stock
// markup of a national press family outside Western Europe and North
// America, with the chrome such pages carry, and every field checked at
// once (see cmsPage).
var cms10bCases = []cmsPage{
	{cmsCase: cmsCase{file: "cms10b-ja-national.html", headline: "米、日本製部品への追加関税を来年3月まで延期 自動車業界に安堵",
		authors: []string{"石原健太"}, published: "2026-12-05",
		body:   []string{"米政府は5日、日本製の自動車部品", "約240品目", "建設的な提案があった", "経済産業省の幹部をワシントンに派遣し"},
		chrome: []string{"広告", "関連記事", "日米通商協議、次官級で再開へ", "有料会員", "残り1208文字", "コメントプラス", "延期は交渉の余地", "この記事を書いた人", "フォローする", "あわせて読みたい", "米中、半導体", "アクセスランキング", "年末年始の帰省ラッシュ", "ニュースレター", "クッキー", "無断転載", "政府、補正予算案"},
		wrong: map[string]string{
			"authors": "the author box's spaced 石原 健太 wins over the dateline bracket's 石原健太 (same person)",
			"body":    "the コメントプラス box of dated expert comments inside the <article> stays in the body",
		}},
		dateline: "ワシントン", captions: []string{"記者会見する米通商代表部（USTR）の高官"}, credits: []string{"石原健太"}},
	{cmsCase: cmsCase{file: "cms10b-zh-portal.html", headline: "长江中游航道整治工程全面完工 万吨级船舶可直达武汉",
		authors: []string{"刘思远", "陈晓雯"}, published: "2026-12-05",
		body:   []string{"长江中游荆江至武汉段航道整治工程5日全面完工", "总投资约94亿元", "单船每航次可节省运输成本约15%", "同比增长4.7%"},
		chrome: []string{"责任编辑", "本文来源", "广告", "分享到", "跟贴", "三峡船闸", "以前在汉口江边", "24小时排行", "寒潮来袭", "版权所有", "京ICP证", "Cookie", "图为", "肖一鸣"}},
		dateline: "武汉", captions: []string{"12月5日拍摄的长江中游荆江段航道"}, credits: []string{"肖一鸣"}},
	{cmsCase: cmsCase{file: "cms10b-zhtw-paper.html", headline: "北市公車明年4月調漲票價 每段增至20元",
		authors: []string{"林佳蓉"}, published: "2026-12-05",
		body:   []string{"台北市公車票價明年4月起調漲！", "提高轉乘優惠至8元", "平均每日載客量約105萬人次", "新增電動公車300輛", "報請市府核定後公告實施"},
		chrome: []string{"不用抽 不用搶", "點我下載APP", "電子報", "相關關鍵字", "北捷擬調整票價", "寒流週末報到", "漲價可以", "版權所有", "Cookie", "花蓮外海", "記者林佳蓉攝", "圖／"},
		wrong: map[string]string{
			"body": "the paper's newsletter line (☆…電子報☆新聞不漏接，立即訂閱) stays in the body",
		}},
		dateline: "台北", captions: []string{"每段票由15元調整為20元", "公運處說明票價調整方案"}, credits: []string{"林佳蓉", "台北市公共運輸處"}},
	{cmsCase: cmsCase{file: "cms10b-ko-daily.html", headline: "정부, 내년 예산 3% 증액 확정…청년 주거 지원 두 배로",
		authors: []string{"김서연"}, published: "2026-12-05",
		body:   []string{"정부가 내년도 예산을 올해보다 3.0% 늘린", "국회 심사 과정에서", "청년 전월세 보증금 지원 사업", "국내총생산(GDP) 대비 49.2%", "상반기에 전체의 65% 이상을 집행할 계획이다"},
		chrome: []string{"AD", "관련기사", "국회, 예산안 법정시한", "무단전재", "기자의 다른 기사", "기자 구독", "좋아요", "청년 주거 지원은 좋은데", "많이 본 뉴스", "영하 12도", "쿠키", "서해안 대설특보", "사진=", "발행인"}},
		dateline: "세종", captions: []string{"최상민 기획재정부 장관이 5일"}, credits: []string{"박준호"}},
	{cmsCase: cmsCase{file: "cms10b-en-in-daily.html", headline: "RBI keeps repo rate unchanged at 5.25%, cuts inflation forecast",
		authors: []string{"PTI"}, published: "2026-12-05",
		body:   []string{"The Reserve Bank of India on Friday kept its key lending rate", "voted 5-1 to hold the repo rate", "retail inflation projection for 2026-27", "keep a close watch on the global environment", "scheduled for February 3-5"},
		chrome: []string{"Also Read", "home loan EMI", "Advertisement", "wire agency feed", "Google News", "Rupee ends flat", "Meghna Iyer", "Home loan borrowers", "Most Read", "Delhi AQI", "Morning Brief", "All Rights Reserved", "We use cookies", "Sensex crosses", "Share Via", "Trending"}},
		dateline: "New Delhi", captions: []string{"RBI Governor Ashwin Kelkar addresses a press conference"}, credits: []string{"PTI"}},
	{cmsCase: cmsCase{file: "cms10b-hi-portal.html", headline: "Varanasi News: गंगा घाटों पर अब सौर ऊर्जा से जलेंगी लाइटें, नगर निगम ने शुरू की योजना",
		authors: []string{"सुनील मिश्रा"}, published: "2026-12-05",
		body:   []string{"काशी के गंगा घाट अब सौर ऊर्जा की रोशनी से जगमगाएंगे", "पहले चरण में दशाश्वमेध, अस्सी", "40 लाख रुपये की बिजली की बचत", "नई लाइटें लगने से पर्यटकों को भी सुविधा मिलेगी", "प्रमुख कुंडों और तालाबों पर भी सौर लैंप"},
		chrome: []string{"यह भी पढ़ें", "देव दीपावली", "विज्ञापन", "Edited By", "Praveen Tiwari", "पिछले 15 वर्षों से", "ये भी पढ़ें", "काशी रोपवे", "बहुत अच्छी पहल", "ताजा खबरें", "कोहरे का अलर्ट", "वेब स्टोरी", "कॉपीराइट", "कुकीज़", "ब्रेकिंग", "फोटो-", "Tags:"}},
		dateline: "वाराणसी", captions: []string{"दशाश्वमेध घाट पर शाम की गंगा आरती"}, credits: []string{"सोशल मीडिया"},
		bullets: []string{"84 घाटों पर लगेंगे 1200 सोलर लैंप", "दशाश्वमेध और अस्सी घाट शामिल", "40 लाख रुपये की बिजली बचत"}},
	{cmsCase: cmsCase{file: "cms10b-id-portal.html", headline: "Jembatan Suramadu Ditutup Sementara Akibat Angin Kencang",
		authors: []string{"Anisa Rahmawati"}, published: "2026-12-05",
		body:   []string{"Jembatan Suramadu yang menghubungkan Surabaya dan Madura ditutup sementara", "sempat mencapai 55 kilometer per jam", "kecepatan maksimal 40 kilometer per jam", "bibit siklon di selatan Jawa", "tidak memaksakan diri melintas saat angin kencang"},
		chrome: []string{"Baca juga", "Cuaca Ekstrem, BMKG", "Pelabuhan Kamal Tambah", "Advertisement", "Simak breaking news", "WhatsApp Channel", "Lihat Foto", "Dengarkan berita ini", "Bayu Pratama", "Penulis", "Copyright", "Kemarin sore juga", "Terpopuler", "Tanggal Merah", "cookie", "Sepuluh Tahun Suramadu"}},
		dateline: "SURABAYA", captions: []string{"Petugas mengatur lalu lintas di akses Jembatan Suramadu"}, credits: []string{"ANISA RAHMAWATI"}},
	{cmsCase: cmsCase{file: "cms10b-vi-paper.html", headline: "Cao tốc Bắc - Nam đoạn qua Khánh Hòa thông xe trước Tết",
		authors: []string{"Xuân Ngọc"}, published: "2026-12-05",
		body:   []string{"Ban Quản lý dự án Thăng Long", "tăng ca ba mũi trong những tháng mùa khô", "Chúng tôi cam kết thông xe toàn tuyến", "hơn 11.000 tỷ đồng", "Đây là một trong 12 dự án thành phần"},
		chrome: []string{"Xuân Ngọc", "Quảng cáo", "Xem thêm", "tăng tốc về đích", "Ý kiến", "Mong sớm thông xe", "Tin liên quan", "Khánh Hòa đề xuất", "Xem nhiều", "Giá vàng", "Nhận bản tin", "Copyright", "cookie", "Bão số 15", "Chia sẻ", "Ảnh:"}},
		captions: []string{"Công nhân thảm nhựa trên đoạn cao tốc qua thị xã Ninh Hòa"}, credits: []string{"Bùi Toàn"}},
	{cmsCase: cmsCase{file: "cms10b-tr-paper.html", headline: "Ankara-İzmir hızlı tren hattında ilk test sürüşü yapıldı",
		authors: []string{"AA"}, published: "2026-12-05",
		body:   []string{"Ankara-İzmir Yüksek Hızlı Tren Projesi'nde ilk test sürüşü, hattın", "saatte 250 kilometre hıza ulaştı", "14 saatten 3,5 saate ineceğini", "tünel kazılarının sürdüğü kaydedildi", "2027 yılının sonunda yolcu taşımacılığına"},
		chrome: []string{"Reklam", "İLGİLİ HABER", "bilet fiyatlarına yeni yılda zam", "Google News", "Marmaray", "İzmir'e 3,5 saatte gitmek", "Çok Okunanlar", "Asgari ücrete", "Tüm hakları saklıdır", "çerezler", "DOLAR", "Ege Denizi", "Kaynak: AA", "Oluşturulma"}},
		dateline: "ANKARA", captions: []string{"Test sürüşünü gerçekleştiren tren Polatlı Garı'ndan hareket etti."}, credits: []string{"AA"}},
	{cmsCase: cmsCase{file: "cms10b-ar-daily.html", headline: "افتتاح أول خط للقطار الكهربائي السريع بين القاهرة والإسكندرية",
		authors: []string{"سلمى الحداد"}, published: "2026-12-05",
		body:   []string{"افتتحت وزارة النقل المصرية، يوم الجمعة، أول خط", "60 ألف راكب يوميا", "سعر التذكرة في الدرجة الاقتصادية", "ثلاثة محاور بطول إجمالي", "اعتبارا من الأول من يناير المقبل"},
		chrome: []string{"بقلم", "إعلان", "اقرأ أيضا", "ارتفاع أسعار تذاكر المترو", "الكلمات المفتاحية", "محررة الشؤون الاقتصادية", "اخبار متعلقة", "العلمين", "خطوة رائعة", "الأكثر قراءة", "سعر الذهب", "النشرة البريدية", "جميع الحقوق محفوظة", "الكوكيز", "عاجل", "رويترز"},
		wrong: map[string]string{
			"dateline": "an Arabic place opening the story with a dash and no wire ('القاهرة - …'): no capitals and no gazetteer names in Arabic script",
		}},
		dateline: "القاهرة", captions: []string{"القطار الكهربائي السريع خلال رحلته الأولى"}, credits: []string{"رويترز"}},
	{cmsCase: cmsCase{file: "cms10b-fa-site.html", headline: "خط ۷ متروی تهران به ایستگاه میدان صنعت رسید",
		authors: []string{"مریم کاظمی"}, published: "2026-12-05",
		body:   []string{"ایستگاه میدان صنعت خط ۷ متروی تهران صبح امروز جمعه", "طول خط ۷ به ۲۷ کیلومتر", "روزانه حدود ۴۵ هزار نفر", "تا پایان سال ۱۴۰۵ به بهره\u200cبرداری خواهد رسید"},
		chrome: []string{"کد خبر", "تبلیغات", "بیشتر بخوانید", "قیمت بلیت مترو", "انتهای پیام", "برچسب\u200cها", "اخبار مرتبط", "ورود ۵۰ واگن", "قطارها خیلی شلوغ", "پربازدیدترین", "قیمت طلا", "کلیه حقوق", "کوکی", "زمین\u200cلرزه", "مدیرعامل مترو خبر داد", "عکس:"}},
		captions: []string{"مسافران در نخستین روز بهره\u200cبرداری از ایستگاه میدان صنعت"}, credits: []string{"امیر رضایی"}},
	{cmsCase: cmsCase{file: "cms10b-ru-paper.html", headline: "В Москве открыли новый участок Большой кольцевой линии метро",
		authors: []string{"ТАСС"}, published: "2026-12-05",
		body:   []string{"Участок Большой кольцевой линии (БКЛ) московского метро из трех станций", "сократится в среднем на 20 минут", "под действующими железнодорожными путями", "еще 11 станций метро"},
		chrome: []string{"Реклама", "Читайте также", "На МЦД-5", "Подписывайтесь", "Материалы по теме", "Стоимость проезда", "Наконец-то", "Самое читаемое", "пенсии", "Рассылка", "Все права защищены", "cookie", "снегопад", "Источник", "Обновлено", "12 480"}},
		dateline: "МОСКВА", captions: []string{"Пассажиры на платформе новой станции"}, credits: []string{"Сергей Белов/ТАСС"}},
	{cmsCase: cmsCase{file: "cms10b-en-ng-daily.html", headline: "Lagos begins Blue Line rail extension to Okokomaiko",
		authors: []string{"Chinedu Okafor"}, published: "2026-12-05",
		body:   []string{"The Lagos State Government on Friday began work on the second phase", "completed within 30 months", "this line will give them back that time", "Alakija, Trade Fair, Abule Ado and Okokomaiko", "compensate those whose shops would be demolished"},
		chrome: []string{"Kindly share this story", "Advertisement", "ALSO READ", "Red Line records two million", "Follow The Lagoon Herald on WhatsApp", "may not be reproduced", "editor@lagoonherald", "Tags:", "has been with The Lagoon Herald", "Related News", "Amaka Nwosu", "Thirty months?", "Most Read", "Petrol price", "Newsletter", "All rights reserved", "uses cookies", "Naira gains", "4 Comments"}},
		dateline: "Lagos", captions: []string{"A Blue Line train at the Marina terminal"}, credits: []string{"Tunde Adeyemi"}},
	{cmsCase: cmsCase{file: "cms10b-en-au-site.html", headline: "Sydney Metro West tunnelling finishes a year ahead of schedule",
		authors: []string{"Tom Hartley"}, published: "2026-12-05",
		body:   []string{"The last of six tunnel boring machines digging Sydney Metro West", "would not commit to bringing forward", "takes a huge amount of risk out of this project", "halving travel times", "updated business case in the new year"},
		chrome: []string{"Key points", "Advertisement", "Related stories", "Final designs for Metro West", "Topics", "Back to top", "More on", "Opal fares", "Top Stories", "Heatwave warning", "Just In", "Bushfire contained", "Traditional Custodians", "copyright and cannot be reproduced", "We use cookies", "Posted Fri", "Skip to main content", "Workers celebrate", "AAP:"}},
		captions: []string{"Tunnel boring machine Ruby broke through at The Bays", "Workers celebrate the breakthrough"}, credits: []string{"Dan Himbrechts", "Priya Ramanathan"},
		bullets: []string{"The last of six tunnel boring machines on Sydney Metro West has reached The Bays", "Tunnelling finished about 12 months earlier than planned", "still expected to open in 2032"}},
}

// TestCMS10cms10b extracts each page and checks every field at once:
// headline, authors, day, dateline, body kept and chrome left out,
// picture captions and credits, key points.
func TestCMS10cms10b(t *testing.T) {
	checkCMSPages(t, cms10bCases, cms10bFetched)
}
