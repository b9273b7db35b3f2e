// Package corpus builds and maintains a corpus: it reads sources through
// ingest, analyzes documents on all cores, and writes them to a store in
// batched transactions, skipping what is already stored, so that an
// interrupted run can simply be run again.
package corpus
