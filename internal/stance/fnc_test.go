package stance_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/stance"
)

func fncDir(tb testing.TB) string {
	return dataset.Require(tb, filepath.Join(dataset.DataDir(), "stance", "fnc1"))
}

// TestEmbeddedModelIsReproducible: training with DefaultConfig on FNC-1's
// training split, as `claimgraph train stance --out` does, gives the
// embedded model byte for byte.
func TestEmbeddedModelIsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the model (about 10 s)")
	}
	dir := fncDir(t)
	bodies, err := stance.ReadFNCBodies(filepath.Join(dir, "train_bodies.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := stance.ReadFNCStances(filepath.Join(dir, "train_stances.csv"))
	if err != nil {
		t.Fatal(err)
	}
	pairs, err := stance.TrainingPairs(bodies, rows)
	if err != nil {
		t.Fatal(err)
	}
	m, err := stance.Train(pairs, stance.DefaultConfig, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := m.Encode(&got); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("model", "stance.bin.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("training gave %d bytes that differ from the embedded model's %d: run claimgraph train stance --out internal/stance/model/stance.bin.gz", got.Len(), len(want))
	}
}

// TestScoreAgreesWithScorePy: on the embedded model's stances for the
// first 3,000 training pairs, ScoreFNC prints the same figures as the
// independent score.py.
func TestScoreAgreesWithScorePy(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed: the independent scorer cannot run")
	}
	dir := fncDir(t)
	bodies, err := stance.ReadFNCBodies(filepath.Join(dir, "train_bodies.csv"))
	if err != nil {
		t.Fatal(err)
	}
	gold, err := stance.ReadFNCStances(filepath.Join(dir, "train_stances.csv"))
	if err != nil {
		t.Fatal(err)
	}
	gold = gold[:3000]
	s, err := stance.New()
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.PredictFNC(bodies, gold)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	sysPath, goldPath := filepath.Join(tmp, "system.csv"), filepath.Join(tmp, "gold.csv")
	var sysBuf, goldBuf bytes.Buffer
	if err := stance.WriteFNC(&sysBuf, gold, got); err != nil {
		t.Fatal(err)
	}
	labels := make([]stance.Label, len(gold))
	for i, p := range gold {
		if labels[i], err = stance.ParseLabel(p.Stance); err != nil {
			t.Fatal(err)
		}
	}
	if err := stance.WriteFNC(&goldBuf, gold, labels); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(sysPath, sysBuf.Bytes(), 0o644)
	os.WriteFile(goldPath, goldBuf.Bytes(), 0o644)
	out, err := exec.Command("python3", filepath.Join(dataset.SharedDir(), "tools", "score.py"), "stance", sysPath, goldPath).CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, out)
	}
	sysRows, err := stance.ReadFNCStances(sysPath)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := stance.ScoreFNC(gold, sysRows)
	if err != nil {
		t.Fatal(err)
	}
	var ours bytes.Buffer
	sc.Print(&ours)
	if strings.TrimSpace(ours.String()) != strings.TrimSpace(string(out)) {
		t.Errorf("ScoreFNC and score.py differ:\nours:\n%s\nscore.py:\n%s", ours.String(), out)
	}
}

// BenchmarkStanceFNC tells the stance of all 49,972 FNC-1 training pairs
// per iteration as `claimgraph eval stance` does: each distinct body and
// headline read once per iteration (nothing carries over between
// iterations), every pair scored; pairs/s is per core (one goroutine).
func BenchmarkStanceFNC(b *testing.B) {
	bodies, rows, s := loadTrain(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.PredictFNC(bodies, rows); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(rows))/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkStanceColdPair reads a headline and a body and tells the
// stance, for FNC-1 training pairs in file order, nothing kept from one
// pair to the next: the cost when every pair has a body of its own.
func BenchmarkStanceColdPair(b *testing.B) {
	bodies, rows, s := loadTrain(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := rows[i%len(rows)]
		s.Stance(s.Read(p.Headline), s.Read(bodies[p.BodyID]))
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkStanceStatements tells the stance of short statements toward a
// claim, each read afresh: what claim check does per candidate.
func BenchmarkStanceStatements(b *testing.B) {
	s, err := stance.New()
	if err != nil {
		b.Fatal(err)
	}
	claim := s.Read("The Varn bridge will reopen in March")
	stmts := []string{
		"Officials said the Varn bridge would not reopen in March, as repairs had run late.",
		"The Varn bridge will reopen in March, the council's engineer told reporters on Friday.",
		"It was unclear whether the Varn bridge, closed since a barge struck it, could reopen before summer.",
		"Ferry fares rose by 4 pct in the quarter, the operator said.",
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Statement(claim, s.Read(stmts[i%len(stmts)]))
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
}

// loadTrain reads FNC-1's training split and the embedded model.
func loadTrain(b *testing.B) (map[string]string, []stance.FNCPair, *stance.Scorer) {
	dir := fncDir(b)
	bodies, err := stance.ReadFNCBodies(filepath.Join(dir, "train_bodies.csv"))
	if err != nil {
		b.Fatal(err)
	}
	rows, err := stance.ReadFNCStances(filepath.Join(dir, "train_stances.csv"))
	if err != nil {
		b.Fatal(err)
	}
	s, err := stance.New()
	if err != nil {
		b.Fatal(err)
	}
	return bodies, rows, s
}
