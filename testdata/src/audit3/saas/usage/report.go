package usage

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/google/uuid"
)

// Record is one hour of metered usage for one subscription item.
type Record struct {
	SubscriptionItem string
	Quantity         int64
	Hour             time.Time
}

// ReportHour posts the hour's usage record; Stripe sums the records into the
// next invoice, so every accepted POST is billed.
func (r *Reporter) ReportHour(ctx context.Context, rec Record) error {
	form := url.Values{}
	form.Set("quantity", strconv.FormatInt(rec.Quantity, 10))
	form.Set("timestamp", strconv.FormatInt(rec.Hour.Unix(), 10))
	form.Set("action", "increment")
	endpoint := fmt.Sprintf("https://api.stripe.com/v1/subscription_items/%s/usage_records", rec.SubscriptionItem)

	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewBufferString(form.Encode()))
		if err != nil {
			return err
		}
		req.SetBasicAuth(r.stripeKey, "")
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Idempotency-Key", uuid.NewString())
		resp, err := r.http.Do(req) // want "\\[idempotency\\] POST /v1/subscription_items/{}/usage_records is retried by a for loop \\(line 32\\) with an idempotency key made anew on every attempt"
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return nil
			}
			lastErr = fmt.Errorf("usage: stripe answered %d", resp.StatusCode)
		} else {
			lastErr = err
		}
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return lastErr
}

// ChargeOverage bills the month's overage as a one-off Chargebee charge.
func (r *Reporter) ChargeOverage(ctx context.Context, customerID string, cents int64, month string) error {
	form := map[string]string{
		"customer_id": customerID,
		"amount":      strconv.FormatInt(cents, 10),
		"description": "API overage " + month,
	}
	resp, err := r.chargebee.R().SetContext(ctx).SetFormData(form).Post("/api/v2/invoices/charge") // want "\\[idempotency\\] POST /api/v2/invoices/charge is retried by the resty client"
	if err != nil {
		return err
	}
	if resp.IsError() {
		return fmt.Errorf("chargebee: %s", resp.Status())
	}
	return nil
}
