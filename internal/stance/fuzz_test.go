package stance

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzStatement: any claim, statement and speaker give a result, never a
// panic, and a label among the four.
func FuzzStatement(f *testing.F) {
	s, err := New()
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range [][3]string{
		{"ISIS is no longer a threat in Iraq", "ISIS is still a threat, officials said.", "Alina Romanowski"},
		{"it", "it", "-"},
		{"", "", ""},
		{"\xff\xfe", "“ ” ’s , ; —", "?"},
		{"Kessa's decision by that whether", "by by by 's 's that that", "it"},
	} {
		f.Add(seed[0], seed[1], seed[2])
	}
	f.Fuzz(func(t *testing.T, claim, stmt, speaker string) {
		r := s.StatementBy(s.Read(claim), s.Read(stmt), speaker)
		if r.Label >= numLabels {
			t.Fatalf("label %d", r.Label)
		}
		s.Stance(s.Read(claim), s.Read(stmt))
	})
}

// FuzzReadFNC: any bytes as an FNC-1 stances or bodies file give rows or
// an error naming the file, never a panic.
func FuzzReadFNC(f *testing.F) {
	for _, seed := range []string{
		"Headline,Body ID,Stance\nA claim,1,agree\n",
		"Body ID,articleBody\n1,\"text, with \"\"quotes\"\"\"\n",
		"Headline,Body ID\n\"unclosed,1\n",
		"\ufeffHeadline,Body ID,Stance\n,,\n",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "f.csv")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadFNCStances(path); err != nil && !strings.Contains(err.Error(), path) {
			t.Errorf("error without the file's name: %v", err)
		}
		if _, err := ReadFNCBodies(path); err != nil && !strings.Contains(err.Error(), path) {
			t.Errorf("error without the file's name: %v", err)
		}
	})
}
