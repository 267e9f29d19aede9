// Package bankfolio is a client of Banco Austral's corporate API, used to
// settle franchise laundromats: a transfer is created with an operation
// folio and then followed until the bank books it.
package bankfolio

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// folioHeader is the bank's name for the request's operation folio; the
// bank answers a repeated folio with the first transfer.
const folioHeader = "X-Folio-Operacion"

// Client calls Banco Austral.
type Client struct {
	base   string
	apiKey string
	hc     *http.Client
}

// NewClient returns a Client.
func NewClient(base, apiKey string) *Client {
	return &Client{base: base, apiKey: apiKey, hc: &http.Client{Timeout: 20 * time.Second}}
}

// TransferOrder is a settlement to a franchisee's account.
type TransferOrder struct {
	FranchiseID string `json:"-"`
	Period      string `json:"-"`
	CLABE       string `json:"cuenta_destino"`
	AmountCts   int64  `json:"monto"`
	Currency    string `json:"moneda"`
	Concept     string `json:"concepto"`
}

// Transfer is the bank's view of a transfer.
type Transfer struct {
	ID     string `json:"id_transferencia"`
	Status string `json:"estatus"`
}

type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }

// withRetry runs fn up to n times, doubling the wait, unless fn returns a
// permanent error.
func withRetry(ctx context.Context, n int, fn func() error) error {
	wait := time.Second
	var err error
	for i := 0; i < n; i++ {
		if err = fn(); err == nil {
			return nil
		}
		var p permanent
		if errors.As(err, &p) {
			return p.err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return err
}

func (c *Client) newTransferRequest(ctx context.Context, t TransferOrder) (*http.Request, error) {
	body, err := json.Marshal(t)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v2/transferencias", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "ApiKey "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(folioHeader, uuid.NewString())
	return req, nil
}

// CreateTransfer sends a settlement transfer.
func (c *Client) CreateTransfer(ctx context.Context, t TransferOrder) (*Transfer, error) {
	var out Transfer
	err := withRetry(ctx, 4, func() error {
		req, err := c.newTransferRequest(ctx, t)
		if err != nil {
			return permanent{err}
		}
		resp, err := c.hc.Do(req) // want "\\[idempotency\\] POST /v2/transferencias is retried by withRetry \\(line 95\\) but newTransferRequest makes a new idempotency key on every call"
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		switch {
		case resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests:
			return fmt.Errorf("banco austral: %s", resp.Status)
		case resp.StatusCode >= 400:
			return permanent{fmt.Errorf("banco austral rejected transfer: %s", resp.Status)}
		}
		return json.NewDecoder(resp.Body).Decode(&out)
	})
	return &out, err
}

// ReverseTransfer asks the bank to return a transfer sent by mistake.
func (c *Client) ReverseTransfer(ctx context.Context, transferID string) error {
	folio := "rev-" + transferID
	wait := 2 * time.Second
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost,
			c.base+"/v2/transferencias/"+transferID+"/reverso", nil)
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "ApiKey "+c.apiKey)
		req.Header.Set(folioHeader, folio)
		resp, err := c.hc.Do(req)
		if err == nil {
			resp.Body.Close()
			switch {
			case resp.StatusCode < 300:
				return nil
			case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			default:
				return fmt.Errorf("banco austral reverso: %s", resp.Status)
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return errors.New("banco austral reverso: gave up")
}
