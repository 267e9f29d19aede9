package usage

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// ReportHourStable is the fixed version: the key names the item and the hour,
// so a retried POST after a lost response is deduplicated by Stripe.
func (r *Reporter) ReportHourStable(ctx context.Context, rec Record) error {
	form := url.Values{}
	form.Set("quantity", strconv.FormatInt(rec.Quantity, 10))
	form.Set("timestamp", strconv.FormatInt(rec.Hour.Unix(), 10))
	endpoint := fmt.Sprintf("https://api.stripe.com/v1/subscription_items/%s/usage_records", rec.SubscriptionItem)
	key := fmt.Sprintf("usage-%s-%d", rec.SubscriptionItem, rec.Hour.Unix())
	for attempt := 1; attempt <= 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewBufferString(form.Encode()))
		if err != nil {
			return err
		}
		req.SetBasicAuth(r.stripeKey, "")
		req.Header.Set("Idempotency-Key", key)
		resp, err := r.http.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return nil
			}
		}
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return fmt.Errorf("usage: giving up on %s", rec.SubscriptionItem)
}

// Track sends the same usage to product analytics; the retrying client is
// fine here, a duplicate event costs nothing.
func (r *Reporter) Track(ctx context.Context, accountID string, rec Record) error {
	_, err := r.analytics.R().
		SetContext(ctx).
		SetBody(map[string]any{
			"userId": accountID,
			"event":  "usage_reported",
			"properties": map[string]any{
				"item":     rec.SubscriptionItem,
				"quantity": rec.Quantity,
			},
		}).
		Post("/v1/track")
	return err
}
