package analysis

import (
	"github.com/claimgraph/claimgraph/internal/claim"
	"github.com/claimgraph/claimgraph/internal/entity"
	"github.com/claimgraph/claimgraph/internal/quantity"
	"github.com/claimgraph/claimgraph/internal/quote"
	"github.com/claimgraph/claimgraph/internal/segment"
	"github.com/claimgraph/claimgraph/internal/signal"
	"slices"
)

// claimInputs hands each quote's words, with the entities they name, to the claim stage.
func claimInputs(seg *segment.Segmentation, er *entity.Result, qs []quote.Quote, rq []Quote, nums []quantity.Quantity) []claim.Input {
	out := make([]claim.Input, 0, len(qs))
	// The figures by position, so that each quote finds its own by binary
	// search instead of a scan of every figure.
	byStart := make([]int, len(nums))
	for k := range byStart {
		byStart[k] = k
	}
	slices.SortStableFunc(byStart, func(a, b int) int { return nums[a].Start - nums[b].Start })
	for i, q := range qs {
		in := claim.Input{QuoteID: rq[i].ID, Speaker: rq[i].Speaker, Kind: string(q.Kind), Cue: q.CueLemma}
		lo, _ := slices.BinarySearchFunc(byStart, q.Span.Start, func(k, at int) int { return nums[k].Start - at })
		var inside []int
		for _, k := range byStart[lo:] {
			if nums[k].Start >= q.Span.End {
				break
			}
			if n := nums[k]; n.End <= q.Span.End && n.Unit != "" {
				inside = append(inside, k)
			}
		}
		slices.Sort(inside) // in the record's order, as before
		for _, k := range inside {
			n := nums[k]
			in.Figures = append(in.Figures, claim.Figure{Value: n.Value, Unit: n.Unit, About: n.About, Qualifier: n.Qualifier, Text: n.Text})
		}
		if q.Speaker >= 0 {
			in.SpeakerName, in.SpeakerRole = er.Entities[q.Speaker].Name, er.Entities[q.Speaker].Role
		}
		first := seg.TokenIndexAt(q.Span.Start)
		last := seg.TokenIndexAt(q.Span.End)
		if q.Kind == quote.Indirect && q.Cue.End > q.Cue.Start && q.Cue.End <= q.Span.Start {
			// The cue's own verb group ("did not feel") and what stands
			// between it and the content ("he did not feel"): a few words.
			from := seg.TokenIndexAt(q.Cue.Start)
			for k := max(from-2, 0); k < from; k++ {
				if seg.Tokens[k].End <= q.Cue.Start && seg.Tokens[k].Start >= q.SpeakerSrc.End {
					in.Lead = append(in.Lead, seg.Tokens[k].Lower)
				}
			}
			for k := from; k < first && k < len(seg.Tokens) && k-from < 6; k++ {
				if seg.Tokens[k].Start >= q.Cue.Start {
					in.Lead = append(in.Lead, seg.Tokens[k].Lower)
				}
			}
		}
		in.Words = make([]claim.Word, 0, last-first)
		gap := false
		for k := first; k < len(seg.Tokens) && seg.Tokens[k].End <= q.Span.End; k++ {
			t := &seg.Tokens[k]
			if !inFragments(q.Fragments, t.Start) {
				gap = true // the writer's "Oyelaran said" between the pieces
				continue
			}
			if gap {
				// The pieces are separate statements as far as the claims go.
				in.Words = append(in.Words, claim.Word{Text: ".", Lower: ".", Start: t.Start, End: t.Start})
				gap = false
			}
			w := claim.Word{Text: t.Text, Lower: t.Lower, Start: t.Start, End: t.End}
			if m, _, ok := er.MentionAt(k); ok && m.Entity >= 0 {
				e := er.Entities[m.Entity]
				w.Entity, w.EntityType = e.Name, string(e.Type)
			}
			in.Words = append(in.Words, w)
		}
		out = append(out, in)
	}
	return out
}

func signalQuotes(qs []quote.Quote, er *entity.Result) []signal.Quote {
	out := make([]signal.Quote, len(qs))
	for i, q := range qs {
		s := signal.Quote{Start: q.Span.Start, End: q.Span.End, CueStart: q.Cue.Start, CueEnd: q.Cue.End,
			CueLemma: q.CueLemma, CueClass: q.CueClass, Speaker: q.Speaker, Vague: q.Vague,
			SrcStart: q.SpeakerSrc.Start, SrcEnd: q.SpeakerSrc.End, Kind: string(q.Kind)}
		if q.Speaker >= 0 {
			s.SpeakerType, s.SpeakerName = string(er.Entities[q.Speaker].Type), er.Entities[q.Speaker].Name
		}
		out[i] = s
	}
	return out
}

// opposedSpeakers names the speakers on the two sides of each contradiction.
func opposedSpeakers(cs []claim.Claim, cons []claim.Contradiction) [][2]string {
	byID := make(map[string]*claim.Claim, len(cs))
	for i := range cs {
		byID[cs[i].ID] = &cs[i]
	}
	var out [][2]string
	for _, c := range cons {
		a, b := byID[c.A], byID[c.B]
		if a != nil && b != nil && a.SpeakerName != "" && b.SpeakerName != "" {
			out = append(out, [2]string{a.SpeakerName, b.SpeakerName})
		}
	}
	return out
}

// contrastedSpeakers pairs the speakers of two quotes that one sentence
// sets against each other ("X claimed ..., while Y asserted ..."): the
// writer frames them as opposing sides even when their words share no
// claim the contradiction test can match.
func contrastedSpeakers(seg *segment.Segmentation, qs []quote.Quote, er *entity.Result) [][2]string {
	var out [][2]string
	for i := 1; i < len(qs); i++ {
		a, b := &qs[i-1], &qs[i]
		if a.Speaker < 0 || b.Speaker < 0 || a.Speaker == b.Speaker || a.SentTo != b.SentFrom || b.SpeakerSrc.End <= b.SpeakerSrc.Start {
			continue
		}
		from, to := seg.TokenIndexAt(a.Span.End), seg.TokenIndexAt(b.SpeakerSrc.Start)
		for k := from; k < to && k < len(seg.Tokens); k++ {
			switch seg.Words[k] {
			case "while", "whereas", "but", "however", "unlike":
				out = append(out, [2]string{er.Entities[a.Speaker].Name, er.Entities[b.Speaker].Name})
				k = to
			}
		}
	}
	return out
}

// inFragments reports an offset inside one of a split quote's pieces; a
// quote in one piece has none and holds every offset of its span.
func inFragments(fs []quote.Span, off int) bool {
	if len(fs) == 0 {
		return true
	}
	for _, f := range fs {
		if off >= f.Start && off < f.End {
			return true
		}
	}
	return false
}
