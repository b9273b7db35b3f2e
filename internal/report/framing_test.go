package report

import (
	"reflect"
	"testing"

	"github.com/claimgraph/claimgraph/internal/store"
)

// TestFraming sums reporting verbs per outlet by class: the whole store
// first, then outlets by reports; neutral verbs count as reports only.
func TestFraming(t *testing.T) {
	class := map[string]string{"say": "neutral", "claim": "doubt", "allege": "doubt", "reveal": "factive", "insist": "emphatic", "think": "belief"}
	got := Framing([]store.CueCount{
		{Outlet: "Kelvar Post", Lemma: "say", Quotes: 10},
		{Outlet: "Kelvar Post", Lemma: "claim", Quotes: 3},
		{Outlet: "Kelvar Post", Lemma: "think", Quotes: 2},
		{Outlet: "Dunmore Times", Lemma: "say", Quotes: 4},
		{Outlet: "Dunmore Times", Lemma: "reveal", Quotes: 1},
		{Outlet: "Dunmore Times", Lemma: "allege", Quotes: 1},
		{Outlet: "", Lemma: "", Quotes: 2},
	}, func(l string) string { return class[l] })
	want := []OutletFraming{
		{Outlet: "(all)", Reports: 23, ByClass: map[string]int{"doubt": 4, "factive": 1, "belief": 2}, Loaded: []string{"claim 3", "allege 1", "reveal 1"}},
		{Outlet: "Kelvar Post", Reports: 15, ByClass: map[string]int{"doubt": 3, "belief": 2}, Loaded: []string{"claim 3"}},
		{Outlet: "Dunmore Times", Reports: 6, ByClass: map[string]int{"doubt": 1, "factive": 1}, Loaded: []string{"allege 1", "reveal 1"}},
		{Outlet: "(no outlet)", Reports: 2, ByClass: map[string]int{}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Framing =\n%+v\nwant\n%+v", got, want)
	}
	tab := FramingTable(got)
	if len(tab.Rows) != 4 || tab.Rows[1][len(tab.Rows[1])-2] != "0.200" {
		t.Errorf("table rows %v: want Kelvar Post's doubt share 3/15 = 0.200", tab.Rows)
	}
}
