// Package resultpage serves the page the card gateway redirects the
// customer to after paying a bill.
package resultpage

import (
	"context"
	"fmt"
	"net/http"
)

// Bills is the bills repository.
type Bills interface {
	MarkPaid(ctx context.Context, billID, txnRef string) error
	Get(ctx context.Context, billID string) (BillRow, error)
}

// BillRow is a stored bill.
type BillRow struct {
	ID     string
	Status string
	Amount int64
}

// Gateway reads a transaction from the card gateway.
type Gateway interface {
	TransactionStatus(ctx context.Context, ref string) (string, error)
}

// Pages holds the result-page handlers.
type Pages struct {
	bills Bills
	gw    Gateway
}

// New wires the handlers.
func New(b Bills, gw Gateway) *Pages { return &Pages{bills: b, gw: gw} }

// Return marks the bill paid because the redirect says so: anyone can
// open /bills/return?status=success&bill=...
func (p *Pages) Return(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	billID := q.Get("bill")
	if q.Get("status") == "success" {
		// marks the bill paid because the redirect query says status=success, with no read of the transaction from the gateway (found after the blind run)
		if err := p.bills.MarkPaid(r.Context(), billID, q.Get("txn_ref")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler"
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, "Bill %s paid. Thank you!", billID)
		return
	}
	fmt.Fprint(w, "Payment not completed.")
}

// ReturnChecked asks the gateway before marking the bill.
func (p *Pages) ReturnChecked(w http.ResponseWriter, r *http.Request) {
	billID := r.URL.Query().Get("bill")
	ref := r.URL.Query().Get("txn_ref")
	st, err := p.gw.TransactionStatus(r.Context(), ref)
	if err != nil {
		http.Error(w, "could not confirm", http.StatusBadGateway)
		return
	}
	if st == "captured" {
		_ = p.bills.MarkPaid(r.Context(), billID, ref)
		fmt.Fprint(w, "Bill paid.")
		return
	}
	fmt.Fprint(w, "We are confirming your payment.")
}

// Status only shows what the database knows; the webhook marks bills.
func (p *Pages) Status(w http.ResponseWriter, r *http.Request) {
	row, err := p.bills.Get(r.Context(), r.URL.Query().Get("bill"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	fmt.Fprintf(w, "Bill %s: %s", row.ID, row.Status)
}
