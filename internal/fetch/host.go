package fetch

import (
	"context"
	"net/url"
	"strings"
	"time"
)

// host serializes the requests to one host and spaces them out. The slot is
// a one-element channel rather than a mutex so that a waiter gives up when
// its context ends.
type host struct {
	slot chan struct{}
	last time.Time // when the previous request ended
}

func (c *Client) host(u *url.URL) *host {
	key := strings.ToLower(u.Host)
	c.mu.Lock()
	defer c.mu.Unlock()
	h, ok := c.hosts[key]
	if !ok {
		h = &host{slot: make(chan struct{}, 1)}
		c.hosts[key] = h
	}
	return h
}

// acquire waits for the host's slot, then until delay has passed since the
// previous request ended.
func (h *host) acquire(ctx context.Context, delay time.Duration) error {
	select {
	case h.slot <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	if wait := time.Until(h.last.Add(delay)); !h.last.IsZero() && wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			<-h.slot
			return ctx.Err()
		case <-t.C:
		}
	}
	return nil
}

// release marks the end of a request: the next one waits from now.
func (h *host) release() {
	h.last = time.Now()
	<-h.slot
}
