package store

import "testing"

// TestMergeRoles: spellings of one role become one span over all their
// dates, written as most mentions write it; another role stays apart.
func TestMergeRoles(t *testing.T) {
	got := mergeRoles([]RoleSpan{
		{Role: "U.S. Treasury Secretary", First: "1987-03-01", Last: "1987-03-01", Count: 1},
		{Role: "Treasury Secretary", First: "1987-03-05", Last: "1987-04-01", Count: 3},
		{Role: "chief of staff", First: "1981-01-20", Last: "1985-02-01", Count: 2},
		{Role: "U.S. Treasury secretary", First: "1987-03-09", Last: "1987-03-09", Count: 1},
	})
	want := []RoleSpan{
		{Role: "chief of staff", First: "1981-01-20", Last: "1985-02-01", Count: 2},
		{Role: "Treasury Secretary", First: "1987-03-01", Last: "1987-04-01", Count: 5},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}
