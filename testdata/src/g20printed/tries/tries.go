// Package tries takes a Mercado Pago card payment at a ticket machine and
// prints the pass counter into the request's external reference
// (order/1, order/2…). settled answers (false, nil) when its own tries run
// out with the payment still in process, and the loop pays again: the
// buyer can be charged twice.
package tries

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

// Sell charges the card, asking again when the payment did not settle.
func (m *Machine) Sell(ctx context.Context, order, token string, amount float64) (*payment.Response, error) {
	for n := 0; n < 3; n++ {
		res, err := m.mp.Create(ctx, payment.Request{ // want `payment .*made again on every pass of the loop \(line 42\) after tries.Machine.settled \(line 51\) stops waiting`
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
		if ok {
			return res, nil
		}
	}
	return nil, errors.New("not settled")
}
