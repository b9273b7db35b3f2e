package store

import (
	"sort"

	"github.com/claimgraph/claimgraph/internal/names"
)

// mergeRoles joins the spellings of one role ("U.S. Treasury Secretary",
// "Treasury Secretary", "U.S. Treasury secretary") into one span per
// names.RoleKey, written the way most of its mentions write it, and sorts
// the spans by when each role was first held.
func mergeRoles(spans []RoleSpan) []RoleSpan {
	type group struct {
		RoleSpan
		spelled map[string]int
	}
	byKey := map[string]*group{}
	var keys []string
	for _, r := range spans {
		k := names.RoleKey(r.Role)
		g := byKey[k]
		if g == nil {
			g = &group{RoleSpan: r, spelled: map[string]int{}}
			byKey[k] = g
			keys = append(keys, k)
		} else {
			g.Count += r.Count
			if r.First != "" && (g.First == "" || r.First < g.First) {
				g.First = r.First
			}
			if r.Last > g.Last {
				g.Last = r.Last
			}
		}
		g.spelled[r.Role] += r.Count
	}
	out := make([]RoleSpan, 0, len(keys))
	for _, k := range keys {
		g := byKey[k]
		best := ""
		for sp, n := range g.spelled {
			if best == "" || n > g.spelled[best] || n == g.spelled[best] && sp < best {
				best = sp
			}
		}
		g.Role = best
		out = append(out, g.RoleSpan)
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].First != out[b].First {
			return out[a].First < out[b].First
		}
		return out[a].Role < out[b].Role
	})
	return out
}
