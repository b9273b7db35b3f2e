package ingest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// parseBlocks splits an HTML snippet into blocks without trafilatura, so
// that a test sees what blocksOf and the boilerplate rules do alone.
func parseBlocks(t *testing.T, snippet string) []block {
	t.Helper()
	root, err := html.Parse(strings.NewReader(snippet))
	if err != nil {
		t.Fatal(err)
	}
	return blocksOf(root)
}

func TestRenderBlocks(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"paragraphs are separated by a blank line",
			`<p>One.</p><p>Two.</p>`, "One.\n\nTwo."},
		{"a heading is a paragraph of its own",
			`<h2>Next</h2><p>Text.</p>`, "Next\n\nText."},
		{"list items one per line, the list set off by blank lines",
			`<p>Demands:</p><ul><li>one</li><li>two</li></ul><p>After.</p>`, "Demands:\n\none\ntwo\n\nAfter."},
		{"two lists in a row are two blocks",
			`<ul><li>a</li></ul><ol><li>b</li></ol>`, "a\n\nb"},
		{"source line breaks and indentation are layout",
			"<p>clad in\n      uniforms,   they</p>", "clad in uniforms, they"},
		{"br keeps its line",
			`<p>1. Finland<br>2. Norway</p>`, "1. Finland\n2. Norway"},
		{"a space goes back where trafilatura trimmed it around a link",
			`<li><a href="/x">the EU</a>to stay</li>`, "the EU to stay"},
		{"punctuation closes up to a link",
			`<p>uses <a href="/f">Facebook</a>'s tools, and <em>more</em>.</p>`, "uses Facebook's tools, and more."},
		{"scripts and forms are not text",
			`<p>Text.<script>var x;</script><button>Go</button></p>`, "Text."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := renderBlocks(parseBlocks(t, tt.html)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBlockLinkShare(t *testing.T) {
	tests := []struct {
		html             string
		linkOnly, mostly bool
	}{
		{`<p><a href="/a">all of it a link</a></p>`, true, true},
		{`<p>Related: <a href="/r">Rich are paying more in taxes</a></p>`, true, true},
		{`<p>four plain words here <a href="/b">and a longer link text</a></p>`, false, true},
		{`<p>mostly plain words here, with <a href="/c">a link</a></p>`, false, false},
		{`<p>no link at all</p>`, false, false},
	}
	for _, tt := range tests {
		bs := parseBlocks(t, tt.html)
		if len(bs) != 1 {
			t.Fatalf("%s: %d blocks, want 1", tt.html, len(bs))
		}
		if isLinkOnly(bs[0]) != tt.linkOnly || isMostlyLink(bs[0]) != tt.mostly {
			t.Errorf("%s: link-only %v mostly %v, want %v %v", tt.html, isLinkOnly(bs[0]), isMostlyLink(bs[0]), tt.linkOnly, tt.mostly)
		}
	}
}
