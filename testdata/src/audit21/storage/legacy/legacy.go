// Package legacy serves the three sites we bought from Secure Self Store in
// 2019. They still take payments through Braintree (transparent-redirect
// forms and vaulted cards) until the move to Stripe is finished.
package legacy

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/braintree-go/braintree-go"
)

// Activator switches a rental on once its first month is paid.
type Activator interface {
	Activate(ctx context.Context, rentalID int64) error
}

// Site is the legacy payments service.
type Site struct {
	bt  *braintree.Braintree
	act Activator
	log *slog.Logger
}

// New returns the legacy site service.
func New(bt *braintree.Braintree, act Activator, log *slog.Logger) *Site {
	return &Site{bt: bt, act: act, log: log}
}

// ErrDeclined is a declined sale.
var ErrDeclined = errors.New("legacy: sale declined")

func pounds(pence int64) *braintree.Decimal { return braintree.NewDecimal(pence, 2) }

// Routes registers the legacy site's payment pages.
func (s *Site) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /legacy/pay/return", s.returned)
	mux.HandleFunc("POST /legacy/desk/first-month", s.firstMonth)
}

// firstMonth is the desk screen's "charge card on file" button.
func (s *Site) firstMonth(w http.ResponseWriter, r *http.Request) {
	rentalID, err := strconv.ParseInt(r.FormValue("rental"), 10, 64)
	if err != nil {
		http.Error(w, "unknown rental", http.StatusBadRequest)
		return
	}
	pence, err := strconv.ParseInt(r.FormValue("amount"), 10, 64)
	if err != nil {
		http.Error(w, "bad amount", http.StatusBadRequest)
		return
	}
	tx, err := s.TakeFirstMonth(r.Context(), rentalID, r.FormValue("token"), pence)
	if errors.Is(err, ErrDeclined) {
		http.Error(w, "declined", http.StatusPaymentRequired)
		return
	}
	if err != nil {
		http.Error(w, "braintree unavailable", http.StatusBadGateway)
		return
	}
	fmt.Fprintf(w, "charged: %s", tx.Id)
}

// returned is where the transparent-redirect form sends the customer back:
// /legacy/pay/return?rental=123&http_status=200&id=abc&kind=create_transaction&hash=...
func (s *Site) returned(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	rentalID, err := strconv.ParseInt(q.Get("rental"), 10, 64)
	if err != nil {
		http.Error(w, "unknown rental", http.StatusBadRequest)
		return
	}
	if q.Get("http_status") != "200" {
		http.Redirect(w, r, "/legacy/pay?rental="+q.Get("rental")+"&error=1", http.StatusSeeOther)
		return
	}
	if err := s.act.Activate(r.Context(), rentalID); err != nil { // audit: reported at cmd/storaged/main.go:91 (redirectfulfill, where main binds the Activator): the rental is activated because the return URL's query says http_status=200; the transaction id in the query is never looked up with Transaction().Find
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	fmt.Fprintf(w, "<h1>Welcome to Secure Self Store</h1><p>Your unit is ready. Your gate code will arrive by SMS.</p>")
}

// TakeFirstMonth charges the first month to a vaulted card at the desk and
// waits for the sale to be submitted for settlement.
func (s *Site) TakeFirstMonth(ctx context.Context, rentalID int64, token string, pence int64) (*braintree.Transaction, error) {
	req := &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             pounds(pence),
		OrderId:            fmt.Sprintf("R%d-M1", rentalID),
		PaymentMethodToken: token,
	}
	tx, err := s.bt.Transaction().Create(ctx, req)
	if err != nil {
		return nil, err
	}
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	giveUp := time.After(2 * time.Minute)
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-giveUp:
			s.log.Warn("braintree sale still pending, running it again", "rental", rentalID, "txn", tx.Id)
			tx, err = s.bt.Transaction().Create(ctx, req) // want "\\[idempotency\\] braintree Transaction\\.Create is retried by a for loop \\(line 106\\) without" "\\[pollcreate\\] new payment created inside the loop that polls payment tx\\.Id \\(line 106\\):"
			if err != nil {
				return nil, err
			}
			giveUp = time.After(2 * time.Minute)
		case <-tick.C:
		}
		cur, err := s.bt.Transaction().Find(ctx, tx.Id)
		if err != nil {
			return nil, err
		}
		switch cur.Status {
		case braintree.TransactionStatusSubmittedForSettlement, braintree.TransactionStatusSettling, braintree.TransactionStatusSettled:
			return cur, nil
		case braintree.TransactionStatusProcessorDeclined, braintree.TransactionStatusGatewayRejected, braintree.TransactionStatusFailed:
			return nil, ErrDeclined
		}
	}
}

// RefundDeposit refunds the deposit on a legacy rental. Braintree takes no
// idempotency key, so before each new attempt we look at the transaction and
// stop if a refund is already attached.
func (s *Site) RefundDeposit(ctx context.Context, txnID string, pence int64) error {
	wait := 2 * time.Second
	for attempt := 0; attempt < 4; attempt++ {
		if attempt > 0 {
			cur, err := s.bt.Transaction().Find(ctx, txnID)
			if err != nil {
				return fmt.Errorf("legacy: refund %s: read back: %w", txnID, err)
			}
			if cur.RefundIds != nil && len(*cur.RefundIds) > 0 {
				return nil // the earlier attempt went through
			}
		}
		_, err := s.bt.Transaction().Refund(ctx, txnID, pounds(pence)) // audit: lookalike idempotency: braintree has no key, and every retry first reads the transaction back with Find before refunding again
		if err == nil {
			return nil
		}
		s.log.Warn("braintree refund failed", "txn", txnID, "attempt", attempt, "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return fmt.Errorf("legacy: refund %s: gave up", txnID)
}
