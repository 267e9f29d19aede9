// Package tasks runs the no-show charges from asynq, which delivers a
// task again when its handler returns an error.
package tasks

import (
	"context"
	"encoding/json"

	"github.com/hibiken/asynq"

	"mpcontextkeys/noshow"
)

// Worker holds the task handlers.
type Worker struct {
	Fees *noshow.Fees
}

type feePayload struct {
	AppointmentID int64  `json:"appointment_id"`
	Cents         int64  `json:"cents"`
	CardToken     string `json:"card_token"`
}

// Register mounts the handlers.
func (w *Worker) Register(mux *asynq.ServeMux) {
	mux.HandleFunc("noshow:charge", w.chargeKeyed)
	mux.HandleFunc("noshow:charge-fresh", w.chargeFresh)
}

func (w *Worker) chargeKeyed(ctx context.Context, t *asynq.Task) error {
	var p feePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return err
	}
	return w.Fees.ChargeKeyed(ctx, p.AppointmentID, p.Cents, p.CardToken)
}

func (w *Worker) chargeFresh(ctx context.Context, t *asynq.Task) error {
	var p feePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return err
	}
	return w.Fees.ChargeFreshKey(ctx, p.AppointmentID, p.Cents, p.CardToken) // want `noshow.Fees.ChargeFreshKey \(mercadopago payment.Create\) is retried by asynq`
}
