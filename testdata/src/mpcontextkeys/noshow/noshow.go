// Package noshow charges no-show fees through Mercado Pago, the key in
// the context the charge is sent with.
package noshow

import (
	"context"
	"strconv"

	"github.com/google/uuid"
	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/mercadopago/sdk-go/pkg/requestoptions"
)

// Fees charges no-show fees.
type Fees struct {
	Payments payment.Client
}

func feeRequest(appointmentID int64, cents int64, token string) payment.Request {
	return payment.Request{
		TransactionAmount: float64(cents) / 100,
		Token:             token,
		ExternalReference: "noshow-" + strconv.FormatInt(appointmentID, 10),
	}
}

// ChargeKeyed keys the fee by the appointment: a task delivered again
// sends the same key.
func (f *Fees) ChargeKeyed(ctx context.Context, appointmentID, cents int64, token string) error {
	ctx = requestoptions.WithIdempotencyKey(ctx, "noshow-"+strconv.FormatInt(appointmentID, 10))
	_, err := f.Payments.Create(ctx, feeRequest(appointmentID, cents, token))
	return err
}

// ChargeFreshKey draws a new key on every call: a task delivered again
// sends another key.
func (f *Fees) ChargeFreshKey(ctx context.Context, appointmentID, cents int64, token string) error {
	ctx = requestoptions.WithIdempotencyKey(ctx, uuid.NewString())
	_, err := f.Payments.Create(ctx, feeRequest(appointmentID, cents, token))
	return err
}
