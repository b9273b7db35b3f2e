// Package batch analyzes a stream of JSONL documents on all cores and writes
// one record per line in input order, holding only a bounded window of
// documents in memory however long the stream.
package batch
