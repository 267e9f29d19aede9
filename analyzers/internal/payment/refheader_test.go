package payment

import "testing"

// TestRefNamedHeader: the header names that read as a request's own
// reference, and configuration or tracing names that do not.
func TestRefNamedHeader(t *testing.T) {
	yes := []string{
		"X-Request-Reference", "X-Request-Id", "X-Reference", "X-Correlation-Id",
		"Request-Reference", "X-Unique-Id", "X-Client-Reference", "PayPal-Request-Id",
		"Acme-Request-Ref", "x-requestid", "X_CLIENT_REQUEST_ID", "X-Dedupe-Key", "Reference",
	}
	no := []string{
		"X-Preference", "X-Trace-Id", "X-Merchant-Id", "X-Tenant-Id", "X-Api-Version",
		"Authorization", "X-Payout-Ref", "X-Client-Id", "X-Request-Start", "Referer", "X-Ref-Count",
	}
	for _, n := range yes {
		if !refNamedHeader(n) {
			t.Errorf("refNamedHeader(%q) = false, want true", n)
		}
	}
	for _, n := range no {
		if refNamedHeader(n) {
			t.Errorf("refNamedHeader(%q) = true, want false", n)
		}
	}
}
