// Package mercadopago: poll loops over a mercadopago payment's status read.
package mercadopago

import (
	"context"
	"log"
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

// Only success ends it: "approved" is Mercado Pago's paid status (the
// provider's statuses, though the global stems lack "approv").
func onlyApproved(ctx context.Context, pc payment.Client, id int) {
	for i := 0; i < 60; i++ { // want `loop polling payment id stops only when the payment succeeds`
		p, err := pc.Get(ctx, id)
		if err == nil && p.Status == "approved" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: the loop looks for charged_back, a failure in Mercado Pago's
// statuses only (the global stems do not know it).
func approvedOrChargedBack(ctx context.Context, pc payment.Client, id int) {
	for i := 0; i < 60; i++ {
		p, err := pc.Get(ctx, id)
		if err != nil {
			continue
		}
		switch p.Status {
		case "approved":
			return
		case "charged_back":
			log.Printf("payment %d charged back", id)
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: in_process is not final (under review), so ending on it is not
// ending on success.
func leavesInProcess(ctx context.Context, pc payment.Client, id int) {
	for i := 0; i < 60; i++ {
		p, err := pc.Get(ctx, id)
		if err == nil && p.Status == "in_process" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

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
