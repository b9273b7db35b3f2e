package main

import (
	"bytes"
	"errors"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// TestIngestProgressOnTerminal runs `claimgraph ingest` with standard
// error on a pseudo-terminal: the meter shows the total counted before the
// run, a percent, a rate and a time left, and the summary stands on a line
// of its own. With standard error on a pipe there is no meter at all.
func TestIngestProgressOnTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a real ingest long enough to show a rate")
	}
	bin := buildBinary(t)
	// One worker and enough articles that the run outlasts rateAfter.
	corpus := syntheticCorpus(t, 1500)

	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: 160}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "ingest", "--workers", "1", "--db", filepath.Join(t.TempDir(), "p.db"), corpus)
	cmd.Stderr = tty
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tty.Close() // the child holds it; reading ends when the child exits
	var out bytes.Buffer
	copied := make(chan error, 1)
	go func() {
		_, err := io.Copy(&out, ptmx)
		copied <- err
	}()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out.String())
	}
	select {
	case err := <-copied:
		// A pty whose other end is closed reads as EIO on Linux.
		if err != nil && !errors.Is(err, syscall.EIO) {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the pseudo-terminal's output did not end")
	}
	text := out.String()
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`ingest +\d+% \d+/1500 docs`), // the total, counted first
		regexp.MustCompile(`\d+(\.\d)? docs/s`),
		regexp.MustCompile(`ETA \d+(m\d+)?s`),
		regexp.MustCompile(`corpus\.jsonl#line \d+`), // the current input
	} {
		if !want.MatchString(text) {
			t.Errorf("meter lacks %s:\n%q", want, tail(text))
		}
	}
	// The summary is alone on its line: the meter's line is cleared
	// before it, and nothing follows it on the line.
	summary := regexp.MustCompile(`(^|\n|\r\x1b\[K)1500 read, 1500 added, 0 skipped \(already stored\), 0 failed in [0-9.]+s \(\d+ docs/s\)\r?\n$`)
	if !summary.MatchString(text) {
		t.Errorf("summary not on a line of its own at the end:\n%q", tail(text))
	}
	if rate := regexp.MustCompile(`(\d+) docs/s`).FindAllStringSubmatch(text, -1); len(rate) > 0 {
		for _, r := range rate {
			if len(r[1]) > 5 {
				t.Errorf("absurd rate %s docs/s", r[1])
			}
		}
	}

	// Not a terminal: failures and the summary only.
	var pipe bytes.Buffer
	quiet := exec.Command(bin, "ingest", "--db", filepath.Join(t.TempDir(), "q.db"), corpus)
	quiet.Stderr = &pipe
	if err := quiet.Run(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, pipe.String())
	}
	if s := pipe.String(); strings.Contains(s, "\r") || strings.Contains(s, "ETA") || strings.Count(s, "\n") != 1 {
		t.Errorf("meter drawn on a pipe:\n%q", s)
	}
}

// TestMeterLine checks the meter's text for known counts and times.
func TestMeterLine(t *testing.T) {
	tests := []struct {
		name    string
		unit    string
		total   int64
		n       int64
		current string
		elapsed time.Duration
		want    []string
		wantNo  []string
	}{
		{"total, rate and time left", "docs", 1000, 250, "a.jsonl#line 250", 5 * time.Second,
			[]string{"ingest  25% 250/1000 docs", "50 docs/s", "ETA 15s", "5s elapsed", "a.jsonl#line 250"}, nil},
		{"no rate in the first second", "docs", 1000, 900, "", 200 * time.Millisecond,
			[]string{"90% 900/1000"}, []string{"docs/s", "ETA"}},
		{"unknown total: a spinner, a count, a rate, no time left", "docs", 0, 30, "", 3 * time.Second,
			[]string{"ingest | 30 docs", "10 docs/s"}, []string{"%", "ETA"}},
		{"relink: spinner and elapsed time only", "", 0, 0, "", 65 * time.Second,
			[]string{"ingest |  1m5s elapsed"}, []string{"/s", "ETA"}},
		{"bytes", "B", 4 << 20, 1 << 20, "big.jsonl", 2 * time.Second,
			[]string{"25% 1.0M/4.0M B", "0.5M B/s", "ETA 6s"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &meter{what: "ingest", unit: tt.unit, total: tt.total, n: tt.n, current: tt.current, width: 200}
			got := m.line(tt.elapsed)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q lacks %q", got, w)
				}
			}
			for _, w := range tt.wantNo {
				if strings.Contains(got, w) {
					t.Errorf("%q has %q", got, w)
				}
			}
		})
	}
	long := &meter{what: "ingest", unit: "docs", total: 10, n: 1, current: strings.Repeat("x", 300), width: 80}
	if got := long.line(time.Second); len([]rune(got)) > 79 {
		t.Errorf("line of %d runes on an 80-column terminal", len([]rune(got)))
	}
}

func tail(s string) string {
	if len(s) > 600 {
		return "…" + s[len(s)-600:]
	}
	return s
}
