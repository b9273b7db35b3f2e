package entity

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/internal/names"
)

// linkAliases joins the two names an apposition gives one referent: "the
// Northern Tide Movement terrorist group, known commonly as NTM" (the name
// it is known by becomes the canonical one) and "the Northern Tide
// Movement (NTM)" (an acronym of the initials in parentheses). It runs
// after every mention is linked, and moves the mentions of the first
// entity to the second.
func (p *pass) linkAliases() {
	ms := p.res.Mentions
	for k := range ms {
		m := &ms[k]
		if m.Kind == NameMention && m.Entity < 0 {
			p.acronymOf(k) // "HWU said", opening its sentence, unlinked so far
			continue
		}
		if m.Kind != NameMention || m.Entity < 0 || m.From < 2 {
			continue
		}
		if a := m.From - 1; p.words[a] == "as" && p.knownAs(a) {
			if j := p.nameBefore(k, a); j >= 0 && ms[j].Entity != m.Entity {
				p.merge(ms[j].Entity, m.Entity)
			}
			continue
		}
		if p.words[m.From-1] == "(" && m.To < len(p.words) && p.words[m.To] == ")" && p.toks[m.From].AllCaps() {
			if j := p.nameBefore(k, m.From-1); j >= 0 && ms[j].Entity != m.Entity && initials(p.res.Entities[ms[j].Entity].Name) == p.toks[m.From].Text {
				p.merge(m.Entity, ms[j].Entity)
				continue
			}
		}
		p.acronymOf(k)
	}
}

// acronymOf joins an acronym that names no body of its own ("ANZ said",
// "DCNY", "CSCE") to the organization named earlier in the text whose
// initials it is: "Australia and New Zealand Banking Group Ltd",
// "Discount Corp of New York", "Coffee, Sugar and Cocoa Exchange".
func (p *pass) acronymOf(k int) {
	m := &p.res.Mentions[k]
	if m.To-m.From != 1 || !p.toks[m.From].AllCaps() {
		return
	}
	a := p.toks[m.From].Text
	if n := len(a); n < 2 || n > 6 || m.Entity >= 0 && p.res.Entities[m.Entity].Name != a {
		return
	}
	if p.initials == nil {
		// Each body's initials once, not once per acronym: a text of
		// thousands of acronyms stays linear.
		p.initials = make([]string, len(p.res.Entities))
		for e, ent := range p.res.Entities {
			if ent.Type == Org || ent.Type == Outlet {
				p.initials[e] = bodyInitials(ent.Name)
			}
		}
	}
	for e, ini := range p.initials {
		ent := p.res.Entities[e]
		if ini == "" || e == m.Entity || ent.Type != Org && ent.Type != Outlet || len(ent.Mentions) == 0 || p.res.Mentions[ent.Mentions[0]].Start >= m.Start {
			continue
		}
		if ini == a || len(a) >= 3 && len(ini) > len(a) && strings.HasPrefix(ini, a) {
			if m.Entity < 0 {
				p.link(k, e)
			} else {
				p.merge(m.Entity, e)
			}
			return
		}
	}
}

// bodyInitials are the initials of a body's name without its function
// words and legal suffixes: "DCNY" for "Discount Corp of New York".
func bodyInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '-' }) {
		lw := strings.ToLower(w)
		if lw == "and" || lw == "of" || lw == "the" || lw == "for" || lw == "&" || names.CorporateSuffix(lw) && lw != "corp" {
			continue
		}
		if r := []rune(w); unicode.IsUpper(r[0]) {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}

// knownAs reports "known as", "known commonly as", "also known as" ending
// at token a ("as").
func (p *pass) knownAs(a int) bool {
	k := a - 1
	if k > 0 && p.words[k] != "known" && (strings.HasSuffix(p.words[k], "ly") || p.words[k] == "also") {
		k--
	}
	return k >= 0 && p.words[k] == "known"
}

// nameBefore finds the name mention that the phrase ending before token at
// describes: the nearest one within a few tokens of the same sentence,
// across a comma and a common noun or two ("terrorist group,").
func (p *pass) nameBefore(k, at int) int {
	sent := p.seg.SentenceOf[at]
	best := -1
	for j := range p.res.Mentions {
		c := &p.res.Mentions[j]
		if j == k || c.Kind != NameMention || c.Entity < 0 || c.To > at || at-c.To > 6 || p.seg.SentenceOf[c.From] != sent {
			continue
		}
		t := p.res.Entities[c.Entity].Type
		if t != Org && t != Other && t != Outlet {
			continue
		}
		if best < 0 || c.To > p.res.Mentions[best].To {
			best = j
		}
	}
	return best
}

// merge moves every mention of entity from to entity into, which keeps its
// name; the type of a body wins over a guess.
func (p *pass) merge(from, into int) {
	src, dst := p.res.Entities[from], p.res.Entities[into]
	for _, k := range src.Mentions {
		p.res.Mentions[k].Entity = into
		dst.Mentions = append(dst.Mentions, k)
	}
	src.Mentions = nil
	if dst.Type == Other || dst.Type == Person && src.Type == Org {
		dst.Type = src.Type
	}
}

// initials are the capitals that open the words of a name: "NTM" for
// "Northern Tide Movement".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		if len(r) > 0 && unicode.IsUpper(r[0]) {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}
