package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimgraph/claimgraph/internal/document"
)

// Item is one document read from a source, or the reason one could not be
// read. Source names where it came from: a path, path#line N, path#item N or
// path#record N.
type Item struct {
	Source string
	Doc    document.Document
	Err    error
	// Unchanged is a web source that has nothing new: a 304, or a feed
	// item whose page is stored already.
	Unchanged bool
}

// Walk reads every document under paths (files, or directories walked
// recursively) and hands each to emit, in order, streaming: archives and
// JSONL files are never held whole in memory. It stops early when emit
// returns false or ctx is done. URLs are refused: see Walker.
func Walk(ctx context.Context, paths []string, emit func(Item) bool) error {
	return Walker{}.Walk(ctx, paths, emit)
}

// Walker reads files, directories and, when Web is set, URLs.
type Walker struct {
	Web *Web
	// Meta's non-empty fields (title, outlet, publication date, already
	// a valid date) override those of every document read: the ingest
	// command's --title, --outlet and --published, which apply to every
	// input given. They win over a sidecar, which wins over the page.
	Meta document.Meta
}

// override sets d's fields that m gives.
func override(d *document.Document, m document.Meta) {
	if m.Title != "" {
		d.Title = m.Title
	}
	if m.Outlet != "" {
		d.Outlet = m.Outlet
	}
	if m.Published != "" {
		d.Published = m.Published
	}
}

// Walk reads every argument: files and directories first, in order, then
// the URLs, Web.Parallel at a time. emit is never called concurrently.
func (wk Walker) Walk(ctx context.Context, args []string, emit func(Item) bool) error {
	if wk.Meta != (document.Meta{}) {
		pub, err := document.NormalizeDate(wk.Meta.Published)
		if err != nil {
			return fmt.Errorf("metadata for every input: %w", err)
		}
		m := wk.Meta
		m.Published = pub
		inner := emit
		emit = func(it Item) bool {
			if it.Err == nil && !it.Unchanged {
				override(&it.Doc, m)
			}
			return inner(it)
		}
	}
	var paths, urls []string
	for _, a := range args {
		if IsURL(a) {
			urls = append(urls, a)
		} else {
			paths = append(paths, a)
		}
	}
	if !walkPaths(ctx, paths, emit) {
		return ctx.Err()
	}
	if len(urls) > 0 && wk.Web == nil {
		for _, u := range urls {
			if !emit(Item{Source: u, Err: errors.New("fetching URLs is not enabled here")}) {
				break
			}
		}
		return ctx.Err()
	}
	if len(urls) > 0 {
		wk.Web.readAll(ctx, urls, emit)
	}
	return ctx.Err()
}

// walkPaths reads files and directories; false means emit asked to stop
// or ctx ended.
func walkPaths(ctx context.Context, paths []string, emit func(Item) bool) bool {
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			if !emit(Item{Source: p, Err: err}) {
				return false
			}
			continue
		}
		if !st.IsDir() {
			if !readFile(ctx, p, emit) {
				return false
			}
			continue
		}
		stop := false
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				if !emit(Item{Source: path, Err: err}) {
					stop = true
					return filepath.SkipAll
				}
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") || isSidecar(path) {
				return nil
			}
			if !readFile(ctx, path, emit) {
				stop = true
				return filepath.SkipAll
			}
			return nil
		})
		if stop || ctx.Err() != nil {
			return false
		}
		if err != nil && !emit(Item{Source: p, Err: err}) {
			return false
		}
	}
	return ctx.Err() == nil
}

// sidecarExts are the files an X.meta.json beside them describes.
var sidecarExts = []string{".html", ".htm", ".txt", ".text", ".md"}

// isSidecar: X.meta.json beside X.html or X.txt holds the article's
// metadata; it is read with X, not as an input of its own.
func isSidecar(path string) bool {
	if !strings.HasSuffix(path, ".meta.json") {
		return false
	}
	base := strings.TrimSuffix(path, ".meta.json")
	for _, ext := range sidecarExts {
		if _, err := os.Stat(base + ext); err == nil {
			return true
		}
	}
	return false
}

// Kind is how a file is read.
type Kind string

// File kinds.
const (
	KindText  Kind = "text"
	KindHTML  Kind = "html"
	KindJSONL Kind = "jsonl"
	KindFeed  Kind = "feed"
	KindWARC  Kind = "warc"
)

// DetectKind picks a reader from the file name, then from its first bytes.
func DetectKind(name string, head []byte) (Kind, error) {
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".warc"), strings.HasSuffix(lower, ".warc.gz"), strings.HasSuffix(lower, ".arc.gz"):
		return KindWARC, nil
	case strings.HasSuffix(lower, ".jsonl"), strings.HasSuffix(lower, ".ndjson"):
		return KindJSONL, nil
	case strings.HasSuffix(lower, ".rss"), strings.HasSuffix(lower, ".atom"), strings.HasSuffix(lower, ".xml"), strings.HasSuffix(lower, ".feed"):
		return KindFeed, nil
	case strings.HasSuffix(lower, ".html"), strings.HasSuffix(lower, ".htm"):
		return KindHTML, nil
	case strings.HasSuffix(lower, ".txt"), strings.HasSuffix(lower, ".text"), strings.HasSuffix(lower, ".md"):
		return KindText, nil
	}
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		return KindWARC, nil // gzip: the only compressed form we read
	}
	t := bytes.TrimSpace(head)
	switch {
	case bytes.HasPrefix(t, []byte("WARC/")):
		return KindWARC, nil
	case bytes.HasPrefix(t, []byte("<?xml")), bytes.HasPrefix(t, []byte("<rss")), bytes.HasPrefix(t, []byte("<feed")):
		return KindFeed, nil
	case LooksLikeHTML(head):
		return KindHTML, nil
	case bytes.HasPrefix(t, []byte("{")):
		return KindJSONL, nil
	case document.IsBinary(head):
		return "", document.ErrBinary
	}
	return KindText, nil
}

