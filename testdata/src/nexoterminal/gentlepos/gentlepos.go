// Package gentlepos reads a terminal payment's status through a client
// whose condition retries only what may change: silent.
package gentlepos

import (
	"context"
	"net/http"

	"github.com/go-resty/resty/v2"
)

// Reader reads terminal payments.
type Reader struct{ rc *resty.Client }

// NewReader builds the reader: network errors, 429 and 5xx go round.
func NewReader(baseURL string) *Reader {
	rc := resty.New().SetBaseURL(baseURL).SetRetryCount(3)
	rc.AddRetryCondition(func(r *resty.Response, err error) bool {
		return err != nil || r.StatusCode() == http.StatusTooManyRequests || r.StatusCode() >= 500
	})
	return &Reader{rc: rc}
}

// Outcome reads the payment serviceID.
func (r *Reader) Outcome(ctx context.Context, poiID, serviceID string) error {
	body := map[string]interface{}{"SaleToPOIRequest": map[string]interface{}{
		"MessageHeader":            map[string]string{"MessageCategory": "TransactionStatus", "POIID": poiID, "ServiceID": "st-" + serviceID},
		"TransactionStatusRequest": map[string]interface{}{"MessageReference": map[string]string{"MessageCategory": "Payment", "ServiceID": serviceID}},
	}}
	_, err := r.rc.R().SetContext(ctx).SetBody(body).Post("/sync")
	return err
}
