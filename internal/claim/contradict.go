package claim

import (
	"fmt"
	"strings"
)

// Contradictions finds pairs of claims by different speakers on one topic
// with opposite polarity. Claims may come from many documents: speakers are
// compared by canonical name when known, else by id.
func Contradictions(cs []Claim) []Contradiction {
	var out []Contradiction
	seen := map[string]bool{}
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			a, b := &cs[i], &cs[j]
			if a.Value != nil || b.Value != nil {
				if c, ok := numericDisagreement(a, b); ok && !seen[c.Topic+"|"+speakerKey(a)+"|"+speakerKey(b)] {
					seen[c.Topic+"|"+speakerKey(a)+"|"+speakerKey(b)] = true
					out = append(out, c)
				}
				continue
			}
			if a.Polarity == b.Polarity || a.Speaker == "" || b.Speaker == "" || sameSpeaker(a, b) {
				continue
			}
			shared, ok := sameTopic(a.Topic, b.Topic)
			if !ok {
				continue
			}
			key := speakerKey(a) + "|" + speakerKey(b) + "|" + shared
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, Contradiction{A: a.ID, B: b.ID, Topic: shared,
				Why: fmt.Sprintf("%s vs %s on the same topic", a.Polarity, b.Polarity)})
		}
	}
	return out
}

// AcrossArticles reports a contradiction strong enough to hold between two
// articles. Within one article two speakers who share "good time" or
// "status quo" speak of one event; across articles such a pair of words
// matches unrelated stories, so the shared topic must hold three terms
// ("gordon brown rais tax").
func AcrossArticles(con Contradiction) bool {
	return len(strings.Fields(con.Topic)) >= 3
}

// numericDisagreement: two speakers give different figures for the same
// count ("137 people killed" against "150 killed"). Figures that a qualifier
// reconciles ("more than 100" and "137") agree.
func numericDisagreement(a, b *Claim) (Contradiction, bool) {
	if a.Value == nil || b.Value == nil || a.Topic != b.Topic || a.Speaker == "" || b.Speaker == "" || sameSpeaker(a, b) {
		return Contradiction{}, false
	}
	x, y := *a.Value, *b.Value
	if compatible(x, a.Qualifier, y) || compatible(y, b.Qualifier, x) {
		return Contradiction{}, false
	}
	return Contradiction{A: a.ID, B: b.ID, Topic: a.Topic,
		Why: fmt.Sprintf("different figures for the same count: %s%g vs %s%g", qualified(a.Qualifier), x, qualified(b.Qualifier), y)}, true
}

// compatible: figure v with qualifier q admits the other figure w.
func compatible(v float64, q string, w float64) bool {
	switch q {
	case "more than", "at least":
		return w >= v
	case "less than", "at most", "up to":
		return w <= v
	case "about", "nearly":
		return w >= 0.9*v && w <= 1.1*v
	}
	return v == w
}

func qualified(q string) string {
	if q == "" {
		return ""
	}
	return q + " "
}
