// Package taglessretry retries one read of a payment with a tagless
// switch on the response code: it returns on the first 200 whatever the
// payment's status, so it is a read retry, not a poll.
package taglessretry

import (
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type payment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// fetchPayment retries 5xx and 429, returns the first answer.
func fetchPayment(hc *http.Client, base, id string) (*payment, error) {
	backoff := 500 * time.Millisecond
	for try := 1; try <= 5; try++ {
		resp, err := hc.Get(base + "/v2/payments/" + id)
		if err != nil {
			return nil, err
		}
		switch {
		case resp.StatusCode == http.StatusOK:
			defer resp.Body.Close()
			var p payment
			return &p, json.NewDecoder(resp.Body).Decode(&p)
		case resp.StatusCode == http.StatusTooManyRequests, resp.StatusCode >= 500:
			resp.Body.Close()
			time.Sleep(backoff)
			backoff *= 3
		default:
			resp.Body.Close()
			return nil, errors.New(resp.Status)
		}
	}
	return nil, errors.New("payment read: out of tries")
}

// pollUntilSettled looks at the status in a tagless switch too: a poll
// with an unbounded loop, reported.
func pollUntilSettled(hc *http.Client, base, id string) (*payment, error) {
	for { // want `loop polling payment .* stops only when the payment succeeds`
		resp, err := hc.Get(base + "/v2/payments/" + id)
		if err != nil {
			return nil, err
		}
		var p payment
		err = json.NewDecoder(resp.Body).Decode(&p)
		resp.Body.Close()
		switch {
		case err != nil:
			return nil, err
		case p.Status == "settled":
			return &p, nil
		}
		time.Sleep(3 * time.Second)
	}
}
