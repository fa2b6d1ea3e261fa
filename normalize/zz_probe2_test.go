package normalize

import (
	"testing"

	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/body"
)

func TestZZProbe2(t *testing.T) {
	pa := func(s string) body.Block { return body.Block{Kind: body.Paragraph, Text: s} }
	for _, bl := range [][]body.Block{
		{pa("Laporan Wartawan Tribunnews.com, Danang Triatmojo"), pa("TRIBUNNEWS.COM, JAKARTA - Pengadilan memutuskan pada Selasa bahwa undang-undang itu berlaku."), pa("Putusan itu dibacakan oleh hakim ketua.")},
		{pa("Laporan Wartawan Tribunnews.com, Danang Triatmojo TRIBUNNEWS.COM, JAKARTA - Pengadilan memutuskan pada Selasa bahwa undang-undang itu berlaku."), pa("Putusan itu dibacakan oleh hakim ketua.")},
		{pa("Laporan Reporter Tribun Jabar, Nazmi Abdurrahman TRIBUNJABAR.ID, BANDUNG - Pengadilan memutuskan pada Selasa bahwa undang-undang itu berlaku."), pa("Putusan itu dibacakan oleh hakim ketua.")},
		{pa("Laporan Wartawan TribunJatim.com, Luhur Pambudi"), pa("TRIBUNJATIM.COM, SURABAYA - Pengadilan memutuskan pada Selasa bahwa undang-undang itu berlaku."), pa("Putusan itu dibacakan oleh hakim ketua.")},
		{pa("By Jane Roe WASHINGTON (Reuters) - The court ruled on Tuesday that the law stands."), pa("The ruling was read by the chief judge.")},
		{pa("By Jane Roe, Associated Press WASHINGTON — The court ruled on Tuesday that the law stands."), pa("The ruling was read by the chief judge.")},
		{pa("Jane Roe WASHINGTON — The court ruled on Tuesday that the law stands."), pa("The ruling was read by the chief judge.")},
	} {
		p := &extract.Page{URL: "https://www.tribunnews.com/nasional/2024/11/20/x", SiteName: "Tribunnews.com", Title: "Putusan", Body: bl, Lang: "id"}
		a := Normalize(p, Options{})
		t.Logf("%+v | authors %q | %q", a.Dateline, a.Authors, a.Text[:min(80, len(a.Text))])
	}
}
