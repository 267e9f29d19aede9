// Package copay takes copays by card at the front desk (Square Terminal /
// card on file) when the patient checks in.
package copay

import (
	"context"
	"errors"
	"log"
	"time"

	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
)

type Visit struct {
	ID        string
	PatientID string
	CardID    string
	Copay     int64
}

type Desk struct {
	sq       *sqclient.Client
	location string
}

func NewDesk(sq *sqclient.Client, location string) *Desk { return &Desk{sq: sq, location: location} }

// ChargeCopay charges the copay; the front desk network is flaky so the
// call is tried three times.
func (d *Desk) ChargeCopay(ctx context.Context, v Visit) (string, error) {
	cur := square.Currency("USD")
	var lastErr error
	for i := 0; i < 3; i++ {
		resp, err := d.sq.Payments.Create(ctx, &square.CreatePaymentRequest{ // want "\\[idempotency\\] square Payments.Create is retried by a for loop \\(line 35\\) with an idempotency key made anew on every attempt"
			SourceID:       v.CardID,
			IdempotencyKey: uuid.NewString(),
			AmountMoney:    &square.Money{Amount: square.Int64(v.Copay), Currency: &cur},
		})
		if err == nil {
			return *resp.Payment.ID, nil
		}
		lastErr = err
		log.Printf("copay %s: attempt %d: %v", v.ID, i+1, err)
		time.Sleep(time.Duration(i+1) * 2 * time.Second)
	}
	return "", lastErr
}

// ChargeBalance charges an outstanding balance; the key belongs to the
// statement, made once before the retries.
func (d *Desk) ChargeBalance(ctx context.Context, statementID, cardID string, cents int64) (string, error) {
	cur := square.Currency("USD")
	key := "stmt-" + statementID
	var lastErr error
	for i := 0; i < 3; i++ {
		resp, err := d.sq.Payments.Create(ctx, &square.CreatePaymentRequest{
			SourceID:       cardID,
			IdempotencyKey: key,
			AmountMoney:    &square.Money{Amount: square.Int64(cents), Currency: &cur},
		})
		if err == nil {
			return *resp.Payment.ID, nil
		}
		lastErr = err
		time.Sleep(time.Duration(1<<i) * time.Second)
	}
	return "", lastErr
}

var errDeclined = errors.New("copay: card declined")
