package claim

import (
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// Label writes a topic key, which is made of stems ("programm track"), in
// words people read, taken from the texts it came from ("programme track").
// A stem no text word yields stays as it is.
func Label(topic string, texts ...string) string {
	keys := strings.Fields(topic)
	if len(keys) == 0 {
		return topic
	}
	found := make([]string, len(keys))
	for _, text := range texts {
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
			lw := strings.ToLower(w)
			st := english.Stem(lw, true)
			for i, k := range keys {
				if found[i] == "" && (k == st || k == lw) {
					found[i] = lw
				}
			}
		}
	}
	for i, k := range keys {
		if found[i] == "" {
			found[i] = k
		}
	}
	return strings.Join(found, " ")
}
