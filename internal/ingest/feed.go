package ingest

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/claimgraph/claimgraph/internal/document"
)

// FeedItem is one entry of an RSS or Atom feed as a document, or the reason
// it could not be one.
type FeedItem struct {
	Doc document.Document
	Err error
	N   int // position in the feed, from 1
}

// FeedEntry is one item of a feed as the feed gives it: where the article
// lives, and what the feed says of it.
type FeedEntry struct {
	Link string
	Meta document.Meta // title, URL, outlet (the feed's title), published
	Text string        // the item's content, else its description, as text
}

// ParseFeed parses an RSS, Atom or JSON feed into its entries.
func ParseFeed(r io.Reader) ([]FeedEntry, error) {
	f, err := gofeed.NewParser().Parse(r)
	if err != nil {
		return nil, fmt.Errorf("not a readable RSS or Atom feed: %w", err)
	}
	out := make([]FeedEntry, 0, len(f.Items))
	for _, it := range f.Items {
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		m := document.Meta{Title: it.Title, URL: it.Link, Outlet: f.Title}
		if it.PublishedParsed != nil {
			m.Published = it.PublishedParsed.UTC().Format("2006-01-02")
		} else if it.UpdatedParsed != nil {
			m.Published = it.UpdatedParsed.UTC().Format("2006-01-02")
		}
		out = append(out, FeedEntry{Link: strings.TrimSpace(it.Link), Meta: m, Text: HTMLText(body)})
	}
	return out, nil
}

// ReadFeed parses an RSS or Atom feed and turns each item into a document:
// its full content when the feed carries it, else its description.
func ReadFeed(r io.Reader) ([]FeedItem, error) {
	entries, err := ParseFeed(r)
	if err != nil {
		return nil, err
	}
	out := make([]FeedItem, 0, len(entries))
	for i, e := range entries {
		m := e.Meta
		m.ID = m.URL
		d, err := document.New([]byte(e.Text), m)
		out = append(out, FeedItem{Doc: d, Err: err, N: i + 1})
	}
	return out, nil
}

// blockTags end a paragraph in HTMLText.
var blockTags = map[string]bool{"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "blockquote": true, "tr": true, "section": true, "article": true}

// HTMLText turns an HTML fragment (a feed item's body) into plain text, one
// paragraph a line, without scripts or styles.
func HTMLText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b bytes.Buffer
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(collapseLines(b.String()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style":
				skip++
			default:
				if blockTags[string(name)] {
					b.WriteByte('\n')
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if n := string(name); n == "script" || n == "style" {
				if skip > 0 {
					skip--
				}
			} else if blockTags[n] {
				b.WriteByte('\n')
			}
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		}
	}
}

func collapseLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
