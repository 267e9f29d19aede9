package copay

import (
	"context"
	"fmt"
	"time"

	square "github.com/square/square-go-sdk"
)

// AwaitTerminal waits for a Square Terminal checkout's payment to settle
// while the patient taps the card.
func (d *Desk) AwaitTerminal(ctx context.Context, paymentID string) error {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	for {
		resp, err := d.sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: paymentID})
		if err != nil {
			return err
		}
		switch *resp.Payment.Status {
		case "COMPLETED":
			return nil
		case "FAILED", "CANCELED":
			return errDeclined
		}
		time.Sleep(500 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 500ms"
	}
}

// Eligibility is the payer's answer to a real-time eligibility inquiry
// (270/271) for the patient's plan: not a payment.
type Eligibility struct {
	Status string
	Copay  int64
}

type EligibilityAPI interface {
	Check(ctx context.Context, inquiryID string) (*Eligibility, error)
}

// WaitEligibility polls the clearinghouse until the payer answered.
func WaitEligibility(ctx context.Context, api EligibilityAPI, inquiryID string) (*Eligibility, error) {
	for i := 0; i < 40; i++ {
		e, err := api.Check(ctx, inquiryID)
		if err != nil {
			return nil, err
		}
		if e.Status == "active" || e.Status == "inactive" {
			return e, nil
		}
		time.Sleep(500 * time.Millisecond)
	}
	return nil, fmt.Errorf("eligibility %s: no answer from payer", inquiryID)
}
