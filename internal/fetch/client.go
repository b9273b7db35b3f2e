package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Options tune a Client. Zero values take the defaults named.
type Options struct {
	// Contact is a URL or address site owners can reach the operator at; it
	// goes into the User-Agent.
	Contact string
	// MinDelay is the least time between the end of one request to a host
	// and the start of the next (default 1s). A longer robots.txt
	// Crawl-delay wins, up to MaxCrawlDelay.
	MinDelay time.Duration
	// Timeout bounds one request, headers and body (default 30s).
	Timeout time.Duration
	// MaxBytes caps a body (default DefaultMaxBytes); a larger one is ErrTooLarge.
	MaxBytes int64
	// MaxRedirects is how many redirects are followed (default 5).
	MaxRedirects int
	// Retries is how many times a 429 or 5xx is retried (default 3).
	Retries int
	// MaxRetryWait caps a wait asked by Retry-After or backoff (default 2m).
	MaxRetryWait time.Duration
	// BlockPrivate refuses loopback, private, link-local and unspecified
	// addresses before any connection is made (a server fetching on behalf
	// of web visitors must set it).
	BlockPrivate bool
	// Dial opens connections (default a net.Dialer). Tests replace it.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// Resolve looks up a host's addresses (default net.DefaultResolver).
	Resolve func(ctx context.Context, host string) ([]net.IPAddr, error)
}

// MaxCrawlDelay bounds the Crawl-delay a robots.txt may ask for.
const MaxCrawlDelay = time.Minute

// Agent is the robots.txt name claimgraph obeys.
const Agent = "claimgraph"

// Client fetches URLs politely. It is safe for concurrent use; requests to
// one host are serialized.
type Client struct {
	opt    Options
	http   *http.Client
	ua     string
	mu     sync.Mutex
	hosts  map[string]*host
	robots *robotsCache
}

// New makes a Client.
func New(opt Options) *Client {
	if opt.MinDelay <= 0 {
		opt.MinDelay = time.Second
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 30 * time.Second
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.MaxRedirects <= 0 {
		opt.MaxRedirects = 5
	}
	if opt.Retries < 0 {
		opt.Retries = 0
	} else if opt.Retries == 0 {
		opt.Retries = 3
	}
	if opt.MaxRetryWait <= 0 {
		opt.MaxRetryWait = 2 * time.Minute
	}
	if opt.Dial == nil {
		d := &net.Dialer{Timeout: opt.Timeout}
		opt.Dial = d.DialContext
	}
	if opt.Resolve == nil {
		opt.Resolve = net.DefaultResolver.LookupIPAddr
	}
	ua := "claimgraph/1 (news claim ledger"
	if opt.Contact != "" {
		ua += "; +" + opt.Contact
	}
	ua += ")"
	c := &Client{opt: opt, ua: ua, hosts: map[string]*host{}, robots: newRobotsCache()}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would hide where a request goes from the address guard
		DialContext:           c.dial,
		TLSHandshakeTimeout:   opt.Timeout,
		ResponseHeaderTimeout: opt.Timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
	}
	c.http = &http.Client{
		Transport: tr,
		Timeout:   opt.Timeout,
		// Each hop is fetched by Get itself, so it passes robots.txt,
		// the address guard and the host's delay like any request.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return c
}

// UserAgent is the User-Agent header the client sends.
func (c *Client) UserAgent() string { return c.ua }

// Validators are what a conditional GET sends: a previous response's
// ETag and Last-Modified.
type Validators struct {
	ETag, LastModified string
}

// Response is a fetched URL.
type Response struct {
	URL         string // as asked
	FinalURL    string // after redirects
	Status      int
	ContentType string
	ETag        string
	// LastModified is the response's Last-Modified header, as sent.
	LastModified string
	FetchedAt    time.Time
	// NotModified is a 304 to a conditional GET: Body is empty.
	NotModified bool
	// Body is the content as sent: its charset is the reader's business
	// (HTML may declare it inside), with ContentType to go by.
	Body []byte
}

// Errors callers may test for with errors.Is.
var (
	ErrDisallowed = errors.New("disallowed by robots.txt")
	ErrBlocked    = errors.New("address not allowed (loopback, private or link-local)")
	ErrTooLarge   = errors.New("response larger than the size cap")
	ErrScheme     = errors.New("only http and https URLs are fetched")
)

// StatusError is a final response that is not a success.
type StatusError struct {
	Code int
	URL  string
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
}

// Transient reports whether err may go away on a later try: a timeout, a
// cancellation, a network failure, a 429 or a 5xx. Robots, size, address and other status
// refusals are not.
func Transient(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Code == http.StatusTooManyRequests || se.Code >= 500
	}
	if errors.Is(err, ErrDisallowed) || errors.Is(err, ErrBlocked) || errors.Is(err, ErrTooLarge) || errors.Is(err, ErrScheme) {
		return false
	}
	// A cancelled or timed-out request may well succeed next time.
	return err != nil
}

