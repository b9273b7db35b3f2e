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
	// Unnamed is true for a source the text describes but does not name
	// ("a Treasury spokesman", "dealers", "the department"): Speaker is then
	// -1 and SpeakerSrc the description. Such sources are kept per article
	// and never joined across articles as one speaker.
	Unnamed bool
	// Body is the entity index + 1 of the body an unnamed source speaks
	// for ("Treasury" in "a Treasury spokesman"), 0 when the text gives none.
	Body int
	// Role is the head noun of an unnamed source's description ("spokesman").
	Role string
	// Described locates the description of an unnamed source credited
	// through a pronoun ("a spokesman" ... "he said"); empty when the
	// crediting mention is the description itself.
	Described Span
	// Rule is the decision that credited the quote to its source.
	Rule       Rule
	Confidence float64
	// SentFrom, SentTo are the sentence indexes the quote spans.
	SentFrom, SentTo int
}
