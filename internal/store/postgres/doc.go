// Package postgres opens the corpus store on a PostgreSQL server through
// pgx, for corpora shared by many machines; full-text search uses a
// generated tsvector column with a GIN index.
package postgres
