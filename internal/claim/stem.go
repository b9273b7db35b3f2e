package claim

import (
	"hash/maphash"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// maxCachedStems bounds the memo so that a long-running ingest of an open
// vocabulary cannot grow it without limit (about 10 MB at the cap).
const maxCachedStems = 200_000

// stemShards splits the memo so that analysis goroutines rarely share a
// lock; a sync.Map cost more than the stemming it saved on hits (its
// interface-keyed hashing was 5% of the whole analysis in a profile).
const stemShards = 64

// stemCache memoizes the Snowball stemmer, which is the costliest step of
// claim extraction; stemming is a pure function, so sharing it across
// documents changes no result.
type stemCache struct {
	seed   maphash.Seed
	shards [stemShards]stemShard
}

type stemShard struct {
	mu sync.RWMutex
	m  map[string]string
}

func newStemCache() *stemCache {
	c := &stemCache{seed: maphash.MakeSeed()}
	for i := range c.shards {
		c.shards[i].m = map[string]string{}
	}
	return c
}

func (c *stemCache) stem(w string) string {
	sh := &c.shards[maphash.String(c.seed, w)%stemShards]
	sh.mu.RLock()
	s, ok := sh.m[w]
	sh.mu.RUnlock()
	if ok {
		return s
	}
	s = english.Stem(w, true)
	sh.mu.Lock()
	if len(sh.m) < maxCachedStems/stemShards {
		// A copy, so that the memo does not pin the document the word was
		// sliced from.
		sh.m[strings.Clone(w)] = s
	}
	sh.mu.Unlock()
	return s
}
