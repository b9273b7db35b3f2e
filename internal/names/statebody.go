package names

import "strings"

// stateHeads are the words that make a body one of a state's offices:
// "Agriculture Department", "Ministry of Finance".
var stateHeads = map[string]bool{"department": true, "ministry": true}

// countryOfAbbrev maps the country abbreviations news writes before a
// state's office ("U.S. Agriculture Department") to the country's name.
var countryOfAbbrev = map[string]string{"us": "united states", "usa": "united states", "uk": "united kingdom"}

// StateBodyKey is the form a state's office is joined by across articles,
// whichever way the name is written: "department of agriculture" is
// "agriculture department", and a country abbreviation before it moves
// into the country ("us agriculture department" is "agriculture
// department" of "united states", as the analysis writes the office of an
// article's country, "Agriculture Department (United States)"). Other keys
// come back as they are, with no country.
func StateBodyKey(key string) (body, country string) {
	w := strings.Fields(key)
	if len(w) > 2 {
		if c, ok := countryOfAbbrev[w[0]]; ok && isStateBody(w[1:]) {
			country, w = c, w[1:]
		}
	}
	if !isStateBody(w) {
		return key, ""
	}
	if stateHeads[w[0]] && len(w) > 2 && w[1] == "of" {
		// "department of trade and industry": the portfolio first; "of
		// the interior" is "interior".
		rest := w[2:]
		if len(rest) > 1 && rest[0] == "the" {
			rest = rest[1:]
		}
		w = append(append([]string{}, rest...), w[0])
	}
	return strings.Join(w, " "), country
}

// isStateBody reports "x department" or "department of x" (and ministry).
func isStateBody(w []string) bool {
	if len(w) < 2 {
		return false
	}
	return stateHeads[w[len(w)-1]] || stateHeads[w[0]] && len(w) > 2 && w[1] == "of"
}
