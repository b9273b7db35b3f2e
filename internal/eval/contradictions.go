package eval

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
)

// Verdicts for contradiction pairs (../shared/JUDGING.md).
const (
	VerdictGenuine    = "genuine"
	VerdictCompatible = "compatible"
	VerdictUnrelated  = "unrelated"
	VerdictSameSource = "same-source"
	VerdictNotAClaim  = "not-a-claim"
)

var verdicts = map[string]bool{VerdictGenuine: true, VerdictCompatible: true, VerdictUnrelated: true, VerdictSameSource: true, VerdictNotAClaim: true}

// Judged is one judged contradiction pair: its key (both quotes as
// DOC:START-END, sorted, joined by " | "), verdict and reason.
type Judged struct {
	Key, Verdict, Reason, File string
}

// Within reports a pair whose two quotes are in one document.
func (j Judged) Within() bool { return pairWithin(j.Key) }

func pairWithin(key string) bool {
	a, b, ok := strings.Cut(key, " | ")
	if !ok {
		return false
	}
	return docOf(a) == docOf(b)
}

func docOf(side string) string {
	if i := strings.LastIndexByte(side, ':'); i >= 0 {
		return side[:i]
	}
	return side
}

// ReadJudged reads verdict files (TSV: key, verdict, reason; '#' lines are
// comments). A key judged twice with different verdicts is an error: the
// judges disagree and someone must settle it.
func ReadJudged(paths ...string) (map[string]Judged, error) {
	out := map[string]Judged{}
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("judged pairs: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		n := 0
		for sc.Scan() {
			n++
			line := sc.Text()
			if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
				continue
			}
			parts := strings.Split(line, "\t")
			if len(parts) < 2 || !verdicts[parts[1]] || !strings.Contains(parts[0], " | ") {
				f.Close()
				return nil, fmt.Errorf("%s:%d: want KEY<TAB>VERDICT<TAB>REASON with a verdict of genuine/compatible/unrelated/same-source/not-a-claim", path, n)
			}
			j := Judged{Key: parts[0], Verdict: parts[1], File: path}
			if len(parts) > 2 {
				j.Reason = parts[2]
			}
			if old, ok := out[j.Key]; ok && old.Verdict != j.Verdict {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %s is %s here but %s in %s", path, n, j.Key, j.Verdict, old.Verdict, old.File)
			}
			out[j.Key] = j
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return out, nil
}

// ContradictionScore is the emitted pairs scored against judged ones, for
// pairs within one article and across two.
type ContradictionScore struct {
	Within, Across ContradictionPart
	// ByRule counts, per rule that emitted a pair, the judged pairs and
	// the genuine ones among them: which rule to trust, which to mend.
	ByRule map[string][2]int
	// Unjudged lists the emitted keys no verdict covers, to judge next.
	Unjudged []string
}

// ContradictionPart counts one half: emitted pairs, how many of them are
// judged and genuine (precision), and of the judged-genuine pairs how
// many are emitted (recall).
type ContradictionPart struct {
	Emitted, Judged, Genuine int
	ByVerdict                map[string]int
	GenuineTotal, Found      int
}

// ScoreContradictions scores the emitted pair keys against the verdicts;
// rules gives the rule that emitted each key, when known. statements maps
// a pair key to the pairs of statements it may set against each other
// (an emitted key has one; a judged key's span may hold a quotation and
// its nested quote): a judged-genuine pair counts as found when one of its
// statement pairs is emitted from any reports of them (a reprint of the
// article). Precision is over the emitted keys as judged.
func ScoreContradictions(emitted []string, rules map[string]string, judged map[string]Judged, statements map[string][]string) ContradictionScore {
	s := ContradictionScore{Within: ContradictionPart{ByVerdict: map[string]int{}}, Across: ContradictionPart{ByVerdict: map[string]int{}}, ByRule: map[string][2]int{}}
	part := func(key string) *ContradictionPart {
		if pairWithin(key) {
			return &s.Within
		}
		return &s.Across
	}
	seen := map[string]bool{}
	for _, k := range emitted {
		if seen[k] {
			continue
		}
		seen[k] = true
		p := part(k)
		p.Emitted++
		j, ok := judged[k]
		if !ok {
			s.Unjudged = append(s.Unjudged, k)
			continue
		}
		p.Judged++
		p.ByVerdict[j.Verdict]++
		r := s.ByRule[rules[k]]
		r[0]++
		if j.Verdict == VerdictGenuine {
			p.Genuine++
			r[1]++
		}
		if rule := rules[k]; rule != "" {
			s.ByRule[rule] = r
		}
	}
	emittedStatements := map[string]bool{}
	for k := range seen {
		for _, st := range statements[k] {
			emittedStatements[st] = true
		}
	}
	for k, j := range judged {
		if j.Verdict != VerdictGenuine {
			continue
		}
		p := part(k)
		p.GenuineTotal++
		if seen[k] || slices.ContainsFunc(statements[k], func(st string) bool { return emittedStatements[st] }) {
			p.Found++
		}
	}
	sort.Strings(s.Unjudged)
	return s
}

// Print writes the score: precision on judged emitted pairs with its 95%
// Wilson interval, recall of the judged-genuine pairs, and what is unjudged.
func (s ContradictionScore) Print(w io.Writer) {
	for _, x := range []struct {
		name string
		p    ContradictionPart
	}{{"within articles", s.Within}, {"across articles", s.Across}} {
		p := x.p
		lo, hi := Wilson(p.Genuine, p.Judged)
		fmt.Fprintf(w, "%s: %d emitted, %d judged: precision %s (95%% CI %.2f-%.2f); genuine found %d/%d (recall %s); verdicts %s\n",
			x.name, p.Emitted, p.Judged, ratio(p.Genuine, p.Judged), lo, hi, p.Found, p.GenuineTotal, ratio(p.Found, p.GenuineTotal), verdictCounts(p.ByVerdict))
	}
	for _, r := range slices.Sorted(maps.Keys(s.ByRule)) {
		n := s.ByRule[r]
		fmt.Fprintf(w, "  rule %s: %d judged, %d genuine (precision %s)\n", r, n[0], n[1], ratio(n[1], n[0]))
	}
	fmt.Fprintf(w, "unjudged emitted pairs: %d\n", len(s.Unjudged))
}

func ratio(n, d int) string {
	if d == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", float64(n)/float64(d))
}

func verdictCounts(m map[string]int) string {
	var parts []string
	for _, v := range []string{VerdictGenuine, VerdictCompatible, VerdictUnrelated, VerdictSameSource, VerdictNotAClaim} {
		if m[v] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", v, m[v]))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

// Wilson is the 95% Wilson score interval of k successes in n trials.
func Wilson(k, n int) (lo, hi float64) {
	if n == 0 {
		return 0, 0
	}
	const z = 1.96
	p := float64(k) / float64(n)
	nf := float64(n)
	d := 1 + z*z/nf
	c := p + z*z/(2*nf)
	r := z * math.Sqrt(p*(1-p)/nf+z*z/(4*nf*nf))
	return (c - r) / d, (c + r) / d
}