// Get fetches rawURL, following redirects, honouring robots.txt, waiting its
// turn for the host and retrying 429 and 5xx. With validators set it is a
// conditional GET and a 304 comes back as NotModified, not an error.
func (c *Client) Get(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	for hop := 0; ; hop++ {
		if err := c.allowed(ctx, u); err != nil {
			return nil, err
		}
		resp, next, err := c.getWithRetries(ctx, u, v)
		if err != nil {
			return nil, err
		}
		if next == nil {
			resp.URL = rawURL
			return resp, nil
		}
		if hop >= c.opt.MaxRedirects {
			return nil, fmt.Errorf("more than %d redirects (last to %s)", c.opt.MaxRedirects, next)
		}
		u = next
	}
}

func parseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("not a URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%q: %w", u.Scheme, ErrScheme)
	}
	if u.Host == "" {
		return nil, errors.New("URL has no host")
	}
	u.Fragment = ""
	return u, nil
}

// getWithRetries makes one request, again after a 429 or 5xx, and returns
// either the response or, for a redirect, where it points.
func (c *Client) getWithRetries(ctx context.Context, u *url.URL, v Validators) (*Response, *url.URL, error) {
	for attempt := 0; ; attempt++ {
		resp, next, wait, err := c.once(ctx, u, v)
		var se *StatusError
		if err == nil || !errors.As(err, &se) || !Transient(err) || attempt >= c.opt.Retries {
			return resp, next, err
		}
		if wait <= 0 {
			wait = time.Duration(1<<attempt) * time.Second
		}
		if wait > c.opt.MaxRetryWait {
			return nil, nil, fmt.Errorf("%w (the server asks to wait %s, more than the %s allowed)", err, wait.Round(time.Second), c.opt.MaxRetryWait)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, nil, ctx.Err()
		case <-t.C:
		}
	}
}

// once makes one request in the host's turn. For a 429 or 5xx it returns
// the StatusError and how long the server asked to wait.
func (c *Client) once(ctx context.Context, u *url.URL, v Validators) (*Response, *url.URL, time.Duration, error) {
	h := c.host(u)
	if err := h.acquire(ctx, c.delayFor(u)); err != nil {
		return nil, nil, 0, err
	}
	defer h.release()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, 0, err
	}
	req.Header.Set("User-Agent", c.ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	res, err := c.http.Do(req)
	if err != nil {
		return nil, nil, 0, describe(err, c.opt.Timeout)
	}
	defer res.Body.Close()
	switch {
	case res.StatusCode == http.StatusNotModified:
		return c.response(u, res, nil), nil, 0, nil
	case res.StatusCode >= 300 && res.StatusCode < 400 && res.Header.Get("Location") != "":
		next, err := u.Parse(res.Header.Get("Location"))
		if err != nil {
			return nil, nil, 0, fmt.Errorf("redirect to a bad URL: %w", err)
		}
		if next.Scheme != "http" && next.Scheme != "https" {
			return nil, nil, 0, fmt.Errorf("redirect to %q: %w", next.Scheme, ErrScheme)
		}
		next.Fragment = ""
		io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
		return nil, next, 0, nil
	case res.StatusCode < 200 || res.StatusCode >= 300:
		io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
		return nil, nil, retryAfter(res.Header.Get("Retry-After"), time.Now()), &StatusError{Code: res.StatusCode, URL: u.String()}
	}
	if res.ContentLength > c.opt.MaxBytes {
		return nil, nil, 0, fmt.Errorf("%d bytes declared: %w of %d MB", res.ContentLength, ErrTooLarge, c.opt.MaxBytes>>20)
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, c.opt.MaxBytes+1))
	if err != nil {
		return nil, nil, 0, fmt.Errorf("reading the body: %w", describe(err, c.opt.Timeout))
	}
	if int64(len(body)) > c.opt.MaxBytes {
		return nil, nil, 0, fmt.Errorf("%w of %d MB", ErrTooLarge, c.opt.MaxBytes>>20)
	}
	return c.response(u, res, body), nil, 0, nil
}

func (c *Client) response(u *url.URL, res *http.Response, body []byte) *Response {
	ct := res.Header.Get("Content-Type")
	r := &Response{
		FinalURL:     u.String(),
		Status:       res.StatusCode,
		ContentType:  ct,
		ETag:         res.Header.Get("ETag"),
		LastModified: res.Header.Get("Last-Modified"),
		FetchedAt:    time.Now().UTC(),
		NotModified:  res.StatusCode == http.StatusNotModified,
	}
	r.Body = body
	return r
}

// describe names a timeout as one, since net/http's wording hides it.
func describe(err error, timeout time.Duration) error {
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return fmt.Errorf("timed out after %s: %w", timeout, err)
	}
	return err
}

// DefaultMaxBytes caps a fetched body: a news page with its markup is well
// under it, and a larger answer is a dump or a trap, not an article.
const DefaultMaxBytes = 10 << 20

// Kinds of fetched source, as a Record keeps them.
const (
	KindPage    = "page"
	KindFeed    = "feed"
	KindSitemap = "sitemap"
)

// Record is what is kept of one fetch: enough to send a conditional
// request next time and to know which stored document it made.
type Record struct {
	URL, FinalURL string
	Kind          string
	Status        int
	FetchedAt     time.Time
	ETag          string
	LastModified  string
	DocID         string // the document a page became, if any
}
