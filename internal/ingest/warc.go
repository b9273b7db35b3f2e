package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"github.com/andybalholm/brotli"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// MaxRecordBytes bounds one WARC record's content; larger records are skipped.
const MaxRecordBytes = 32 << 20

// WARCRecord is one record of a WARC file.
type WARCRecord struct {
	Type, TargetURI, Date, ID, ContentType string
	Content                                []byte
	Offset                                 int64 // record number in the file, from 1
}

// WARCReader reads WARC/1.0 and 1.1 records, gzip-compressed or not, one at
// a time, so that archives of any size stream through bounded memory.
type WARCReader struct {
	r   *bufio.Reader
	n   int64
	err error
}

// NewWARCReader sniffs gzip and returns a reader over the records of r.
func NewWARCReader(r io.Reader) (*WARCReader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(2)
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		// Multistream reads the one-gzip-member-per-record layout as one stream.
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		gz.Multistream(true)
		br = bufio.NewReaderSize(gz, 64<<10)
	}
	return &WARCReader{r: br}, nil
}

// ErrCorruptRecord marks a record whose header could not be read; the
// reader has skipped to the next record it could find.
var ErrCorruptRecord = errors.New("corrupt WARC record")

// Next returns the next record, io.EOF at the end, an error wrapping
// ErrCorruptRecord for a damaged record (reading may go on), or another
// error when the stream itself fails (reading must stop).
func (w *WARCReader) Next() (*WARCRecord, error) {
	if w.err != nil {
		return nil, w.err
	}
	line, err := w.skipBlank()
	if err != nil {
		w.err = err
		return nil, err
	}
	w.n++
	if !strings.HasPrefix(line, "WARC/") {
		w.resync()
		return nil, fmt.Errorf("record %d: %w: expected a WARC version line, found %q", w.n, ErrCorruptRecord, clipLine(line))
	}
	rec := &WARCRecord{Offset: w.n}
	length := int64(-1)
	for {
		h, err := w.r.ReadString('\n')
		if err != nil {
			w.err = fmt.Errorf("record %d: truncated header: %w", w.n, err)
			return nil, w.err
		}
		h = strings.TrimRight(h, "\r\n")
		if h == "" {
			break
		}
		k, v, ok := strings.Cut(h, ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "warc-type":
			rec.Type = v
		case "warc-target-uri":
			rec.TargetURI = strings.Trim(v, "<>")
		case "warc-date":
			rec.Date = v
		case "warc-record-id":
			rec.ID = v
		case "content-type":
			rec.ContentType = v
		case "content-length":
			n, err := strconv.ParseInt(v, 10, 64)
			if err == nil && n >= 0 {
				length = n
			}
		}
	}
	if length < 0 {
		w.resync()
		return nil, fmt.Errorf("record %d: %w: no valid Content-Length", w.n, ErrCorruptRecord)
	}
	if length > MaxRecordBytes {
		if _, err := io.CopyN(io.Discard, w.r, length); err != nil {
			w.err = fmt.Errorf("record %d: truncated content: %w", w.n, err)
			return nil, w.err
		}
		return nil, fmt.Errorf("record %d: %w: content of %d MB is over the limit", w.n, ErrCorruptRecord, length>>20)
	}
	rec.Content = make([]byte, length)
	if _, err := io.ReadFull(w.r, rec.Content); err != nil {
		w.err = fmt.Errorf("record %d: truncated content (%d bytes announced): %w", w.n, length, err)
		return nil, w.err
	}
	return rec, nil
}

func (w *WARCReader) skipBlank() (string, error) {
	for {
		line, err := w.r.ReadString('\n')
		if err != nil {
			if err == io.EOF && strings.TrimSpace(line) == "" {
				return "", io.EOF
			}
			if err == io.EOF {
				return line, nil
			}
			return "", err
		}
		if strings.TrimSpace(line) != "" {
			return strings.TrimRight(line, "\r\n"), nil
		}
	}
}

// resync skips to the line before the next "WARC/" version line.
func (w *WARCReader) resync() {
	for {
		peek, err := w.r.Peek(5)
		if err != nil {
			return
		}
		if string(peek) == "WARC/" {
			return
		}
		if _, err := w.r.ReadString('\n'); err != nil {
			return
		}
	}
}

func clipLine(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// HTTPBody returns the HTML body of a response record, or an error saying
// why the record holds none.
func (rec *WARCRecord) HTTPBody() ([]byte, error) {
	if !strings.HasPrefix(strings.ToLower(rec.ContentType), "application/http") {
		return nil, fmt.Errorf("content type %q is not an HTTP response", rec.ContentType)
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.Content)), nil)
	if err != nil {
		return nil, fmt.Errorf("HTTP response: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP status %d", resp.StatusCode)
	}
	if ct := strings.ToLower(resp.Header.Get("Content-Type")); ct != "" && !strings.Contains(ct, "html") {
		return nil, fmt.Errorf("payload is %s, not HTML", ct)
	}
	payload, err := decodeContent(resp.Body, resp.Header.Get("Content-Encoding"))
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(io.LimitReader(payload, MaxRecordBytes+1))
	if err != nil {
		return nil, fmt.Errorf("HTTP body: %w", err)
	}
	if len(body) > MaxRecordBytes {
		return nil, fmt.Errorf("HTTP body larger than %d MB", MaxRecordBytes>>20)
	}
	return body, nil
}

// decodeContent undoes a response's Content-Encoding: crawlers store the
// body as the server sent it, compressed or not.
func decodeContent(r io.Reader, encoding string) (io.Reader, error) {
	switch e := strings.ToLower(strings.TrimSpace(encoding)); e {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		gz, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("gzip-encoded HTTP body: %w", err)
		}
		return gz, nil
	case "deflate":
		// Servers send either zlib-wrapped or raw deflate under this name.
		br := bufio.NewReader(r)
		if head, err := br.Peek(2); err == nil && head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
			z, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("deflate-encoded HTTP body: %w", err)
			}
			return z, nil
		}
		return flate.NewReader(br), nil
	case "br":
		return brotli.NewReader(r), nil
	default:
		return nil, fmt.Errorf("HTTP body in content encoding %q, which is not read", e)
	}
}
