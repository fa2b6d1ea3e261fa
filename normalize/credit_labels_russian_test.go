package normalize

import (
	"slices"
	"testing"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
)

// TestRussianCreditLabels: the writer's, editor's, photographer's and
// translator's labels of Russian pages ("Текст:", "Автор:",
// "Редактор:", "Фото:", "Перевод:") read as credits of their role.
func TestRussianCreditLabels(t *testing.T) {
	lx := loadLexicon()
	checkCreditLines(t, lx, []creditLineCase{
		{"Текст: Ольга Смирнова", []credit{{name: "Ольга Смирнова", role: kabar.RoleReporter}}},
		{"Автор: Игорь Белов", []credit{{name: "Игорь Белов", role: kabar.RoleReporter}}},
		{"Редактор: Марина Котова", []credit{{name: "Марина Котова", role: kabar.RoleEditor}}},
		{"Фото: Павел Рыбин", []credit{{name: "Павел Рыбин", role: kabar.RolePhotographer}}},
		{"Перевод: Анна Зуева", []credit{{name: "Анна Зуева", role: kabar.RoleTranslator}}},
	})
}

// TestRussianBylineWithDate: a Russian byline element that gives the
// writer and the day ("Текст: Ольга Смирнова · 12 октября 2019") names
// the writer as the author.
func TestRussianBylineWithDate(t *testing.T) {
	p := &extract.Page{
		URL:     "https://www.gavan.example/articles/novyj-prichal-id1",
		Lang:    "ru",
		Title:   "Новый причал откроют весной",
		Bylines: []extract.Field{{Value: "Текст: Ольга Смирнова · 12 октября 2019", Source: "byline"}},
		Body: paras("Городской совет во вторник утвердил план реконструкции старого причала и набережной.",
			"Работы начнутся весной следующего года и продлятся около двух лет, сообщили в мэрии."),
	}
	a := Normalize(p, Options{})
	if !slices.Equal(a.Authors, []string{"Ольга Смирнова"}) {
		t.Errorf("authors = %q, want [Ольга Смирнова]", a.Authors)
	}
}

// TestGateFoldVariants: the credit gate folds a letter's lower-case
// variant forms to the letter, as strings.EqualFold matches them, so
// that label tables in Cyrillic keep the gate on; a letter with no such
// variant ("ı", "ß") stays itself.
func TestGateFoldVariants(t *testing.T) {
	for _, tc := range []struct{ in, want rune }{
		{'ᲀ', 'в'}, {'ᲂ', 'о'}, {'ᲄ', 'т'}, {'ſ', 's'}, {'Т', 'т'}, {'в', 'в'}, {'ı', 'ı'}, {'ß', 'ß'}, {'Ä', 'ä'},
	} {
		if got := gateFold(tc.in); got != tc.want {
			t.Errorf("gateFold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
