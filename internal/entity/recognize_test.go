package entity

import (
	"strings"
	"testing"
)

// TestParticlePrefixesHoldAHyphen keeps matchAt's one-lookup skip of
// lower-case tokens right: it relies on every prefix hasParticle reads
// holding a hyphen, so a token without one cannot start a particle name.
func TestParticlePrefixesHoldAHyphen(t *testing.T) {
	for _, pr := range particles[:8] {
		if !strings.Contains(pr, "-") {
			t.Errorf("particle prefix %q has no hyphen: matchAt would skip tokens it starts", pr)
		}
	}
}
