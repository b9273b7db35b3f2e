// Package queue scales analysis out over many machines: raw documents and
// one analysis job each go into PostgreSQL, and any number of worker
// processes (River job queue) analyze them and write the results to the
// same store, idempotently, so a retried or rescued job never duplicates.
package queue
