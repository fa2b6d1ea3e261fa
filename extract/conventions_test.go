package extract

import "testing"

func TestConventions(t *testing.T) {
	if _, err := loadConventions(conventionsJSON); err != nil {
		t.Fatal(err)
	}
	if _, err := loadConventions([]byte(`{"byline_classes":["author"]}`)); err == nil {
		t.Error("a conventions file with missing lists loaded without error")
	}
	for _, c := range []struct {
		set  wordSet
		s    string
		want bool
	}{
		{bylineClass, "detail__Author", true},
		{bylineClass, "article-body", false},
		{furnitureClass, "berita-terkait-wrap", true},
		{authorPath, "https://example.com/penulis/rina-kartika", true},
		{authorPath, "https://example.com/berita/1", false},
		{notPicture, "https://cdn.example.com/img/logo-white.png", true},
		{furnitureClass, "abmenu", false},
		{furnitureClass, "main-menu", true},
		{furnitureClass, "mainMenu", true},
		{furnitureClass, "kcm-most-content", true},
		{furnitureClass, "box-terpopuler2", true},
		{bylineClass, "nmreporter", true},
		{bylineClass, "editorial-board", false},
		{bylineClass, "byline__name", true},
	} {
		if got := c.set.MatchString(c.s); got != c.want {
			t.Errorf("MatchString(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
