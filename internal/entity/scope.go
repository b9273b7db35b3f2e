package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/internal/segment"
)

// scopeBodies gives every body named only by a function of the state
// ("Finance Ministry", "Ministry of Foreign Affairs", "Treasury") the
// country the text ties it to: a place or people right before one of its
// names ("Japan's Finance Ministry", "the West German Finance Ministry"),
// else the country of the first place the text names outside quotes, which
// in wire copy is its dateline ("TOKYO, March 3 -"). Such a name is one
// body per country and must not be joined across countries.
func (p *pass) scopeBodies() {
	docCountry := p.datelineCountry()
	if docCountry == "" {
		docCountry = p.mainCountry()
	}
	for _, e := range p.res.Entities {
		if e.Type != Org || !p.functionName(e.Name) {
			continue
		}
		country := ""
		for _, k := range e.Mentions {
			if country = p.countryBefore(p.res.Mentions[k].From); country != "" {
				break
			}
		}
		if country == "" {
			country = docCountry
		}
		e.Country = country
	}
}

// mainCountry is the country most of the text's places are in, when
// one clearly is (named at least twice and by more than half of the place
// mentions); else "", for a guess from the first place named would give a
// British "Home Office" to the United States.
func (p *pass) mainCountry() string {
	counts := map[string]int{}
	total := 0
	for k := range p.res.Mentions {
		if m := &p.res.Mentions[k]; m.Kind == NameMention && m.typ == GPE && m.place != "" && !m.InQuote {
			counts[m.place]++
			total++
		}
	}
	best, n := "", 0
	for c, k := range counts {
		if k > n || k == n && c < best {
			best, n = c, k
		}
	}
	if n >= 2 && 2*n > total {
		return best
	}
	return ""
}

// functionName reports a name made only of function words and the heads of
// bodies: "Finance Ministry", "Ministry of Finance", "Central Bank".
func (p *pass) functionName(name string) bool {
	function := false
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch {
		case w == "of" || w == "the" || w == "and" || w == "for":
		case p.lx.portfolios[w]:
			function = true
		case p.lx.orgHeads[w]:
		default:
			return false
		}
	}
	return function
}

// countryBefore is the country of a place or people named right before
// token i ("Japan's", "Japanese"), or "".
func (p *pass) countryBefore(i int) string {
	j := i - 1
	if j >= 0 && (p.words[j] == "'s" || p.words[j] == "’s") {
		j--
	}
	if j < 0 {
		return ""
	}
	if p.placeEnds == nil {
		p.placeEnds = map[int]string{}
		for k := range p.res.Mentions {
			if m := &p.res.Mentions[k]; m.typ == GPE && m.Kind == NameMention {
				p.placeEnds[m.To] = m.place
			}
		}
	}
	if place, ok := p.placeEnds[j+1]; ok {
		return place
	}
	if place, ok := p.lx.norp[p.toks[j].Text]; ok {
		return place
	}
	return ""
}

// datelineCountry reads a wire dateline in capitals ("TOKYO, March 3 -",
// "RIO DE JANEIRO, May 1 -") as the place it names, and returns its country.
func (p *pass) datelineCountry() string {
	var words []string
	j := 0
	for j < len(p.toks) && j < 4 && p.toks[j].Kind == segment.Word && p.toks[j].AllCaps() {
		words = append(words, titleWord(p.toks[j].Text))
		j++
	}
	if len(words) == 0 || j >= len(p.toks) || p.toks[j].Text != "," {
		return ""
	}
	for n := len(words); n > 0; n-- {
		for _, c := range p.lx.names[words[0]] {
			if len(c.words) == n && c.entry.typ == GPE && strings.EqualFold(strings.Join(c.words, " "), strings.Join(words[:n], " ")) {
				return c.entry.country
			}
		}
	}
	return ""
}

// titleWord writes a word in capitals as a name: "TOKYO" -> "Tokyo".
func titleWord(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[size:])
}
