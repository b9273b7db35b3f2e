package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// WriteSplit copies the lines of the gold file src whose `orig_split` is one
// of splits to dst, byte for byte, so that score.py can be run on exactly
// the documents that were scored. It keeps held-out parts of a data set
// (PolNeAR's test split) apart from the parts rules are tuned on.
func WriteSplit(src, dst string, splits []string) (int, error) {
	in, err := os.Open(src)
	if err != nil {
		return 0, fmt.Errorf("gold: %w", err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return 0, fmt.Errorf("split gold: %w", err)
	}
	n, err := copySplit(in, out, src, splits)
	if cerr := out.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("%s: %w", dst, cerr)
	}
	return n, err
}

func copySplit(r io.Reader, w io.Writer, name string, splits []string) (int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	bw := bufio.NewWriter(w)
	n, line := 0, 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var d struct {
			Split string `json:"orig_split"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return n, fmt.Errorf("%s line %d: %w", name, line, err)
		}
		if !slices.Contains(splits, d.Split) {
			continue
		}
		bw.Write(sc.Bytes())
		bw.WriteByte('\n')
		n++
	}
	if err := sc.Err(); err != nil {
		return n, fmt.Errorf("%s: %w", name, err)
	}
	if n == 0 {
		return 0, fmt.Errorf("%s: no document has orig_split %s", name, strings.Join(splits, " or "))
	}
	return n, bw.Flush()
}
