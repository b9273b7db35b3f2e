package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/fetch"
	"github.com/claimgraph/claimgraph/internal/ingest"
)

// Option configures a Server.
type Option func(*Server)

// WithFetch lets the analyze form and API fetch a URL a visitor gives.
// Make the client with PublicFetcher: fetching on behalf of web visitors
// must never reach the server's own network.
func WithFetch(c *fetch.Client) Option { return func(s *Server) { s.fetch = c } }

// PublicFetcher is the client `serve --allow-fetch` uses: loopback,
// private, link-local and metadata addresses are refused before any
// connection, no retries, and a timeout inside the request's own.
func PublicFetcher(o fetch.Options) *fetch.Client {
	o.BlockPrivate = true
	o.Retries = -1
	if o.Timeout <= 0 || o.Timeout > RequestTimeout*3/4 {
		o.Timeout = RequestTimeout * 3 / 4
	}
	return fetch.New(o)
}

// fetchError is a URL that could not be made a document, with the status
// the visitor gets.
type fetchError struct {
	status int
	err    error
}

func (e *fetchError) Error() string { return e.err.Error() }

// fetchDocument fetches a visitor's URL as a page to analyze.
func (s *Server) fetchDocument(ctx context.Context, raw string) (document.Document, error) {
	if s.fetch == nil {
		return document.Document{}, &fetchError{http.StatusForbidden, errors.New("this server does not fetch URLs (start it with serve --allow-fetch); paste the text instead")}
	}
	if err := s.fetch.CheckURL(ctx, raw); err != nil {
		return document.Document{}, &fetchError{http.StatusBadRequest, fmt.Errorf("%s: %w", raw, err)}
	}
	ctx, cancel := context.WithTimeout(ctx, RequestTimeout*3/4+time.Second)
	defer cancel()
	res, err := s.fetch.Get(ctx, raw, fetch.Validators{})
	if err != nil {
		status := http.StatusBadGateway
		if errors.Is(err, fetch.ErrBlocked) || errors.Is(err, fetch.ErrScheme) {
			status = http.StatusBadRequest
		}
		return document.Document{}, &fetchError{status, fmt.Errorf("fetching %s: %w", raw, err)}
	}
	if len(res.Body) > MaxAnalyze*8 {
		return document.Document{}, &fetchError{http.StatusRequestEntityTooLarge, fmt.Errorf("%s: page larger than %d KB", raw, MaxAnalyze*8>>10)}
	}
	d, err := ingest.Page(res, document.Meta{})
	if err != nil {
		return document.Document{}, &fetchError{http.StatusUnprocessableEntity, fmt.Errorf("%s: %w", raw, err)}
	}
	return d, nil
}

// failFetch reports a fetchError with its status.
func (s *Server) failFetch(w http.ResponseWriter, r *http.Request, err error) {
	var fe *fetchError
	if errors.As(err, &fe) {
		s.fail(w, r, fe.status, "fetch_failed", fe.Error())
		return
	}
	s.fail(w, r, http.StatusBadRequest, "bad_request", err.Error())
}
