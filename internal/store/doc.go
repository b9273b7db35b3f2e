// Package store keeps a corpus of analyzed documents and answers questions
// across it: who said what about which topic and when, who contradicts
// whom, how a reported figure drifted, full-text search. One Store
// interface has two implementations over database/sql, SQLite (embedded,
// the default) and PostgreSQL, which share this package's SQL and differ
// only in a Dialect. Schema migrations are versioned and applied on open.
package store
