package invoicepoll

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// payNow creates a payment for the invoice through Chargebee's
// "collect now" endpoint and returns the resulting invoice id.
func (a *API) payNow(ctx context.Context, invoiceID, key string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost,
		a.site+"/api/v2/invoices/"+invoiceID+"/collect_payment", strings.NewReader(url.Values{}.Encode()))
	if err != nil {
		return err
	}
	req.SetBasicAuth(a.key, "")
	req.Header.Set("chargebee-idempotency-key", key)
	resp, err := a.hc.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return errors.New("collect: " + resp.Status)
	}
	return nil
}

// waitPaid polls the invoice for at most two minutes.
func (a *API) waitPaid(ctx context.Context, invoiceID string) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	err := every(ctx, 5*time.Second, func() error {
		inv, err := a.Invoice(ctx, invoiceID)
		if err != nil {
			return err
		}
		if inv.Status == "paid" {
			return nil
		}
		if inv.Status == "not_paid" || inv.Status == "voided" {
			return ErrUnpaid
		}
		return errNotYet
	})
	if errors.Is(err, context.DeadlineExceeded) {
		return false, nil
	}
	return err == nil, err
}

// ChargeUntilPaid collects the invoice and, when it is still pending after
// the wait, collects again with a fresh attempt.
func (a *API) ChargeUntilPaid(ctx context.Context, invoiceID string) error {
	for attempt := 1; attempt <= 3; attempt++ {
		key := invoiceID + "-" + time.Now().Format("150405")
		if err := a.payNow(ctx, invoiceID, key); err != nil { /* the key is made per attempt from time.Now() (line 60) */ // want "\\[pollcreate\\] payment invoicepoll.API.payNow \\(POST /api/v2/invoices/\\{\\}/collect_payment\\) made again on every pass of the loop" "\\[idempotency\\] invoicepoll.API.payNow \\(POST /api/v2/invoices/\\{\\}/collect_payment\\) is made again on every pass of the loop .line 59. after invoicepoll.API.waitPaid .line 64. gives up while the payment may still be pending, with an idempotency key made anew on every pass"
			return err
		}
		paid, err := a.waitPaid(ctx, invoiceID)
		if err != nil {
			return err
		}
		if paid {
			return nil
		}
	}
	return errors.New("invoicepoll: still pending after 3 collections")
}