// readFile reads one file and emits its documents; false means stop.
func readFile(ctx context.Context, path string, emit func(Item) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return emit(Item{Source: path, Err: err})
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	head, _ := br.Peek(4096)
	kind, err := DetectKind(path, head)
	if err != nil {
		return emit(Item{Source: path, Err: err})
	}
	switch kind {
	case KindJSONL:
		return readJSONL(ctx, path, br, emit)
	case KindWARC:
		return readWARC(ctx, path, br, emit)
	case KindFeed:
		data, err := readCapped(br)
		if err != nil {
			return emit(Item{Source: path, Err: err})
		}
		items, err := ReadFeed(bytes.NewReader(data))
		if err != nil {
			return emit(Item{Source: path, Err: err})
		}
		if len(items) == 0 {
			return emit(Item{Source: path, Err: errors.New("feed has no items")})
		}
		for _, it := range items {
			if !emit(Item{Source: fmt.Sprintf("%s#item %d", path, it.N), Doc: it.Doc, Err: it.Err}) {
				return false
			}
		}
		return true
	}
	data, err := readCapped(br)
	if err != nil {
		return emit(Item{Source: path, Err: err})
	}
	meta, err := sidecarMeta(path)
	if err != nil {
		return emit(Item{Source: path, Err: err})
	}
	d, err := Article(data, meta)
	return emit(Item{Source: path, Doc: d, Err: err})
}

func readCapped(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileBytes {
		return nil, fmt.Errorf("file larger than %d MB", MaxFileBytes>>20)
	}
	return data, nil
}

// sidecarMeta reads X.meta.json beside X.html or X.txt (title, siteName,
// publishedTime, url), the layout saved-page collections use. No sidecar
// is no metadata; a sidecar that cannot be read is an error naming it.
func sidecarMeta(path string) (document.Meta, error) {
	ext := filepath.Ext(path)
	name := strings.TrimSuffix(path, ext) + ".meta.json"
	raw, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return document.Meta{}, nil
	}
	if err != nil {
		return document.Meta{}, fmt.Errorf("metadata sidecar: %w", err)
	}
	var m struct {
		Title, SiteName, PublishedTime, URL string
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		return document.Meta{}, fmt.Errorf("metadata sidecar %s: invalid JSON: %w", name, err)
	}
	pub, err := sidecarDate(m.PublishedTime)
	if err != nil {
		return document.Meta{}, fmt.Errorf("metadata sidecar %s: publishedTime: %w", name, err)
	}
	return document.Meta{Title: m.Title, Outlet: m.SiteName, Published: pub, URL: m.URL, ID: m.URL}, nil
}

// sidecarDate reads a sidecar's publishedTime: saved pages write it many
// ways ("2018-04-05T06:00", "2019-04-28 06:01:07"), and the day is what a
// document keeps, so a time that does not parse still gives its leading
// YYYY-MM-DD.
func sidecarDate(s string) (string, error) {
	d, err := document.NormalizeDate(s)
	if err != nil && len(s) > 10 {
		if d2, err2 := document.NormalizeDate(s[:10]); err2 == nil {
			return d2, nil
		}
	}
	return d, err
}

func readJSONL(ctx context.Context, path string, r io.Reader, emit func(Item) bool) bool {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		if ctx.Err() != nil {
			return false
		}
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		src := fmt.Sprintf("%s#line %d", path, n)
		var in struct {
			ID, Text, Published, Title, URL, Outlet string
		}
		if err := json.Unmarshal(line, &in); err != nil {
			if !emit(Item{Source: src, Err: fmt.Errorf("invalid JSON: %w", err)}) {
				return false
			}
			continue
		}
		id := in.URL
		if id == "" {
			id = in.ID
		}
		d, err := document.New([]byte(in.Text), document.Meta{ID: id, Published: in.Published, Title: in.Title, URL: in.URL, Outlet: in.Outlet})
		if !emit(Item{Source: src, Doc: d, Err: err}) {
			return false
		}
	}
	if err := sc.Err(); err != nil {
		return emit(Item{Source: fmt.Sprintf("%s#line %d", path, n+1), Err: err})
	}
	return true
}

func readWARC(ctx context.Context, path string, r io.Reader, emit func(Item) bool) bool {
	wr, err := NewWARCReader(r)
	if err != nil {
		return emit(Item{Source: path, Err: err})
	}
	for {
		if ctx.Err() != nil {
			return false
		}
		rec, err := wr.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			src := fmt.Sprintf("%s#record %d", path, wr.n)
			if !emit(Item{Source: src, Err: err}) {
				return false
			}
			if errors.Is(err, ErrCorruptRecord) {
				continue
			}
			return true // the stream itself is broken: what was read is kept
		}
		if rec.Type != "response" {
			continue
		}
		src := fmt.Sprintf("%s#record %d", path, rec.Offset)
		body, err := rec.HTTPBody()
		if err != nil {
			if !emit(Item{Source: src, Err: err}) {
				return false
			}
			continue
		}
		d, err := Article(body, document.Meta{URL: rec.TargetURI, ID: rec.TargetURI})
		if !emit(Item{Source: src, Doc: d, Err: err}) {
			return false
		}
	}
}
