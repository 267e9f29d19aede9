// Package tutorpay reads a tutoring marketplace's payouts from a REST
// payment gateway through one generic request helper returning the
// answer's status code.
package tutorpay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Gateway struct {
	hc    *http.Client
	root  string
	token string
}

type Payment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// do sends one request and hands back the status of the answer.
func (g *Gateway) do(ctx context.Context, verb, path string, body, into any) (int, error) {
	var buf bytes.Buffer
	if body != nil {
		if err := json.NewEncoder(&buf).Encode(body); err != nil {
			return 0, err
		}
	}
	req, err := http.NewRequestWithContext(ctx, verb, g.root+path, &buf)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+g.token)
	res, err := g.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	if into != nil && res.StatusCode < 300 {
		if err := json.NewDecoder(res.Body).Decode(into); err != nil {
			return res.StatusCode, err
		}
	}
	return res.StatusCode, nil
}

// PaymentForLedger reads one payment, trying again on anything but 200.
func (g *Gateway) PaymentForLedger(ctx context.Context, id string) (*Payment, error) {
	var last error
	for try := 0; try < 3; try++ {
		p := new(Payment)
		code, err := g.do(ctx, http.MethodGet, "/v1/payments/"+id, nil, p)
		if code == http.StatusOK && err == nil { // want "GET /v1/payments/\\{\\} is retried by a for loop \\(line 55\\): every non-2xx status is retried"
			return p, nil
		}
		last = fmt.Errorf("payment %s: %d: %v", id, code, err)
		time.Sleep(time.Second << try)
	}
	return nil, last
}
