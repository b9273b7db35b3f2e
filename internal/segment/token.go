package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word Kind = iota
	Number
	Punct
	Quote // a quotation mark; see Token.Open/Close
)

// Token is one word, number, punctuation mark or quotation mark.
type Token struct {
	Start, End int
	Text       string
	Lower      string
	Kind       Kind
	// SpaceBefore is true when white space precedes the token.
	SpaceBefore bool
	// Open and Close say how a quote mark can act; a straight mark may be both
	// until pairing decides.
	Open, Close bool
	// Double is true for double quote marks (“ ” " « »).
	Double bool
}

// Cap reports a token that starts with an upper-case letter.
func (t *Token) Cap() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// AllCaps reports a word of two or more letters, all upper-case.
func (t *Token) AllCaps() bool {
	if t.Kind != Word || len(t.Text) < 2 {
		return false
	}
	letters := 0
	for _, r := range t.Text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// Is reports whether the token is the punctuation or word s.
func (t *Token) Is(s string) bool { return t.Lower == s }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// Tokenize splits text[start:end] into tokens with absolute offsets.
func Tokenize(text string, start, end int, out []Token) []Token {
	i := start
	space := true
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		case isWordRune(r):
			j := scanWord(text, i, end)
			out = appendWord(text, i, j, space, out)
			i = j
		default:
			j := i + size
			if r == '.' && strings.HasPrefix(text[j:min(end, len(text))], "..") {
				j += 2
			}
			if r == '-' && j < end && text[j] == '-' {
				j++
			}
			if doubledMark(r) && strings.HasPrefix(text[j:end], string(r)) && !(strings.HasPrefix(text[j:end], string(r)+string(r)) && i > start && !unicode.IsSpace(lastRune(text[:i]))) {
				// ``quote'' and ''quote'': typewriter double marks. Three
				// after a word close a quotation inside one: the single
				// mark first ('a special case,''').
				j += size
			}
			t := Token{Start: i, End: j, Text: text[i:j], Lower: text[i:j], Kind: Punct, SpaceBefore: space}
			classifyQuote(text, &t, start, end, r)
			out = append(out, t)
			i = j
		}
		space = false
	}
	return out
}

// scanWord extends a word over letters, digits, inner apostrophes and
// hyphens, decimal and thousands separators, and dotted abbreviations (U.S.).
func scanWord(text string, i, end int) int {
	j := i
	for j < end {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if r == '-' || r == '.' || r == ',' || isApostrophe(r) || r == '&' {
			nr, _ := utf8.DecodeRuneInString(text[min(j+size, end):end])
			if j+size < end && isWordRune(nr) {
				prev, _ := utf8.DecodeLastRuneInString(text[i:j])
				switch r {
				case ',':
					// Thousands separator: digit,ddd
					if !(unicode.IsDigit(prev) && isThreeDigits(text, j+size, end)) {
						return j
					}
				case '.':
					// 2.5, U.S.A, e.g., Boston.com: a dot between word runes,
					// but not between two words of a sentence with a missing
					// space.
					if !(unicode.IsDigit(prev) && unicode.IsDigit(nr)) && !(singleLetterBefore(text, i, j) && unicode.IsLetter(nr)) && !domainEnd(text, j+size, end) {
						return j
					}
				case '&':
					if !(unicode.IsUpper(prev) && unicode.IsUpper(nr)) {
						return j
					}
				}
				j += size
				continue
			}
			if r == '.' && singleLetterBefore(text, i, j) && strings.Count(text[i:j], ".") >= 1 {
				// The final dot of U.S. belongs to the abbreviation.
				return j + 1
			}
		}
		return j
	}
	return j
}

// domainEnd reports a top-level domain at j that ends the word: the "com"
// of "Boston.com", the "fr" of "iGen.fr".
func domainEnd(text string, j, end int) bool {
	k := j
	for k < end && k-j <= 4 && text[k] >= 'a' && text[k] <= 'z' {
		k++
	}
	if k < end {
		if r, _ := utf8.DecodeRuneInString(text[k:end]); isWordRune(r) {
			return false
		}
	}
	switch text[j:k] {
	case "com", "org", "net", "gov", "edu", "io", "co", "uk", "fr", "de", "it", "es", "ru", "cn", "in", "au", "ca", "info", "news", "tv":
		return true
	}
	return false
}

func isThreeDigits(text string, j, end int) bool {
	if j+3 > end {
		return false
	}
	for k := j; k < j+3; k++ {
		if text[k] < '0' || text[k] > '9' {
			return false
		}
	}
	return j+3 == end || text[j+3] < '0' || text[j+3] > '9'
}

// singleLetterBefore reports that the word so far is dotted single letters
// (U, U.S, e.g): the shape of an abbreviation.
func singleLetterBefore(text string, i, j int) bool {
	seg := text[i:j]
	parts := strings.Split(seg, ".")
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

func appendWord(text string, i, j int, space bool, out []Token) []Token {
	w := text[i:j]
	// Possessive 's / ’s is its own token, so that "Iraq’s" names Iraq.
	if n := len(w); n > 3 {
		for _, suf := range []string{"'s", "’s", "'S", "’S"} {
			if strings.HasSuffix(w, suf) {
				k := j - len(suf)
				out = append(out, newWord(text, i, k, space))
				return append(out, Token{Start: k, End: j, Text: text[k:j], Lower: "'s", Kind: Punct})
			}
		}
	}
	return append(out, newWord(text, i, j, space))
}

func newWord(text string, i, j int, space bool) Token {
	w := text[i:j]
	k := Word
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
		k = Number
		for _, c := range w {
			if !unicode.IsDigit(c) && c != ',' && c != '.' {
				k = Word
				break
			}
		}
	}
	return Token{Start: i, End: j, Text: w, Lower: lower(w), Kind: k, SpaceBefore: space}
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == 0xe2 {
			return strings.ReplaceAll(strings.ToLower(s), "’", "'")
		}
	}
	return s
}

// doubledMark is a single mark that some newswires type twice for a double
// one: two backticks open a quotation and two apostrophes close it.
func doubledMark(r rune) bool { return r == '\'' || r == '`' || r == '‘' || r == '’' }

func classifyQuote(text string, t *Token, start, end int, r rune) {
	prevSpace := t.Start == start || unicode.IsSpace(lastRune(text[:t.Start])) || strings.ContainsRune("([{—–-", lastRune(text[:t.Start]))
	nr, _ := utf8.DecodeRuneInString(text[t.End:end])
	nextSpace := t.End >= end || unicode.IsSpace(nr) || unicode.IsPunct(nr)
	if doubledMark(r) && utf8.RuneCountInString(t.Text) == 2 {
		// Two backticks always open (``wire style''); two apostrophes
		// (NYT style, ''like this,'' he said) open or close by the spaces
		// around them, as a straight double mark does.
		switch r {
		case '`', '‘':
			r = '“'
		default:
			r = '"'
		}
	}
	switch r {
	case '“', '«', '„':
		t.Kind, t.Open, t.Double = Quote, true, true
	case '”', '»':
		t.Kind, t.Close, t.Double = Quote, true, true
	case '"':
		t.Kind, t.Double = Quote, true
		t.Open = prevSpace || !nextSpace
		t.Close = !prevSpace || nextSpace
	case '‘':
		t.Kind, t.Open = Quote, true
	case '’', '\'':
		// An apostrophe inside a word never reaches here; a lone one at a
		// word edge may close a single-quoted span or end a plural possessive.
		t.Kind = Quote
		t.Open = prevSpace && !nextSpace
		t.Close = !prevSpace
	}
	t.Lower = t.Text
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
