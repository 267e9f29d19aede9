package handler

import "testing"

// TestWHBBoughtColumn: the columns an increment repeats a purchase on
// (money, app currency, units left of a pack, a paid-up date) and the
// look-alikes it does not (counters, tallies, units with no remaining
// word, dates that are no paid-up date).
func TestWHBBoughtColumn(t *testing.T) {
	for col, want := range map[string]bool{
		"balance": true, "credits": true, "gems": true,
		"sessions_left": true, "classes_left": true, "lessons_remaining": true, "rides_available": true,
		"paid_through": true, "paid_until": true, "valid_until": true,
		"attempts_left": false, "retries_remaining": false, "visits_left": false,
		"sessions": false, "classes": false, "seconds_left": false,
		"expires_at": false, "created_at": false, "trial_until": false, "view_count": false,
	} {
		if got := boughtColumn(col); got != want {
			t.Errorf("boughtColumn(%q) = %v, want %v", col, got, want)
		}
	}
}
