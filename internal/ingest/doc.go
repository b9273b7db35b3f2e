// Package ingest turns outside bytes (plain text, HTML pages, JSONL batch
// lines) into documents ready for analysis. It never analyzes anything.
package ingest
