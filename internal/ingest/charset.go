package ingest

import (
	"bytes"
	"io"
	"mime"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// DecodeHTML returns an HTML page as UTF-8. A byte-order mark or the
// charset of contentType (the HTTP header) decide; failing those, a page
// whose bytes are valid UTF-8 is UTF-8 whatever its <meta> says (pages
// moved to UTF-8 often keep an old declaration, while Latin-1 text is
// almost never valid UTF-8); else the <meta> declaration, else
// windows-1252, as browsers do.
func DecodeHTML(data []byte, contentType string) []byte {
	e, _, certain := charset.DetermineEncoding(data, contentType)
	if !certain && utf8.Valid(data) {
		return data
	}
	return decodeWith(data, e)
}

// DecodeText returns a fetched text as UTF-8: from the header's charset
// when it names one and the text is not valid UTF-8 already.
func DecodeText(data []byte, contentType string) []byte {
	if utf8.Valid(data) {
		return data
	}
	_, params, _ := mime.ParseMediaType(contentType)
	e, _ := charset.Lookup(params["charset"])
	if e == nil {
		e, _ = charset.Lookup("windows-1252")
	}
	return decodeWith(data, e)
}

func decodeWith(data []byte, e encoding.Encoding) []byte {
	if e == nil || e == encoding.Nop {
		return data
	}
	out, err := io.ReadAll(e.NewDecoder().Reader(bytes.NewReader(data)))
	if err != nil {
		return data
	}
	return out
}
