package stance

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

// TestLexiconEntriesCanMatch: every entry of every stance lexicon is one
// word that Read yields as a word of its own, so none is dead.
func TestLexiconEntriesCanMatch(t *testing.T) {
	s := NewWithModel(&Model{})
	files, err := fs.Glob(lexiconFS, "lexicon/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no lexicons: %v", err)
	}
	for _, name := range files {
		for _, e := range lexicon.MustRead(lexiconFS, name) {
			w := e.Field(0)
			text := s.read("Then "+w+" came.", nil)
			found := false
			for _, ws := range text.Words {
				for _, x := range ws {
					found = found || x == w
				}
			}
			if !found {
				t.Errorf("%s: entry %q is not read as a word (got %q)", name, w, text.Words)
			}
		}
	}
}

// TestStatement: the clause rules on statements written for the test.
func TestStatement(t *testing.T) {
	s := NewWithModel(&Model{})
	for _, tc := range []struct {
		claim, statement string
		want             Label
		why              string
		speaker          string
	}{
		// A pronoun subject is the speaker when the speaker is the claim's subject.
		{"Kessa will cut its tariffs", "it was now unlikely to cut its tariffs", Disagree, "opposite polarity", "Kessa"},
		{"Kessa will cut its tariffs", "it was now unlikely to cut its tariffs", Unrelated, "", "Dorvel"},
		{"The Varn bridge is safe", "The Varn bridge is safe for traffic", Agree, "same polarity", ""},
		{"The Varn bridge is safe", "The Varn bridge is not safe, and it never was", Disagree, "opposite polarity", ""},
		{"The Varn bridge is not safe", "The Varn bridge is safe, engineers found", Disagree, "opposite polarity", ""},
		{"The Varn bridge is no longer safe", "The Varn bridge is no longer safe and the ferry is no longer running", Agree, "same polarity", ""},
		// A negation in another clause says nothing of this one.
		{"The Varn bridge is safe", "The Varn bridge is safe, but the ferry is not", Agree, "same polarity", ""},
		{"The Varn bridge is safe", "The Varn bridge may be safe", Discuss, "hedged", ""},
		{"The Varn bridge is safe", "Is the Varn bridge safe?", Discuss, "hedged", ""},
		{"The Varn bridge is safe", "That the Varn bridge is safe is false", Disagree, "calls it false", ""},
		// The claim's subject only as the object of another statement.
		{"Kessa threatens Dorvel", "Dorvel threatens Kessa", Discuss, "other subject", ""},
		{"The Varn bridge is safe", "The Varn bridge opened in 1931", Unrelated, "", ""},
		{"The Varn bridge is safe", "The Varn bridge opened in 1931 and was safe", Discuss, "not what the claim says of it", ""},
		{"The Varn bridge is safe", "Oranges are cheap this week", Unrelated, "", ""},
		// A subject of two capitalized words, and no auxiliary.
		{"Tarsk Velun agreed to a truce", "Tarsk Velun agreed to a truce on Friday", Agree, "same polarity", ""},
		{"Tarsk Velun agreed to a truce", "Tarsk Velun never agreed to a truce", Disagree, "opposite polarity", ""},
		// What a negated or denying frame introduces.
		{"Tarsk Velun agreed to a truce", "Orsi did not say that Tarsk Velun had agreed to a truce", Discuss, "negated frame", ""},
		{"Tarsk Velun agreed to a truce", "Orsi denied that Tarsk Velun had agreed to a truce", Disagree, "denies it", ""},
		{"Tarsk Velun agreed to a truce", "Orsi said that Tarsk Velun had agreed to a truce", Agree, "same polarity", ""},
		// A negation before the claim's subject is another verb's.
		{"Kessa will cut its tariffs", "Dorvel has not asked Kessa to cut its tariffs", Discuss, "negation outside the claim", ""},
		{"The Varn bridge will open in March", "The Varn bridge will open in April", Disagree, "another month", ""},
		{"The Varn bridge will open in March", "The Varn bridge will open in March or April", Agree, "same polarity", ""},
		{"The Varn bridge will open in March", "The Varn bridge will open soon", Discuss, "without the claim's date", ""},
		// The same proposition in the passive, or named by its act.
		{"A rockslide blocked the Varn road", "The Varn road was blocked by a rockslide", Agree, "same polarity", ""},
		{"Kessa will suspend its tariffs", "Kessa's decision to suspend its tariffs surprised Dorvel", Agree, "same polarity", ""},
		// A frame holds over the rest of its sentence, until a contrast.
		{"Tarsk Velun agreed to a truce", "Orsi doubts whether the raids ended and Tarsk Velun agreed to a truce", Discuss, "hedged", ""},
		{"Tarsk Velun agreed to a truce", "Orsi did not say that the raids ended, but Tarsk Velun agreed to a truce", Agree, "same polarity", ""},
		// An apposition does not cut the clause; the other party of a reciprocal act.
		{"Jorun Vask was captured", "a sailor, Jorun Vask, was captured near Ostend", Agree, "same polarity", ""},
		{"Tarsk Velun agreed to a truce", "Orsi agreed a truce with Tarsk Velun", Agree, "same polarity", ""},
		{"Tarsk Velun attacked the convoy", "Orsi attacked the convoy with Tarsk Velun", Discuss, "other subject", ""},
		// A frame of reports; a noun compound that names the act; a plural possessive.
		{"Jorun Vask was captured", "officials are checking reports that Jorun Vask was captured", Discuss, "hedged", ""},
		{"Ferry fares will rise", "a further ferry fares rise is needed", Discuss, "names it only", ""},
		{"Ferry fares will rise", "the ferry fares will rise again", Agree, "same polarity", ""},
		{"The Varn fighters contracted a fever", "the Varn fighters’ symptoms were like those of men who had contracted a fever", Discuss, "not what the claim says of it", ""},
		// A possessive subject is not the subject.
		{"Jorun Vask was captured", "Jorun Vask's pilots flew jets captured in the war", Discuss, "not what the claim says of it", ""},
		{"Ferry fares will rise", "Ferry fares are unlikely to rise this year", Disagree, "opposite polarity", ""},
	} {
		r := s.StatementBy(s.Read(tc.claim), s.Read(tc.statement), tc.speaker)
		if r.Label != tc.want || r.Why != tc.why {
			t.Errorf("%q vs %q: %s (%s), want %s (%s); clause %q", tc.claim, tc.statement, r.Label, r.Why, tc.want, tc.why, r.Clause)
		}
	}
}

