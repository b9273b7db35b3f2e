// Command neardup measures the near-duplicate threshold: it prints every
// pair of articles in JSONL corpora whose exact Jaccard similarity of word
// 3-shingles is at least -min, with the MinHash estimate story.Similarity
// gives and the two ids, so that a sample per similarity can be judged and
// the estimate checked against the exact value.
//
//	go run ./tools/neardup -min 0.1 ../shared/data/corpus/*.jsonl > pairs.tsv
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/claimgraph/claimgraph/internal/story"
)

func main() {
	low := flag.Float64("min", 0.1, "smallest exact similarity printed")
	common := flag.Int("common", 60, "a shingle in more articles than this is boilerplate, not evidence")
	flag.Parse()
	type doc struct {
		id  string
		sig story.Signature
		sh  map[string]bool
	}
	var docs []doc
	for _, path := range flag.Args() {
		f, err := os.Open(path)
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var r struct{ ID, Text string }
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				log.Fatalf("%s: %v", path, err)
			}
			if sig := story.Sign(r.Text); sig != nil {
				docs = append(docs, doc{r.ID, sig, shingles(r.Text)})
			}
		}
		f.Close()
	}
	// Pairs that share a shingle, through an index of the rarer shingles.
	index := map[string][]int{}
	for i, d := range docs {
		for s := range d.sh {
			index[s] = append(index[s], i)
		}
	}
	shared := map[[2]int]int{}
	for _, ds := range index {
		if len(ds) > *common {
			continue
		}
		for x := range ds {
			for _, j := range ds[x+1:] {
				shared[[2]int{ds[x], j}]++
			}
		}
	}
	for p, n := range shared {
		a, b := docs[p[0]], docs[p[1]]
		j := float64(n) / float64(len(a.sh)+len(b.sh)-n)
		if j >= *low {
			fmt.Printf("%.3f\t%.3f\t%s\t%s\n", j, story.Similarity(a.sig, b.sig), a.id, b.id)
		}
	}
}

func shingles(text string) map[string]bool {
	words := story.Words(text)
	out := map[string]bool{}
	for i := 0; i+story.Shingle <= len(words); i++ {
		out[strings.Join(words[i:i+story.Shingle], " ")] = true
	}
	return out
}
