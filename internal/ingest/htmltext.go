package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// blockKind is what a block of article text was in the page.
type blockKind int

const (
	paragraph blockKind = iota
	heading
	item // a list item
)

// block is one unit of article text: a paragraph, a heading or a list
// item, its whitespace collapsed. Boilerplate is told from article text
// block by block (see dropBoilerplate), so the page's structure is kept
// until the text is rendered.
type block struct {
	kind  blockKind
	level int // 1-6 for a heading
	text  string
	// linkRunes counts the letters and digits of text inside links: a
	// block that is all link is navigation or a teaser for another page.
	linkRunes, runes int
	// plainWords counts the words outside links ("Related:" before a
	// linked headline).
	plainWords int
	// list identifies the list an item belongs to (consecutive items of
	// one list render one per line); nil for other blocks.
	list *html.Node
}

// blockElements are the elements that start a new block of text. Everything
// else (links, emphasis, code spans) is inline and joins the text around it.
var blockElements = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "blockquote": true, "pre": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"figure": true, "figcaption": true, "table": true, "tr": true, "td": true, "th": true,
	"header": true, "footer": true, "aside": true, "main": true, "body": true,
}

// blocksOf splits trafilatura's content tree into blocks, in reading order.
func blocksOf(root *html.Node) []block {
	c := &collector{}
	c.walk(root, 0)
	c.flush()
	return c.out
}

type collector struct {
	out   []block
	cur   strings.Builder
	links int
	runes int
	plain int
	depth int // of the last text node read
	// The innermost block element around the text being read.
	kind  blockKind
	level int
	list  *html.Node
}

// blockCtx is the block context the walk is in.
type blockCtx struct {
	kind  blockKind
	level int
	list  *html.Node
}

func (c *collector) walk(n *html.Node, inLink int) {
	c.walkAt(n, inLink, 0)
}

func (c *collector) walkAt(n *html.Node, inLink, depth int) {
	switch n.Type {
	case html.TextNode:
		c.text(n.Data, inLink > 0, depth)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	tag := n.Data
	switch tag {
	case "script", "style", "noscript", "template", "svg", "button", "form", "select", "nav":
		return
	case "br", "hr":
		// A line break inside a paragraph (a ranking, an address) keeps its line.
		c.cur.WriteString("\n")
		return
	case "a":
		inLink++
	}
	if !blockElements[tag] {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			c.walkAt(ch, inLink, depth+1)
		}
		return
	}
	c.flush()
	saved := blockCtx{c.kind, c.level, c.list}
	switch {
	case len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6':
		c.kind, c.level = heading, int(tag[1]-'0')
	case tag == "ul" || tag == "ol" || tag == "dl":
		c.list = n
	case tag == "li" || tag == "dt" || tag == "dd":
		if c.kind != heading {
			c.kind = item
		}
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walkAt(ch, inLink, depth+1)
	}
	c.flush()
	c.kind, c.level, c.list = saved.kind, saved.level, saved.list
}

func (c *collector) text(s string, inLink bool, depth int) {
	// A line break in the page's source is layout; only <br> breaks a line.
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
	// trafilatura trims the text around inline elements ("the EU</a> to
	// have" comes out as "EU" and "to have"): a space goes back at an
	// element boundary, unless punctuation closes up to the word.
	if c.cur.Len() > 0 && depth != c.depth && needsSpace(c.cur.String(), s) {
		c.cur.WriteString(" ")
	}
	c.depth = depth
	if !inLink {
		c.plain += len(strings.Fields(s))
	}
	for _, r := range s {
		if isWordRune(r) {
			c.runes++
			if inLink {
				c.links++
			}
		}
	}
	c.cur.WriteString(s)
}

// needsSpace: text after ends a word against before with no space
// between, and is not punctuation that closes up to it.
func needsSpace(before, after string) bool {
	b, _ := utf8.DecodeLastRuneInString(before)
	a, _ := utf8.DecodeRuneInString(after)
	if unicode.IsSpace(b) || unicode.IsSpace(a) {
		return false
	}
	return !strings.ContainsRune(`,.;:!?)]}'’”%…`, a) && !strings.ContainsRune(`([{“‘$#@/-`, b)
}

// flush ends the block being read, if it holds any text.
func (c *collector) flush() {
	text := collapse(c.cur.String())
	if text != "" {
		b := block{kind: c.kind, level: c.level, text: text, linkRunes: c.links, runes: c.runes, plainWords: c.plain}
		if c.kind == item {
			b.list = c.list
		}
		c.out = append(c.out, b)
	}
	c.cur.Reset()
	c.links, c.runes, c.plain = 0, 0, 0
}

// collapse squeezes runs of spaces to one and keeps the line breaks of
// <br>, each line trimmed: pages indent their source, and that layout is
// not the text's.
func collapse(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if f := strings.Fields(l); len(f) > 0 {
			out = append(out, strings.Join(f, " "))
		}
	}
	return strings.Join(out, "\n")
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// renderBlocks writes blocks as text: a blank line between paragraphs and
// headings, the items of one list one per line.
func renderBlocks(bs []block) string {
	var b strings.Builder
	for i, bl := range bs {
		if i > 0 {
			if bl.kind == item && bs[i-1].kind == item && bl.list == bs[i-1].list {
				b.WriteString("\n")
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(bl.text)
	}
	return b.String()
}
