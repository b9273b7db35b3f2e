package stance

import (
	"hash/fnv"
	"math"
	"slices"
	"strings"
)

// The dense features of a claim and a body, by index.
const (
	fCosAll      = iota // TF-IDF cosine of claim and whole body
	fCosLead            // ... and of the body's first sentences
	fCosMax             // best single sentence
	fCosTop             // mean of the best topSentences sentences
	fCover              // share of the claim's stems found in the body
	fCoverLead          // ... in its first sentences
	fCoverTop           // ... in its best sentences
	fBigrams            // share of the claim's stem bigrams found in the body
	fBodyLen            // log of the body's content words
	fClaimLen           // log of the claim's content words
	fRefuteTop          // refuting cues in the best sentences
	fRefuteBody         // refuting cues per sentence of the body
	fRefuteLead         // refuting cues in the first sentences
	fHedgeTop           // hedging cues in the best sentences
	fHedgeBody          // hedging cues per sentence of the body
	fSupportTop         // vouching cues in the best sentences
	fSupportBody        // vouching cues per sentence
	fNegTop             // negators in the best sentences
	fNegClaim           // negators in the claim
	fRefuteClaim        // refuting cues in the claim
	fHedgeClaim         // hedging cues in the claim
	fQuestion           // the claim asks
	fPolarity           // negation parity differs between claim and best sentence
	fNumbers            // share of the claim's figures found in the body
	fNumbersOff         // the claim has figures and the body's best sentences have others only
	fQuotesTop          // quotation marks in the best sentences
	fCosFirst           // cosine of the claim and the body's first sentence
	fRefuteFirst        // refuting cues in the first sentence
	fHedgeLead          // hedging cues in the first sentences
	fBestPos            // where the best sentence is, 0 (first) to 1 (last)
	fRefuteNear         // refuting cues in sentences that share stems with the claim
	fHedgeNear          // hedging cues in those sentences
	fNear               // share of the body's sentences that share two or more stems with the claim
	numDense
)

// topSentences is how many of the body's sentences are taken as the ones
// that bear on the claim; leadSentences how many open it.
const (
	topSentences  = 3
	leadSentences = 3
)

// Features are one claim-body pair as the model reads it.
type Features struct {
	Dense  [numDense]float32
	Sparse []int32 // hashed word features, each of value sparseValue
	// Top are the indexes of the body's sentences that bear most on the claim.
	Top []int
}

