package eval

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/dataset"
)

func intp(i int) *int { return &i }

// TestScoreSpeakers scores a text of our own: a named speaker right, an
// unnamed source right, and a quote whose gold speaker the system misses.
func TestScoreSpeakers(t *testing.T) {
	text := "Dana Whitfield said the wall was safe. A harbor spokesman said the report was late. Marcus Oyelaran told reporters the wall was cracked."
	doc := CorpusDoc{ID: "d", Text: text}
	in := []Input{{ID: "d", Text: text}}
	recs, err := AnalyzeAll(analysis.New(), in, nil)
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) (int, int) { return spanIn(t, text, s) }
	q1s, q1e := at("the wall was safe")
	s1s, s1e := at("Dana Whitfield")
	q2s, q2e := at("the report was late")
	s2s, s2e := at("A harbor spokesman")
	q3s, q3e := at("the wall was cracked")
	gold := []SpeakerGold{
		{Doc: "d", Start: q1s, End: q1e, Kind: "indirect", SpeakerStart: intp(s1s), SpeakerEnd: intp(s1e), SpeakerKind: "person"},
		{Doc: "d", Start: q2s, End: q2e, Kind: "indirect", SpeakerStart: intp(s2s), SpeakerEnd: intp(s2e), SpeakerKind: "unnamed"},
		// The gold says Whitfield, who did not say it: the system's
		// Oyelaran must count as a wrong speaker.
		{Doc: "d", Start: q3s, End: q3e, Kind: "indirect", SpeakerStart: intp(s1s), SpeakerEnd: intp(s1e), SpeakerKind: "person"},
	}
	sc := ScoreSpeakers(gold, map[string]CorpusDoc{"d": doc}, recs, 0.3)
	if sc.Gold != 3 || sc.Found != 3 || sc.Right != 2 || len(sc.Errors) != 1 {
		t.Fatalf("score %+v, want 3 gold, 3 found, 2 right, 1 error", sc)
	}
}

