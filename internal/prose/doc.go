// Package prose tells the paragraphs of a text that are prose from those
// that are not: base64 and other long unbroken strings, URLs and code on a
// line of their own, and runs of words without grammar (word lists, tables
// of codes, text in another language). The analysis reads only prose, so
// that a page of base64 yields no "entities" and costs no more than news.
package prose
