package stance

import (
	"fmt"
	"io"
)

// Score is FNC-1's official weighted score and the per-class figures, as
// ../shared/tools/score.py stance computes them.
type Score struct {
	// Confusion counts gold (rows) against system (columns); column
	// numLabels is a gold pair the system gave no stance.
	Confusion [numLabels][numLabels + 1]int
	FNC       float64 // share of the best possible weighted score
	F1        [numLabels]float64
	P, R      [numLabels]float64
	MacroF1   float64
	Missing   int
}

// ScoreFNC scores system stances against gold ones, pair by pair: both are
// keyed by (headline, body id), repeated keys matched in order, as the
// official scorer does.
func ScoreFNC(gold, system []FNCPair) (Score, error) {
	type key struct{ h, b string }
	sys := map[key][]string{}
	for _, p := range system {
		k := key{p.Headline, p.BodyID}
		sys[k] = append(sys[k], p.Stance)
	}
	var sc Score
	used := map[key]int{}
	var got, best float64
	for _, p := range gold {
		g, err := ParseLabel(p.Stance)
		if err != nil {
			return sc, fmt.Errorf("gold pair %q / %s: %w", p.Headline, p.BodyID, err)
		}
		k := key{p.Headline, p.BodyID}
		col := int(numLabels)
		if i := used[k]; i < len(sys[k]) {
			if l, err := ParseLabel(sys[k][i]); err == nil {
				col = int(l)
			}
		}
		used[k]++
		sc.Confusion[g][col]++
		best += 0.25
		if g != Unrelated {
			best += 0.75
		}
		if col < int(numLabels) && (g == Unrelated) == (Label(col) == Unrelated) {
			got += 0.25
		}
		if g != Unrelated && int(g) == col {
			got += 0.75
		}
	}
	if best > 0 {
		sc.FNC = got / best
	}
	for c := 0; c < int(numLabels); c++ {
		tp := float64(sc.Confusion[c][c])
		var predicted, actual float64
		for g := 0; g < int(numLabels); g++ {
			predicted += float64(sc.Confusion[g][c])
		}
		for s := 0; s <= int(numLabels); s++ {
			actual += float64(sc.Confusion[c][s])
		}
		if predicted > 0 {
			sc.P[c] = tp / predicted
		}
		if actual > 0 {
			sc.R[c] = tp / actual
		}
		if sc.P[c]+sc.R[c] > 0 {
			sc.F1[c] = 2 * sc.P[c] * sc.R[c] / (sc.P[c] + sc.R[c])
		}
		sc.MacroF1 += sc.F1[c] / float64(numLabels)
		sc.Missing += sc.Confusion[c][numLabels]
	}
	return sc, nil
}

// printOrder is the order score.py prints the labels in.
var printOrder = []Label{Agree, Disagree, Discuss, Unrelated}

// Print writes the score the way score.py does, headline figure last.
func (sc Score) Print(w io.Writer) {
	pairs := 0
	for _, l := range printOrder {
		actual := 0
		for _, n := range sc.Confusion[l] {
			actual += n
		}
		pairs += actual
		fmt.Fprintf(w, "%-10s P %.3f R %.3f F1 %.3f  gold %d\n", l, sc.P[l], sc.R[l], sc.F1[l], actual)
	}
	fmt.Fprintln(w, "confusion (rows gold, columns system): agree disagree discuss unrelated missing")
	for _, l := range printOrder {
		fmt.Fprintf(w, "  %-10s", l)
		for _, c := range printOrder {
			fmt.Fprintf(w, " %d", sc.Confusion[l][c])
		}
		fmt.Fprintf(w, " %d\n", sc.Confusion[l][numLabels])
	}
	fmt.Fprintf(w, "stance: FNC score %.4f, macro-F1 %.4f, disagree F1 %.3f (%d gold pairs, %d without a system stance)\n",
		sc.FNC, sc.MacroF1, sc.F1[Disagree], pairs, sc.Missing)
}
