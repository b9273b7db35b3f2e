package lexicon

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
)

// Entry is one line of a lexicon: its fields, split on '|'.
type Entry struct {
	Fields []string
	Line   int
}

// Field returns field i, or "" when the entry has fewer fields.
func (e Entry) Field(i int) string {
	if i < len(e.Fields) {
		return e.Fields[i]
	}
	return ""
}

// Read parses the lexicon file name from fsys.
func Read(fsys fs.FS, name string) ([]Entry, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	defer f.Close()
	var out []Entry
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		parts := strings.Split(line, "|")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		out = append(out, Entry{Fields: parts, Line: n})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	return out, nil
}

// MustRead is Read for lexicons embedded in the binary, where a parse error
// is a build defect rather than bad input.
func MustRead(fsys fs.FS, name string) []Entry {
	e, err := Read(fsys, name)
	if err != nil {
		panic(err)
	}
	return e
}

// Set reads the first field of every entry, lower-cased, into a set.
func Set(fsys fs.FS, name string) map[string]bool {
	m := map[string]bool{}
	for _, e := range MustRead(fsys, name) {
		m[strings.ToLower(e.Field(0))] = true
	}
	return m
}

// Phrases reads multi-word entries (first field, lower-cased) as token
// sequences, keyed by their first token, for longest-match lookup.
func Phrases(fsys fs.FS, name string) PhraseSet {
	ps := PhraseSet{}
	for _, e := range MustRead(fsys, name) {
		ps.Add(e.Field(0), e.Fields[1:]...)
	}
	return ps
}

// PhraseSet matches multi-word phrases against lower-cased token sequences.
type PhraseSet map[string][]Phrase

// Phrase is one multi-word entry with its extra fields.
type Phrase struct {
	Words []string
	Extra []string
}

// Add registers a phrase.
func (ps PhraseSet) Add(text string, extra ...string) {
	w := strings.Fields(strings.ToLower(text))
	if len(w) == 0 {
		return
	}
	ps[w[0]] = append(ps[w[0]], Phrase{Words: w, Extra: extra})
}

// Match returns the longest phrase that starts at words[i], or false.
func (ps PhraseSet) Match(words []string, i int) (Phrase, bool) {
	var best Phrase
	found := false
	for _, p := range ps[words[i]] {
		if i+len(p.Words) > len(words) || (found && len(p.Words) <= len(best.Words)) {
			continue
		}
		ok := true
		for j, w := range p.Words {
			if words[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			best, found = p, true
		}
	}
	return best, found
}
