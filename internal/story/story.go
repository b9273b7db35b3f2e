package story

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"strings"
	"time"
	"unicode"

	minhashlsh "github.com/ekzhu/minhash-lsh"
)

const (
	// Shingle is how many consecutive words make one feature: two articles
	// written apart on one topic share few, a copy with a changed sentence
	// keeps most.
	Shingle = 3
	// Hashes is the signature's length: the estimate's standard error at
	// a similarity of 0.5 is about 0.065.
	Hashes = 60
	// rows per band: with 20 bands of 3, two articles of similarity 0.5
	// share a band with probability 1-(1-0.5³)²⁰ = 0.93, at 0.2 with 0.15.
	rows = 3
	// Threshold is the estimated Jaccard similarity from which two
	// articles are one report. Measured: see the package doc.
	Threshold = 0.5
	// minWords: a text shorter than this has too few shingles for its
	// signature to say anything; it is near no other text.
	minWords = 40
	seed     = 20261206
)

// Signature is a text's MinHash signature over its word shingles
// (lower-cased runs of letters and digits); nil when the text is too
// short to compare.
type Signature []uint64

// Sign computes the signature of text.
func Sign(text string) Signature {
	words := Words(text)
	if len(words) < minWords {
		return nil
	}
	m := minhashlsh.NewMinhash(seed, Hashes)
	var buf []byte // one shingle at a time, reused
	for i := 0; i+Shingle <= len(words); i++ {
		buf = append(buf[:0], words[i]...)
		for _, w := range words[i+1 : i+Shingle] {
			buf = append(append(buf, ' '), w...)
		}
		m.Push(buf)
	}
	return Signature(m.Signature())
}

// Words are what shingles are made of: the text's runs of letters and
// digits, in lower case.
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Similarity estimates the Jaccard similarity of the two texts' shingle
// sets: the share of positions where the signatures agree.
func Similarity(a, b Signature) float64 {
	if len(a) != Hashes || len(b) != Hashes {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / Hashes
}

// Near reports two texts whose signatures are at the threshold.
func Near(a, b Signature) bool { return Similarity(a, b) >= Threshold }

// Window is how far apart two dated articles may be and still be one
// report: Reuters' weekly and monthly reports (electricity output, sugar
// tenders) repeat one template with new figures, and judged blind they are
// different reports; copies of one report were dated within two days.
const Window = 3 * 24 * time.Hour

// Same reports two articles that are one report: near signatures, and
// publication dates ("2006-01-02...", "" when unknown) no further apart
// than Window when both are known.
func Same(a, b Signature, aDate, bDate string) bool {
	if !Near(a, b) {
		return false
	}
	ta, ea := time.Parse("2006-01-02", prefix(aDate))
	tb, eb := time.Parse("2006-01-02", prefix(bDate))
	if ea != nil || eb != nil {
		return true
	}
	return max(ta.Sub(tb), tb.Sub(ta)) <= Window
}

func prefix(date string) string {
	if len(date) > 10 {
		return date[:10]
	}
	return date
}

// Bands are the signature's band keys: two texts that share one are
// candidates. Each key holds its band's position, so equal runs in
// different bands do not meet.
func Bands(s Signature) []int64 {
	if len(s) != Hashes {
		return nil
	}
	out := make([]int64, 0, Hashes/rows)
	var buf [8]byte
	for b := 0; b+rows <= Hashes; b += rows {
		h := fnv.New64a()
		binary.BigEndian.PutUint64(buf[:], uint64(b))
		h.Write(buf[:])
		for _, v := range s[b : b+rows] {
			binary.BigEndian.PutUint64(buf[:], v)
			h.Write(buf[:])
		}
		out = append(out, int64(h.Sum64()>>1)) // fits a signed 64-bit column
	}
	return out
}

// String encodes the signature for storage: hexadecimal, 16 digits a hash.
func (s Signature) String() string {
	b := make([]byte, 8*len(s))
	for i, v := range s {
		binary.BigEndian.PutUint64(b[8*i:], v)
	}
	return hex.EncodeToString(b)
}

// Parse decodes a stored signature; "" is no signature.
func Parse(s string) (Signature, error) {
	if s == "" {
		return nil, nil
	}
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 8*Hashes {
		return nil, fmt.Errorf("story signature of %d characters: not %d hashes in hexadecimal", len(s), Hashes)
	}
	out := make(Signature, Hashes)
	for i := range out {
		out[i] = binary.BigEndian.Uint64(b[8*i:])
	}
	return out, nil
}
