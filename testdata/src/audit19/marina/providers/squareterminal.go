package providers

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"
	"github.com/sethvargo/go-retry"
)

// Terminal checkout states of the Square Terminal API.
const (
	CheckoutPending    = "PENDING"
	CheckoutInProgress = "IN_PROGRESS"
	CheckoutCompleted  = "COMPLETED"
	CheckoutCanceled   = "CANCELED"
)

// TerminalCheckout is the subset of a Square Terminal checkout we use.
type TerminalCheckout struct {
	ID         string   `json:"id"`
	Status     string   `json:"status"`
	PaymentIDs []string `json:"payment_ids"`
}

// SquareTerminal talks to the Square Terminal API over REST for the fuel
// dock card readers.
type SquareTerminal struct {
	http    *retryablehttp.Client
	baseURL string
	token   string
}

// NewSquareTerminal returns the terminal client.
func NewSquareTerminal(baseURL, token string) *SquareTerminal {
	c := retryablehttp.NewClient()
	c.RetryMax = 3
	c.RetryWaitMin = time.Second
	c.RetryWaitMax = 8 * time.Second
	c.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		if err != nil {
			return true, nil
		}
		return resp.StatusCode >= 400, nil // want "\\[retrystatus\\] payment requests are retried by the retryablehttp client's CheckRetry"
	}
	return &SquareTerminal{http: c, baseURL: baseURL, token: token}
}

// CreateCheckout pushes a checkout to a pump's card reader.
func (s *SquareTerminal) CreateCheckout(ctx context.Context, deviceID string, cents int64, ref, idemKey string) (*TerminalCheckout, error) {
	body := map[string]any{
		"idempotency_key": idemKey,
		"checkout": map[string]any{
			"amount_money":   map[string]any{"amount": cents, "currency": "USD"},
			"reference_id":   ref,
			"device_options": map[string]any{"device_id": deviceID},
		},
	}
	var out struct {
		Checkout TerminalCheckout `json:"checkout"`
	}
	if err := s.send(ctx, http.MethodPost, "/v2/terminals/checkouts", body, &out); err != nil {
		return nil, err
	}
	return &out.Checkout, nil
}

// GetCheckout reads a terminal checkout.
func (s *SquareTerminal) GetCheckout(ctx context.Context, id string) (*TerminalCheckout, error) {
	var out struct {
		Checkout TerminalCheckout `json:"checkout"`
	}
	if err := s.send(ctx, http.MethodGet, "/v2/terminals/checkouts/"+id, nil, &out); err != nil {
		return nil, err
	}
	return &out.Checkout, nil
}

// RefundPumpPayment refunds a fuel payment when the pump misfired.
func (s *SquareTerminal) RefundPumpPayment(ctx context.Context, paymentID string, cents int64) error {
	body, _ := json.Marshal(map[string]any{
		"idempotency_key": "pump-refund-" + paymentID,
		"payment_id":      paymentID,
		"amount_money":    map[string]any{"amount": cents, "currency": "USD"},
	})
	b := retry.WithMaxRetries(4, retry.NewExponential(time.Second))
	return retry.Do(ctx, b, func(ctx context.Context) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.baseURL+"/v2/refunds", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+s.token)
		req.Header.Set("Content-Type", "application/json")
		resp, err := s.http.StandardClient().Do(req)
		if err != nil {
			return retry.RetryableError(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 { // want "\\[retrystatus\\] POST /v2/refunds is retried by retry.Do"
			return retry.RetryableError(fmt.Errorf("square refund: status %d", resp.StatusCode))
		}
		return nil
	})
}

func (s *SquareTerminal) send(ctx context.Context, method, path string, in, out any) error {
	var raw []byte
	if in != nil {
		var err error
		if raw, err = json.Marshal(in); err != nil {
			return err
		}
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, method, s.baseURL+path, raw)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+s.token)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Square-Version", "2025-01-23")
	resp, err := s.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("square %s %s: status %d", method, path, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}
