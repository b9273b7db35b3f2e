// Package segment cuts a document's text into paragraphs, sentences and
// tokens, every one carrying byte offsets into the original text, and tells
// opening quote marks from closing ones. It is the only place that looks at
// raw characters; every later stage works on its tokens.
package segment
