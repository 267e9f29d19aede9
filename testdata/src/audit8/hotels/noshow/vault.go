package noshow

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/google/uuid"
)

// VaultClient talks to our card vault, which forwards charges to the acquirer.
type VaultClient struct {
	BaseURL string
	HTTP    *http.Client
}

type chargeBody struct {
	Token     string `json:"token"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	Reference string `json:"reference"`
}

// ErrDeclined is returned when the vault answers 4xx.
var ErrDeclined = errors.New("vault: declined")

// IsDeclined says whether a charge was refused for good.
func IsDeclined(err error) bool { return errors.Is(err, ErrDeclined) }

// Charge posts a charge with a fresh idempotency key.
func (c *VaultClient) Charge(ctx context.Context, token string, minor int64, cur, ref string) error {
	return c.ChargeWithKey(ctx, uuid.NewString(), token, minor, cur, ref)
}

// ChargeWithKey posts a charge under the given idempotency key.
func (c *VaultClient) ChargeWithKey(ctx context.Context, key, token string, minor int64, cur, ref string) error {
	body, _ := json.Marshal(chargeBody{Token: token, Amount: minor, Currency: cur, Reference: ref})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+"/v1/charges", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", key)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode >= 500:
		return fmt.Errorf("vault: %s", resp.Status)
	case resp.StatusCode >= 400:
		return fmt.Errorf("%w: %s", ErrDeclined, resp.Status)
	}
	return nil
}
