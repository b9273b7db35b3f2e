package ingest

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// TestHTTPBodyContentEncodings: a crawler stores the body as the server
// sent it; each content encoding comes back as the page, and one we do not
// read is an error that names it.
func TestHTTPBodyContentEncodings(t *testing.T) {
	page := []byte("<html><body><p>“The wall will hold,” Dana Whitfield said.</p></body></html>")
	// compress writes page through the writer a codec opens on a buffer.
	compress := func(open func(io.Writer) io.WriteCloser) []byte {
		var o bytes.Buffer
		w := open(&o)
		w.Write(page)
		w.Close()
		return o.Bytes()
	}
	cases := []struct {
		name, encoding string
		body           []byte
	}{
		{"identity", "", page},
		{"gzip", "gzip", compress(func(w io.Writer) io.WriteCloser { return gzip.NewWriter(w) })},
		{"zlib deflate", "deflate", compress(func(w io.Writer) io.WriteCloser { return zlib.NewWriter(w) })},
		{"raw deflate", "deflate", compress(func(w io.Writer) io.WriteCloser { f, _ := flate.NewWriter(w, flate.DefaultCompression); return f })},
		{"brotli", "br", compress(func(w io.Writer) io.WriteCloser { return brotli.NewWriter(w) })},
	}
	for _, tc := range cases {
		resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: %s\r\nContent-Length: %d\r\n\r\n", tc.encoding, len(tc.body))
		rec := &WARCRecord{ContentType: "application/http; msgtype=response", Content: append([]byte(resp), tc.body...)}
		got, err := rec.HTTPBody()
		if err != nil || !bytes.Equal(got, page) {
			t.Errorf("%s: %q, %v; want the page", tc.name, got, err)
		}
	}
	resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: zstd\r\nContent-Length: 3\r\n\r\nabc"
	rec := &WARCRecord{ContentType: "application/http; msgtype=response", Content: []byte(resp)}
	if _, err := rec.HTTPBody(); err == nil || !strings.Contains(err.Error(), "zstd") {
		t.Errorf("zstd body: error %v, want one naming the encoding", err)
	}
}

// TestHTTPBodyTooLong: a body over the record limit is an error that says
// so, never a page cut short.
func TestHTTPBodyTooLong(t *testing.T) {
	body := bytes.Repeat([]byte("a"), MaxRecordBytes+1)
	resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n", len(body))
	rec := &WARCRecord{ContentType: "application/http; msgtype=response", Content: append([]byte(resp), body...)}
	if got, err := rec.HTTPBody(); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("oversized body: %d bytes, error %v; want an error naming the limit", len(got), err)
	}
}