// features computes the pair's features; hash is the number of buckets of
// the hashed words.
func (s *Scorer) features(claim, body *Text, hash int) Features {
	var f Features
	cw := make(map[string]float64, len(claim.types))
	for _, st := range claim.types {
		cw[st] = claim.counts[st] * s.model.idf(st) * s.model.idf(st)
	}
	// Sentence cosines.
	cos := make([]float64, len(body.Sentences))
	var leadDot, leadNorm2 float64
	for i, sent := range body.Sentences {
		var dot float64
		for _, st := range sent {
			dot += cw[st]
		}
		if body.sentNorm[i] > 0 && claim.norm > 0 {
			cos[i] = dot / (body.sentNorm[i] * claim.norm)
		}
		if i < leadSentences {
			leadDot += dot
			leadNorm2 += body.sentNorm[i] * body.sentNorm[i]
		}
	}
	var dotAll float64
	for _, st := range claim.types {
		dotAll += cw[st] * body.counts[st]
	}
	if claim.norm > 0 && body.norm > 0 {
		f.Dense[fCosAll] = float32(dotAll / (claim.norm * body.norm))
	}
	if claim.norm > 0 && leadNorm2 > 0 {
		f.Dense[fCosLead] = float32(leadDot / (claim.norm * math.Sqrt(leadNorm2)))
	}
	order := make([]int, len(cos))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case cos[a] > cos[b]:
			return -1
		case cos[a] < cos[b]:
			return 1
		}
		return 0
	})
	if len(order) > topSentences {
		order = order[:topSentences]
	}
	f.Top = order
	if len(order) > 0 {
		f.Dense[fCosMax] = float32(cos[order[0]])
		var sum float64
		for _, i := range order {
			sum += cos[i]
		}
		f.Dense[fCosTop] = float32(sum / float64(len(order)))
	}
	// Coverage of the claim's stems.
	inLead, inTop := map[string]bool{}, map[string]bool{}
	for i, sent := range body.Sentences {
		for _, st := range sent {
			if i < leadSentences {
				inLead[st] = true
			}
		}
	}
	for _, i := range order {
		for _, st := range body.Sentences[i] {
			inTop[st] = true
		}
	}
	if n := len(claim.counts); n > 0 {
		var all, lead, top float64
		for st := range claim.counts {
			if body.counts[st] > 0 {
				all++
			}
			if inLead[st] {
				lead++
			}
			if inTop[st] {
				top++
			}
		}
		f.Dense[fCover] = float32(all / float64(n))
		f.Dense[fCoverLead] = float32(lead / float64(n))
		f.Dense[fCoverTop] = float32(top / float64(n))
	}
	f.Dense[fBigrams] = float32(bigramShare(claim, body))
	f.Dense[fBodyLen] = float32(math.Log1p(float64(body.length)))
	f.Dense[fClaimLen] = float32(math.Log1p(float64(claim.length)))
	// Cues.
	cues := func(t *Text, idx []int, set map[string]bool) float64 {
		var n float64
		for _, i := range idx {
			for _, w := range t.Words[i] {
				if set[w] {
					n++
				}
			}
		}
		return n
	}
	all := func(t *Text) []int {
		idx := make([]int, len(t.Words))
		for i := range idx {
			idx[i] = i
		}
		return idx
	}
	lead := all(body)
	if len(lead) > leadSentences {
		lead = lead[:leadSentences]
	}
	sents := math.Max(1, float64(len(body.Words)))
	f.Dense[fRefuteTop] = float32(math.Log1p(cues(body, order, s.refute)))
	f.Dense[fRefuteBody] = float32(cues(body, all(body), s.refute) / sents)
	f.Dense[fRefuteLead] = float32(math.Log1p(cues(body, lead, s.refute)))
	f.Dense[fHedgeTop] = float32(math.Log1p(cues(body, order, s.hedge)))
	f.Dense[fHedgeBody] = float32(cues(body, all(body), s.hedge) / sents)
	f.Dense[fSupportTop] = float32(math.Log1p(cues(body, order, s.support)))
	f.Dense[fSupportBody] = float32(cues(body, all(body), s.support) / sents)
	f.Dense[fNegTop] = float32(math.Log1p(s.negations(body, order)))
	claimNeg := s.negations(claim, all(claim))
	f.Dense[fNegClaim] = float32(claimNeg)
	f.Dense[fRefuteClaim] = float32(cues(claim, all(claim), s.refute))
	f.Dense[fHedgeClaim] = float32(cues(claim, all(claim), s.hedge))
	if claim.Question {
		f.Dense[fQuestion] = 1
	}
	if len(order) > 0 && int(claimNeg)%2 != int(s.negations(body, order[:1]))%2 {
		f.Dense[fPolarity] = 1
	}
	if len(claim.numbers) > 0 {
		found, bodyNums := 0.0, map[string]bool{}
		for _, n := range body.numbers {
			bodyNums[n] = true
		}
		for _, n := range claim.numbers {
			if bodyNums[n] {
				found++
			}
		}
		f.Dense[fNumbers] = float32(found / float64(len(claim.numbers)))
		if found == 0 && len(body.numbers) > 0 {
			f.Dense[fNumbersOff] = 1
		}
	}
	var quotes float64
	for _, i := range order {
		for _, w := range body.Words[i] {
			if w == `"` {
				quotes++
			}
		}
	}
	f.Dense[fQuotesTop] = float32(math.Log1p(quotes))
	if len(cos) > 0 {
		f.Dense[fCosFirst] = float32(cos[0])
		f.Dense[fRefuteFirst] = float32(cues(body, lead[:1], s.refute))
		f.Dense[fBestPos] = float32(order[0]) / float32(max(1, len(cos)-1))
	}
	f.Dense[fHedgeLead] = float32(math.Log1p(cues(body, lead, s.hedge)))
	var near []int
	for i, sent := range body.Sentences {
		shared := 0
		for _, st := range sent {
			if claim.counts[st] > 0 {
				shared++
			}
		}
		if shared >= 2 {
			near = append(near, i)
		}
	}
	f.Dense[fRefuteNear] = float32(math.Log1p(cues(body, near, s.refute)))
	f.Dense[fHedgeNear] = float32(math.Log1p(cues(body, near, s.hedge)))
	f.Dense[fNear] = float32(len(near)) / float32(max(1, len(cos)))
	f.Sparse = s.hashed(claim, body, order, hash)
	return f
}

// negations counts the negators in the sentences idx of t.
func (s *Scorer) negations(t *Text, idx []int) float64 {
	var n float64
	for _, i := range idx {
		for _, w := range t.Words[i] {
			if s.negators[w] || strings.HasSuffix(w, "n't") {
				n++
			}
		}
	}
	return n
}

// bigramShare is the share of the claim's consecutive stem pairs that occur
// consecutively in the body.
func bigramShare(claim, body *Text) float64 {
	want := map[[2]string]bool{}
	for _, sent := range claim.Sentences {
		for i := 0; i+1 < len(sent); i++ {
			want[[2]string{sent[i], sent[i+1]}] = true
		}
	}
	if len(want) == 0 {
		return 0
	}
	found := map[[2]string]bool{}
	for _, sent := range body.Sentences {
		for i := 0; i+1 < len(sent); i++ {
			if k := [2]string{sent[i], sent[i+1]}; want[k] {
				found[k] = true
			}
		}
	}
	return float64(len(found)) / float64(len(want))
}

// hashed are the word features: the claim's words, and the words of the
// body's best sentences, each in its own namespace, hashed into buckets.
func (s *Scorer) hashed(claim, body *Text, top []int, buckets int) []int32 {
	if buckets == 0 {
		return nil
	}
	var out []int32
	add := func(ns, w string) {
		h := fnv.New32a()
		h.Write([]byte(ns))
		h.Write([]byte(w))
		b := int32(h.Sum32() % uint32(buckets))
		if !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	for _, ws := range claim.Words {
		for _, w := range ws {
			add("c:", w)
		}
	}
	for _, i := range top {
		for _, w := range body.Words[i] {
			add("t:", w)
		}
	}
	return out
}
