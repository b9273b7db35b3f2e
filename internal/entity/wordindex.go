package entity

import (
	"slices"
	"strings"
)

// wordIndex finds the entities whose name holds a word, so that linking a
// mention to a person or body named before costs a lookup, not a scan of
// every entity: a text of thousands of names would otherwise cost the
// square of its length. Names only grow (setName), so an entity is indexed
// under every word it has had; callers test each candidate as they would in
// a scan, in entity order, and so find exactly what the scan found.
type wordIndex struct {
	byWord  map[string][]int
	indexed int             // entities [0, indexed) are in byWord
	dirty   map[string]bool // lists that lost their order or gained a repeat
}

// add indexes entity e under each word of its name, and under the part of a
// hyphenated word after the hyphen ("hashimi" for "al-hashimi").
func (x *wordIndex) add(e int, words []string) {
	if x.byWord == nil {
		x.byWord, x.dirty = map[string][]int{}, map[string]bool{}
	}
	put := func(w string) {
		l := x.byWord[w]
		if n := len(l); n > 0 && l[n-1] >= e {
			if l[n-1] == e {
				return
			}
			x.dirty[w] = true
		}
		x.byWord[w] = append(l, e)
	}
	for _, w := range words {
		put(w)
		if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 {
			put(w[i+1:])
		}
	}
}

// candidates returns, in entity order and once each, the entities whose
// name has or had word w, indexing first the entities added since the last
// call.
func (p *pass) candidates(w string) []int {
	x := &p.byWord
	for ; x.indexed < len(p.res.Entities); x.indexed++ {
		x.add(x.indexed, p.res.Entities[x.indexed].words)
	}
	l := x.byWord[w]
	if x.dirty[w] {
		slices.Sort(l)
		l = slices.Compact(l)
		x.byWord[w], x.dirty[w] = l, false
	}
	return l
}

// renamed indexes entity e under the words of its new name.
func (p *pass) renamed(e int) {
	if e < p.byWord.indexed {
		p.byWord.add(e, p.res.Entities[e].words)
	}
}

// candidatesOf is the union of candidates of several words, in entity order.
func (p *pass) candidatesOf(words ...string) []int {
	if len(words) == 1 {
		return p.candidates(words[0])
	}
	var out []int
	for _, w := range words {
		out = append(out, p.candidates(w)...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
