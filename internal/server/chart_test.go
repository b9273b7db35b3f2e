package server

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/store"
)

func TestMonthChartIsARealTimeAxis(t *testing.T) {
	for _, tc := range []struct {
		name         string
		months       store.Months
		bars         int
		first, last  string
		total, undat int
		byYear       bool
	}{
		{"gaps keep their place", store.Months{Months: []store.MonthCount{{Month: "1987-03", A: 5}, {Month: "1987-07", A: 2, B: 1}}}, 5, "1987-03", "1987-07", 8, 0, false},
		{"undated rows are counted, not drawn", store.Months{Months: []store.MonthCount{{Month: "2015-07", A: 24}, {Month: "", A: 9}}, Undated: 3}, 1, "2015-07", "2015-07", 24, 12, false},
		{"thirty years go by year", store.Months{Months: []store.MonthCount{{Month: "1987-03", A: 1}, {Month: "2017-11", A: 2}}}, 31, "1987", "2017", 3, 0, true},
	} {
		c := monthChart(tc.months, "quotes", "")
		if c.Empty || len(c.Bars) != tc.bars || c.First != tc.first || c.Last != tc.last || c.Total != tc.total || c.Undated != tc.undat || c.ByYear != tc.byYear {
			t.Errorf("%s: %d bars %s..%s total %d undated %d by year %v", tc.name, len(c.Bars), c.First, c.Last, c.Total, c.Undated, c.ByYear)
		}
		sum := 0
		for _, b := range c.Bars {
			sum += b.A + b.B
			if (b.A > 0) != (b.AH > 0) || (b.B > 0) != (b.BH > 0) {
				t.Errorf("%s: bar %s counts %d+%d but is %d+%d px high", tc.name, b.Label, b.A, b.B, b.AH, b.BH)
			}
		}
		if sum != c.Total {
			t.Errorf("%s: bars sum to %d, caption says %d", tc.name, sum, c.Total)
		}
		if top := c.YTicks[len(c.YTicks)-1].Count; top < maxBar(c) {
			t.Errorf("%s: y axis tops at %d under the highest bar %d", tc.name, top, maxBar(c))
		}
	}
	if c := monthChart(store.Months{Undated: 4}, "quotes", ""); !c.Empty || c.Undated != 4 {
		t.Errorf("nothing dated: %+v", c)
	}
}

func maxBar(c Chart) int {
	m := 0
	for _, b := range c.Bars {
		m = max(m, b.A+b.B)
	}
	return m
}

func TestNiceCeil(t *testing.T) {
	for in, want := range map[int]int{1: 1, 3: 5, 7: 10, 11: 20, 230: 500, 1000: 1000} {
		if got := niceCeil(in); got != want {
			t.Errorf("niceCeil(%d) = %d, want %d", in, got, want)
		}
	}
}
