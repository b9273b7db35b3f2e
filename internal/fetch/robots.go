package fetch

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsTTL is how long a host's robots.txt is trusted before it is read
// again (a watch runs for days).
const robotsTTL = 12 * time.Hour

type robotsCache struct {
	mu      sync.Mutex
	entries map[string]*robotsEntry
}

type robotsEntry struct {
	once    sync.Once
	group   *robotstxt.Group
	err     error
	fetched time.Time
}

// ttl: a failure to read robots.txt is tried again sooner than a success.
func (e *robotsEntry) ttl() time.Duration {
	if e.err != nil {
		return 5 * time.Minute
	}
	return robotsTTL
}

func newRobotsCache() *robotsCache { return &robotsCache{entries: map[string]*robotsEntry{}} }

// allowed reports whether robots.txt lets claimgraph fetch u.
func (c *Client) allowed(ctx context.Context, u *url.URL) error {
	g, err := c.robotsGroup(ctx, u)
	if err != nil {
		return err
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !g.Test(path) {
		return ErrDisallowed
	}
	return nil
}

// delayFor is the wait between two requests to u's host: MinDelay, or the
// robots.txt Crawl-delay when it asks for more (bounded). Before robots.txt
// is read (its own request) it is MinDelay.
func (c *Client) delayFor(u *url.URL) time.Duration {
	d := c.opt.MinDelay
	c.robots.mu.Lock()
	defer c.robots.mu.Unlock()
	if e := c.robots.entries[robotsKey(u)]; e != nil && e.group != nil && e.group.CrawlDelay > d {
		d = min(e.group.CrawlDelay, MaxCrawlDelay)
	}
	return d
}

func robotsKey(u *url.URL) string { return u.Scheme + "://" + strings.ToLower(u.Host) }

// robotsGroup reads (once per host and TTL) the rules that apply to
// claimgraph. A missing robots.txt (4xx) allows everything; a 5xx or an
// unreachable one disallows the host for this run, as search engines do.
func (c *Client) robotsGroup(ctx context.Context, u *url.URL) (*robotstxt.Group, error) {
	key := robotsKey(u)
	c.robots.mu.Lock()
	e, ok := c.robots.entries[key]
	if ok && !e.fetched.IsZero() && time.Since(e.fetched) > e.ttl() {
		ok = false
	}
	if !ok {
		e = &robotsEntry{}
		c.robots.entries[key] = e
	}
	c.robots.mu.Unlock()
	e.once.Do(func() {
		g, err := c.readRobots(ctx, u)
		c.robots.mu.Lock()
		e.group, e.err, e.fetched = g, err, time.Now()
		c.robots.mu.Unlock()
	})
	c.robots.mu.Lock()
	defer c.robots.mu.Unlock()
	return e.group, e.err
}

func (c *Client) readRobots(ctx context.Context, u *url.URL) (*robotstxt.Group, error) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	status, body, err := c.robotsBody(ctx, ru)
	if err != nil {
		return nil, fmt.Errorf("robots.txt of %s unreadable, so the host is not fetched: %w", u.Host, err)
	}
	if status >= 500 {
		// robotstxt marks this "disallow all" in a flag its Group never
		// reads; as an error it blocks the host and is retried soon.
		return nil, fmt.Errorf("robots.txt of %s answered HTTP %d, so the host is not fetched for now", u.Host, status)
	}
	data, err := robotstxt.FromStatusAndBytes(status, body)
	if err != nil {
		return nil, fmt.Errorf("robots.txt of %s: %w", u.Host, err)
	}
	return data.FindGroup(Agent), nil
}

// robotsBody fetches robots.txt in the host's turn, following up to
// MaxRedirects redirects on the same terms as a page.
func (c *Client) robotsBody(ctx context.Context, u *url.URL) (int, []byte, error) {
	for hop := 0; hop <= c.opt.MaxRedirects; hop++ {
		h := c.host(u)
		if err := h.acquire(ctx, c.opt.MinDelay); err != nil {
			return 0, nil, err
		}
		status, body, next, err := c.robotsOnce(ctx, u)
		h.release()
		if err != nil || next == nil {
			return status, body, err
		}
		u = next
	}
	return 0, nil, fmt.Errorf("more than %d redirects", c.opt.MaxRedirects)
}

func (c *Client) robotsOnce(ctx context.Context, u *url.URL) (int, []byte, *url.URL, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return 0, nil, nil, err
	}
	req.Header.Set("User-Agent", c.ua)
	res, err := c.http.Do(req)
	if err != nil {
		return 0, nil, nil, describe(err, c.opt.Timeout)
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 && res.StatusCode < 400 {
		next, err := u.Parse(res.Header.Get("Location"))
		if err != nil || (next.Scheme != "http" && next.Scheme != "https") {
			return 0, nil, nil, fmt.Errorf("bad redirect %q", res.Header.Get("Location"))
		}
		return 0, nil, next, nil
	}
	// 500 KB is what Google reads of a robots.txt.
	body, err := io.ReadAll(io.LimitReader(res.Body, 500<<10))
	if err != nil {
		return 0, nil, nil, describe(err, c.opt.Timeout)
	}
	return res.StatusCode, body, nil, nil
}
