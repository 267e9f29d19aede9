// Package acq is an in-house acquirer client whose public methods reach
// the network through one private request method: the status travels
// through the methods' errors (forwarded, wrapped) or as an int result.
package acq

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// Failure is a non-2xx answer of the acquirer.
type Failure struct {
	HTTPStatus int
	Reason     string
}

func (f *Failure) Error() string { return fmt.Sprintf("acq %d: %s", f.HTTPStatus, f.Reason) }

type Gateway struct {
	Base string
	HC   *http.Client
}

type Payout struct{ ID, State string }

// exchange turns every answer but 2xx into a *Failure built in one literal.
func (g *Gateway) exchange(ctx context.Context, path string, in, out any) error {
	b, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.Base+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	resp, err := g.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		f := &Failure{HTTPStatus: resp.StatusCode}
		_ = json.NewDecoder(resp.Body).Decode(f)
		return f
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// CreatePayout forwards exchange's error as it is.
func (g *Gateway) CreatePayout(ctx context.Context, account string, cents int64) (*Payout, error) {
	var p Payout
	if err := g.exchange(ctx, "/payouts", map[string]any{"account": account, "amount": cents}, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Capture hands exchange's result back directly.
func (g *Gateway) Capture(ctx context.Context, paymentID string) error {
	return g.exchange(ctx, "/payments/"+paymentID+"/capture", nil, nil)
}

// Settle wraps the error with %w (errors.As still finds the *Failure).
func (g *Gateway) Settle(ctx context.Context, batch string) error {
	err := g.exchange(ctx, "/settlements", map[string]string{"batch": batch}, nil)
	if err != nil {
		return fmt.Errorf("settle %s: %w", batch, err)
	}
	return nil
}

// ErrDuplicate is what Reverse answers for a 409.
var ErrDuplicate = errors.New("duplicate")

// Reverse swallows some errors: not every 4xx/5xx comes back.
func (g *Gateway) Reverse(ctx context.Context, paymentID string) error {
	err := g.exchange(ctx, "/payments/"+paymentID+"/reversals", nil, nil)
	if err != nil {
		var f *Failure
		if errors.As(err, &f) && f.HTTPStatus == http.StatusConflict {
			return nil
		}
		return err
	}
	return nil
}

// Pay hands the status back as an int; err is only a transport failure.
func (g *Gateway) Pay(ctx context.Context, account string, cents int64) (*Payout, int, error) {
	b, _ := json.Marshal(map[string]any{"account": account, "amount": cents})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, g.Base+"/payments", bytes.NewReader(b))
	resp, err := g.HC.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	var p Payout
	_ = json.NewDecoder(resp.Body).Decode(&p)
	return &p, resp.StatusCode, nil
}

// Refund returns an int that is not the status (the attempt count).
func (g *Gateway) Refund(ctx context.Context, paymentID string) (int, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, g.Base+"/refunds/"+paymentID, nil)
	resp, err := g.HC.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return 1, nil
}

// Post sends body and hands back the answer as it came.
func (g *Gateway) Post(ctx context.Context, path string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.Base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	return g.HC.Do(req)
}
