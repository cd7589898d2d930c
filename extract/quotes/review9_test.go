package quotes

import "testing"

// TestReview9: ordinary paragraphs around the ninth round's hyphenated
// titles (Secretary-General, Director-General, editor-in-chief): the
// title before a name credits the name, a title alone names no person,
// the title's holder named earlier is credited when the title refers back,
// and a hyphenated family name is no title. Names and places are made up.
func TestReview9(t *testing.T) {
	rows := []probe8Case{
		{"former Director-General before the name", "en", []string{`“The agency was never funded for a pandemic,” former Director-General Hana Oyelaran said.`}, []string{"Hana Oyelaran"}},
		{"the name, then the Director-General after a comma", "en", []string{`“The agency was never funded for a pandemic,” said Hana Oyelaran, the agency's Director-General.`}, []string{"Hana Oyelaran"}},
		{"lower-case editor-in-chief before the name", "en", []string{`“We will publish the full letter tomorrow,” said editor-in-chief Marek Szul.`}, []string{"Marek Szul"}},
		{"vice-chair before the name after the quote", "en", []string{`“The budget does not add up,” committee vice-chair Tess Arnholt said.`}, []string{"Tess Arnholt"}},
		{"the Secretary-General alone", "en", []string{`“The ceasefire must hold,” the Secretary-General said.`}, []string{"the Secretary-General"}},
		{"the Secretary-General named in the paragraph before", "en", []string{`Amara Diallo, the UN Secretary-General, visited the camp on Monday.`, `“The ceasefire must hold,” the Secretary-General said.`}, []string{"Amara Diallo"}},
		{"the Director-General's office", "en", []string{`“We will reply in writing,” the Director-General's office said in a statement.`}, []string{"the Director-General's office"}},
		{"Vice-Chancellor capitalised before the name", "en", []string{`“It was a landslide,” said Vice-Chancellor Ruth Abara.`}, []string{"Ruth Abara"}},
		{"a hyphenated family name stays whole", "en", []string{`“We expected a closer vote,” said Laila Chief-Moreno.`}, []string{"Laila Chief-Moreno"}},
		{"a double-barrelled name with a title word in it", "en", []string{`“The harbour must stay public,” said Piers General-Hythe.`}, []string{"Piers General-Hythe"}},
	}
	for _, tc := range rows {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) { wantSpeakers(t, tc.paras, tc.lang, tc.want) })
	}
}
