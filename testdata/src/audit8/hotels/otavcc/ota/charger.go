// Package ota charges the virtual cards that online travel agencies pay with.
package ota

import (
	"context"
	"errors"
	"fmt"
	"time"

	"audit8/hotels/otavcc/vault"
)

// Reservation is an OTA booking paid by virtual card.
type Reservation struct {
	Ref       string
	CardToken string
	Minor     int64
	Currency  string
}

// Charger charges VCCs on the arrival date.
type Charger struct {
	Vault *vault.Client
}

var errFailed = errors.New("vcc charge failed")

// ChargeOnArrival charges the card and waits for the acquirer's answer.
func (c *Charger) ChargeOnArrival(ctx context.Context, r Reservation) error {
	ch, err := c.Vault.CreateCharge(ctx, r.CardToken, r.Ref, "vcc-"+r.Ref, r.Minor, r.Currency)
	if err != nil {
		return err
	}
	for { // want "\\[pollbound\\] .*has no bound"
		time.Sleep(500 * time.Millisecond) // want "\\[pollinterval\\] .*polled every 500ms"
		cur, err := c.Vault.GetCharge(ctx, ch.ID)
		if err != nil {
			continue
		}
		if cur.Status == "succeeded" {
			return nil
		}
		if cur.Status == "failed" {
			return errFailed
		}
	}
}

// ChargeUntilSettled charges the card, and charges it again when the vault
// has not settled within a minute.
func (c *Charger) ChargeUntilSettled(ctx context.Context, r Reservation) error {
	for attempt := 1; attempt <= 3; attempt++ {
		key := fmt.Sprintf("vcc-%s-%d", r.Ref, attempt)
		ch, err := c.Vault.CreateCharge(ctx, r.CardToken, r.Ref, key, r.Minor, r.Currency) // want "\\[idempotency\\] .*idempotency key made from the attempt counter attempt" "\\[pollcreate\\] .*made again on every pass of the loop"
		if err != nil {
			return err
		}
		deadline := time.Now().Add(time.Minute)
		for time.Now().Before(deadline) {
			cur, err := c.Vault.GetCharge(ctx, ch.ID)
			if err == nil && cur.Status == "succeeded" {
				return nil
			}
			if err == nil && cur.Status == "failed" {
				return errFailed
			}
			time.Sleep(5 * time.Second)
		}
	}
	return errors.New("vcc charge still pending")
}

// AwaitCharge waits for a charge to settle, slowing down while it is pending.
func (c *Charger) AwaitCharge(ctx context.Context, id string) (*vault.Charge, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Hour)
	defer cancel()
	wait := 2 * time.Second
	for {
		cur, err := c.Vault.GetCharge(ctx, id)
		if err != nil {
			return nil, err
		}
		switch cur.Status {
		case "succeeded", "failed":
			return cur, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait = min(wait*2, 5*time.Minute)
	}
}
