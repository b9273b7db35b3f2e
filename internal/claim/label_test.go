package claim

import "testing"

func TestLabel(t *testing.T) {
	cases := []struct{ topic, text, want string }{
		{"programm track", "The programme is nowhere near on track", "programme track"},
		{"isis threat iraq", "ISIS is still a threat in Iraq", "isis threat iraq"},
		{"wall safe", "the wall is safe", "wall safe"},
		{"unknown stem", "nothing matches here", "unknown stem"},
		{"", "anything", ""},
	}
	for _, tc := range cases {
		if got := Label(tc.topic, tc.text); got != tc.want {
			t.Errorf("Label(%q, %q) = %q, want %q", tc.topic, tc.text, got, tc.want)
		}
	}
}
