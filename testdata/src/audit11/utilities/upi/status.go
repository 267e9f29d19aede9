package upi

import (
	"context"
	"fmt"
	"time"

	"audit11/utilities/billing"
)

// fetch reads a payment, smoothing over the odd gateway hiccup.
func (a *Autopay) fetch(id string) (map[string]interface{}, error) {
	var err error
	for i := 0; i < 3; i++ {
		var p map[string]interface{}
		if p, err = a.rp.Payment.Fetch(id, nil, nil); err == nil { // want "\\[retrybackoff\\] razorpay Payment.Fetch is retried by a for loop .* with no wait between attempts"
			return p, nil
		}
	}
	return nil, err
}

// waitCaptured waits up to two minutes for a debit to be captured. It
// returns false when the debit is still in flight at the end of the wait.
func (a *Autopay) waitCaptured(ctx context.Context, paymentID string) (bool, error) {
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		p, err := a.fetch(paymentID)
		if err != nil {
			return false, err
		}
		switch p["status"] {
		case "captured":
			return true, nil
		case "failed":
			return false, fmt.Errorf("upi debit %s failed: %v", paymentID, p["error_description"])
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(time.Second): // want "\\[pollinterval\\] payment status polled every 1s"
		}
	}
	return false, nil
}

// CollectDue collects a due bill on its mandate and marks it paid once the
// debit is captured.
func (a *Autopay) CollectDue(ctx context.Context, b *billing.Bill, m Mandate) error {
	for attempt := 1; attempt <= 3; attempt++ {
		paymentID, err := a.Debit(ctx, b, m) // want "\\[pollcreate\\] payment upi.Autopay.Debit \\(razorpay Payment.CreateRecurringPayment\\) made again on every pass of the loop"
		if err != nil {
			return err
		}
		ok, err := a.waitCaptured(ctx, paymentID)
		if err != nil {
			return a.bills.MarkFailed(ctx, b.ID, err.Error())
		}
		if ok {
			return a.bills.MarkPaid(ctx, b.ID, paymentID)
		}
		a.log.Warn("upi debit not captured in time", "bill", b.ID, "payment", paymentID, "attempt", attempt)
	}
	return fmt.Errorf("bill %s: upi debit not captured after 3 attempts", b.ID)
}

// ConfirmFirstDebit waits for the authorisation payment of a new mandate.
func (a *Autopay) ConfirmFirstDebit(paymentID string) error {
	for { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds"
		p, err := a.rp.Payment.Fetch(paymentID, nil, nil)
		if err != nil {
			return err
		}
		if p["status"] == "captured" {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
}

// Activate turns a freshly registered mandate on once its first debit went through.
func (a *Autopay) Activate(ctx context.Context, m Mandate) error {
	if err := a.ConfirmFirstDebit(m.FirstPaymentID); err != nil {
		return err
	}
	return a.mandates.SetActive(ctx, m.ID)
}
