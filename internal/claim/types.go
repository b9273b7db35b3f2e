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
	// SpeakerRole is the role the article gives the speaker ("Anbar's
	// police chief"): a person speaking for a body is no second source
	// against it. Not part of the record.
	SpeakerRole string `json:"-"`
	// Qualified: the clause holds a negator, or its quotation calls
	// something false: not a plain assertion for a denial to answer ("voted
	// no change", "We heard news that X ... This news is unfounded"). Only
	// the analysis of one article sets it; claims read back from a store
	// have it false, so cross-article results do not depend on which side
	// arrived first.
	Qualified bool `json:"-"`
	// Value, Unit and Qualifier are set on numeric claims: a figure a
	// speaker gives ("137 people killed"); Topic is then what it counts.
	Value     *float64 `json:"value,omitempty"`
	Unit      string   `json:"unit,omitempty"`
	Qualifier string   `json:"qualifier,omitempty"`
	// Proposition is the clause read as subject, predicate and object; only
	// claims that have one can contradict (figures aside).
	Proposition *Proposition `json:"proposition,omitempty"`
	// Denial: the source denies the clause, by a denying cue ("denied
	// that ...") or a negated predicate of its own.
	Denial bool `json:"denial,omitempty"`
	// Start and End locate the clause in the document.
	Start int `json:"start"`
	End   int `json:"end"`
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
	// Rule names the test that matched: negation (one predicate, one side
	// denies it), antonym (opposite predicates), denial (one source denies
	// in most of the same words what another asserts) or figures (two
	// counts of one thing).
	Rule Rule `json:"rule"`
	// Confidence orders lists: how much of the two propositions matched.
	Confidence float64 `json:"confidence"`
}

// Rule is a contradiction test.
type Rule string

// The contradiction rules.
const (
	RuleNegation Rule = "negation"
	RuleAntonym  Rule = "antonym"
	RuleFigures  Rule = "figures"
	RuleDenial   Rule = "denial"
)

// Word is one token of a quote's content, with the entity it names.
type Word struct {
	Text, Lower string
	Start, End  int
	Entity      string // canonical name when part of an entity mention
	EntityType  string
}

// Input is one quote to derive claims from.
type Input struct {
	// Lead is the narration between the cue and the quoted content ("he
	// did not feel" in "Sumita told Nakasone he did not feel a rate cut
	// was appropriate"): a negated frame there denies the content.
	Lead                                       []string
	QuoteID, Speaker, SpeakerName, SpeakerRole string
	Kind                                       string
	Cue                                        string
	Words                                      []Word
	Figures                                    []Figure
}
