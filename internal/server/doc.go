// Package server is the web UI and the JSON API over a corpus store:
// server-rendered pages (html/template, every asset embedded, no scripts),
// and /api/v1 for programs. Article text is untrusted: it is only ever
// written through template escaping, under a Content-Security-Policy that
// allows no inline script.
package server
