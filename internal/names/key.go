package names

import (
	"embed"
	"strings"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// honorifics is read once: an immutable word list, like every lexicon.
var (
	honorifics = lexicon.Set(lexiconFS, "lexicon/honorifics.txt")
	suffixes   = lexicon.Set(lexiconFS, "lexicon/corporate_suffixes.txt")
)

// Key is the form two names are matched in: "Ming-Chi Kuo" and "Ming Chi
// Kuo", "The Times" and "Times" have one key each pair; PersonKey and
// BodyKey take off what a person's or a company's name may carry besides.
func Key(s string) string {
	s = strings.ToLower(strings.NewReplacer("’", "'", "-", " ").Replace(s))
	w := strings.Fields(s)
	for len(w) > 1 && w[0] == "the" {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// PersonKey drops the honorifics that open a person's key ("sir ian
// blair" is "ian blair"). Only persons: "Dr Pepper" is a drink's maker.
func PersonKey(key string) string {
	w := strings.Fields(key)
	for len(w) > 1 && honorifics[strings.TrimSuffix(w[0], ".")] {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// Honorific reports a form of address ("Sir", "Dr.").
func Honorific(w string) bool { return honorifics[strings.TrimSuffix(strings.ToLower(w), ".")] }

// BodyKey drops the legal suffixes that end a company's key ("unocal corp"
// is "unocal"), keeping at least one word.
func BodyKey(key string) string {
	w := strings.Fields(key)
	for len(w) > 1 && CorporateSuffix(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return strings.Join(w, " ")
}

// CorporateSuffix reports a word that ends a company's legal name ("Ltd",
// "Co", "Plc"), in any case and with or without its dots: "N.V", "B.V."
// and "S.A." are abbreviated letter by letter.
func CorporateSuffix(w string) bool {
	return suffixes[strings.ReplaceAll(strings.ToLower(w), ".", "")]
}

// RoleKey is the form two spellings of one role are matched in: case
// folded, without "the" or the abbreviation of the country that holds it
// ("U.S. Treasury secretary" and "Treasury Secretary" are one role).
func RoleKey(role string) string {
	w := strings.Fields(strings.ToLower(strings.NewReplacer("’", "'", "-", " ").Replace(role)))
	out := w[:0]
	for _, x := range w {
		if x == "the" || countryAbbrev(x) {
			continue
		}
		out = append(out, x)
	}
	return strings.Join(out, " ")
}

// countryAbbrev reports a short abbreviation that names a country or union
// ("u.s.", "us", "uk", "u.n.", "eu").
func countryAbbrev(w string) bool {
	letters := strings.ReplaceAll(w, ".", "")
	switch letters {
	case "us", "uk", "un", "eu", "usa":
		return true
	}
	return false
}
