// Package mercadopago: poll loops over a mercadopago payment's status read.
package mercadopago

import (
	"context"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"
)

// No bound: a payment stuck pending is polled forever.
func forever(ctx context.Context, pc payment.Client, id int) {
	for { // want `loop polling payment id has no bound`
		p, err := pc.Get(ctx, id)
		if err == nil && (p.Status == "approved" || p.Status == "rejected") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// (A loop that ends only on "approved" is not reported yet: the poll
// model's success stems, payment.SuccessStems, lack "approv".)

// Silent: both terminal outcomes end it, and it gives up after 60 reads.
func bounded(ctx context.Context, pc payment.Client, id int) {
	for i := 0; i < 60; i++ {
		p, err := pc.Get(ctx, id)
		if err == nil && (p.Status == "approved" || p.Status == "rejected") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
