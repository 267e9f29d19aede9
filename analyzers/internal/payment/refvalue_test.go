package payment

import (
	"strings"
	"testing"
)

// TestIDNames: the field and header names that hint at an operation's
// identifier, and configuration, tracing (for a field) and plain names
// that do not.
func TestIDNames(t *testing.T) {
	fields := []string{"partner_txn_uid", "PartnerTxnUID", "op_uid", "trx_ref", "dedupe_id", "unique_ref", "reference_id"}
	headers := []string{"X-Remit-Trace", "X-Txn-Uid", "X-Order-Trace", "X-Trace-Id"}
	no := []string{"order_id", "charge", "narration", "X-Merchant-Ref", "X-Tenant-Uid", "customer_ref", "X-Api-Version", "Referer"}
	for _, n := range fields {
		if !i18Named(n, false) || !i18Named(n, true) {
			t.Errorf("i18Named(%q) = false, want true", n)
		}
	}
	for _, n := range headers {
		if !i18Named(n, true) {
			t.Errorf("i18Named(%q, header) = false, want true", n)
		}
	}
	if i18Named("X-Trace-Id", false) || i18Named("trace_id", false) {
		t.Errorf("a trace-named field hints at no key")
	}
	for _, n := range no {
		if i18Named(n, true) {
			t.Errorf("i18Named(%q) = true, want false", n)
		}
	}
}

func TestNameWords(t *testing.T) {
	for in, want := range map[string]string{
		"PartnerTxnUID":   "partner txn uid",
		"partner_txn_uid": "partner txn uid",
		"X-Remit-Trace":   "x remit trace",
		"requestID":       "request id",
		"HTTPRequestRef":  "http request ref",
	} {
		if got := strings.Join(nameWords(in), " "); got != want {
			t.Errorf("nameWords(%q) = %q, want %q", in, got, want)
		}
	}
	for _, n := range []string{"Ref", "txnUID", "DedupeKey", "IdempotencyKey", "RequestID"} {
		if !refWordName(n) {
			t.Errorf("refWordName(%q) = false", n)
		}
	}
	for _, n := range []string{"chargeID", "TraceID", "orderID", "Key", "ID"} {
		if refWordName(n) {
			t.Errorf("refWordName(%q) = true", n)
		}
	}
}
