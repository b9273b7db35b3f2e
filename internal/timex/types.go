package timex

// Timex is one normalized temporal expression of the analysis record.
type Timex struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Type   string `json:"type"`
	Value  string `json:"value"`
	Mod    string `json:"mod"`
	Anchor string `json:"anchor"`
}

// QuoteSpan tells the tagger where quotes are, for speech-time anchoring.
type QuoteSpan struct {
	Start, End       int
	SentFrom, SentTo int
	Kind             string
	Speaker          int // entity index, -1 when unknown
}

// Result holds the timexes and, per quote, the time it was said ("" if unknown).
type Result struct {
	Timexes      []Timex
	QuoteAnchors []string
}
