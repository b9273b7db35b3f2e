package server

import (
	"fmt"
	"strconv"

	"github.com/claimgraph/claimgraph/internal/store"
)

// Chart is a bar chart of counts per month (per year over long spans) on
// a real time axis: every month from the first to the last has its
// place, with or without anything in it. Bars stack two series (A below,
// B on top; B may be unused). It is drawn as SVG whose horizontal
// positions are percentages and whose heights and text are pixels, so
// labels keep their size on a phone instead of shrinking with a
// viewBox. Table lists the non-empty buckets for readers who cannot see
// the bars.
type Chart struct {
	Empty bool
	// SeriesA and SeriesB name what the bars count ("quotes"; "for",
	// "against"); SeriesB is "" for one series.
	SeriesA, SeriesB string
	Bars             []ChartBar
	// YTicks are the y axis: counts and their heights.
	YTicks []ChartTick
	// Total sums every bar; Undated counts rows no bar can hold.
	Total, Undated int
	// ByYear is set when a bar is a year.
	ByYear      bool
	First, Last string
	Table       []ChartBar
}

// ChartBar is one month or year. X and W are percentages of the plot's
// width; the Y and H values are pixels.
type ChartBar struct {
	X, W      string
	AY, AH    int
	BY, BH    int
	Label     string
	A, B      int
	ShowLabel bool
	// LabelX is where the label's middle stands, in percent.
	LabelX string
}

// ChartTick is one labelled height of the y axis.
type ChartTick struct {
	Y     int
	Count int
}

// Plot geometry, in pixels.
const (
	chartTop    = 10
	chartPlot   = 140
	chartHeight = chartTop + chartPlot + 24 // room for the month labels
	// maxChartMonths is the widest span drawn month by month; a longer
	// one is drawn by year.
	maxChartMonths = 120
	// chartLabels is how many x labels fit a phone's width.
	chartLabels = 6
)

// ChartHeight is the SVG's height, for templates.
func (Chart) Height() int { return chartHeight }

// Base is the y of the plot's floor, for templates.
func (Chart) Base() int { return chartTop + chartPlot }

// monthChart draws counts per month.
func monthChart(m store.Months, seriesA, seriesB string) Chart {
	c := Chart{SeriesA: seriesA, SeriesB: seriesB, Undated: m.Undated}
	type ab struct{ a, b int }
	counts := map[int]ab{}
	lo, hi := 1<<30, -1
	for _, mc := range m.Months {
		k, ok := monthIndex(mc.Month)
		if !ok {
			c.Undated += mc.A + mc.B
			continue
		}
		v := counts[k]
		counts[k] = ab{v.a + mc.A, v.b + mc.B}
		lo, hi = min(lo, k), max(hi, k)
	}
	if hi < 0 {
		c.Empty = true
		return c
	}
	step := 1
	if hi-lo+1 > maxChartMonths {
		step, c.ByYear = 12, true
		lo -= lo % 12
	}
	n := (hi-lo)/step + 1
	sums := make([]ab, n)
	for k, v := range counts {
		s := &sums[(k-lo)/step]
		s.a += v.a
		s.b += v.b
	}
	top := 1
	for _, s := range sums {
		top = max(top, s.a+s.b)
	}
	top = niceCeil(top)
	c.YTicks = []ChartTick{{Y: chartTop + chartPlot, Count: 0}, {Y: chartTop + chartPlot/2, Count: top / 2}, {Y: chartTop, Count: top}}
	if top/2*2 != top {
		c.YTicks = []ChartTick{{Y: chartTop + chartPlot, Count: 0}, {Y: chartTop, Count: top}}
	}
	width := 100.0 / float64(n)
	// A bar fills most of its slot, but a few bars do not fill the plot.
	barW := min(max(width*0.85, 0.05), 6)
	every := max(1, (n+chartLabels-1)/chartLabels)
	for i, s := range sums {
		k := lo + i*step
		label := fmt.Sprintf("%04d-%02d", k/12, k%12+1)
		if c.ByYear {
			label = strconv.Itoa(k / 12)
		}
		ah, bh := barHeight(s.a, top), barHeight(s.b, top)
		base := chartTop + chartPlot
		bar := ChartBar{
			X: pct(float64(i)*width + (width-barW)/2), W: pct(barW), LabelX: pct((float64(i) + 0.5) * width),
			AY: base - ah, AH: ah, BY: base - ah - bh, BH: bh, Label: label, A: s.a, B: s.b,
			ShowLabel: i%every == 0 && (float64(i)+0.5)*width < 92,
		}
		c.Bars = append(c.Bars, bar)
		c.Total += s.a + s.b
		if s.a+s.b > 0 {
			c.Table = append(c.Table, bar)
		}
	}
	c.First, c.Last = c.Bars[0].Label, c.Bars[n-1].Label
	return c
}

// barHeight is a count's height in pixels: at least one for any count, so
// that no month with something in it looks empty.
func barHeight(n, top int) int {
	if n <= 0 {
		return 0
	}
	return max(1, n*chartPlot/top)
}

// pct writes a percentage for an SVG attribute.
func pct(v float64) string { return strconv.FormatFloat(v, 'f', 3, 64) + "%" }

// niceCeil rounds n up to 1, 2 or 5 times a power of ten, so that the y
// axis reads in round numbers.
func niceCeil(n int) int {
	p := 1
	for {
		for _, m := range []int{1, 2, 5} {
			if m*p >= n {
				return m * p
			}
		}
		p *= 10
	}
}

// monthIndex is year*12 + month-1 of a YYYY-MM(-DD) date.
func monthIndex(date string) (int, bool) {
	if len(date) < 7 || date[4] != '-' {
		return 0, false
	}
	y, err1 := strconv.Atoi(date[:4])
	m, err2 := strconv.Atoi(date[5:7])
	if err1 != nil || err2 != nil || m < 1 || m > 12 {
		return 0, false
	}
	return y*12 + m - 1, true
}
