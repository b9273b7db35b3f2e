package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// readJSONL decodes every non-empty line of path into a T.
func readJSONL[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return decodeJSONL[T](f, path)
}

func decodeJSONL[T any](r io.Reader, name string) ([]T, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	var out []T
	n := 0
	for sc.Scan() {
		n++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", name, n, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

func overlap(a0, a1, b0, b1 int) int {
	return max(0, min(a1, b1)-max(a0, b0))
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// PRF is precision, recall and F1 with the counts behind them.
type PRF struct {
	TP, Gold, System int
	P, R, F1         float64
}

func prf(tp, gold, sys int) PRF { return prfSplit(tp, tp, gold, sys) }

// prfSplit is prf where the gold items found (for recall) and the system
// items that are right (for precision) are counted apart, as they are when
// precision goes by the system's label and recall by the gold's.
func prfSplit(found, right, gold, sys int) PRF {
	x := PRF{TP: found, Gold: gold, System: sys}
	if sys > 0 {
		x.P = float64(right) / float64(sys)
	}
	if gold > 0 {
		x.R = float64(found) / float64(gold)
	}
	x.F1 = f1(x.P, x.R)
	return x
}
