package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"

	"github.com/claimgraph/claimgraph/internal/document"
)

// MaxFileBytes bounds one input file; larger files are refused before parsing.
const MaxFileBytes = 32 << 20

// ErrNoArticle is returned for an HTML page with no article body.
var ErrNoArticle = errors.New("HTML page has no article body")

// LooksLikeHTML sniffs the start of data for HTML markup.
func LooksLikeHTML(data []byte) bool {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	h := strings.ToLower(string(bytes.TrimSpace(head)))
	return strings.HasPrefix(h, "<!doctype html") || strings.HasPrefix(h, "<html") ||
		strings.Contains(h, "<head") || strings.Contains(h, "<body")
}

// Article makes a document from a file's bytes: HTML pages go through
// main-text extraction (title, author, date and site name too); anything else
// is plain text. Fields set in meta override what the page says.
func Article(data []byte, meta document.Meta) (document.Document, error) {
	if len(data) > MaxFileBytes {
		return document.Document{}, fmt.Errorf("%d MB file larger than the %d MB a file may be", len(data)>>20, MaxFileBytes>>20)
	}
	if LooksLikeHTML(data) && !document.IsBinary(data) {
		text, m, err := ExtractHTML(data, "", meta.URL)
		if err != nil {
			return document.Document{}, err
		}
		meta = merge(meta, m)
		data = []byte(text)
	}
	if meta.ID == "" {
		// A document is known by its URL when it has one, else (in
		// document.New) by the hash of its text.
		meta.ID = meta.URL
	}
	return document.New(data, meta)
}

// ExtractHTML returns the main text of an HTML page and its metadata. The
// page is decoded from the charset contentType (a fetched page's header, or
// "") or the page itself declares; see DecodeHTML.
func ExtractHTML(data []byte, contentType, pageURL string) (string, document.Meta, error) {
	// Links are kept in the content tree: how much of a block is link
	// text tells navigation and teasers from the article (boilerplate.go).
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true, ExcludeTables: true, IncludeLinks: true}
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
		opts.OriginalURL = u
	}
	// Parsed here, not by trafilatura.Extract: its parser guesses the
	// charset statistically and reads a UTF-8 page with a few accented
	// letters as Latin-1.
	root, err := html.Parse(bytes.NewReader(norm.NFC.Bytes(DecodeHTML(data, contentType))))
	if err != nil {
		return "", document.Meta{}, fmt.Errorf("unreadable HTML: %w", err)
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil || res == nil || res.ContentNode == nil {
		return "", document.Meta{}, ErrNoArticle
	}
	// The text is rendered from the content tree, not res.ContentText,
	// which runs paragraphs and list items together on one line.
	bs := dropBoilerplate(blocksOf(res.ContentNode))
	if len(bs) > 0 && bs[0].kind == heading && res.Metadata.Title != "" && strings.HasPrefix(res.Metadata.Title, bs[0].text) {
		// The headline is the title, kept as metadata: headlines are
		// not speech ("Obama admits US gun laws are his 'biggest
		// frustration'" is no quote of his).
		bs = bs[1:]
	}
	text := renderBlocks(bs)
	// A page whose "main text" is a few words of navigation has no article.
	if len(strings.Fields(text)) < 20 {
		return "", document.Meta{}, ErrNoArticle
	}
	m := document.Meta{Title: res.Metadata.Title, URL: res.Metadata.URL, Outlet: res.Metadata.Sitename, Language: res.Metadata.Language}
	if !res.Metadata.Date.IsZero() && res.Metadata.Date.Year() > 1900 && res.Metadata.Date.Before(time.Now().AddDate(1, 0, 0)) {
		m.Published = res.Metadata.Date.Format("2006-01-02")
	}
	return text, m, nil
}

func merge(over, base document.Meta) document.Meta {
	pick := func(a, b string) string {
		if a != "" {
			return a
		}
		return b
	}
	return document.Meta{ID: pick(over.ID, base.ID), Title: pick(over.Title, base.Title), URL: pick(over.URL, base.URL),
		Outlet: pick(over.Outlet, base.Outlet), Language: pick(over.Language, base.Language), Published: pick(over.Published, base.Published)}
}
