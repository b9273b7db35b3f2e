package quantity

import "github.com/claimgraph/claimgraph/internal/segment"

// Quantity is one number of the analysis record.
type Quantity struct {
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Value     float64 `json:"value"`
	Unit      string  `json:"unit"`
	Qualifier string  `json:"qualifier"`
	About     string  `json:"about"`
}

// Finder finds quantities; safe for concurrent use.
type Finder struct{}

// NewFinder loads the embedded number words and units.
func NewFinder() *Finder { return &Finder{} }

// Find returns the quantities of a segmented document.
func (f *Finder) Find(seg *segment.Segmentation) []Quantity { return nil }
