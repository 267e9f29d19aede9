package handler

import "testing"

// TestStockColumn: the columns a decrement takes goods or places away
// from, and the look-alikes it does not (units a customer uses up,
// counters, money).
func TestStockColumn(t *testing.T) {
	for col, want := range map[string]bool{
		"stock": true, "units_in_stock": true, "inventory": true, "seats_available": true,
		"seats_left": true, "capacity": true, "quantity": true, "qty": true,
		"available_tickets": true, "tickets_remaining": true, "open_tickets": false,
		"classes_left": false, "credits_left": false, "attempts_left": false,
		"retry_count": false, "balance": false, "reserved": false,
	} {
		if got := stockColumn(col); got != want {
			t.Errorf("stockColumn(%q) = %v, want %v", col, got, want)
		}
	}
}
