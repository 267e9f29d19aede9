// Package wallet is a hand-written client of an e-wallet API.
package wallet

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

const api = "https://api.wallet.example/v1"

var (
	// ErrDeclined: the wallet refused the charge.
	ErrDeclined = errors.New("wallet: declined")
	// ErrStillPending: the wait ran out before the charge settled.
	ErrStillPending = errors.New("wallet: still pending")
	// ErrTimeout: no answer came back.
	ErrTimeout = errors.New("wallet: timeout")
)

// PendingError carries the charge still pending when the wait ran out.
type PendingError struct{ ChargeID string }

func (e *PendingError) Error() string { return "wallet: charge " + e.ChargeID + " still pending" }

// Wallet is the e-wallet API.
type Wallet struct{ hc *http.Client }

// Charge asks the wallet to charge the rider.
func (w *Wallet) Charge(ctx context.Context, reference, phone string, amount int64) (string, error) {
	body, _ := json.Marshal(map[string]any{"reference_id": reference, "phone": phone, "amount": amount, "currency": "IDR"})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, api+"/ewallet/charges", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Idempotency-Key", reference)
	resp, err := w.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusPaymentRequired {
		return "", ErrDeclined
	}
	if resp.StatusCode >= 300 {
		return "", fmt.Errorf("wallet: charge: HTTP %d", resp.StatusCode)
	}
	var out struct{ ID string }
	return out.ID, json.NewDecoder(resp.Body).Decode(&out)
}

// Status reads the charge's state once.
func (w *Wallet) Status(ctx context.Context, id string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, api+"/ewallet/charges/"+id, nil)
	if err != nil {
		return "", err
	}
	resp, err := w.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ Status string }
	return out.Status, json.NewDecoder(resp.Body).Decode(&out)
}

// AwaitCharge waits for the charge to leave PENDING; ErrStillPending
// when the wait runs out.
func (w *Wallet) AwaitCharge(ctx context.Context, id string, wait time.Duration) (string, error) {
	deadline := time.Now().Add(wait)
	for time.Now().Before(deadline) {
		st, err := w.Status(ctx, id)
		if err != nil {
			return "", err
		}
		if st != "PENDING" {
			return st, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(3 * time.Second):
		}
	}
	return "", ErrStillPending
}

// AwaitTyped is AwaitCharge with the pending charge as a *PendingError.
func (w *Wallet) AwaitTyped(ctx context.Context, id string) (string, error) {
	st, err := w.AwaitCharge(ctx, id, 30*time.Second)
	if errors.Is(err, ErrStillPending) {
		return "", &PendingError{ChargeID: id}
	}
	return st, err
}
