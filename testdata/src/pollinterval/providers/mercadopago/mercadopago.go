// Package mercadopago: polls of a Mercado Pago payment's status.
package mercadopago

import (
	"context"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"
)

func fastPoll(ctx context.Context, pc payment.Client, id int) {
	for i := 0; i < 100; i++ {
		p, err := pc.Get(ctx, id)
		if err == nil && p.Status == "approved" {
			return
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
}

func calmPoll(ctx context.Context, pc payment.Client, id int) {
	for i := 0; i < 100; i++ {
		p, err := pc.Get(ctx, id)
		if err == nil && p.Status == "approved" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
