// Package httpapi is the HTTP adapter: it turns the payment provider's
// notifications into calls of the billing use case, which main binds.
package httpapi

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"example.com/hexshop/internal/signature"
)

// Settler is what the adapter needs of the billing use case.
type Settler interface {
	Settle(ctx context.Context, invoiceID string) error
	Fail(ctx context.Context, invoiceID string) error
}

type notification struct {
	Event     string `json:"event"`
	InvoiceID string `json:"invoice_id"`
}

// Notifications receives the acquirer's payment notifications. The
// acquirer's legacy integration posts them unsigned.
type Notifications struct {
	Invoices Settler
	Log      *slog.Logger
}

// Handle applies a notification.
func (h *Notifications) Handle(w http.ResponseWriter, r *http.Request) {
	var n notification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad notification", http.StatusBadRequest)
		return
	}
	if err := apply(r.Context(), h.Invoices, n); err != nil {
		h.Log.Error("notification", "invoice", n.InvoiceID, "err", err)
		http.Error(w, "retry later", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// SignedNotifications receives the same notifications from the current
// integration, signed with the shared secret.
type SignedNotifications struct {
	Invoices Settler
	Secret   []byte
}

// Handle verifies the signature, then applies the notification.
func (h *SignedNotifications) Handle(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if err := signature.Verify(h.Secret, body, r.Header.Get("X-Signature")); err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var n notification
	if err := json.Unmarshal(body, &n); err != nil {
		http.Error(w, "bad notification", http.StatusBadRequest)
		return
	}
	if err := apply(r.Context(), h.Invoices, n); err != nil {
		http.Error(w, "retry later", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func apply(ctx context.Context, inv Settler, n notification) error {
	switch n.Event {
	case "payment.succeeded":
		return inv.Settle(ctx, n.InvoiceID)
	case "payment.failed":
		return inv.Fail(ctx, n.InvoiceID)
	}
	return nil
}
