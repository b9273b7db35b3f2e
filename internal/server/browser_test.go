package server

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// hostile is an article we wrote to attack the page: every way article
// text could become markup or script.
const hostile = `<script>window.__pwned = 1; alert(1)</script> The mayor said the <img src=x onerror="window.__pwned=2;alert(2)"> plan was fine.
“Click <a href="javascript:window.__pwned=3">here</a> </textarea><script>window.__pwned=4</script> now,” Ruth Adeyemi said.
<iframe src="javascript:alert(5)"></iframe><svg onload="window.__pwned=6"></svg>`

func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is required under CI (.ci/run installs Debian's chromium)")
	}
	t.Skip("no chromium installed: apt-get install -y chromium")
	return ""
}

func testServer(t *testing.T) *httptest.Server {
	t.Helper()
	seed, err := os.ReadFile(filepath.Join(dataset.SharedDir(), "seed", "article.txt"))
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	var docs []document.Document
	for _, in := range []struct{ id, title, text string }{
		{"seed", "US envoy: ISIS still a threat in Iraq", string(seed)},
		{"hostile", `</title><script>window.__pwned=7</script>`, hostile},
	} {
		d, err := document.New([]byte(in.text), document.Meta{ID: in.id, Title: in.title, Published: "2024-03-25", Outlet: "Test Wire"})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return serveDocs(t, docs)
}

// serveDocs analyzes docs into a fresh SQLite store and serves it.
func serveDocs(t *testing.T, docs []document.Document) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ui.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	a := analysis.New()
	recs := make([]analysis.Record, len(docs))
	for i, d := range docs {
		recs[i] = a.Analyze(d)
	}
	if _, err := st.Put(ctx, recs, nil); err != nil {
		t.Fatal(err)
	}
	h, err := New(st, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func browser(t *testing.T) (context.Context, *[]string) {
	exe := chromium(t)
	// Chromium may still be writing its profile as the test ends; remove it
	// after the browser is gone (cleanups run last-in, first-out) and do not
	// fail on what it left behind.
	profile, err := os.MkdirTemp("", "claimgraph-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(profile) })
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(profile))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	// An alert() that ran would block the page and time the next step out,
	// so a dialog also fails the test; window.__pwned names which payload ran.
	var dialogs []string
	return ctx, &dialogs
}

// TestBrowserSeed opens the seed article in Chromium: both sides' quotes are
// highlighted and link to their speaker pages, and the contradiction is
// shown. TestBrowserEveryPage checks the layout of every page kind.
func TestBrowserSeed(t *testing.T) {
	srv := testServer(t)
	ctx, _ := browser(t)
	var marks []string
	var links []string
	var contra string
	if err := chromedp.Run(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(srv.URL+"/doc?id=seed"),
		chromedp.WaitVisible(`mark.q`),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('mark.q')).map(m => m.dataset.speaker)`, &marks),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('a.speaker-link')).map(a => a.getAttribute('href'))`, &links),
		chromedp.Text(`#contradictions`, &contra),
	); err != nil {
		t.Fatal(err)
	}
	for _, who := range []string{"Alina Romanowski", "Mohammed Shia al-Sudani"} {
		if !strings.Contains(strings.Join(marks, "|"), who) {
			t.Errorf("no quote of %s highlighted (marks: %v)", who, marks)
		}
		if !strings.Contains(strings.Join(links, "|"), "/speaker?name="+strings.ReplaceAll(who, " ", "+")) {
			t.Errorf("no link to %s's speaker page (links: %v)", who, links)
		}
		if !strings.Contains(contra, who) {
			t.Errorf("contradiction panel lacks %s: %q", who, contra)
		}
	}
	var speakerTitle string
	if err := chromedp.Run(ctx, chromedp.Navigate(srv.URL+"/doc?id=seed"), chromedp.WaitVisible(`a.speaker-link`),
		chromedp.Click(`a.speaker-link`), chromedp.WaitVisible(`figure.chart`), chromedp.Text(`h1`, &speakerTitle)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(speakerTitle, "Romanowski") && !strings.Contains(speakerTitle, "al-Sudani") {
		t.Errorf("speaker link led to %q", speakerTitle)
	}
}

// TestBrowserHostileArticle proves in Chromium that article text full of
// scripts, handlers, javascript: URLs and breakouts runs nothing.
func TestBrowserHostileArticle(t *testing.T) {
	srv := testServer(t)
	ctx, dialogs := browser(t)
	for _, path := range []string{"/doc?id=hostile", "/search?q=mayor", "/quotes", "/speaker?name=Ruth+Adeyemi"} {
		var pwned any
		var scripts int
		if err := chromedp.Run(ctx,
			chromedp.Navigate(srv.URL+path),
			chromedp.WaitReady(`body`),
			chromedp.Sleep(300*time.Millisecond),
			chromedp.Evaluate(`window.__pwned === undefined ? null : window.__pwned`, &pwned),
			chromedp.Evaluate(`document.querySelectorAll('script, iframe, img[onerror], svg[onload], a[href^="javascript"]').length`, &scripts),
		); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if pwned != nil || scripts != 0 {
			t.Errorf("%s: article markup became live (pwned=%v, live elements=%d)", path, pwned, scripts)
		}
	}
	// The analyze form: hostile text pasted and rendered.
	var pwned any
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/analyze"),
		chromedp.SetValue(`textarea[name=text]`, hostile, chromedp.ByQuery),
		chromedp.Submit(`form.analyze`, chromedp.ByQuery),
		chromedp.WaitVisible(`.notice`),
		chromedp.Evaluate(`window.__pwned === undefined ? null : window.__pwned`, &pwned),
	); err != nil {
		t.Fatal(err)
	}
	if pwned != nil || len(*dialogs) > 0 {
		t.Errorf("analyze form ran script: pwned=%v dialogs=%v", pwned, *dialogs)
	}
}
