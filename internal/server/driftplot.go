package server

import (
	"strconv"
	"time"

	"github.com/claimgraph/claimgraph/internal/store"
)

// DriftPlot draws one drifting count: each report's figure at its date,
// on a real day axis, so that a toll rising over a week reads as a rise
// and two figures given the same day as a disagreement.
type DriftPlot struct {
	Points      []DriftPoint
	First, Last string
	Low, High   string
	Undated     int
}

// DriftPoint is one report; X is a percentage of the width, Y pixels.
type DriftPoint struct {
	X     string
	Y     int
	Label string
}

// Drift plot geometry, in pixels.
const (
	driftTop    = 8
	driftPlotH  = 60
	driftHeight = driftTop + driftPlotH + 8
)

// Height is the SVG's height, for templates.
func (DriftPlot) Height() int { return driftHeight }

func driftPlot(r store.DriftRow) DriftPlot {
	p := DriftPlot{Low: figureText(r.Low), High: figureText(r.High)}
	type dated struct {
		t time.Time
		v float64
		s string
	}
	var ds []dated
	for _, rep := range r.Reports {
		t, err := time.Parse("2006-01-02", rep.Published)
		if err != nil {
			p.Undated++
			continue
		}
		ds = append(ds, dated{t, rep.Value, rep.Published + ": " + rep.Text + " (" + orWriter(rep.Speaker) + ", " + rep.Outlet + ")"})
	}
	if len(ds) == 0 {
		return p
	}
	lo, hi := ds[0].t, ds[0].t
	for _, d := range ds {
		if d.t.Before(lo) {
			lo = d.t
		}
		if d.t.After(hi) {
			hi = d.t
		}
	}
	p.First, p.Last = lo.Format("2006-01-02"), hi.Format("2006-01-02")
	span := hi.Sub(lo).Hours()
	for _, d := range ds {
		x := 50.0
		if span > 0 {
			x = 4 + 92*d.t.Sub(lo).Hours()/span
		}
		y := driftTop + driftPlotH/2
		if r.High > r.Low {
			y = driftTop + int(float64(driftPlotH)*(r.High-d.v)/(r.High-r.Low))
		}
		p.Points = append(p.Points, DriftPoint{X: pct(x), Y: y, Label: d.s})
	}
	return p
}

func figureText(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func orWriter(speaker string) string {
	if speaker == "" {
		return "the writer"
	}
	return speaker
}
