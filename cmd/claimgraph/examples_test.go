package main

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestExamples: every command but search (not ours to document) has an
// example, and each example line names its own command, with flags the
// command has and the arguments it accepts.
func TestExamples(t *testing.T) {
	root := newRoot()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			walk(sub)
			path := sub.CommandPath()
			if sub.Name() == "search" || sub.Name() == "help" || sub.Name() == "completion" || strings.HasPrefix(path, "claimgraph completion") {
				continue
			}
			if strings.TrimSpace(sub.Example) == "" {
				t.Errorf("%s has no example", path)
				continue
			}
			for _, line := range strings.Split(sub.Example, "\n") {
				checkExample(t, root, sub, line)
			}
		}
	}
	walk(root)
}

func checkExample(t *testing.T, root, want *cobra.Command, line string) {
	t.Helper()
	words := shellWords(line)
	if len(words) < 2 || words[0] != "claimgraph" {
		t.Errorf("%s: example %q is not a claimgraph invocation", want.CommandPath(), line)
		return
	}
	// A redirection or a comment is the shell's, not the command's.
	for _, sh := range []string{">", "#"} {
		if i := indexOf(words, sh); i >= 0 {
			words = words[:i]
		}
	}
	found, rest, err := root.Find(words[1:])
	// A group's example (eval, train) runs one of its commands.
	if err != nil || found != want && found.Parent() != want {
		t.Errorf("%s: example %q runs %v (%v)", want.CommandPath(), line, found.CommandPath(), err)
		return
	}
	// Fresh flags: parsing must not leak values into the next example.
	cmd := newRootCommand(t, found.CommandPath())
	if err := cmd.ParseFlags(rest); err != nil {
		t.Errorf("%s: example %q: %v", want.CommandPath(), line, err)
		return
	}
	if cmd.Args != nil {
		if err := cmd.Args(cmd, cmd.Flags().Args()); err != nil {
			t.Errorf("%s: example %q: %v", want.CommandPath(), line, err)
		}
	}
}

// newRootCommand finds path in a new command tree.
func newRootCommand(t *testing.T, path string) *cobra.Command {
	t.Helper()
	root := newRoot()
	c, _, err := root.Find(strings.Fields(path)[1:])
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// shellWords splits a command line as a shell does for these examples:
// on spaces, keeping double-quoted words whole.
func shellWords(s string) []string {
	var out []string
	var cur strings.Builder
	quoted, in := false, false
	for _, r := range s {
		switch {
		case r == '"':
			quoted, in = !quoted, true
		case r == ' ' && !quoted:
			if in {
				out = append(out, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if in {
		out = append(out, cur.String())
	}
	return out
}

func indexOf(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	return -1
}
