// Package report renders an analysis record for people: a text report
// grouped by speaker, and a standalone HTML page with the article and its
// quotes highlighted per speaker.
package report
