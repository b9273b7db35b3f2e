package document

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxTextBytes bounds one document. News articles are far smaller; anything
// larger is a mis-fed file (a dump, a binary) and would hold a worker for long.
const MaxTextBytes = 8 << 20

// Document is one article: the text all offsets index, and what is known of it.
type Document struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Language  string `json:"language"`
	Published string `json:"published"`
	Text      string `json:"text"`
	// Repaired counts invalid UTF-8 sequences replaced by U+FFFD.
	Repaired int `json:"-"`
}

// Meta is the caller's metadata for a text.
type Meta struct {
	ID, Title, URL, Outlet, Language, Published string
}

// Errors that callers may test for.
var (
	ErrEmpty    = errors.New("empty document: no text to analyze")
	ErrBinary   = errors.New("binary data, not text")
	ErrTooLarge = fmt.Errorf("text longer than the %d MB one document may hold", MaxTextBytes>>20)
)

// New checks raw text, repairs invalid UTF-8 to U+FFFD and fills the ID.
func New(raw []byte, m Meta) (Document, error) {
	if len(raw) > MaxTextBytes {
		return Document{}, fmt.Errorf("%.1f MB of %w", float64(len(raw))/(1<<20), ErrTooLarge)
	}
	if IsBinary(raw) {
		return Document{}, ErrBinary
	}
	text, repaired := Repair(raw)
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		return Document{}, ErrEmpty
	}
	pub, err := NormalizeDate(m.Published)
	if err != nil {
		return Document{}, err
	}
	d := Document{ID: m.ID, Title: m.Title, URL: m.URL, Outlet: m.Outlet, Language: m.Language,
		Published: pub, Text: text, Repaired: repaired}
	if d.Language == "" {
		d.Language = "en"
	}
	if d.ID == "" {
		sum := sha256.Sum256([]byte(text))
		d.ID = hex.EncodeToString(sum[:])
	}
	return d, nil
}

// Repair replaces each invalid UTF-8 sequence with U+FFFD and drops NUL bytes,
// returning how many replacements were made.
func Repair(raw []byte) (string, int) {
	if utf8.Valid(raw) {
		return string(raw), 0
	}
	var b strings.Builder
	b.Grow(len(raw) + 16)
	n := 0
	for len(raw) > 0 {
		r, size := utf8.DecodeRune(raw)
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
			n++
		} else {
			b.Write(raw[:size])
		}
		raw = raw[size:]
	}
	return b.String(), n
}

// IsBinary reports data that is not text: NUL bytes, or many control bytes
// in its first few kilobytes.
func IsBinary(raw []byte) bool {
	head := raw
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return len(head) > 0 && ctrl*20 > len(head)
}

// NormalizeDate accepts YYYY-MM-DD or an RFC 3339 timestamp and returns
// YYYY-MM-DD; "" stays "" (unknown).
func NormalizeDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < 1000 || t.Year() > 2999 {
				break
			}
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("invalid publication date %q: want YYYY-MM-DD", s)
}
