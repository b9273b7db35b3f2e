package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/term"
)

// meter draws one progress line on a terminal: what is running, the
// percent and count of a known total (or a spinner), the rate over the
// real time elapsed, the time left and the current input. It is quiet when
// standard error is not a terminal (a nil *meter does nothing), and Done
// clears its line so that the summary printed next stands on its own.
//
// The rate is counted over the whole run, not a rolling window: a batch
// committed at once or a run of skipped documents cannot make it absurd.
type meter struct {
	w           io.Writer
	what, unit  string
	total       int64 // <= 0: unknown
	start       time.Time
	width       int
	mu          sync.Mutex
	n           int64
	current     string
	frame       int
	stop, ended chan struct{}
	once        sync.Once
}

// rateAfter is how long a meter runs before it shows a rate: over a
// shorter time the first few items say nothing of the pace.
const rateAfter = time.Second

var spinner = []string{"|", "/", "-", `\`}

// newMeter starts a meter on standard error, or returns nil when it is not
// a terminal. unit names what is counted: "docs", or "B" for bytes.
func newMeter(what, unit string, total int64) *meter {
	fd := int(os.Stderr.Fd())
	if !term.IsTerminal(fd) {
		return nil
	}
	width := 100
	if w, _, err := term.GetSize(fd); err == nil && w > 20 {
		width = w
	}
	return startMeter(os.Stderr, width, what, unit, total)
}

func startMeter(w io.Writer, width int, what, unit string, total int64) *meter {
	m := &meter{w: w, what: what, unit: unit, total: total, start: time.Now(), width: width,
		stop: make(chan struct{}), ended: make(chan struct{})}
	// Redrawn on a clock too: the spinner, elapsed time and time left move
	// while one long item (or a relink, which reports nothing) runs.
	go func() {
		defer close(m.ended)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				m.mu.Lock()
				m.frame++
				m.draw()
				m.mu.Unlock()
			case <-m.stop:
				return
			}
		}
	}()
	return m
}

// Add counts n more and names the input being read ("" keeps the last).
func (m *meter) Add(n int64, current string) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.n += n
	if current != "" {
		m.current = current
	}
}

// Set sets the count.
func (m *meter) Set(n int64) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.n = n
}

// Print clears the meter's line, prints a message on a line of its own
// and lets the next tick redraw the meter below it.
func (m *meter) Print(format string, args ...any) {
	if m == nil {
		fmt.Fprintf(os.Stderr, format, args...)
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	fmt.Fprint(m.w, "\r\x1b[K")
	fmt.Fprintf(m.w, format, args...)
}

// Done stops the meter and clears its line; later calls do nothing.
func (m *meter) Done() {
	if m == nil {
		return
	}
	m.once.Do(func() {
		close(m.stop)
		<-m.ended
		m.mu.Lock()
		defer m.mu.Unlock()
		fmt.Fprint(m.w, "\r\x1b[K")
	})
}

// draw writes the meter's line; m.mu is held.
func (m *meter) draw() {
	line := m.line(time.Since(m.start))
	fmt.Fprint(m.w, "\r\x1b[K"+line)
}

// line is the meter's text after elapsed, cut to the terminal's width.
func (m *meter) line(elapsed time.Duration) string {
	var b strings.Builder
	b.WriteString(m.what)
	if m.total > 0 {
		pct := min(100, 100*m.n/m.total)
		fmt.Fprintf(&b, " %3d%% %s/%s %s", pct, m.amount(m.n), m.amount(m.total), m.unit)
	} else {
		fmt.Fprintf(&b, " %s", spinner[m.frame%len(spinner)])
		if m.n > 0 {
			fmt.Fprintf(&b, " %s %s", m.amount(m.n), m.unit)
		}
	}
	parts := []string{fmt.Sprintf("%s elapsed", elapsed.Round(time.Second))}
	if elapsed >= rateAfter && m.n > 0 {
		rate := float64(m.n) / elapsed.Seconds()
		parts = append(parts, fmt.Sprintf("%s %s/s", m.rateString(rate), m.unit))
		if m.total > 0 && m.n < m.total {
			left := time.Duration(float64(m.total-m.n) / rate * float64(time.Second))
			parts = append(parts, fmt.Sprintf("ETA %s", left.Round(time.Second)))
		}
	}
	if m.current != "" {
		parts = append(parts, m.current)
	}
	b.WriteString("  " + strings.Join(parts, ", "))
	return cut(b.String(), m.width-1)
}

// amount writes a count, in MB for bytes.
func (m *meter) amount(n int64) string {
	if m.unit == "B" {
		return fmt.Sprintf("%.1fM", float64(n)/(1<<20))
	}
	return fmt.Sprint(n)
}

func (m *meter) rateString(r float64) string {
	if m.unit == "B" {
		return fmt.Sprintf("%.1fM", r/(1<<20))
	}
	if r < 10 {
		return fmt.Sprintf("%.1f", r)
	}
	return fmt.Sprintf("%.0f", r)
}

// cut shortens a line that does not fit the terminal, from its end (the
// current input's name): a wrapped line could not be redrawn in place.
func cut(s string, width int) string {
	if utf8.RuneCountInString(s) <= width || width <= 1 {
		return s
	}
	r := []rune(s)
	return string(r[:width-1]) + "…"
}
