package timex

import (
	"embed"
	"strconv"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

type word struct {
	kind  string
	value string
	n     int
}

func loadWords() (map[string]word, map[string]int) {
	words := map[string]word{}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/date_words.txt") {
		n, _ := strconv.Atoi(e.Field(2))
		words[e.Field(0)] = word{kind: e.Field(1), value: e.Field(2), n: n}
	}
	nums := map[string]int{}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/number_words.txt") {
		n, err := strconv.Atoi(e.Field(1))
		if err != nil {
			n = -1 // "several": a count, unknown
		}
		nums[e.Field(0)] = n
	}
	return words, nums
}
