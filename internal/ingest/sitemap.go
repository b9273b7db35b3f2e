package ingest

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/claimgraph/claimgraph/internal/document"
)

// Sitemap is a sitemap (sitemaps.org) or a sitemap index, with the Google
// News extension's title, date and publication read where present.
type Sitemap struct {
	// Index is true for a <sitemapindex>: Entries then name sitemaps.
	Index   bool
	Entries []SitemapEntry
}

// SitemapEntry is one <url> or <sitemap>.
type SitemapEntry struct {
	Loc  string
	Meta document.Meta // from <news:news>: title, publication name, date
}

// MaxSitemapEntries is the protocol's own limit on one sitemap file.
const MaxSitemapEntries = 50000

// IsSitemap reports whether an XML body is a sitemap or sitemap index.
func IsSitemap(body []byte) bool {
	head := body[:min(len(body), 4096)]
	return bytes.Contains(head, []byte("<urlset")) || bytes.Contains(head, []byte("<sitemapindex"))
}

// ParseSitemap reads a sitemap or sitemap index (gzipped or not), up to
// MaxSitemapEntries entries; more is an error naming the limit.
func ParseSitemap(body []byte) (*Sitemap, error) {
	var r io.Reader = bytes.NewReader(body)
	if len(body) > 2 && body[0] == 0x1f && body[1] == 0x8b {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("gzipped sitemap: %w", err)
		}
		defer zr.Close()
		r = io.LimitReader(zr, MaxFileBytes)
	}
	dec := xml.NewDecoder(r)
	dec.CharsetReader = charset.NewReaderLabel
	dec.Strict = false
	sm := &Sitemap{}
	root := ""
	var cur *SitemapEntry
	var path []string
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("not a readable sitemap: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if root == "" {
				root = name
				if root != "urlset" && root != "sitemapindex" {
					return nil, fmt.Errorf("not a sitemap: the root element is <%s>", root)
				}
				sm.Index = root == "sitemapindex"
				continue
			}
			path = append(path, name)
			if len(path) == 1 && (name == "url" || name == "sitemap") {
				if len(sm.Entries) >= MaxSitemapEntries {
					return nil, fmt.Errorf("sitemap has more than %d entries", MaxSitemapEntries)
				}
				sm.Entries = append(sm.Entries, SitemapEntry{})
				cur = &sm.Entries[len(sm.Entries)-1]
			}
		case xml.EndElement:
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
			if len(path) == 0 {
				cur = nil
			}
		case xml.CharData:
			if cur == nil || len(path) < 2 {
				continue
			}
			text := strings.TrimSpace(string(t))
			switch path[len(path)-1] {
			case "loc":
				if len(path) == 2 {
					cur.Loc += text
				}
			case "title":
				cur.Meta.Title += text
			case "name":
				cur.Meta.Outlet += text
			case "publication_date":
				cur.Meta.Published = text
			}
		}
	}
	if root == "" {
		return nil, errors.New("not a sitemap: no XML element")
	}
	out := sm.Entries[:0]
	for _, e := range sm.Entries {
		if e.Loc != "" {
			out = append(out, e)
		}
	}
	sm.Entries = out
	return sm, nil
}
