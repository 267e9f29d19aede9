package collections

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/cenkalti/backoff/v4"
	razorpay "github.com/razorpay/razorpay-go"
)

// Fee is a monthly platform fee of an Indian employer.
type Fee struct {
	ID          string
	EmployerID  string
	AmountPaise int
	CustomerID  string
	TokenID     string
	OrderID     string
}

// FeeCharger charges platform fees on Razorpay for the India business.
type FeeCharger struct {
	rzp  *razorpay.Client
	wait time.Duration
}

// NewFeeCharger wires the Razorpay client.
func NewFeeCharger(rzp *razorpay.Client) *FeeCharger {
	return &FeeCharger{rzp: rzp, wait: 2 * time.Second}
}

// ChargeFee charges the employer's saved e-mandate token for a fee.
func (f *FeeCharger) ChargeFee(ctx context.Context, fee Fee) (string, error) {
	data := map[string]interface{}{
		"amount":      fee.AmountPaise,
		"currency":    "INR",
		"customer_id": fee.CustomerID,
		"token":       fee.TokenID,
		"order_id":    fee.OrderID,
		"recurring":   "1",
		"description": "EWA platform fee " + fee.ID,
	}
	res, err := f.rzp.Payment.CreateRecurringPayment(data, nil)
	if err != nil {
		return "", err
	}
	id, _ := res["razorpay_payment_id"].(string)
	return id, nil
}

// WaitCaptured follows a fee payment until Razorpay captures or fails it,
// for up to a minute; e-mandate debits usually settle in seconds.
func (f *FeeCharger) WaitCaptured(ctx context.Context, paymentID string) (bool, error) {
	every := 1500 * time.Millisecond
	for i := 0; i < 40; i++ {
		p, err := f.rzp.Payment.Fetch(paymentID, nil, nil)
		if err != nil {
			return false, err
		}
		switch p["status"] {
		case "captured":
			return true, nil
		case "failed", "refunded":
			return false, nil
		}
		time.Sleep(every) // want "\\[pollinterval\\] payment status polled every 1.5s"
	}
	return false, errors.New("fee payment " + paymentID + " not captured yet")
}

// RefundFee returns part of a fee charged in error.
func (f *FeeCharger) RefundFee(ctx context.Context, paymentID string, amountPaise int, reason string) error {
	wait := f.wait
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		_, err := f.rzp.Payment.Refund(paymentID, amountPaise, map[string]interface{}{"notes": map[string]string{"reason": reason}}, nil) // want "\\[idempotency\\] razorpay Payment.Refund is retried by a for loop .* without an idempotency key"
		if err == nil {
			return nil
		}
		lastErr = err
		if strings.Contains(err.Error(), "BAD_REQUEST_ERROR") {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return lastErr
}

// FeeStatus reads a fee payment's status from Razorpay.
func (f *FeeCharger) FeeStatus(ctx context.Context, paymentID string) (string, error) {
	var status string
	op := func() error {
		p, err := f.rzp.Payment.Fetch(paymentID, nil, nil) // want "\\[retrybackoff\\] razorpay Payment.Fetch is retried by backoff.Retry \\(line 115\\) every 250ms"
		if err != nil {
			if strings.Contains(err.Error(), "BAD_REQUEST_ERROR") {
				return backoff.Permanent(err)
			}
			return err
		}
		s, ok := p["status"].(string)
		if !ok {
			return backoff.Permanent(errors.New("razorpay: no status"))
		}
		status = s
		return nil
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewConstantBackOff(250*time.Millisecond), 5), ctx)
	return status, backoff.Retry(op, b)
}
