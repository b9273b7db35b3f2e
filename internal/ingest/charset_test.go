package ingest

import (
	"strings"
	"testing"
)

func TestDecodeHTML(t *testing.T) {
	for _, tc := range []struct {
		name, contentType, page, want string
	}{
		{"utf-8, no declaration, few accents", "", "<html><body>Caf\u00e9 in Z\u00fcrich</body></html>", "Café in Zürich"},
		{"utf-8 page with a stale latin-1 meta", "", "<html><head><meta charset=iso-8859-1></head><body>na\u00efve</body></html>", "naïve"},
		{"latin-1 by the header", "text/html; charset=iso-8859-1", "<html><body>Caf\xe9</body></html>", "Café"},
		{"windows-1252 by meta", "text/html", "<html><head><meta charset=\"windows-1252\"></head><body>\x93Quoted\x94</body></html>", "“Quoted”"},
		{"undeclared and not utf-8: windows-1252", "", "<html><body>\x93hi\x94 \xe9t\xe9</body></html>", "“hi” été"},
		{"header wins over meta", "text/html; charset=utf-8", "<html><head><meta charset=iso-8859-1></head><body>\u00fc</body></html>", "ü"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := string(DecodeHTML([]byte(tc.page), tc.contentType))
			if !contains(got, tc.want) {
				t.Errorf("got %q, want it to hold %q", got, tc.want)
			}
		})
	}
}

func TestDecodeText(t *testing.T) {
	if got := string(DecodeText([]byte("Caf\xe9"), "text/plain; charset=iso-8859-1")); got != "Café" {
		t.Errorf("latin-1 text: %q", got)
	}
	if got := string(DecodeText([]byte("Café"), "text/plain; charset=iso-8859-1")); got != "Café" {
		t.Errorf("utf-8 text under a latin-1 header: %q", got)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
