// Package fetch is claimgraph's polite, bounded HTTP client: one request at a
// time per host with a minimum delay between them, robots.txt honoured (and
// cached), conditional GETs, a redirect limit, timeouts, a size cap, retries
// with backoff on 429 and 5xx honouring Retry-After, pages decoded to UTF-8,
// and, when asked, no connection to loopback, private or link-local
// addresses. It knows nothing of articles or feeds: internal/ingest decides
// what a fetched body is.
package fetch
