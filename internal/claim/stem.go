package claim

import (
	"sync"
	"sync/atomic"

	"github.com/kljensen/snowball/english"
)

// maxCachedStems bounds the memo so that a long-running ingest of an open
// vocabulary cannot grow it without limit (about 10 MB at the cap).
const maxCachedStems = 200_000

// stemCache memoizes the Snowball stemmer, which is the costliest step of
// claim extraction; stemming is a pure function, so sharing it across
// documents changes no result.
type stemCache struct {
	m sync.Map
	n atomic.Int64
}

func (c *stemCache) stem(w string) string {
	if v, ok := c.m.Load(w); ok {
		return v.(string)
	}
	s := english.Stem(w, true)
	if c.n.Load() < maxCachedStems {
		if _, loaded := c.m.LoadOrStore(w, s); !loaded {
			c.n.Add(1)
		}
	}
	return s
}
