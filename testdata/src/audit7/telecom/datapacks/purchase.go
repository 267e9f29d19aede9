// Package datapacks sells data bundles: the bundle is paid through the
// top-up aggregator, then provisioned on the network.
package datapacks

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"audit7/telecom/topupclient"
)

type Bundle struct {
	Code     string
	PriceCts int64
	MB       int
}

type Order struct {
	ID        string
	MSISDN    string
	CardToken string
	Bundle    Bundle
}

type Service struct {
	DB      *sql.DB
	TopUps  *topupclient.Client
	Network *Provisioner
}

// Purchase charges the bundle and provisions it. A charge still pending
// after 45s is tried again, so the customer is not left waiting.
func (s *Service) Purchase(ctx context.Context, o Order) error {
	for round := 0; round < 3; round++ {
		t, err := s.TopUps.CreateTopUp(ctx, topupclient.TopUpRequest{ // want "\\[idempotency\\] topupclient.Client.CreateTopUp \\(POST /v1/topups\\) is retried by a for loop" "\\[pollcreate\\] new payment created inside the loop that polls payment t.ID"
			MSISDN:    o.MSISDN,
			Amount:    o.Bundle.PriceCts,
			Currency:  "EUR",
			Reference: o.ID,
			CardToken: o.CardToken,
		})
		if err != nil {
			return err
		}
		wctx, cancel := context.WithTimeout(ctx, 45*time.Second)
		status, err := s.TopUps.WaitForTopUp(wctx, t.ID)
		cancel()
		if err != nil {
			return err
		}
		switch status {
		case "COMPLETED":
			return s.Network.AddBundle(ctx, o.MSISDN, o.Bundle.Code)
		case "FAILED":
			return errors.New("payment declined")
		}
	}
	return fmt.Errorf("order %s: payment still pending", o.ID)
}

// PurchaseWithBalance pays a bundle from prepaid credit: no card, no
// provider, just our ledger.
func (s *Service) PurchaseWithBalance(ctx context.Context, o Order) error {
	res, err := s.DB.ExecContext(ctx,
		`UPDATE prepaid_accounts SET balance = balance - $1 WHERE msisdn = $2 AND balance >= $1`,
		o.Bundle.PriceCts, o.MSISDN)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return errors.New("insufficient credit")
	}
	return s.Network.AddBundle(ctx, o.MSISDN, o.Bundle.Code)
}
