package document

import (
	"errors"
	"strings"
	"testing"
)

func TestNewRejectsBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		raw  []byte
		pub  string
		want error
	}{
		{"empty", nil, "", ErrEmpty},
		{"only spaces", []byte(" \n\t "), "", ErrEmpty},
		{"binary", []byte("PK\x03\x04\x00\x00binary"), "", ErrBinary},
		{"too large", []byte(strings.Repeat("a", MaxTextBytes+1)), "", ErrTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := New(tc.raw, Meta{Published: tc.pub}); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestNewRepairsInvalidUTF8(t *testing.T) {
	d, err := New([]byte("caf\xe9 said \xff it"), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Repaired != 2 || d.Text != "caf\uFFFD said \uFFFD it" {
		t.Fatalf("got %q, %d repairs", d.Text, d.Repaired)
	}
	if len(d.ID) != 64 {
		t.Fatalf("id %q is not a sha256", d.ID)
	}
}

func TestNormalizeDate(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"2024-03-25", "2024-03-25", true},
		{"2024-03-25T10:00:00Z", "2024-03-25", true},
		{"", "", true},
		{"2024-02-30", "", false},
		{"25/03/2024", "", false},
		{"0000-01-01", "", false},
		{"yesterday", "", false},
	} {
		got, err := NormalizeDate(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("NormalizeDate(%q) = %q, %v", tc.in, got, err)
		}
	}
}

func FuzzNormalizeDate(f *testing.F) {
	for _, s := range []string{"2025-03-04", "2025-03-04T10:00:00Z", "2025-02-30", "0001-01-01", " 2025-03-04 ", "yesterday", "2025-03-04T10:00:00+25:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := NormalizeDate(s)
		if err != nil {
			if got != "" || !strings.Contains(err.Error(), "invalid publication date") {
				t.Fatalf("NormalizeDate(%q) = %q, %v", s, got, err)
			}
			return
		}
		if got == "" {
			return
		}
		if len(got) != 10 || got[4] != '-' || got[7] != '-' {
			t.Fatalf("NormalizeDate(%q) = %q: not YYYY-MM-DD", s, got)
		}
		if again, err := NormalizeDate(got); err != nil || again != got {
			t.Fatalf("NormalizeDate(%q) = %q, then %q, %v", s, got, again, err)
		}
	})
}
