package extract

import "testing"

// cms16dCases are whole invented non-daily pages in Japanese, Chinese,
// Korean, Indonesian and Vietnamese: blog platforms (Hatena Blog, note,
// Livedoor blog, a Japanese WordPress blog on the Cocoon theme, a WeChat
// article on a mirror site, a Taiwanese Pixnet blog, a Naver blog in
// SmartEditor ONE markup, a Vietnamese WordPress blog on Flatsome), a
// citizen-journalism post and a Japanese city's notice page. The traps:
// a published and an updated date side by side (投稿日/更新日,
// "Diperbarui"/"Diterbitkan", 更新日/掲載日), comment and archive dates,
// copyright years, the platform's support and follow prompts, a category
// badge over the lead picture, a municipal page's PDF notice and contact
// box.
var cms16dCases = []cmsPage{
	{cmsCase: cmsCase{file: "cms16d-ja-hatena-blog.html", headline: "只見線の全線再開から一年、会津川口駅で聞いたこと",
		authors: []string{"kawabe_shigeru"}, published: "2024-03-05",
		body:   []string{"只見線が11年ぶりに全線で運転を再開してから一年余り。", "乗客は増えたのか", "前年の約3倍", "只見まで足を延ばすつもりです。"},
		chrome: []string{"はてなブックマークに追加", "関連記事", "紅葉シーズンの混雑ぶり", "第五橋梁の写真、素晴らしい", "コメントを書く", "大糸線の北側区間", "プロフィール", "月別アーカイブ", "Powered by", "読者になる"}},
		dateline: "-",
		captions: []string{"雪の只見川と第五橋梁（2024年3月2日撮影）"},
		notPic:   []string{"id:kawabe_shigeru"}},
	{cmsCase: cmsCase{file: "cms16d-ja-note.html", headline: "地方の小さな書店が「選書サービス」を始めて一年で分かったこと",
		authors: []string{"森川あかね"}, published: "2024-03-05",
		body:   []string{"人口八千人の町で、祖父の代から続く書店", "いちばん多かった相談", "元図書館司書の方", "また報告します。"},
		chrome: []string{"サポートをしてみませんか", "チップで応援する", "スキ", "#書店", "フォロー", "この記事が参加している募集", "古本屋をはじめて三年", "カードの手書き、もらうと", "利用規約", "ログイン"}},
		dateline: "-",
		captions: []string{"発送前の本に一冊ずつ手書きのカードを添えています"}},
	{cmsCase: cmsCase{file: "cms16d-ja-livedoor-blog.html", headline: "町内会の防災訓練に初めて参加してきた",
		authors: []string{"まちかど"}, published: "2024-03-05",
		body:   []string{"日曜の朝、町内会の防災訓練に初めて参加してきました。", "百人ほどが集まっていました", "防災倉庫の中を見せてもらった", "家族も誘ってまた参加しようと思います。"},
		chrome: []string{"投稿者", "カテゴリ", "コメント(2)", "LINEで送る", "関連記事", "回覧板の当番", "防災倉庫、見てみたい", "情報を記憶", "アーカイブ", "QRコード", "ライブドアブログ", "All Rights Reserved"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms16d-ja-wp-cocoon.html", headline: "ふるさと納税の確定申告、ワンストップ特例を使えない人の手順",
		authors: []string{"小林ゆうこ"}, published: "2024-03-05",
		body:   []string{"ふるさと納税をした人の多くは", "寄附金受領証明書", "その申請は無効になります", "受領証明書を探すところから始めてみてください。"},
		chrome: []string{"シェアする", "目次", "小林ゆうこをフォローする", "医療費控除、10万円に届かなくても", "受領証明書、うちも1通なくして", "コメントを書き込む", "この記事を書いた人", "FP2級", "新着記事", "児童手当", "© 2021", "プライバシーポリシー"}},
		dateline: "-",
		notPic:   []string{"税金"}},
	{cmsCase: cmsCase{file: "cms16d-ja-city-oshirase.html", headline: "令和6年度 自転車用ヘルメット購入費の補助を始めます",
		authors: []string{}, published: "2024-03-05",
		body:   []string{"自転車に乗るすべての人にヘルメットの着用が努力義務", "補助の対象", "上限3,000円", "予算がなくなり次第、受付を終了します。"},
		chrome: []string{"本文へスキップ", "ページ番号", "更新日", "Adobe Acrobat Reader", "このページに関するお問い合わせ", "市民部交通安全課", "アンケートにご協力ください", "役に立った", "春の全国交通安全運動", "開庁時間", "Copyright"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms16d-zh-wechat-mirror.html", headline: "县城咖啡馆这两年：开了一百多家，活下来的靠什么",
		authors: []string{"周以宁"}, published: "2024-03-05",
		body:   []string{"两年里新开了一百多家咖啡馆", "一杯九块九，撑不了多久", "活下来的独立小店", "夏天见分晓。"},
		chrome: []string{"阅读需要7分钟", "编辑 | 林小满", "点击下方卡片", "阅读原文", "在看", "#县城经济", "本文转载自", "精选留言", "一条街五家咖啡店", "喜欢此内容的人还喜欢", "县城的年轻人", "皖ICP备", "公号文摘 ©"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms16d-zhtw-pixnet.html", headline: "台南｜巷弄裡的老宅豆花，七十年不變的古早味",
		authors: []string{"小芸"}, published: "2024-03-05",
		body:   []string{"這家豆花店藏在台南中西區的小巷裡", "石磨磨豆漿", "吃得起，才會一直來。", "營業時間：11:00～17:00"},
		chrome: []string{"全站分類", "此分類上一篇", "posted by", "留言(3)", "人氣", "你可能也會喜歡", "開到半夜的牛肉湯", "粉圓真的好Q", "作者簡介", "最新文章", "PIXNET Digital Media", "版權所有"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms16d-ko-naver-blog.html", headline: "제주 올레길 7코스 걷기, 외돌개에서 월평까지",
		authors: []string{"느린걸음"}, published: "2024-03-05",
		body:   []string{"3월 첫 주말, 제주 올레길 7코스를 걸었다.", "법환포구에서 점심으로 고기국수", "8코스를 걸어볼 생각이다."},
		chrome: []string{"URL 복사", "이웃추가", "#제주올레", "공감", "공유하기", "저도 지난달에 걸었는데", "8코스도 같이 가요", "겨울 한라산", "천천히 걷고", "NAVER Corp."}},
		dateline: "-",
		captions: []string{"외돌개 앞 바다. 바람이 세게 불었다."}},
	{cmsCase: cmsCase{file: "cms16d-id-kompasiana.html", headline: "Pasar Tradisional di Kota Kami Bertahan di Tengah Gempuran Belanja Daring",
		authors: []string{"Rina Wulandari"}, published: "2024-03-05",
		body:   []string{"Setiap Minggu pagi, Pasar Lama di kota kami masih ramai.", "sejak 1998", "Tapi pelanggan lama tetap datang.", "bagi pedagang kecil."},
		chrome: []string{"Baca juga", "Warung Kelontong", "Guru SD dan penulis lepas", "Diperbarui", "Tag:", "Google News", "tanggung jawab penulis", "Beri Nilai", "Di kota saya juga sama", "Lihat Ekonomi Selengkapnya", "Harga Beras", "Terpopuler", "All rights reserved"}},
		dateline: "-",
		captions: []string{"Suasana Pasar Lama pada Minggu pagi."},
		credits:  []string{"Dokumentasi pribadi"},
		notPic:   []string{"Rina Wulandari"}},
	{cmsCase: cmsCase{file: "cms16d-vi-wp-flatsome.html", headline: "Kinh nghiệm trồng rau sạch trên sân thượng cho người mới bắt đầu",
		authors: []string{"Nguyễn Thu Hà"}, published: "2024-03-05",
		body:   []string{"Sau hai năm trồng rau trên sân thượng ở Hà Nội", "Chọn thùng và đất", "tưới đều vào sáng sớm", "Chúc các bạn có một khu vườn nhỏ xanh tốt!"},
		chrome: []string{"Đăng vào", "Bài viết này được đăng trong", "đường dẫn tĩnh", "Chia sẻ trên", "Kỹ sư nông nghiệp", "Cách ủ phân trùn quế", "bình luận cho", "em mới thử trồng", "Gửi bình luận", "Bài viết mới", "Lưu trữ", "Copyright 2024"}},
		dateline: "-",
		captions: []string{"Luống cải ngọt sau 25 ngày gieo hạt"},
		notPic:   []string{"Th3"}},
}

// TestCMS16cms16d extracts each page and checks every field.
func TestCMS16cms16d(t *testing.T) {
	checkCMSPages(t, cms16dCases, cmsFetched)
}
