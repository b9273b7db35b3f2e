package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func warcRecord(typ, uri, contentType string, content []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2025-11-18T10:00:00Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", typ, uri, contentType, len(content))
	b.Write(content)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func httpResponse(html []byte) []byte {
	return append([]byte(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n", len(html))), html...)
}

func gz(parts ...[]byte) []byte {
	var b bytes.Buffer
	for _, p := range parts {
		w := gzip.NewWriter(&b) // one member per record, as crawlers write them
		w.Write(p)
		w.Close()
	}
	return b.Bytes()
}

const feedXML = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Bellmoor Courier</title>
<item><title>Wall holds</title><link>https://example.org/wall-holds</link><pubDate>Tue, 18 Nov 2025 09:00:00 GMT</pubDate>
<description>&lt;p&gt;“The wall will hold,” Dana Whitfield said on Tuesday.&lt;/p&gt;</description></item>
<item><title>Engineer disagrees</title><link>https://example.org/engineer</link>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>Marcus Oyelaran insisted that the wall is not safe.</p><script>x()</script>]]></content:encoded></item>
</channel></rss>`

// TestWalkReportsEveryItem builds a folder of good and bad inputs and checks
// that each good document is read and each bad one is reported with its
// path and a reason, without stopping the walk.
func TestWalkReportsEveryItem(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	page, _ := os.ReadFile("testdata/harbor.html")
	write("note.txt", []byte("“The harbor is safe,” Dana Whitfield said on Tuesday."))
	write("page.html", page)
	write("batch.jsonl", []byte(`{"id":"j1","text":"Officials said the port would reopen."}`+"\n{broken\n"+`{"id":"j3","text":""}`+"\n"))
	write("feed.rss", []byte(feedXML))
	write("notxml.rss", []byte("this is not a feed at all"))
	write("archive.warc.gz", gz(
		warcRecord("warcinfo", "", "application/warc-fields", []byte("software: test\r\n")),
		warcRecord("response", "https://example.org/page", "application/http; msgtype=response", httpResponse(page)),
		[]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\nnot a record\r\n\r\n"),
		warcRecord("response", "https://example.org/page2", "application/http; msgtype=response", httpResponse(bytes.ReplaceAll(page, []byte("Whitfield"), []byte("Adeyemi")))),
	))
	full := gz(warcRecord("response", "https://example.org/t", "application/http; msgtype=response", httpResponse(page)))
	write("truncated.warc.gz", full[:len(full)/2])
	write("junk.bin", []byte{0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3, 0, 0})
	write("huge.html", append([]byte("<html><body><p>"), bytes.Repeat([]byte("word "), 7<<20)...))
	if err := os.Symlink(filepath.Join(dir, "missing-target"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}

	var docs, errs []Item
	if err := Walk(context.Background(), []string{dir}, func(it Item) bool {
		if it.Err != nil {
			errs = append(errs, it)
		} else {
			docs = append(docs, it)
		}
		return true
	}); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, d := range docs {
		got[filepath.Base(d.Source)] = true
	}
	for _, want := range []string{"note.txt", "page.html", "batch.jsonl#line 1", "feed.rss#item 1", "feed.rss#item 2", "archive.warc.gz#record 2", "archive.warc.gz#record 4"} {
		if !got[want] {
			t.Errorf("document %s not read; got %v", want, got)
		}
	}
	reasons := map[string]string{}
	for _, e := range errs {
		reasons[filepath.Base(e.Source)] = e.Err.Error()
	}
	for src, want := range map[string]string{
		"batch.jsonl#line 2":         "invalid JSON",
		"batch.jsonl#line 3":         "empty document",
		"notxml.rss":                 "not a readable RSS or Atom feed",
		"archive.warc.gz#record 3":   "corrupt WARC record",
		"truncated.warc.gz#record 1": "truncated",
		"junk.bin":                   "binary",
		"huge.html":                  "larger than",
		"dangling.txt":               "no such file",
	} {
		if !strings.Contains(reasons[src], want) {
			t.Errorf("%s: reason %q, want it to mention %q (all: %v)", src, reasons[src], want, reasons)
		}
	}
	for _, d := range docs {
		if strings.Contains(d.Doc.Text, "<script") || strings.Contains(d.Doc.Text, "x()") {
			t.Errorf("%s: script text leaked into the document", d.Source)
		}
	}
}

func TestDocumentIDs(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "feed.rss"), []byte(feedXML), 0o644)
	var ids []string
	Walk(context.Background(), []string{dir}, func(it Item) bool { ids = append(ids, it.Doc.ID); return true })
	if len(ids) != 2 || ids[0] != "https://example.org/wall-holds" {
		t.Errorf("feed items are known by their URL: %v", ids)
	}
}

func FuzzWARC(f *testing.F) {
	f.Add(warcRecord("response", "https://example.org/", "application/http; msgtype=response", httpResponse([]byte("<html><body><p>hi</p></body></html>"))))
	f.Add(gz(warcRecord("warcinfo", "", "application/warc-fields", []byte("x"))))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewWARCReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		for i := 0; i < 1000; i++ {
			rec, err := r.Next()
			if err != nil {
				if strings.Contains(err.Error(), "corrupt") {
					continue
				}
				return
			}
			rec.HTTPBody()
		}
	})
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(feedXML))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><content type="html">&lt;p&gt;hi&lt;/p&gt;</content></entry></feed>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		items, err := ReadFeed(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, it := range items {
			if it.Err == nil && it.Doc.Text == "" {
				t.Fatal("a feed item with no error and no text")
			}
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a1","text":"“The quay is sound,” Mira Ostrand said.","published":"2025-03-04"}` + "\n" + `{"id":"a2","text":""}` + "\n"))
	f.Add([]byte("{\"id\":\"x\",\"text\":\"\\u0000\\u0001\"}\nnot json\n\n{\"text\":123}\n"))
	f.Add([]byte(`{"url":"https://example.org/a","text":"hi","published":"2025-02-30"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		n := 0
		readJSONL(context.Background(), "f.jsonl", bytes.NewReader(data), func(it Item) bool {
			n++
			if !strings.HasPrefix(it.Source, "f.jsonl#line ") {
				t.Fatalf("item source %q does not name the line", it.Source)
			}
			if it.Err == nil && it.Doc.Text == "" {
				t.Fatalf("%s: no error and no text", it.Source)
			}
			return true
		})
		if n > lines+1 {
			t.Fatalf("%d items from %d lines", n, lines)
		}
	})
}

// FuzzSitemap: any bytes to the sitemap reader give entries or an error,
// never a panic, and every entry has a location.
func FuzzSitemap(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/1</loc></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>https://a.example/s.xml</loc></sitemap></sitemapindex>`))
	f.Add([]byte(`<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>x</loc><news:news><news:publication><news:name>N</news:name></news:publication><news:publication_date>2026-01-02</news:publication_date><news:title>T</news:title></news:news></url></urlset>`))
	f.Add([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><urlset><url><loc>https://a.example/caf` + "\xe9" + `</loc></url></urlset>`))
	f.Add([]byte("\x1f\x8b\x08\x00garbage"))
	f.Add([]byte(`<html><body>no</body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		sm, err := ParseSitemap(data)
		if err != nil {
			return
		}
		for _, e := range sm.Entries {
			if e.Loc == "" {
				t.Fatalf("entry without a location: %+v", e)
			}
		}
	})
}
