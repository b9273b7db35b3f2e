package claim

import "testing"

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
