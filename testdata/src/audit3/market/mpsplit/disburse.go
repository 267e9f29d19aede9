package mpsplit

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/avast/retry-go/v4"
)

// Disburser releases held money to sellers (advanced payments API).
type Disburser struct {
	Token string
	HC    *http.Client
}

type disbursement struct {
	CollectorID string  `json:"collector_id"`
	Amount      float64 `json:"amount"`
	ExternalRef string  `json:"external_reference"`
}

func (d *Disburser) post(ctx context.Context, url, key string, body any) (*http.Response, error) {
	buf, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+d.Token)
	req.Header.Set("X-Idempotency-Key", key)
	return d.HC.Do(req)
}

// Release disburses one seller's share of an advanced payment. Same key on
// every attempt; but any non-2xx is an error retry-go retries, 200ms apart.
func (d *Disburser) Release(ctx context.Context, advPaymentID, collector string, amount float64) error {
	key := fmt.Sprintf("disb-%s-%s", advPaymentID, collector)
	url := "https://api.mercadopago.com/v1/advanced_payments/" + advPaymentID + "/disbursements"
	return retry.Do(func() error {
		resp, err := d.post(ctx, url, key, disbursement{CollectorID: collector, Amount: amount, ExternalRef: key}) // want "\\[retrybackoff\\] POST /v1/advanced_payments/{}/disbursements is retried by retry.Do"
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 { // want "\\[retrystatus\\] POST /v1/advanced_payments/{}/disbursements is retried by retry.Do"
			return fmt.Errorf("disbursement: %s", resp.Status)
		}
		return nil
	}, retry.Attempts(5), retry.Context(ctx), retry.Delay(200*time.Millisecond), retry.DelayType(retry.FixedDelay))
}

// ReleaseCareful gives up at once on a 4xx.
func (d *Disburser) ReleaseCareful(ctx context.Context, advPaymentID, collector string, amount float64) error {
	key := fmt.Sprintf("disb-%s-%s", advPaymentID, collector)
	url := "https://api.mercadopago.com/v1/advanced_payments/" + advPaymentID + "/disbursements"
	return retry.Do(func() error {
		resp, err := d.post(ctx, url, key, disbursement{CollectorID: collector, Amount: amount, ExternalRef: key})
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 400 && resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
			return retry.Unrecoverable(fmt.Errorf("disbursement rejected: %s", resp.Status))
		}
		if resp.StatusCode >= 300 {
			return fmt.Errorf("disbursement: %s", resp.Status)
		}
		return nil
	}, retry.Attempts(5), retry.Context(ctx))
}
