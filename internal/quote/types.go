package quote

// Kind of quotation.
type Kind string

// Quote kinds of the analysis record.
const (
	Direct   Kind = "direct"
	Mixed    Kind = "mixed"
	Indirect Kind = "indirect"
)

// Span is a byte range of the text.
type Span struct{ Start, End int }

// Quote is one attributed (or unattributed) piece of reported speech.
type Quote struct {
	Kind       Kind
	Span       Span   // the content
	Fragments  []Span // pieces of a quote split around its attribution
	Speaker    int    // entity index, -1 when unattributed or unnamed
	SpeakerSrc Span   // the mention that attributes it; empty if none
	Cue        Span
	CueLemma   string
	CueClass   string // neutral, doubt, factive, emphatic, hedge, belief, accuse
	Vague      bool   // credited to unnamed sources ("several reports")
	Confidence float64
	// SentFrom, SentTo are the sentence indexes the quote spans.
	SentFrom, SentTo int
}
