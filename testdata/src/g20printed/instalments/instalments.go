// Package instalments charges a season ticket in three instalments, the
// counter printed into each one's external reference (ticket/1, /2, /3):
// the loop never leaves on a settled payment and goes on when one is
// still in process, so each pass pays for another instalment, not the
// same one again. Silent.
package instalments

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"
)

var errRefused = errors.New("payment refused")

type Machine struct {
	mp payment.Client
}

func (m *Machine) settled(ctx context.Context, id int) (bool, error) {
	for i := 0; i < 30; i++ {
		time.Sleep(4 * time.Second)
		res, err := m.mp.Get(ctx, id)
		if err != nil {
			return false, err
		}
		if res.Status == "approved" {
			return true, nil
		}
		if res.Status == "rejected" || res.Status == "cancelled" {
			return false, errRefused
		}
	}
	return false, nil
}

// Sell charges the three instalments of a season ticket.
func (m *Machine) Sell(ctx context.Context, order, token string, amount float64) (*payment.Response, error) {
	for n := 0; n < 3; n++ {
		res, err := m.mp.Create(ctx, payment.Request{
			ExternalReference: fmt.Sprintf("%s/%d", order, n+1),
			Token:             token,
			TransactionAmount: amount,
		})
		if err != nil {
			return nil, err
		}
		ok, err := m.settled(ctx, res.ID)
		if err != nil {
			return nil, err
		}
		if !ok {
			log.Printf("instalment %d of %s still in process", n+1, order)
		}
	}
	return nil, nil
}
