// Package mercadopago: what the payment model knows of mercadopago sdk-go.
package mercadopago

import (
	"context"

	"github.com/mercadopago/sdk-go/pkg/config"
	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/mercadopago/sdk-go/pkg/refund"
)

func pay(ctx context.Context, cfg *config.Config, id int) { // want `wrapper pay write\|create\|read\|release mercadopago payment.Create autokey`
	pc := payment.NewClient(cfg)
	pc.Create(ctx, payment.Request{TransactionAmount: 10, ExternalReference: "order-1"}) // want `op write\|create mercadopago payment.Create autokey$`
	pc.Capture(ctx, id)                                                                  // want `op write mercadopago payment.Capture autokey id=id$`
	pc.Get(ctx, id)                                                                      // want `op read mercadopago payment.Get id=id$`
	pc.Cancel(ctx, id)                                                                   // want `op release mercadopago payment.Cancel id=id$`
	refund.NewClient(cfg).CreatePartialRefund(ctx, id, 5)                                // want `op write mercadopago refund.CreatePartialRefund autokey id=id$`
}
