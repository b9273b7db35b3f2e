package entity

import (
	"strings"

	"github.com/claimgraph/claimgraph/internal/segment"
)

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true}

// ambiguousTitles are also ordinary words; alone and lower-case they are no role.
var ambiguousTitles = map[string]bool{"major": true, "general": true, "head": true, "chief": true, "chair": true,
	"speaker": true, "justice": true, "leader": true, "secretary": true, "director": true, "owner": true, "founder": true,
	"doctor": true, "judge": true, "king": true, "queen": true, "player": true}

// matchRole recognizes "[the] [former] [US] envoy [to Iraq] [Alina Romanowski]":
// a titled name, or a role description standing for a person.
func (p *pass) matchRole(i int, sp segment.Span, titleCase bool) int {
	j := i
	det := ""
	if determiners[p.words[j]] {
		det = p.words[j]
		j++
	}
	start := j
	place := ""
	type modName struct {
		from, to int
		k        known
	}
	var mods []modName
	// qualified holds the words that make the title another office
	// ("shadow ", "former "); they are part of the title matched on.
	qualified := ""
	for j < sp.To && j-start < 5 {
		t := &p.toks[j]
		if t.Kind != segment.Word {
			break
		}
		if n, _ := p.lx.matchTitle(p.words, j); n > 0 {
			break
		}
		n, k := p.matchName(j, sp.To)
		if n > 0 && k.typ == NORP {
			j += n // "Lib Dem shadow chancellor"
			continue
		}
		if n > 0 && (k.typ == GPE || k.typ == Org) {
			if k.typ == GPE && place == "" {
				place = k.canonical
			}
			mods = append(mods, modName{j, j + n, k})
			j += n
			continue
		}
		if pl, ok := p.lx.norp[t.Text]; ok {
			if place == "" {
				place = pl
			}
			j++
			continue
		}
		if p.lx.qualifiers[t.Lower] {
			qualified += t.Lower + " "
			j++
			continue
		}
		if p.lx.roleMods[t.Lower] {
			j++
			continue
		}
		break
	}
	if j >= sp.To {
		return 0
	}
	n, ti := p.lx.matchTitle(p.words, j)
	if n == 0 {
		return 0
	}
	titleFrom := j
	j += n
	// "General Secretary Brendan Barber", "Chief Judge Mary Schroeder",
	// "Detective Inspector Paul Miller": titles stacked before a name are
	// one office, not a title and a name that opens with another.
	for j < sp.To && p.toks[j].Cap() == p.toks[titleFrom].Cap() {
		n2, t2 := p.lx.matchTitle(p.words, j)
		if n2 == 0 || j+n2 >= sp.To || !p.isNamePart(j+n2, titleCase) || strings.HasPrefix(t2.kind, "honorific") {
			break
		}
		t2.canonical = ti.canonical + " " + t2.canonical
		ti = t2
		j += n2
	}
	// Plural or compound nouns are not this title: "ambassadorship", "officials".
	if j < sp.To && p.toks[j].Kind == segment.Word && !p.toks[j].SpaceBefore {
		return 0
	}
	roleEnd := j
	ofBody := false
	// Complement: "to Iraq", "of the United States", "of Exxon".
	if j+1 < sp.To && (p.words[j] == "of" || p.words[j] == "to" || p.words[j] == "for" || p.words[j] == "at") {
		k := j + 1
		if p.words[k] == "the" && k+1 < sp.To {
			k++
		}
		if m, kn := p.matchName(k, sp.To); m > 0 {
			if place == "" && kn.typ == GPE {
				place = kn.canonical
			}
			ofBody = ofBody || kn.typ == Org || kn.typ == Outlet
			mods = append(mods, modName{k, k + m, kn})
			j = k + m
			roleEnd = j
		} else if p.words[j] != "to" && p.toks[k].Cap() && !p.lx.portfolios[p.words[k]] {
			ofBody = true // "the CEO of GlobalPost": a body no list holds
		} else if p.lx.portfolios[p.words[k]] && p.toks[k].Cap() {
			// "Minister of Energy Subroto", "Minister of Foreign Affairs
			// Ahmed Aboul Gheit": the portfolio is part of the role.
			for k < sp.To && (p.toks[k].Cap() && p.lx.portfolios[p.words[k]] ||
				p.words[k] == "and" && k+1 < sp.To && p.toks[k+1].Cap() && p.lx.portfolios[p.words[k+1]]) {
				k++ // "Minister of Mines and Energy Subroto"
			}
			j, roleEnd = k, k
		}
	}
	capTitle := p.toks[titleFrom].Cap()
	nameEnd := roleEnd
	if roleEnd < sp.To && p.isNamePart(roleEnd, titleCase) {
		if _, isPlace := p.lx.norp[p.toks[roleEnd].Text]; !isPlace {
			nameEnd = p.scanNameRun(roleEnd, sp, titleCase)
		}
	}
	// A name may also follow a comma: "the US ambassador, Alina Romanowski,".
	for _, md := range mods {
		p.emit(Mention{From: md.from, To: md.to, Kind: NameMention, typ: md.k.typ, name: md.k.canonical, place: md.k.country})
	}
	if nameEnd > roleEnd && p.lx.orgHeads[p.words[nameEnd-1]] {
		// "Michigan General Corp", "Continental Bank": a body's name that
		// holds a title word, not a titled person.
		return 0
	}
	if nameEnd-roleEnd >= 2 && p.allCommonNouns(roleEnd, nameEnd) && ti.kind != "honorific" && ti.kind != "honorific-m" && ti.kind != "honorific-f" {
		// "the National War Memorial": a thing's name after a word that
		// can be a title ("national"), not a titled person.
		return 0
	}
	if nameEnd > roleEnd {
		var g byte
		switch ti.kind {
		case "honorific-m":
			g = 'm'
		case "honorific-f":
			g = 'f'
		}
		role := ""
		if ti.kind == "office" || ti.kind == "generic" {
			role = p.text(start, roleEnd)
		}
		p.emit(Mention{From: start, To: nameEnd, Kind: NameMention, typ: Person, name: p.text(roleEnd, nameEnd),
			title: qualified + ti.canonical, role: role, place: place, gender: g})
		return nameEnd - i
	}
	if ti.kind != "office" || (det == "" && len(mods) == 0 && !capTitle) || (ambiguousTitles[p.words[titleFrom]] && !capTitle) {
		if len(mods) > 0 {
			return mods[len(mods)-1].to - i
		}
		return 0
	}
	if det == "a" || det == "an" {
		return roleEnd - i
	}
	p.emit(Mention{From: start, To: roleEnd, Kind: RoleMention, typ: Person, title: qualified + ti.canonical,
		role: p.text(start, roleEnd), place: place, ofBody: ofBody})
	return roleEnd - i
}
