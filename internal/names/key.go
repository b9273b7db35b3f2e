package names

import (
	"embed"
	"strings"
	"unicode"

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
	for i, x := range w {
		w[i] = undot(x)
	}
	return strings.Join(w, " ")
}

// undot writes letters abbreviated with full stops without them: "u.s."
// is "us", "w." is "w", so "U.S. Army" and "US Army", "George W. Bush" and
// "George W Bush" have one key. Only letters abbreviated one or two at a
// time are: "harbornews.com" and "corp." stay as written.
func undot(w string) string {
	if !strings.Contains(w, ".") {
		return w
	}
	for _, piece := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		if n := len([]rune(piece)); n == 0 || n > 2 {
			return w // "harbornews.com", "corp." stay as written
		}
		for _, r := range piece {
			if !unicode.IsLetter(r) {
				return w
			}
		}
	}
	return strings.ReplaceAll(w, ".", "")
}

// PersonKey drops the honorifics that open a person's key ("sir ian
// blair" is "ian blair"). Only persons: "Dr Pepper" is a drink's maker.
func PersonKey(key string) string {
	w := strings.Fields(WithoutHonorifics(key))
	// Initials are written or left out at will: "Joseph E. Cappy" and
	// "Joseph Cappy", "L. William Seidman" and "William Seidman" are one
	// person, so long as two names are left.
	names := 0
	for _, x := range w {
		if len([]rune(strings.TrimSuffix(x, "."))) > 1 {
			names++
		}
	}
	if names >= 2 && names < len(w) {
		out := w[:0:0]
		for _, x := range w {
			if len([]rune(strings.TrimSuffix(x, "."))) > 1 {
				out = append(out, x)
			}
		}
		w = out
	}
	return strings.Join(w, " ")
}

// WithoutHonorifics drops the honorifics that open a person's key and
// nothing else: the form a name is compared in where its initials count.
func WithoutHonorifics(key string) string {
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
