package readme

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/dataset"
)

// example is one command of a README code block.
type example struct {
	line int
	cmd  string
}

// examples reads the commands of the README's sh blocks: lines that run
// claimgraph or curl, continuation lines joined, trailing comments cut.
func examples(t *testing.T, path string) []example {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []example
	sc := bufio.NewScanner(f)
	inSh, n, pending := false, 0, ""
	start := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "```sh"):
			inSh = true
			continue
		case strings.HasPrefix(line, "```"):
			inSh = false
			continue
		}
		if !inSh {
			continue
		}
		if pending == "" {
			start = n
		}
		line = strings.TrimSpace(line)
		if strings.HasSuffix(line, `\`) {
			pending += strings.TrimSuffix(line, `\`) + " "
			continue
		}
		line = trailingComment.ReplaceAllString(pending+line, "")
		pending = ""
		if strings.HasPrefix(line, "./claimgraph ") || strings.HasPrefix(line, "curl ") {
			out = append(out, example{start, line})
		}
	}
	return out
}

// trailingComment is a comment after a command, set off by two spaces.
var trailingComment = regexp.MustCompile(`\s{2,}#.*$`)

// skipped says why an example is not run here, or "".
func skipped(cmd string) string {
	switch {
	case strings.Contains(cmd, "https://") && !strings.Contains(cmd, "127.0.0.1"):
		return "reaches the network (tests use local httptest servers: internal/fetch, cmd/claimgraph Web tests)"
	case strings.HasPrefix(cmd, "./claimgraph watch"):
		return "runs until stopped, over the network (cmd/claimgraph TestWatch*)"
	case strings.HasPrefix(cmd, "./claimgraph eval") || strings.HasPrefix(cmd, "./claimgraph train"):
		return "a measurement over a shared data set, minutes long (internal/eval and internal/stance tests)"
	}
	return ""
}

var dbFlag = regexp.MustCompile(`--db (\S+)`)

// TestReadmeExamples builds claimgraph, ingests the shared corpus as the
// README says, and runs every example: each must exit 0 and, for a query,
// print rows.
func TestReadmeExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the whole shared corpus")
	}
	dataset.Require(t, filepath.Join(dataset.DataDir(), "corpus"))
	dataset.Require(t, filepath.Join(dataset.SharedDir(), "seed", "article.txt"))
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "claimgraph")
	build := exec.Command("go", "build", "-o", bin, "./cmd/claimgraph")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	store := filepath.Join(tmp, "claimgraph.db")
	// The README's paths are relative to the repository root, with the
	// shared folder beside it; run them from a root whose ../shared is
	// the one the tests use.
	work := filepath.Join(tmp, "repo")
	if err := os.Symlink(root, work); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dataset.SharedDir(), filepath.Join(tmp, "shared")); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "CLAIMGRAPH_DB="+store)
	run := func(ex example) (string, error) {
		cmd := strings.Replace(ex.cmd, "./claimgraph", bin, 1)
		cmd = dbFlag.ReplaceAllStringFunc(cmd, func(m string) string {
			name := strings.TrimPrefix(m, "--db ")
			if name == "corpus.db" {
				return "--db " + store
			}
			return "--db " + filepath.Join(tmp, filepath.Base(name))
		})
		cmd = strings.ReplaceAll(cmd, "> corpus.jsonl", "> "+filepath.Join(tmp, "corpus.jsonl"))
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		c := exec.CommandContext(ctx, "bash", "-c", cmd)
		c.Dir, c.Env = filepath.Join(tmp, "repo"), env
		var stderr strings.Builder
		c.Stderr = &stderr
		out, err := c.Output()
		if err != nil {
			return string(out), &runError{err, stderr.String()}
		}
		return string(out), nil
	}
	exs := examples(t, filepath.Join(root, "README.md"))
	ran := 0
	var base string // the served address, once serve has run
	for _, ex := range exs {
		if why := skipped(ex.cmd); why != "" {
			t.Logf("README:%d not run: %s: %s", ex.line, why, ex.cmd)
			continue
		}
		ran++
		switch {
		case strings.HasPrefix(ex.cmd, "./claimgraph serve"):
			base = serve(t, bin, store)
			continue
		case strings.HasPrefix(ex.cmd, "curl "):
			if base == "" {
				t.Fatalf("README:%d: a curl example before any serve", ex.line)
			}
			url := regexp.MustCompile(`'([^']+)'`).FindStringSubmatch(ex.cmd)
			if url == nil {
				t.Fatalf("README:%d: no quoted URL in %s", ex.line, ex.cmd)
			}
			body := get(t, strings.Replace(url[1], "http://127.0.0.1:8080", base, 1))
			if len(body) < 40 || strings.Contains(body, `"items":[]`) || strings.Contains(body, `"matches":[]`) {
				t.Errorf("README:%d %s: nothing found: %s", ex.line, ex.cmd, body)
			}
			continue
		}
		out, err := run(ex)
		if err != nil {
			t.Errorf("README:%d %s: %v", ex.line, ex.cmd, err)
			continue
		}
		verb := strings.Fields(ex.cmd)[1]
		switch verb {
		case "ingest", "reanalyze", "relink":
			// They report on stderr; what they stored is what the
			// queries after them read.
		case "export":
			if fi, err := os.Stat(filepath.Join(tmp, "corpus.jsonl")); err != nil || fi.Size() == 0 {
				t.Errorf("README:%d %s wrote nothing: %v", ex.line, ex.cmd, err)
			}
		default:
			// A query prints a header and at least one row.
			if lines := strings.Count(strings.TrimSpace(out), "\n") + 1; strings.TrimSpace(out) == "" || lines < 2 {
				t.Errorf("README:%d %s printed no rows:\n%s", ex.line, ex.cmd, out)
			}
		}
	}
	if ran == 0 {
		t.Fatal("precondition: the README has examples to run")
	}
	t.Logf("ran %d of %d README examples", ran, len(exs))
}

type runError struct {
	err    error
	stderr string
}

func (e *runError) Error() string { return e.err.Error() + ": " + e.stderr }

// serve starts claimgraph serve on a free port and returns its address.
func serve(t *testing.T, bin, store string) string {
	t.Helper()
	cmd := exec.Command(bin, "serve", "--db", store, "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := regexp.MustCompile(`http://127\.0\.0\.1:\d+`).FindString(sc.Text()); m != "" {
				addr <- m
				break
			}
		}
		io.Copy(io.Discard, stderr)
	}()
	select {
	case a := <-addr:
		return a
	case <-time.After(30 * time.Second):
		t.Fatal("serve printed no address")
	}
	return ""
}

func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET %s: %d %s", url, resp.StatusCode, b)
	}
	return string(b)
}
