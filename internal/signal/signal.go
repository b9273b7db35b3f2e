package signal

import "github.com/claimgraph/claimgraph/internal/segment"

// Signal is one flagged stretch of text.
type Signal struct {
	Kind      string `json:"kind"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Technique string `json:"technique"`
	Why       string `json:"why"`
}

// Quote is what the detector needs to know of a quote.
type Quote struct {
	Start, End         int
	CueStart, CueEnd   int
	CueLemma, CueClass string
	Speaker            int
	SpeakerType        string
	SpeakerName        string
	Vague              bool
	SrcStart, SrcEnd   int
	Kind               string
}

// Input is a segmented document with its quotes.
type Input struct {
	Seg     *segment.Segmentation
	InQuote []bool
	Quotes  []Quote
	Title   string
}

// Detector finds signals; safe for concurrent use.
type Detector struct{}

// NewDetector loads the embedded lexicons.
func NewDetector() *Detector { return &Detector{} }

// Detect returns the signals of a document.
func (d *Detector) Detect(in Input) []Signal { return nil }
