package timex

import (
	"fmt"
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/internal/segment"
)

func TestDbg(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	seg := segment.NewSegmenter().Segment(s)
	res := NewTagger().Tag(seg, os.Getenv("PUB"), nil)
	for _, x := range res.Timexes {
		fmt.Printf("%q %s %s %s\n", x.Text, x.Type, x.Value, x.Mod)
	}
}
