package extract

// markedText reads the text of an element the markup marks as a date (a
// <time>, a microdata date property): two-digit years are read too
// ("5.3.24", "05/03/24"), as the small regions about the article read
// them (scanTextDates). The element says its text is a date, so "5.3.24"
// in it is no version number nor a score; a page that drops the
// datetime attribute (or never had one: WordPress themes printing
// get_the_date('j.n.y') into a bare <time>) shows its day only so.
// Found by the date-format metamorphic test (metamorphic_datefmt_test.go):
// without its machine dates a page whose <time> read "5.3.24" took a
// product table's "15.02.2024" instead.
func (pk *datePicker) markedText(s string) (dateVal, bool) {
	saved := pk.dp.loose
	pk.dp.loose = true
	defer func() { pk.dp.loose = saved }()
	return pk.text(s)
}
