package store

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/names"
)

// AliasColumn keeps, on each quote of a body named in full, the letters the
// same article also calls it by ("IBM" for International Business Machines
// Corp, linked there by the analysis): the evidence that lets relink join
// an article that says only "IBM said" to the body. Both dialects run it as
// a migration; quotes stored before it carry none until `claimgraph
// reanalyze`.
const AliasColumn = `
ALTER TABLE quotes ADD COLUMN speaker_alias TEXT;
CREATE INDEX quotes_speaker_alias ON quotes (speaker_alias, speaker_key, speaker_type);
`

// acronymAlias is the key of the first mention of a body of two or more
// words that is written in capitals, two to six letters ("IBM", "U.S.D.A."),
// or "" if it has none.
func acronymAlias(e *analysis.Entity) string {
	if e.Type != "ORG" && e.Type != "OUTLET" || !strings.Contains(strings.TrimSpace(e.Name), " ") {
		return ""
	}
	for _, m := range e.Mentions {
		letters := strings.ReplaceAll(m.Text, ".", "")
		if n := len(letters); n < 2 || n > 6 {
			continue
		}
		caps := true
		for _, r := range letters {
			if !unicode.IsUpper(r) {
				caps = false
				break
			}
		}
		if caps {
			if k := names.BodyKey(names.Key(m.Text)); k != speakerKey(e) {
				return k
			}
		}
	}
	return ""
}
