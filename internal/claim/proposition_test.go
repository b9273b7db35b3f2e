package claim

import (
	"strings"
	"testing"
)

// words tokenizes a test clause by spaces; [Brackets] mark one entity's
// words ("[Velmor Dynamics]"), with the canonical name as written.
func words(s string) []Word {
	var out []Word
	entity := ""
	pos := 0
	for _, f := range strings.Fields(s) {
		text := f
		if strings.HasPrefix(text, "[") {
			entity = strings.Trim(s[strings.Index(s, text):strings.Index(s[strings.Index(s, text):], "]")+strings.Index(s, text)], "[]")
			text = strings.TrimPrefix(text, "[")
		}
		closing := strings.HasSuffix(text, "]")
		text = strings.TrimSuffix(text, "]")
		w := Word{Text: text, Lower: strings.ToLower(text), Start: pos, End: pos + len(text)}
		if entity != "" {
			w.Entity, w.EntityType = entity, "ORG"
		}
		out = append(out, w)
		pos += len(text) + 1
		if closing {
			entity = ""
		}
	}
	return out
}

// TestProposition reads clauses whose names no lexicon holds: what is
// about what, with which truth, comes from the grammar.
func TestProposition(t *testing.T) {
	x := NewExtractor()
	for _, tc := range []struct {
		clause, cue               string
		subject, verb, complement string
		negated, hedged, ok       bool
	}{
		{clause: "[Qorvath Front] is still a threat here", subject: "qorvath front", verb: "be", complement: "threat", ok: true},
		{clause: "[Qorvath Front] no longer poses a threat to the region", subject: "qorvath front", verb: "be", complement: "threat", negated: true, ok: true},
		{clause: "[Qorvath Front] remains no threat", subject: "qorvath front", verb: "be", complement: "threat", negated: true, ok: true},
		{clause: "we both assess [Qorvath Front] is a danger", subject: "qorvath front", verb: "be", complement: "danger", ok: true},
		{clause: "I don't think [Velmor Dynamics] paid its taxes", subject: "velmor dynamics", verb: "pay", negated: true, ok: true},
		{clause: "the [Velmor Dynamics] offer does not expire until April 14", subject: "offer @velmor dynamics", verb: "expire", ok: true},
		{clause: "the [Velmor Dynamics] offer does not expire , and shareholders wait until April", subject: "offer @velmor dynamics", verb: "expire", negated: true, ok: true},
		{clause: "[Velmor Dynamics] paid no taxes", subject: "velmor dynamics", verb: "pay", negated: true, ok: true},
		{clause: "[Velmor Dynamics] was continuing to ship parts", cue: "deny", subject: "velmor dynamics", verb: "continue", negated: true, ok: true},
		{clause: "the new harbour wall is unsafe", subject: "wall", verb: "be", complement: "unsafe", ok: true},
		{clause: "the programme is nowhere near on track", subject: "programm", verb: "be", complement: "on track", negated: true, ok: true},
		{clause: "troops are no longer needed in the valley", subject: "troop", verb: "need", negated: true, ok: true},
		{clause: "the move was not without risks", subject: "move", verb: "be", complement: "without risks", ok: true},
		{clause: "the dam could fail in a storm", subject: "dam", verb: "fail", hedged: true, ok: true},
		{clause: "it is not true", ok: false},
		{clause: "no-one knows what the new owner will be bringing", ok: false},
		{clause: "what he paid for [Velmor Dynamics] was fair", ok: false},
		{clause: "cracks along its northern section have grown", subject: "crack", verb: "grow", ok: true},
	} {
		p, ok := x.proposition(Input{Cue: tc.cue, SpeakerName: "Tamsin Oduya"}, words(tc.clause))
		if ok != tc.ok {
			t.Errorf("%q: read %v (%+v), want %v", tc.clause, ok, p, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if p.Subject != tc.subject || p.Verb != tc.verb || p.Complement != tc.complement || p.Negated != tc.negated || p.Hedged != tc.hedged {
			t.Errorf("%q: got subject %q verb %q complement %q negated %v hedged %v; want %q %q %q %v %v",
				tc.clause, p.Subject, p.Verb, p.Complement, p.Negated, p.Hedged, tc.subject, tc.verb, tc.complement, tc.negated, tc.hedged)
		}
	}
}

// TestOpposed: the same proposition with opposite truth contradicts; a
// different subject, a different predicate or objects naming different
// things do not.
func TestOpposed(t *testing.T) {
	x := NewExtractor()
	claimOf := func(id, speaker, clause string) Claim {
		ws := words(clause)
		p, ok := x.proposition(Input{SpeakerName: speaker}, ws)
		if !ok {
			t.Fatalf("%q: no proposition", clause)
		}
		return Claim{ID: id, Speaker: speaker, SpeakerName: speaker, Proposition: &p}
	}
	for _, tc := range []struct {
		a, b string
		rule Rule
		want bool
	}{
		{"[Qorvath Front] is still a threat here", "[Qorvath Front] no longer poses a threat", RuleNegation, true},
		{"the harbour wall is safe", "the harbour wall is unsafe", RuleAntonym, true},
		{"[Velmor Dynamics] net income rose", "[Corvane Mills] net income fell", "", false},
		{"[Velmor Dynamics] rose", "[Velmor Dynamics] fell", RuleAntonym, true},
		{"the interest rate rose", "the jobless rate did not rise", "", false},
		{"[Velmor Dynamics] will build a plant in [Ostrava]", "[Velmor Dynamics] will not build a plant in [Tarnów]", "", false},
		{"[Velmor Dynamics] paid its taxes", "[Velmor Dynamics] did not pay its taxes", RuleNegation, true},
		{"[Velmor Dynamics] paid its taxes", "[Velmor Dynamics] paid its workers", "", false},
		{"[Velmor Dynamics] is profitable", "[Velmor Dynamics] is growing", "", false},
	} {
		a, b := claimOf("a", "Tamsin Oduya", tc.a), claimOf("b", "Bram Achterberg", tc.b)
		c, got := x.Opposed(&a, &b)
		if got != tc.want || got && c.Rule != tc.rule {
			t.Errorf("%q vs %q: opposed %v (%s: %s), want %v (%s)", tc.a, tc.b, got, c.Rule, c.Why, tc.want, tc.rule)
		}
	}
}

// TestReportedFrame: reported speech gives the speaker's own frame in the
// third person ("Oduya told the board she did not feel X"); a direct
// quotation's "he" is someone else, whose frame is no claim of the speaker's.
func TestReportedFrame(t *testing.T) {
	x := NewExtractor()
	for _, tc := range []struct {
		kind, clause  string
		ok, negated   bool
		subject, verb string
	}{
		{"indirect", "she did not feel [Velmor Dynamics] paid its taxes", true, true, "velmor dynamics", "pay"},
		{"indirect", "they believe [Velmor Dynamics] paid its taxes", true, false, "velmor dynamics", "pay"},
		{"direct", "he did not feel [Velmor Dynamics] paid its taxes", false, false, "", ""},
		{"indirect", "it did not feel right", false, false, "", ""},
	} {
		p, ok := x.proposition(Input{Kind: tc.kind, SpeakerName: "Tamsin Oduya"}, words(tc.clause))
		if ok != tc.ok || ok && (p.Negated != tc.negated || p.Subject != tc.subject || p.Verb != tc.verb) {
			t.Errorf("%s %q: ok %v, %+v; want ok %v, subject %q, verb %q, negated %v", tc.kind, tc.clause, ok, p, tc.ok, tc.subject, tc.verb, tc.negated)
		}
	}
}

// TestLeadFrame: the narration before the content may hold the speaker's
// negated opinion ("he did not feel [X]"), which denies X; a negated verb
// of saying or knowing does not ("did not say X" leaves X open).
func TestLeadFrame(t *testing.T) {
	x := NewExtractor()
	for _, tc := range []struct {
		lead    string
		negated bool
	}{
		{"did not feel", true},
		{"he doesn't think", true},
		{"did not say", false},
		{"did not know", false},
		{"feel", false},
	} {
		p, ok := x.proposition(Input{Kind: "indirect", Lead: strings.Fields(tc.lead)}, words("[Velmor Dynamics] paid its taxes"))
		if !ok || p.Negated != tc.negated {
			t.Errorf("lead %q: ok %v, negated %v; want negated %v", tc.lead, ok, p.Negated, tc.negated)
		}
	}
}

// TestResolvedPronounSubject: a pronoun the article resolved to a named
// person or body is that subject; an unresolved one reads as nothing.
func TestResolvedPronounSubject(t *testing.T) {
	x := NewExtractor()
	clause := func(entity, typ string) []Word {
		ws := words("she was not captured by the group")
		ws[0].Entity, ws[0].EntityType = entity, typ
		return ws
	}
	if p, ok := x.proposition(Input{Kind: "indirect"}, clause("Tamsin Oduya", "PERSON")); !ok || p.Subject != "tamsin oduya" || !p.Negated || p.Verb != "capture" {
		t.Errorf("resolved: ok %v, %+v", ok, p)
	}
	if _, ok := x.proposition(Input{Kind: "indirect"}, clause("", "")); ok {
		t.Error("an unresolved pronoun read as a subject")
	}
	if _, ok := x.proposition(Input{Kind: "indirect"}, clause("Kelvar", "GPE")); ok {
		t.Error("a pronoun resolved to a place read as a subject")
	}
}