// TestSpeakerGoldOffsets checks every gold line against the shared
// corpus: offsets inside the text, on character boundaries, and every
// document in split.txt.
func TestSpeakerGoldOffsets(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "testdata", "speakers")
	corpus := dataset.Require(t, filepath.Join(dataset.DataDir(), "corpus"))
	attribution := dataset.Require(t, filepath.Join(dataset.DataDir(), "attribution"))
	gold, err := ReadSpeakerGold(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, g := range gold {
		ids[g.Doc] = true
	}
	docs, err := ReadCorpusDocs(ids, corpus, attribution)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < 300 || len(ids) < 20 {
		t.Errorf("%d quotes in %d documents; the gold is meant to hold 300 in 20", len(gold), len(ids))
	}
	for _, g := range gold {
		text := docs[g.Doc].Text
		spans := [][2]int{{g.Start, g.End}}
		if g.SpeakerStart != nil {
			spans = append(spans, [2]int{*g.SpeakerStart, *g.SpeakerEnd})
		}
		for _, sp := range spans {
			if sp[0] < 0 || sp[1] > len(text) || sp[0] >= sp[1] || !utf8.RuneStart(text[sp[0]]) || sp[1] < len(text) && !utf8.RuneStart(text[sp[1]]) {
				t.Errorf("%s: bad span %v", g.Doc, sp)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "GUIDE.md")); err != nil {
		t.Error(err)
	}
}

// TestScoreSpeakersByFragment: the gold holds one quote per pair of marks,
// so both halves of a quotation split around "she said" are found, and
// credited to the one speaker.
func TestScoreSpeakersByFragment(t *testing.T) {
	text := "Dana Whitfield runs the port.\n\n\"The wall is old and it has cracked in three places since the spring,\" she said. \"We will close the pier until the engineers have checked every joint.\""
	doc := CorpusDoc{ID: "d", Text: text}
	recs, err := AnalyzeAll(analysis.New(), []Input{{ID: "d", Text: text}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if q := recs["d"].Quotes; len(q) != 1 || len(q[0].Fragments) != 2 {
		t.Fatalf("precondition: want one quote in two fragments, got %+v", q)
	}
	at := func(s string) (int, int) { return spanIn(t, text, s) }
	ss, se := at("Dana Whitfield")
	a0, a1 := at("The wall is old and it has cracked in three places since the spring")
	b0, b1 := at("We will close the pier until the engineers have checked every joint.")
	gold := []SpeakerGold{
		{Doc: "d", Start: a0, End: a1, Kind: "direct", SpeakerStart: intp(ss), SpeakerEnd: intp(se), SpeakerKind: "person"},
		{Doc: "d", Start: b0, End: b1, Kind: "direct", SpeakerStart: intp(ss), SpeakerEnd: intp(se), SpeakerKind: "person"},
	}
	sc := ScoreSpeakers(gold, map[string]CorpusDoc{"d": doc}, recs, 0.3)
	if sc.Found != 2 || sc.Right != 2 {
		t.Errorf("found %d, right %d of 2: %+v", sc.Found, sc.Right, sc.Errors)
	}
}

// TestSpeakerNameOfABody: a body is right under its usual canonical name
// when the entity's own mentions hold the fuller name the gold gives; a
// person is right only under the gold's name itself.
func TestSpeakerNameOfABody(t *testing.T) {
	text := "The Velkor Liberation Front, known commonly as VLF, held the town."
	qs, qe := spanIn(t, text, "held the town")
	fs, fe := spanIn(t, text, "Velkor Liberation Front")
	rec := &analysis.Record{
		Entities: []analysis.Entity{{ID: "e1", Name: "VLF", Type: "ORG", Mentions: []analysis.Span{{Start: fs, End: fe, Text: text[fs:fe]}}},
			{ID: "e2", Name: "Pesk", Type: "PERSON", Mentions: []analysis.Span{{Start: fs, End: fe, Text: text[fs:fe]}}}},
		Quotes: []analysis.Quote{{ID: "q1", Kind: "indirect", Start: qs, End: qe, Speaker: "e1"}},
	}
	gold := []SpeakerGold{{Doc: "d", Start: qs, End: qe, Kind: "indirect", SpeakerStart: intp(fs), SpeakerEnd: intp(fe), SpeakerKind: "organization"}}
	docs := map[string]CorpusDoc{"d": {ID: "d", Text: text}}
	if sc := ScoreSpeakers(gold, docs, map[string]*analysis.Record{"d": rec}, 0.3); sc.Right != 1 {
		t.Errorf("body under its usual name: right %d, errors %+v", sc.Right, sc.Errors)
	}
	rec.Quotes[0].Speaker = "e2"
	gold[0].SpeakerKind = "person"
	if sc := ScoreSpeakers(gold, docs, map[string]*analysis.Record{"d": rec}, 0.3); sc.Right != 0 {
		t.Errorf("a person under another name counted right")
	}
}

// spanIn is the byte span of the first s in text; the test stops if there
// is none.
func spanIn(t *testing.T, text, s string) (int, int) {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in text", s)
	}
	return i, i + len(s)
}

// TestChancellorArticle is issue 12's example, bbc-politics-349
// ("Chancellor rallies Labour voters"): every quote the gold holds is
// found and credited to its speaker (Gordon Brown as "the chancellor", not
// the shadow chancellor; Vince Cable's attacks his own; a joint statement
// of two parties theirs).
func TestChancellorArticle(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "testdata", "speakers")
	corpus := dataset.Require(t, filepath.Join(dataset.DataDir(), "corpus"))
	const id = "bbc-politics-349"
	all, err := ReadSpeakerGold(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	var gold []SpeakerGold
	for _, g := range all {
		if g.Doc == id {
			gold = append(gold, g)
		}
	}
	docs, err := ReadCorpusDocs(map[string]bool{id: true}, corpus)
	if err != nil {
		t.Fatal(err)
	}
	d, ok := docs[id]
	if !ok || len(gold) < 19 {
		t.Fatalf("precondition: %s in the corpus (%v) with at least 19 gold quotes (%d)", id, ok, len(gold))
	}
	recs, err := AnalyzeAll(analysis.New(), []Input{{ID: id, Text: d.Text, Published: d.Published, Title: d.Title}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	sc := ScoreSpeakers(gold, docs, recs, 0.3)
	for _, e := range sc.Errors {
		t.Errorf("%q: want %s, got %s", e.Quote, e.Want, e.Got)
	}
	if sc.Right != sc.Gold {
		t.Errorf("%d of %d quotes found with the right speaker", sc.Right, sc.Gold)
	}
}
