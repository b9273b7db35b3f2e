package stance

import "fmt"

// Label is a stance of a text toward a claim, in FNC-1's terms.
type Label uint8

// The four stances, in FNC-1's order.
const (
	Unrelated Label = iota
	Agree
	Disagree
	Discuss
	numLabels
)

var labelNames = [numLabels]string{"unrelated", "agree", "disagree", "discuss"}

// Labels lists every stance in order.
func Labels() []Label { return []Label{Unrelated, Agree, Disagree, Discuss} }

// String is FNC-1's name of the stance.
func (l Label) String() string {
	if l < numLabels {
		return labelNames[l]
	}
	return fmt.Sprintf("Label(%d)", l)
}

// ParseLabel reads FNC-1's name of a stance.
func ParseLabel(s string) (Label, error) {
	for i, n := range labelNames {
		if n == s {
			return Label(i), nil
		}
	}
	return 0, fmt.Errorf("stance: unknown label %q (want unrelated, agree, disagree or discuss)", s)
}

// Check is the stance as claim check shows it: a statement supports,
// contradicts or only discusses a claim ("" when unrelated).
func (l Label) Check() string {
	switch l {
	case Agree:
		return "supports"
	case Disagree:
		return "contradicts"
	case Discuss:
		return "discusses"
	}
	return ""
}
