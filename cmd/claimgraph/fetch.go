package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/fetch"
	"github.com/claimgraph/claimgraph/internal/ingest"
)

// fetchFlags adds the polite fetcher's settings to a command that reads URLs.
func fetchFlags(cmd *cobra.Command, o *fetch.Options, parallel *int) {
	f := cmd.Flags()
	f.StringVar(&o.Contact, "contact", os.Getenv("CLAIMGRAPH_CONTACT"), "URL or e-mail site owners can reach you at, sent in the User-Agent (default $CLAIMGRAPH_CONTACT)")
	f.DurationVar(&o.MinDelay, "delay", time.Second, "least time between two requests to one host (a longer robots.txt Crawl-delay wins)")
	f.DurationVar(&o.Timeout, "timeout", 30*time.Second, "limit on one request, headers and body")
	f.Int64Var(&o.MaxBytes, "max-page-bytes", fetch.DefaultMaxBytes, "larger pages, feeds and sitemaps are refused")
	f.IntVar(&o.Retries, "retries", 3, "tries again after a 429 or 5xx, honouring Retry-After")
	f.IntVar(parallel, "parallel", 4, "sources (URLs given) read at once; one request at a time per host still")
}

// newClient makes the fetcher the flags describe.
func newClient(o fetch.Options) *fetch.Client {
	if o.Retries == 0 {
		o.Retries = -1 // the flag's 0 means none; fetch's zero means its default
	}
	return fetch.New(o)
}

// newWeb makes the URL reader over a store's fetch state.
func newWeb(o fetch.Options, parallel int, state ingest.FetchState) *ingest.Web {
	return &ingest.Web{Client: newClient(o), State: state, Parallel: parallel}
}

// readSources reads a sources file: one URL a line; blank lines and lines
// starting with # are skipped, and anything after the URL is a comment.
func readSources(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		u := strings.Fields(line)[0]
		if !ingest.IsURL(u) {
			return nil, fmt.Errorf("%s:%d: %q is not an http or https URL", path, n, u)
		}
		out = append(out, u)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s lists no URL", path)
	}
	return out, nil
}
