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
	// Opposed lists pairs of speaker names whose claims contradict each
	// other: the sides whose reporting verbs are worth comparing.
	Opposed [][2]string
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

// cueAsymmetry flags doubt verbs ("claimed") used for one side of a
// disagreement when the other side's statements get neutral or endorsing verbs.
func cueAsymmetry(in Input, text string) []Signal {
	doubt := map[string][]Quote{}
	plain := map[string]bool{}
	for _, q := range in.Quotes {
		if q.SpeakerName == "" || q.CueEnd <= q.CueStart {
			continue
		}
		switch q.CueClass {
		case "doubt":
			doubt[q.SpeakerName] = append(doubt[q.SpeakerName], q)
		case "neutral", "emphatic":
			plain[q.SpeakerName] = true
		}
	}
	var out []Signal
	flagged := map[string]bool{}
	for _, pair := range in.Opposed {
		for k := 0; k < 2; k++ {
			doubted, other := pair[k], pair[1-k]
			if flagged[doubted] || len(doubt[doubted]) == 0 || !plain[other] || len(doubt[other]) > 0 {
				continue
			}
			flagged[doubted] = true
			for _, q := range doubt[doubted] {
				cue := text[q.CueStart:q.CueEnd]
				out = append(out, Signal{Kind: "cue_asymmetry", Start: q.CueStart, End: q.CueEnd, Text: cue, Technique: "Doubt",
					Why: "one side's statements are reported with '" + cue + "' while " + other + "'s get neutral or endorsing verbs"})
			}
		}
	}
	return out
}

var intensifiers = map[string]bool{"total": true, "complete": true, "absolute": true, "utter": true, "pure": true,
	"outright": true, "real": true, "true": true, "so": true, "very": true, "most": true, "truly": true, "really": true}

// adjectival guesses an adjective from its ending.
func adjectival(w string) bool {
	for _, suf := range []string{"ous", "ful", "ic", "al", "ive", "ble", "ed", "ing", "less", "ant", "ent", "ish", "id", "ile"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// headNoun guesses that a token is a noun an adjective can modify.
func headNoun(t *segment.Token) bool {
	if t.Kind != segment.Word || t.Cap() || len(t.Text) < 3 || !t.SpaceBefore {
		return false
	}
	switch t.Lower {
	case "and", "or", "but", "the", "that", "this", "with", "for", "from", "than", "then", "who", "which", "was", "were",
		"are", "has", "have", "had", "will", "would", "not", "into", "about", "over", "under", "after", "before", "because":
		return false
	}
	return !strings.HasSuffix(t.Lower, "ly")
}

// yesNo opens a yes/no question, the form that insinuates: "Is US a
// supporter of ISIS?" asserts the link it pretends to ask about.
var yesNo = map[string]bool{"is": true, "are": true, "was": true, "were": true, "does": true, "do": true, "did": true,
	"has": true, "have": true, "had": true, "can": true, "could": true, "would": true, "isn't": true, "aren't": true,
	"wasn't": true, "doesn't": true, "didn't": true, "hasn't": true, "haven't": true, "wouldn't": true, "won't": true}

// writerSignals looks at the writer's own words (outside quotes): loaded
// questions, exclamations and loaded terms.
func (d *Detector) writerSignals(in Input, add func(kind string, s, e int, technique, why string)) {
	seg := in.Seg
	toks := seg.Tokens
	words := seg.Words
	seen := map[string]int{} // loaded terms by how often they recur
	for si, sp := range seg.Sentences {
		last := sp.To - 1
		for last > sp.From && toks[last].Kind == segment.Quote {
			last--
		}
		quoted := in.InQuote[sp.From] || in.InQuote[last]
		if !quoted && toks[last].Text == "?" && yesNo[words[sp.From]] && sp.To-sp.From <= 16 {
			p := seg.Paragraphs[seg.ParagraphOf[si]]
			why := "a question that insinuates a claim without stating it"
			if p.From == sp.From && p.To == sp.To {
				why = "a heading that insinuates by asking"
			}
			add("loaded_question", toks[sp.From].Start, toks[last].End, "Doubt", why)
		}
		if toks[last].Text == "!" {
			from := sp.From
			for k := last - 1; k > sp.From; k-- {
				if words[k] == "," || words[k] == "—" || words[k] == ":" {
					from = k + 1
					break
				}
			}
			why := "an exclamation in the writer's own voice"
			if quoted {
				why = "an exclamation in a quoted source's words"
			}
			add("loaded_language", toks[from].Start, toks[last].End, "Loaded_Language", why)
		}
		for i := sp.From; i < sp.To; i++ {
			if p, ok := d.loaded.Match(words, i); ok {
				start, end := i, i+len(p.Words)
				// "a total disaster", "an utter sham": the intensifier is part of the framing.
				if start > sp.From && intensifiers[words[start-1]] {
					start--
				}
				// A loaded modifier frames the noun it modifies: "botched investigation".
				if len(p.Words) == 1 && end < sp.To && adjectival(words[i]) && headNoun(&toks[end]) {
					end++
				}
				// An intensifier belongs with what it intensifies: "totally conflicted".
				if len(p.Words) == 1 && end < sp.To && strings.HasSuffix(words[i], "ly") && toks[end].Kind == segment.Word && !toks[end].Cap() {
					end++
				}
				why := "emotive or intensified wording by the writer, not a source: \"" + strings.Join(p.Words, " ") + "\""
				if in.InQuote[i] {
					why = "emotive wording in a quoted source's words: \"" + strings.Join(p.Words, " ") + "\""
				}
				technique := ""
				if len(p.Extra) > 0 {
					technique = p.Extra[0] // TestLoadedPhrasesCanMatch keeps every line's; a bad line must not panic
				}
				add("loaded_language", toks[start].Start, toks[end-1].End, technique, why)
				phrase := strings.Join(p.Words, " ")
				seen[phrase]++
				if seen[phrase] == 3 {
					add("repetition", toks[i].Start, toks[end-1].End, "Repetition", "the same loaded term, \""+phrase+"\", hammered a third time")
				}
				i = end - 1
			}
		}
	}
}
