package check

import (
	"bufio"
	"os"
	"strings"
)

// ReadClaims reads a file of claims, one per line; blank lines and lines
// starting with # are skipped.
func ReadClaims(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out, sc.Err()
}
