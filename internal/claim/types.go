package claim

// Claim is one proposition a speaker puts forward.
type Claim struct {
	ID        string `json:"id"`
	Speaker   string `json:"speaker"`
	Quote     string `json:"quote"`
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Polarity  string `json:"polarity"`
	Hedged    bool   `json:"hedged"`
	Topic     string `json:"topic"`
	// SpeakerName is the canonical name, so claims from different documents compare.
	SpeakerName string `json:"speaker_name,omitempty"`
	// Value, Unit and Qualifier are set on numeric claims: a figure a
	// speaker gives ("137 people killed"); Topic is then what it counts.
	Value     *float64 `json:"value,omitempty"`
	Unit      string   `json:"unit,omitempty"`
	Qualifier string   `json:"qualifier,omitempty"`
}

// Figure is a number inside a quote: what the speaker says the count is.
type Figure struct {
	Value           float64
	Unit, About     string
	Qualifier, Text string
}

// Contradiction pairs two claims that cannot both hold.
type Contradiction struct {
	A     string `json:"a"`
	B     string `json:"b"`
	Topic string `json:"topic"`
	Why   string `json:"why"`
}

// Word is one token of a quote's content, with the entity it names.
type Word struct {
	Text, Lower string
	Start, End  int
	Entity      string // canonical name when part of an entity mention
	EntityType  string
}

// Input is one quote to derive claims from.
type Input struct {
	QuoteID, Speaker, SpeakerName string
	Kind                          string
	Cue                           string
	Words                         []Word
	Figures                       []Figure
}
