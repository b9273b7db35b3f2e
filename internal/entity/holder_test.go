package entity

import "testing"

// TestAppositiveHolder: a role set beside a name by commas is that
// person's, so the role's mention joins the name's entity.
func TestAppositiveHolder(t *testing.T) {
	cases := []struct{ text, role, holder string }{
		{"Manager of the Dorbury ski centre, Lenka Pavlu, said they never send invoices.", "Manager", "Lenka Pavlu"},
		{"Lenka Pavlu, the manager of the Dorbury ski centre, said they never send invoices.", "manager", "Lenka Pavlu"},
	}
	for _, tc := range cases {
		r := recognize(tc.text)
		found := false
		for _, m := range r.Mentions {
			if m.Kind != RoleMention || tc.text[m.Start:m.End] != tc.role {
				continue
			}
			found = true
			if m.Entity < 0 || r.Entities[m.Entity].Name != tc.holder {
				t.Errorf("%q: role %q joined %v, want %s", tc.text, tc.role, m.Entity, tc.holder)
			}
		}
		if !found {
			t.Errorf("%q: no role mention %q", tc.text, tc.role)
		}
	}
}

// TestHonorificGender: an honorific kept in a person's name says the
// gender ("Sir", "Dame"); a neutral one ("Dr") leaves it to the given name.
func TestHonorificGender(t *testing.T) {
	cases := []struct {
		text, name string
		gender     byte
	}{
		{"Police Commissioner Sir John Pesk spoke on Monday.", "Sir John Pesk", 'm'},
		{"Police Commissioner Dame Orla Pesk spoke on Monday.", "Dame Orla Pesk", 'f'},
		{"Police Commissioner Dame Kim Pesk spoke on Monday.", "Dame Kim Pesk", 'f'},
	}
	for _, tc := range cases {
		r := recognize(tc.text)
		ok := false
		for _, e := range r.Entities {
			if e.Name == tc.name {
				ok = true
				if e.Gender != tc.gender {
					t.Errorf("%q: %s has gender %q, want %q", tc.text, e.Name, e.Gender, tc.gender)
				}
			}
		}
		if !ok {
			t.Errorf("%q: no entity %q among %v", tc.text, tc.name, entityNames(r))
		}
	}
}

func entityNames(r *Result) []string {
	var out []string
	for _, e := range r.Entities {
		out = append(out, e.Name)
	}
	return out
}

func TestOneEditApart(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"karczag", "korczag", true}, {"papandreou", "papanderou", true}, {"texcan", "texscan", true},
		{"badeh", "bedeh", true}, {"davenport", "daveport", true}, {"smith", "smith", false},
		{"bush", "rushes", false}, {"schlesinger", "schelsinegr", false}, {"", "a", true},
	} {
		if got := oneEditApart(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEditApart(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
