package analysis

import (
	"github.com/claimgraph/claimgraph/internal/claim"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/quantity"
	"github.com/claimgraph/claimgraph/internal/signal"
	"github.com/claimgraph/claimgraph/internal/timex"
)

// SchemaVersion names the record format.
const SchemaVersion = "claimgraph/analysis/v1"

// Record is the analysis of one document.
type Record struct {
	Schema         string                `json:"schema"`
	Document       document.Document     `json:"document"`
	Entities       []Entity              `json:"entities"`
	Quotes         []Quote               `json:"quotes"`
	Timexes        []timex.Timex         `json:"timexes"`
	Quantities     []quantity.Quantity   `json:"quantities"`
	Claims         []claim.Claim         `json:"claims"`
	Contradictions []claim.Contradiction `json:"contradictions"`
	Signals        []signal.Signal       `json:"signals"`
	// Warnings say what was repaired or guessed about the input.
	Warnings []string `json:"warnings,omitempty"`
}

// Span is a stretch of the document text.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Entity is one referent and its mentions.
type Entity struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
	Role string `json:"role"`
	// Country is the country of a body that every state has one of
	// ("Finance Ministry"), when the text ties it to one.
	Country  string `json:"country,omitempty"`
	Mentions []Span `json:"mentions"`
}

// Cue is the reporting verb of a quote.
type Cue struct {
	Span
	Lemma string `json:"lemma"`
	Class string `json:"class,omitempty"`
}

// FragmentJoin joins the pieces of a split quotation in its text.
const FragmentJoin = " … "

// Quote is one piece of reported speech. Start and End cover it whole;
// when it is split around its attribution ("“A,” she said, “B.”"),
// Fragments locate each piece and Text is the pieces joined by
// FragmentJoin, so that it holds only the quoted words.
type Quote struct {
	ID             string  `json:"id"`
	Kind           string  `json:"kind"`
	Start          int     `json:"start"`
	End            int     `json:"end"`
	Text           string  `json:"text"`
	Fragments      []Span  `json:"fragments,omitempty"`
	Speaker        string  `json:"speaker"`
	SpeakerMention *Span   `json:"speaker_mention"`
	Cue            *Cue    `json:"cue"`
	Anchor         string  `json:"anchor"`
	Confidence     float64 `json:"confidence"`
	Source         Source  `json:"source"`
	// Why names the rule that credited the quote to its source and its
	// evidence: `pronoun: "she" -> Alina Romanowski`.
	Why string `json:"why,omitempty"`
}

// Source says who a quote is credited to: a named entity (the quote's
// speaker), an unnamed source the text only describes ("a Treasury
// spokesman", "dealers"), or no one. Unnamed sources belong to their
// article: they are never joined across articles as one speaker.
type Source struct {
	Kind SourceKind `json:"kind"`
	// Description is the unnamed source as written ("a Treasury spokesman").
	Description string `json:"description,omitempty"`
	// Role is its head noun ("spokesman").
	Role string `json:"role,omitempty"`
	// Body is the entity the unnamed source speaks for ("Treasury"), if named.
	Body string `json:"body,omitempty"`
}

// SourceKind classifies a quote's source.
type SourceKind string

// Source kinds.
const (
	NamedSource   SourceKind = "named"
	UnnamedSource SourceKind = "unnamed"
	NoSource      SourceKind = "none"
)
