package signal

import (
	"embed"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/internal/lexicon"
	"github.com/claimgraph/claimgraph/internal/segment"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

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
type Detector struct {
	loaded lexicon.PhraseSet
}

// NewDetector loads the embedded lexicons.
func NewDetector() *Detector {
	return &Detector{loaded: lexicon.Phrases(lexiconFS, "lexicon/loaded.txt")}
}

// Detect returns the signals of a document, in text order.
func (d *Detector) Detect(in Input) []Signal {
	text := in.Seg.Text
	var out []Signal
	add := func(kind string, s, e int, technique, why string) {
		if e <= s {
			return
		}
		out = append(out, Signal{Kind: kind, Start: s, End: e, Text: text[s:e], Technique: technique, Why: why})
	}
	for _, q := range in.Quotes {
		if q.Vague && q.SrcEnd > q.SrcStart {
			end := max(q.SrcEnd, q.CueEnd)
			add("vague_attribution", q.SrcStart, end, "", "a claim credited to unnamed sources")
		}
		if q.CueClass == "factive" && q.CueEnd > q.CueStart && (q.Vague || q.SpeakerType == "OUTLET" || q.SpeakerType == "ORG" || q.Speaker < 0) {
			add("factive_cue", q.CueStart, q.CueEnd, "", "a verb that presents one source's unverified claim as established fact")
		}
		if q.CueClass == "accuse" && q.CueEnd > q.CueStart {
			add("unsupported_accusation", q.CueStart, q.End, "", "an accusation reported with no evidence cited")
		}
	}
	out = append(out, cueAsymmetry(in, text)...)
	d.writerSignals(in, add)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// cueAsymmetry flags doubt verbs ("claimed") used for one speaker when
// another speaker's statements get neutral or endorsing verbs.
func cueAsymmetry(in Input, text string) []Signal {
	doubt := map[int][]Quote{}
	plain := map[int]bool{}
	for _, q := range in.Quotes {
		if q.Speaker < 0 || q.CueEnd <= q.CueStart {
			continue
		}
		switch q.CueClass {
		case "doubt":
			doubt[q.Speaker] = append(doubt[q.Speaker], q)
		case "neutral", "emphatic":
			plain[q.Speaker] = true
		}
	}
	var out []Signal
	for spk, qs := range doubt {
		other := false
		for p := range plain {
			if p != spk && len(doubt[p]) == 0 {
				other = true
			}
		}
		if !other {
			continue
		}
		for _, q := range qs {
			out = append(out, Signal{Kind: "cue_asymmetry", Start: q.CueStart, End: q.CueEnd, Text: text[q.CueStart:q.CueEnd], Technique: "Doubt",
				Why: "this speaker's statements are reported with '" + text[q.CueStart:q.CueEnd] + "' while another's get neutral or endorsing verbs"})
		}
	}
	return out
}

// writerSignals looks at the writer's own words (outside quotes): loaded
// questions, exclamations and loaded terms.
func (d *Detector) writerSignals(in Input, add func(kind string, s, e int, technique, why string)) {
	seg := in.Seg
	toks := seg.Tokens
	words := seg.Words
	for si, sp := range seg.Sentences {
		last := sp.To - 1
		for last > sp.From && toks[last].Kind == segment.Quote {
			last--
		}
		quoted := in.InQuote[sp.From] || in.InQuote[last]
		if !quoted && toks[last].Text == "?" {
			p := seg.Paragraphs[seg.ParagraphOf[si]]
			why := "a question that insinuates a claim without stating it"
			if p.From == sp.From && p.To == sp.To {
				why = "a heading that insinuates by asking"
			}
			add("loaded_question", toks[sp.From].Start, toks[last].End, "Doubt", why)
		}
		if !quoted && toks[last].Text == "!" {
			from := sp.From
			for k := last - 1; k > sp.From; k-- {
				if words[k] == "," || words[k] == "—" || words[k] == ":" {
					from = k + 1
					break
				}
			}
			add("loaded_language", toks[from].Start, toks[last].End, "Loaded_Language", "an exclamation in the writer's own voice")
		}
		for i := sp.From; i < sp.To; i++ {
			if in.InQuote[i] {
				continue
			}
			if p, ok := d.loaded.Match(words, i); ok {
				end := i + len(p.Words)
				add("loaded_language", toks[i].Start, toks[end-1].End, p.Extra[0], "emotive or intensified wording by the writer, not a source: \""+strings.Join(p.Words, " ")+"\"")
				i = end - 1
			}
		}
	}
}
