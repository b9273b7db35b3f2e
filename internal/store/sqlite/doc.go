// Package sqlite opens the embedded corpus store: one SQLite file through
// the pure-Go modernc.org/sqlite driver, with FTS5 full-text search.
package sqlite
