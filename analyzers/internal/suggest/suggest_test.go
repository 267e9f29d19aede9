package suggest

import "testing"

func TestNearest(t *testing.T) {
	names := []string{"idempotency", "pollcreate", "pollinterval", "pollbound", "redirectfulfill", "webhookverify"}
	tests := []struct {
		word   string
		cands  []string
		want   string
		wantOK bool
	}{
		{"idempotence", names, "idempotency", true},
		{"IDEMPOTENCY", names, "idempotency", true},
		{"pollbund", names, "pollbound", true},
		{"webhookverfy", names, "webhookverify", true},
		{"redirectfullfil", names, "redirectfulfill", true},
		{"nolint", names, "", false},
		{"all", names, "", false},
		{"", names, "", false},
		{"x", nil, "", false},
		// Ties go to the first candidate.
		{"ab", []string{"ax", "ay"}, "ax", true},
		// Short words allow two edits, no more.
		{"abc", []string{"xyz"}, "", false},
		{"abc", []string{"axy"}, "axy", true},
		// Long words allow len/3 edits: 12 letters, 4 edits.
		{"abcdefghijkl", []string{"abcdefghwxyz"}, "abcdefghwxyz", true},
		{"abcdefghijkl", []string{"abcdefgvwxyz"}, "", false},
		{"retires", []string{"retry", "timeout"}, "", false},
		{"retyr", []string{"timeout", "retry"}, "retry", true},
	}
	for _, tt := range tests {
		got, ok := Nearest(tt.word, tt.cands)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("Nearest(%q, %q) = %q, %v; want %q, %v", tt.word, tt.cands, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"kitten", "sitting", 3},
		{"flaw", "lawn", 2},
		{"héllo", "hello", 1},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d; want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
