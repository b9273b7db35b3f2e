package claim

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

// TestLexiconEntriesCanMatch: every entry of the clause reader's lexicons
// is one lower-case token, the form words take after norm, so that it can
// match a word at all; generated verb forms point at a known lemma.
func TestLexiconEntriesCanMatch(t *testing.T) {
	x := NewExtractor()
	oneToken := func(name, w string, line int) {
		if w == "" || w != strings.ToLower(w) || strings.ContainsAny(w, " \t") {
			t.Errorf("%s:%d: %q is not one lower-case token", name, line, w)
		}
	}
	for _, name := range []string{"lexicon/grammar.txt", "lexicon/copulas.txt", "lexicon/frames.txt", "lexicon/verbs.txt", "lexicon/antonyms_extra.txt", "lexicon/falsity.txt", "lexicon/report_nouns.txt", "lexicon/no_basis.txt"} {
		for _, e := range lexicon.MustRead(lexiconFS, name) {
			oneToken(name, e.Field(0), e.Line)
		}
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/falsity.txt") {
		if !x.callsFalse([]Word{{Text: e.Field(0), Lower: e.Field(0)}}) {
			t.Errorf("falsity.txt:%d: %q does not make a quotation call something false", e.Line, e.Field(0))
		}
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/no_basis.txt") {
		if !x.callsFalse([]Word{{Lower: "no"}, {Text: e.Field(0), Lower: e.Field(0)}}) {
			t.Errorf("no_basis.txt:%d: \"no %s\" does not call anything false", e.Line, e.Field(0))
		}
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/report_nouns.txt") {
		ws := []Word{{Lower: e.Field(0)}, {Lower: "that"}, {Lower: "[velmor]", Entity: "Velmor", EntityType: "ORG"}, {Lower: "paid"}, {Lower: "its"}, {Lower: "taxes"}, {Lower: "is"}, {Lower: "false"}}
		for i := range ws {
			ws[i].Text = ws[i].Lower
		}
		if _, ok := x.reportCalledFalse(Input{Kind: "direct", Words: ws}, x.callsFalse(ws)); !ok {
			t.Errorf("report_nouns.txt:%d: %q opens no report a source can call false", e.Line, e.Field(0))
		}
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/frames.txt") {
		if l, _, ok := x.verbs.lemma(e.Field(0)); !ok || l != e.Field(0) {
			t.Errorf("frames.txt:%d: %q is not a verb lemma the reader finds", e.Line, e.Field(0))
		}
		if p := e.Field(1); p != "affirm" && p != "deny" {
			t.Errorf("frames.txt:%d: polarity %q", e.Line, p)
		}
		if k := e.Field(2); k != "" && (k != "belief" || !x.beliefs[e.Field(0)]) {
			t.Errorf("frames.txt:%d: kind %q", e.Line, k)
		}
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/copulas.txt") {
		if _, _, ok := x.verbs.lemma(e.Field(0)); !ok {
			t.Errorf("copulas.txt:%d: %q is not a verb", e.Line, e.Field(0))
		}
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/verb_forms.txt") {
		if l, _, ok := x.verbs.lemma(e.Field(0)); !ok || l != e.Field(1) {
			t.Errorf("verb_forms.txt:%d: %q reads as %q, want %q", e.Line, e.Field(0), l, e.Field(1))
		}
	}
}

// TestVerbLemma undoes regular inflection against the lemma list.
func TestVerbLemma(t *testing.T) {
	x := NewExtractor()
	for _, tc := range []struct{ form, lemma string }{
		{"poses", "pose"}, {"stopped", "stop"}, {"planning", "plan"}, {"carries", "carry"}, {"went", "go"}, {"needed", "need"}, {"increased", "increase"},
	} {
		if l, _, ok := x.verbs.lemma(tc.form); !ok || l != tc.lemma {
			t.Errorf("%s: got %q %v, want %q", tc.form, l, ok, tc.lemma)
		}
	}
}
