// Package onreject prints the pass counter into the external reference
// too, but its waiter answers the last status it read and the loop pays
// again only when that status is rejected, a terminal failure: a payment
// still in process when the tries run out leaves the loop. Silent.
package onreject

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"
)

var errRefused = errors.New("payment refused")

type Machine struct {
	mp payment.Client
}

func (m *Machine) settled(ctx context.Context, id int) (string, error) {
	for i := 0; i < 30; i++ {
		time.Sleep(4 * time.Second)
		res, err := m.mp.Get(ctx, id)
		if err != nil {
			return "", err
		}
		if res.Status == "approved" || res.Status == "rejected" || res.Status == "cancelled" {
			return res.Status, nil
		}
	}
	return "in_process", nil
}

// Sell charges the card, asking again when the payment did not settle.
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
		status, err := m.settled(ctx, res.ID)
		if err != nil {
			return nil, err
		}
		if status == "rejected" {
			continue
		}
		if status == "approved" {
			return res, nil
		}
		return nil, errRefused
	}
	return nil, errors.New("not settled")
}
