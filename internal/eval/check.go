package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/claimgraph/claimgraph/internal/check"
)

// CheckVerdicts are judged claim-check matches: claim, then match key
// (doc_id:quote_id), to the judge's stance.
type CheckVerdicts map[string]map[string]string

// ReadCheckVerdicts reads TSV files of claim, key, verdict, reason.
func ReadCheckVerdicts(paths ...string) (CheckVerdicts, error) {
	out := CheckVerdicts{}
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for line := 1; sc.Scan(); line++ {
			l := sc.Text()
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			p := strings.Split(l, "\t")
			if len(p) < 3 {
				f.Close()
				return nil, fmt.Errorf("%s:%d: want claim, key, verdict, reason", path, line)
			}
			switch p[2] {
			case "supports", "contradicts", "discusses", "unrelated":
			default:
				f.Close()
				return nil, fmt.Errorf("%s:%d: verdict %q (want supports, contradicts, discusses or unrelated)", path, line, p[2])
			}
			if out[p[0]] == nil {
				out[p[0]] = map[string]string{}
			}
			out[p[0]][p[1]] = p[2]
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return out, nil
}

// CheckScore is claim check's top matches against judged verdicts.
type CheckScore struct {
	Judged, Right, Relevant int
	// Unjudged are the matches no verdict covers, as claim<TAB>key.
	Unjudged []string
	PerClaim []ClaimScore
}

// ClaimScore is one claim's share.
type ClaimScore struct {
	Claim                   string
	Judged, Right, Relevant int
}

// MatchKey is how verdicts name a match.
func MatchKey(m check.Match) string { return m.DocID + ":" + m.QuoteID }

// ScoreCheck scores each claim's matches (the top ones, as shown): a match
// is right when the judge gave it the same stance, relevant when the judge
// found it about the claim at all.
func ScoreCheck(results []*check.Result, v CheckVerdicts) CheckScore {
	var sc CheckScore
	for _, r := range results {
		cs := ClaimScore{Claim: r.Claim}
		for _, m := range r.Matches {
			verdict, ok := v[r.Claim][MatchKey(m)]
			if !ok {
				sc.Unjudged = append(sc.Unjudged, r.Claim+"\t"+MatchKey(m))
				continue
			}
			cs.Judged++
			if verdict == m.Stance {
				cs.Right++
			}
			if verdict != "unrelated" {
				cs.Relevant++
			}
		}
		sc.Judged += cs.Judged
		sc.Right += cs.Right
		sc.Relevant += cs.Relevant
		sc.PerClaim = append(sc.PerClaim, cs)
	}
	return sc
}

// Print writes the per-claim and overall figures.
func (sc CheckScore) Print(w io.Writer) {
	for _, c := range sc.PerClaim {
		fmt.Fprintf(w, "%2d/%-2d right, %2d relevant, of %d judged: %s\n", c.Right, c.Judged, c.Relevant, c.Judged, c.Claim)
	}
	lo, hi := Wilson(sc.Right, sc.Judged)
	fmt.Fprintf(w, "check: stance right %d/%d = %s (95%% CI %.2f-%.2f); about the claim %d/%d; unjudged matches %d\n",
		sc.Right, sc.Judged, ratio(sc.Right, sc.Judged), lo, hi, sc.Relevant, sc.Judged, len(sc.Unjudged))
}
