package eval

import "testing"

// TestScoreContradictions: precision counts judged emitted pairs, recall
// the judged-genuine pairs still emitted, per half and per rule; an
// emitted pair with no verdict is listed to judge next.
func TestScoreContradictions(t *testing.T) {
	judged := map[string]Judged{
		"a:1-5 | a:9-12":  {Key: "a:1-5 | a:9-12", Verdict: VerdictGenuine},
		"a:1-5 | b:3-8":   {Key: "a:1-5 | b:3-8", Verdict: "compatible"},
		"c:1-2 | d:4-6":   {Key: "c:1-2 | d:4-6", Verdict: VerdictGenuine},
		"e:1-2 | e:40-50": {Key: "e:1-2 | e:40-50", Verdict: VerdictGenuine},
	}
	emitted := []string{"a:1-5 | a:9-12", "a:1-5 | b:3-8", "a:1-5 | b:3-8", "f:1-2 | g:3-4"}
	rules := map[string]string{"a:1-5 | a:9-12": "negation", "a:1-5 | b:3-8": "denial", "f:1-2 | g:3-4": "denial"}
	s := ScoreContradictions(emitted, rules, judged, nil)
	if w := s.Within; w.Emitted != 1 || w.Judged != 1 || w.Genuine != 1 || w.GenuineTotal != 2 || w.Found != 1 {
		t.Errorf("within %+v, want 1 emitted, judged and genuine; 1 of 2 genuine found", w)
	}
	if a := s.Across; a.Emitted != 2 || a.Judged != 1 || a.Genuine != 0 || a.GenuineTotal != 1 || a.Found != 0 {
		t.Errorf("across %+v, want 2 emitted (the repeat counted once), 1 judged, none genuine, 0 of 1 found", a)
	}
	if s.ByRule["negation"] != [2]int{1, 1} || s.ByRule["denial"] != [2]int{1, 0} {
		t.Errorf("by rule %v, want negation 1/1 and denial 1 judged, 0 genuine", s.ByRule)
	}
	if len(s.Unjudged) != 1 || s.Unjudged[0] != "f:1-2 | g:3-4" {
		t.Errorf("unjudged %v, want the one pair no verdict covers", s.Unjudged)
	}
	// A reprint of c and d emits the same two statements as f and g.
	reprint := ScoreContradictions(emitted, rules, judged, map[string][]string{"c:1-2 | d:4-6": {"s0 s2", "s1 s2"}, "f:1-2 | g:3-4": {"s1 s2"}})
	if a := reprint.Across; a.Found != 1 || a.GenuineTotal != 1 || a.Genuine != 0 {
		t.Errorf("across with statements %+v, want the genuine pair found through its reprint, precision unchanged", a)
	}
}
