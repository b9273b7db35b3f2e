package ingest

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Count estimates how many items Walk will emit for args, for a progress
// total: JSONL files are counted by their non-blank lines, feeds by their
// entries, WARC files by their response records, other files as one each.
// It reads inputs but analyzes nothing: for the shared corpus, a small
// fraction of the ingest. known is false when an argument is a URL, whose
// items cannot be known before fetching.
func Count(ctx context.Context, args []string) (n int, known bool) {
	known = true
	for _, a := range args {
		if ctx.Err() != nil {
			return n, false
		}
		if IsURL(a) {
			known = false
			continue
		}
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() {
			n += countFile(a)
			continue
		}
		// Mirrors walkPaths: hidden entries and sidecars are not read.
		_ = filepath.WalkDir(a, func(path string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				n++ // Walk emits the error as an item
				return nil
			}
			if d.IsDir() {
				if path != a && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") || isSidecar(path) {
				return nil
			}
			n += countFile(path)
			return nil
		})
	}
	return n, known
}

// countFile is the number of items readFile emits for path; an
// unreadable file is one (its error).
func countFile(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 1
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	head, _ := br.Peek(4096)
	kind, err := DetectKind(path, head)
	if err != nil {
		return 1
	}
	switch kind {
	case KindJSONL:
		return countLines(br)
	case KindFeed:
		data, err := readCapped(br)
		if err != nil {
			return 1
		}
		entries, err := ParseFeed(bytes.NewReader(data))
		if err != nil || len(entries) == 0 {
			return 1
		}
		return len(entries)
	case KindWARC:
		wr, err := NewWARCReader(br)
		if err != nil {
			return 1
		}
		n := 0
		for {
			rec, err := wr.Next()
			if err == io.EOF {
				return n
			}
			if err != nil {
				return n + 1
			}
			if rec.Type == "response" {
				n++
			}
		}
	}
	return 1
}

// countLines counts non-blank lines, as readJSONL reads them.
func countLines(r io.Reader) int {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) > 0 {
			n++
		}
	}
	if sc.Err() != nil {
		n++ // readJSONL emits the error as an item
	}
	return n
}
