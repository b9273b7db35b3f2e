// Package story tells when two articles are one report: a wire copy
// reprinted, a shortened or lightly edited version, the same body under
// two ids. Each article gets a MinHash signature of its word 3-shingles
// (github.com/ekzhu/minhash-lsh, a fixed seed, so signatures are the same
// on every machine); two articles are near-duplicates when the signatures
// estimate a Jaccard similarity of at least Threshold. The threshold was
// measured on the shared corpus against pairs judged blind
// (testdata/stories/, measured with tools/neardup).
//
// Bands cut a signature into short runs so that a store finds the stored
// articles near a new one by exact look-ups (locality-sensitive hashing):
// two articles at the threshold share a band with probability above 0.9,
// and every candidate is then checked on the whole signature.
package story
