package handler

import "testing"

// TestEndColumn: the words of a date a plan ends on, and look-alikes
// that are no end (a start, a creation, a payment date).
func TestEndColumn(t *testing.T) {
	for col, want := range map[string]bool{
		"ends_at": true, "end_date": true, "expires_at": true, "valid_till": true, "paid_through": true,
		"current_period_end": true, "term_end": true,
		"started_at": false, "created_at": false, "paid_at": false, "renewed_on": false,
	} {
		if got := endColumn(words(col)); got != want {
			t.Errorf("endColumn(%q) = %v, want %v", col, got, want)
		}
	}
}
