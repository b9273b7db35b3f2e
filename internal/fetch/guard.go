package fetch

import (
	"context"
	"fmt"
	"net"
	"net/netip"
)

// dial opens a connection for the transport. With BlockPrivate it resolves
// the host itself, refuses if any address is not public, and dials the
// address it checked, so a DNS answer cannot change between check and
// connect.
func (c *Client) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	if !c.opt.BlockPrivate {
		return c.opt.Dial(ctx, network, addr)
	}
	hostname, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	var ips []netip.Addr
	if ip, err := netip.ParseAddr(hostname); err == nil {
		ips = []netip.Addr{ip}
	} else {
		found, err := c.opt.Resolve(ctx, hostname)
		if err != nil {
			return nil, fmt.Errorf("resolving %s: %w", hostname, err)
		}
		for _, a := range found {
			if ip, ok := netip.AddrFromSlice(a.IP); ok {
				ips = append(ips, ip)
			}
		}
	}
	if len(ips) == 0 {
		return nil, fmt.Errorf("%s has no address", hostname)
	}
	for _, ip := range ips {
		if !Public(ip) {
			return nil, fmt.Errorf("%s (%s): %w", hostname, ip, ErrBlocked)
		}
	}
	return c.opt.Dial(ctx, network, net.JoinHostPort(ips[0].Unmap().String(), port))
}

// Public reports whether ip is an address on the public internet: not
// loopback, private (RFC 1918, fc00::/7), link-local (169.254/16, the cloud
// metadata service, fe80::/10), shared CGNAT space, multicast or unspecified.
func Public(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// nonPublic are special-purpose ranges netip has no predicate for.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"), // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"), // NAT64 can reach IPv4 private space
}

// CheckURL refuses, without any network traffic but a DNS lookup, a URL
// whose host is not a public address.
func (c *Client) CheckURL(ctx context.Context, raw string) error {
	u, err := parseURL(raw)
	if err != nil {
		return err
	}
	if !c.opt.BlockPrivate {
		return nil
	}
	hostname := u.Hostname()
	if ip, err := netip.ParseAddr(hostname); err == nil {
		if !Public(ip) {
			return fmt.Errorf("%s: %w", hostname, ErrBlocked)
		}
		return nil
	}
	found, err := c.opt.Resolve(ctx, hostname)
	if err != nil {
		return fmt.Errorf("resolving %s: %w", hostname, err)
	}
	for _, a := range found {
		if ip, ok := netip.AddrFromSlice(a.IP); ok && !Public(ip) {
			return fmt.Errorf("%s (%s): %w", hostname, ip, ErrBlocked)
		}
	}
	return nil
}