// tinyPairs are a few claim-body pairs written for the tests.
var tinyPairs = []Pair{
	{"Mayor Quill resigns", "Mayor Quill resigned on Tuesday, the council confirmed.", Agree},
	{"Mayor Quill resigns", "Reports that Mayor Quill resigned are false, her office said. The story is a hoax.", Disagree},
	{"Mayor Quill resigns", "Mayor Quill may resign, according to unconfirmed reports.", Discuss},
	{"Mayor Quill resigns", "The river flooded three farms near Ostend.", Unrelated},
	{"Comet seen over Lund", "A comet was seen over Lund, astronomers confirmed.", Agree},
	{"Comet seen over Lund", "Claims that a comet was seen over Lund were debunked.", Disagree},
}

// TestTrainIsReproducible: the same pairs and configuration give the same
// model bytes, and the bytes decode to the same model.
func TestTrainIsReproducible(t *testing.T) {
	cfg := Config{Hash: 64, Hidden: 4, Epochs: 3, Rate: 0.05, ClassPower: 0.5, Seed: 1}
	var enc [2][]byte
	for i := range enc {
		m, err := Train(tinyPairs, cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.Encode(&b); err != nil {
			t.Fatal(err)
		}
		enc[i] = b.Bytes()
	}
	if !bytes.Equal(enc[0], enc[1]) {
		t.Fatal("two trainings on the same pairs gave different bytes")
	}
	m, err := Decode(bytes.NewReader(enc[0]))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := m.Encode(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), enc[0]) {
		t.Fatal("decoding and encoding again changed the bytes")
	}
}

// TestDecodeRefusesJunk: a file that is not a model is an error, never a
// panic or a huge allocation.
func TestDecodeRefusesJunk(t *testing.T) {
	for _, junk := range [][]byte{nil, []byte("not gzip"), gz(t, "claimgraph-stance-1\n"), gz(t, "other magic\n"),
		// 33 dense features (as this build reads), then sizes that would ask for
		// hundreds of gigabytes: refused before any allocation.
		gz(t, "claimgraph-stance-1\n\x21\x00\x00\x00\xff\xff\xff\x7f\xff\xff\xff\x7f"),
		gz(t, "claimgraph-stance-1\n\x21\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\x7f")} {
		if _, err := Decode(bytes.NewReader(junk)); err == nil {
			t.Errorf("Decode(%q) gave no error", junk)
		}
	}
}

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

// TestLabels: every label's name parses back to it.
func TestLabels(t *testing.T) {
	for _, l := range Labels() {
		got, err := ParseLabel(l.String())
		if err != nil || got != l {
			t.Errorf("%s: parsed %v, %v", l, got, err)
		}
	}
	if _, err := ParseLabel("agrees"); err == nil || !strings.Contains(err.Error(), "agrees") {
		t.Errorf("bad label: %v", err)
	}
}
