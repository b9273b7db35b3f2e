package analysis_test

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
)

// adversarialSize is the size of every generated input: the issue's "1 MB
// of one repeated paragraph", and the others alike, so that time per MB
// compares with ordinary news of the same size.
const adversarialSize = 1 << 20

// fill repeats piece(i) until the text reaches adversarialSize.
func fill(piece func(i int, r *rand.Rand) string) string {
	r := rand.New(rand.NewPCG(7, 11))
	var b strings.Builder
	for i := 0; b.Len() < adversarialSize; i++ {
		b.WriteString(piece(i, r))
	}
	return b.String()
}

var (
	benchNames  = []string{"Mira Ostrand", "Tavi Kellner", "Joss Arunde", "Pell Varga", "Imre Dosh"}
	benchPlaces = []string{"Kelvar", "Dunmore", "Ashlow", "Brintle", "Oskarna"}
	benchWords  = strings.Fields("the harbour council said that boats and crews would return after the storm while officials warned of further damage to the quay and the market")
)

// adversarialInputs are texts built to hit a stage's worst case: one
// sentence a megabyte long, thousands of short quotes with numbers, words
// without punctuation, one paragraph repeated, and base64.
func adversarialInputs() map[string]string {
	return map[string]string{
		"one-long-sentence": fill(func(i int, r *rand.Rand) string {
			if i%9 == 0 {
				return benchNames[r.IntN(5)] + " of " + benchPlaces[r.IntN(5)] + ", "
			}
			return benchWords[r.IntN(len(benchWords))] + " "
		}),
		"short-quotes-with-numbers": fill(func(i int, r *rand.Rand) string {
			return fmt.Sprintf("“We counted %d boats on %d March,” %s said. ", r.IntN(900)+2, r.IntN(28)+1, benchNames[r.IntN(5)])
		}),
		"no-punctuation": fill(func(i int, r *rand.Rand) string {
			w := benchWords[r.IntN(len(benchWords))]
			if i%5 == 0 {
				w = strings.Fields(benchNames[r.IntN(5)])[r.IntN(2)]
			}
			return w + " "
		}),
		"repeated-paragraph": fill(func(int, *rand.Rand) string {
			return "Harbour master Mira Ostrand said on Tuesday that 14 boats were lost in the storm. “Nothing like it has happened since 1987,” Ostrand told reporters in Kelvar. Critics, including Tavi Kellner of the Dunmore fishing guild, claimed the warning came too late.\n\n"
		}),
		"base64": fill(func(_ int, r *rand.Rand) string {
			raw := make([]byte, 57)
			for k := range raw {
				raw[k] = byte(r.UintN(256))
			}
			return base64.StdEncoding.EncodeToString(raw) + "\n"
		}),
	}
}

// newsOfSize joins shared-corpus articles, in a fixed shuffled order, into
// one text of adversarialSize: ordinary news, as long as the others.
func newsOfSize(b *testing.B) string {
	docs := loadCorpus(b)
	rand.New(rand.NewPCG(3, 5)).Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	var sb strings.Builder
	for _, d := range docs {
		if sb.Len() >= adversarialSize {
			break
		}
		sb.WriteString(d.Text)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkAdversarial analyzes each adversarial input and ordinary news of
// the same size, one core, one document per iteration; compare the MB/s of
// each with "news" (the bar: no input more than 3x slower per MB).
func BenchmarkAdversarial(b *testing.B) {
	a := analysis.New()
	inputs := adversarialInputs()
	inputs["news"] = newsOfSize(b)
	for _, name := range []string{"news", "one-long-sentence", "short-quotes-with-numbers", "no-punctuation", "repeated-paragraph", "base64"} {
		text := inputs[name]
		d, err := document.New([]byte(text), document.Meta{ID: name, Published: "2025-03-04"})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			for i := 0; i < b.N; i++ {
				a.Analyze(d)
			}
		})
	}
}
