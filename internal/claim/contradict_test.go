package claim

import (
	"fmt"
	"strings"
	"testing"
)

func num(id, speaker string, v float64, q, topic string) Claim {
	return Claim{ID: id, Speaker: speaker, SpeakerName: speaker, Value: &v, Qualifier: q, Topic: topic, Polarity: "affirm"}
}

func TestNumericDisagreement(t *testing.T) {
	x := NewExtractor()
	for _, tc := range []struct {
		name string
		a, b Claim
		want bool
	}{
		{"different tolls", num("a", "Police", 137, "", "kill peopl"), num("b", "Ministry", 150, "", "kill peopl"), true},
		{"same toll", num("a", "Police", 137, "", "kill peopl"), num("b", "Ministry", 137, "", "kill peopl"), false},
		{"more than reconciles", num("a", "Police", 100, "more than", "kill peopl"), num("b", "Ministry", 137, "", "kill peopl"), false},
		{"more than contradicts", num("a", "Police", 200, "more than", "kill peopl"), num("b", "Ministry", 137, "", "kill peopl"), true},
		{"about reconciles", num("a", "Police", 140, "about", "kill peopl"), num("b", "Ministry", 137, "", "kill peopl"), false},
		{"different counts", num("a", "Police", 137, "", "kill peopl"), num("b", "Ministry", 40, "", "injur peopl"), false},
		{"one speaker", num("a", "Police", 137, "", "kill peopl"), num("b", "Police", 150, "", "kill peopl"), false},
	} {
		got := len(x.Contradictions([]Claim{tc.a, tc.b})) > 0
		if got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestContradictionsScale checks the pairs compared stay bounded: figures
// of one count from two sources are set apart once per source pair however
// many there are, and a text with more same-subject claims than MaxPairs
// pairs is cut off and says so.
func TestContradictionsScale(t *testing.T) {
	x := NewExtractor()
	var figs []Claim
	for i := range 4000 {
		figs = append(figs, num(fmt.Sprint(i), []string{"Ostrand", "Kellner"}[i%2], float64(10+i), "", "boats"))
	}
	out, complete := x.FindContradictions(figs)
	if !complete || len(out) != 2 {
		t.Errorf("4000 figures from 2 sources: %d contradictions, complete %v; want 2 (one per ordered source pair), complete", len(out), complete)
	}
	var props []Claim
	for i := range 1000 {
		props = append(props, Claim{ID: fmt.Sprint(i), Speaker: fmt.Sprint("s", i), Polarity: "affirm", Topic: "quay",
			Proposition: &Proposition{Subject: "quay", Verb: "open"}, Start: i * 10, End: i*10 + 5})
	}
	if _, complete := x.FindContradictions(props); complete {
		t.Errorf("1000 claims on one subject (%d pairs) compared in full; want a stop at MaxPairs (%d)", 1000*999/2, MaxPairs)
	}
}

// TestDenialAnswersPlainAssertions: a denial answers a clause that asserts
// in the same words, not one that itself holds a negator ("voted no
// change") or comes from a quotation that calls what it reports false.
func TestDenialAnswersPlainAssertions(t *testing.T) {
	x := NewExtractor()
	denial := Claim{ID: "c1", Speaker: "e1", SpeakerName: "Ana Ruiz", Quote: "q1", Polarity: "deny", Denial: true,
		Topic: "velmor board vote chang harbour fee", Start: 0, End: 40}
	for _, tc := range []struct {
		name      string
		qualified bool
		want      int
	}{{"plain assertion", false, 1}, {"qualified assertion", true, 0}} {
		other := Claim{ID: "c2", Speaker: "e2", SpeakerName: "Ben Okafor", Quote: "q2", Polarity: "affirm",
			Topic: "velmor board vote chang harbour fee", Qualified: tc.qualified, Start: 50, End: 90}
		if got := len(x.Contradictions([]Claim{denial, other})); got != tc.want {
			t.Errorf("%s: %d contradictions, want %d", tc.name, got, tc.want)
		}
	}
	// The extractor marks both kinds.
	ws := func(s string) []Word {
		var out []Word
		for i, f := range strings.Fields(s) {
			out = append(out, Word{Text: f, Lower: strings.ToLower(f), Start: 10 * i, End: 10*i + len(f)})
		}
		return out
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"the board voted a change in the harbour fees", false},
		{"the board voted no change in the harbour fees", true},
		{"we heard news that the board voted a change in the fees . this news is unfounded", true},
	} {
		cs := x.FromQuotes([]Input{{QuoteID: "q1", Speaker: "e1", SpeakerName: "Ana Ruiz", Kind: "indirect", Words: ws(tc.text)}})
		if len(cs) == 0 || cs[0].Qualified != tc.want {
			t.Errorf("%q: claims %+v, want the first qualified = %v", tc.text, cs, tc.want)
		}
	}
}

// TestRelativeThatOpensNoReport: "reports that appear in the gazette are
// false" calls reports false without saying what they say.
func TestRelativeThatOpensNoReport(t *testing.T) {
	x := NewExtractor()
	for _, tc := range []struct {
		text string
		ok   bool
	}{
		{"the reports that appear in the gazette were printed are false", false},
		{"the reports that the harbour wall was closed are false", true},
	} {
		var ws []Word
		for i, f := range strings.Fields(tc.text) {
			ws = append(ws, Word{Text: f, Lower: f, Start: 10 * i, End: 10*i + len(f)})
		}
		if _, ok := x.reportCalledFalse(Input{Kind: "direct", Words: ws}, x.callsFalse(ws)); ok != tc.ok {
			t.Errorf("%q: a denied report %v, want %v", tc.text, ok, tc.ok)
		}
	}
}
