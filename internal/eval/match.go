package eval

import "sort"

// span is a byte range to match.
type span struct{ start, end int }

// matchSpans pairs gold and system spans one to one, greedily by overlap,
// where the overlap is at least threshold x the longer span: score.py's
// protocol, which sorts (overlap, gold index, system index) tuples in
// descending order. It returns the pairs in that order.
func matchSpans(gold, sys []span, threshold float64) [][2]int {
	type cand struct{ ov, gi, si int }
	var cands []cand
	for gi, g := range gold {
		for si, s := range sys {
			ov := overlap(g.start, g.end, s.start, s.end)
			if ov > 0 && float64(ov) >= threshold*float64(max(g.end-g.start, s.end-s.start)) {
				cands = append(cands, cand{ov, gi, si})
			}
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		if cands[a].ov != cands[b].ov {
			return cands[a].ov > cands[b].ov
		}
		if cands[a].gi != cands[b].gi {
			return cands[a].gi > cands[b].gi
		}
		return cands[a].si > cands[b].si
	})
	gused, sused := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, c := range cands {
		if gused[c.gi] || sused[c.si] {
			continue
		}
		gused[c.gi], sused[c.si] = true, true
		pairs = append(pairs, [2]int{c.gi, c.si})
	}
	return pairs
}
