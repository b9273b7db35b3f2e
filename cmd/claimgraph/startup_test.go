package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// maxInitBytes bounds what one package may allocate while the program
// starts. The tables that made every command slow were far above it:
// go-dateparser's locales 78 MB and its timezones 5 MB, the entity
// lexicons 16 MB; each is now built on first use.
const maxInitBytes = 4 << 20

// TestStartupInitsAreCheap runs --help and stats with the runtime's init
// trace: no package initialization allocates more than maxInitBytes, and
// the library that used to is still linked (so the trace saw it).
func TestStartupInitsAreCheap(t *testing.T) {
	bin := buildBinary(t)
	db := filepath.Join(t.TempDir(), "empty.db")
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, args := range [][]string{{"--help"}, {"stats", "--db", db}} {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr.String())
		}
		seen := map[string]bool{}
		sc := bufio.NewScanner(&stderr)
		for sc.Scan() {
			// init PKG @0.5 ms, 0.02 ms clock, 1234 bytes, 5 allocs
			f := strings.Fields(sc.Text())
			if len(f) < 9 || f[0] != "init" || f[8] != "bytes," {
				continue
			}
			n, err := strconv.Atoi(f[7])
			if err != nil {
				t.Fatalf("init trace line %q: %v", sc.Text(), err)
			}
			seen[f[1]] = true
			if n > maxInitBytes {
				t.Errorf("%v: initializing %s allocates %d bytes", args, f[1], n)
			}
		}
		// go-trafilatura, which imports go-dateparser, initializes some tables:
		// its line shows the HTML extractor is linked and the trace was read.
		if pkg := "github.com/markusmobius/go-trafilatura"; !seen[pkg] {
			t.Errorf("%v: the init trace has no line for %s", args, pkg)
		}
	}
}

// BenchmarkStartup times whole processes: --help, and stats on an empty
// store and, with CLAIMGRAPH_STATS_DB set, on that store (for example the
// shared corpus ingested as the README says). It reports the largest peak
// resident size of any run. Run:
//
//	go test ./cmd/claimgraph -run '^$' -bench Startup -benchtime 20x
func BenchmarkStartup(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "claimgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	empty := filepath.Join(dir, "empty.db")
	st, err := sqlite.Open(context.Background(), empty)
	if err != nil {
		b.Fatal(err)
	}
	st.Close()
	cases := []struct {
		name string
		args []string
	}{{"help", []string{"--help"}}, {"stats-empty", []string{"stats", "--db", empty}}}
	if db := os.Getenv("CLAIMGRAPH_STATS_DB"); db != "" {
		cases = append(cases, struct {
			name string
			args []string
		}{"stats-store", []string{"stats", "--db", db}})
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			var peak int
			for i := 0; i < b.N; i++ {
				kb, err := peakRSS(bin, tc.args...)
				if err != nil {
					b.Fatal(err)
				}
				peak = max(peak, kb)
			}
			b.ReportMetric(float64(peak)/1024, "peak-MB")
		})
	}
}

// peakRSS runs bin and returns its peak resident size in kilobytes: VmHWM,
// read from /proc when the process stops on its way out. getrusage's figure
// will not do: Linux carries the spawning process's peak over exec, so
// every child of the benchmark would report the benchmark's own.
func peakRSS(bin string, args ...string) (int, error) {
	// ptrace requests must come from the thread that started the tracee.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cmd := exec.Command(bin, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Ptrace: true}
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	pid := cmd.Process.Pid
	var ws syscall.WaitStatus
	// The tracee stops once, at exec; from there on, stop it at its exit.
	if _, err := syscall.Wait4(pid, &ws, 0, nil); err != nil {
		return 0, err
	}
	if err := syscall.PtraceSetOptions(pid, syscall.PTRACE_O_TRACEEXIT); err != nil {
		return 0, err
	}
	sig := 0
	for {
		if err := syscall.PtraceCont(pid, sig); err != nil {
			return 0, err
		}
		if _, err := syscall.Wait4(pid, &ws, syscall.WALL, nil); err != nil {
			return 0, err
		}
		if ws.Exited() || ws.Signaled() {
			return 0, fmt.Errorf("%s %v ended before its exit stop", bin, args)
		}
		sig = 0
		if ws.TrapCause() == syscall.PTRACE_EVENT_EXIT {
			break
		}
		// A signal for the tracee (the runtime's preemption, SIGCHLD):
		// deliver it.
		if ws.StopSignal() != syscall.SIGTRAP {
			sig = int(ws.StopSignal())
		}
	}
	kb, err := vmHWM(pid)
	if err != nil {
		return 0, err
	}
	if err := syscall.PtraceCont(pid, 0); err != nil {
		return 0, err
	}
	if err := cmd.Wait(); err != nil {
		return 0, fmt.Errorf("%s %v: %w", bin, args, err)
	}
	return kb, nil
}

// vmHWM reads a process's peak resident size, in kilobytes.
func vmHWM(pid int) (int, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
		}
	}
	return 0, fmt.Errorf("no VmHWM in /proc/%d/status", pid)
}
