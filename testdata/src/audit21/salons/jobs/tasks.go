// Package jobs runs the background work: asynq task handlers and the cron
// passes (no-shows, payment waits, weekly commission payouts).
package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/hibiken/asynq"

	"audit21/salons/cards"
	"audit21/salons/hooks"
	"audit21/salons/mpago"
	"audit21/salons/oxxo"
	"audit21/salons/pix"
	"audit21/salons/salon"
	"audit21/salons/store"
)

// Task types. mp:await and oxxo:await are queued by the back office when a
// payment goes to manual review or a gift card is sold for cash.
const (
	TypeNoShowCharge = "noshow:charge"
	TypePixAwait     = "pix:await"
	TypeMPAwait      = "mp:await"
	TypeOxxoAwait    = "oxxo:await"
)

// Worker holds what the task handlers need.
type Worker struct {
	Appts   *store.Appointments
	Sales   *store.Sales
	Gifts   *store.GiftCards
	NoShows *salon.NoShows
	Pix     *pix.Client
	MP      map[store.Country]*mpago.Client
	Oxxo    *oxxo.Client
	Notify  *Notifier
	Log     *slog.Logger
}

// Mux returns the task mux of the worker process.
func (w *Worker) Mux() *asynq.ServeMux {
	mux := asynq.NewServeMux()
	mux.HandleFunc(TypeNoShowCharge, w.chargeNoShow)
	mux.HandleFunc(TypePixAwait, w.awaitPix)
	mux.HandleFunc(TypeMPAwait, w.awaitMP)
	mux.HandleFunc(TypeOxxoAwait, w.awaitOxxo)
	mux.HandleFunc(hooks.TypeReceipt, w.sendReceipt)
	return mux
}

// Enqueue puts a task on the default queue; retries are asynq's default.
func Enqueue(ctx context.Context, c *asynq.Client, typ string, payload any, opts ...asynq.Option) error {
	b, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	_, err = c.EnqueueContext(ctx, asynq.NewTask(typ, b), opts...)
	return err
}

func decode[T any](t *asynq.Task) (T, error) {
	var v T
	if err := json.Unmarshal(t.Payload(), &v); err != nil {
		return v, fmt.Errorf("%s: %v: %w", t.Type(), err, asynq.SkipRetry)
	}
	return v, nil
}

// NoShowPayload names the booking to charge.
type NoShowPayload struct {
	AppointmentID int64 `json:"appointment_id"`
}

func (w *Worker) chargeNoShow(ctx context.Context, t *asynq.Task) error {
	p, err := decode[NoShowPayload](t)
	if err != nil {
		return err
	}
	a, err := w.Appts.Get(ctx, p.AppointmentID)
	if err != nil {
		return err
	}
	if a.NoShowFeeRef != "" {
		return nil // charged by an earlier run
	}
	if a.Country == store.Argentina {
		return w.NoShows.ChargeAR(ctx, a)
	}
	key := fmt.Sprintf("noshow-%d-%d", a.ID, time.Now().Unix())
	if err := w.NoShows.ChargeMX(ctx, a, key); err != nil { // want "\\[idempotency\\] salon\\.NoShows\\.ChargeMX \\(stripe V1PaymentIntents\\.Create\\) is retried by asynq,"
		if errors.Is(err, salon.ErrNoCard) || !cards.Transient(err) {
			return fmt.Errorf("appointment %d: %v: %w", a.ID, err, asynq.SkipRetry)
		}
		return err
	}
	return nil
}

// ScheduleNoShows is the cron pass that queues the fees of missed bookings.
func ScheduleNoShows(ctx context.Context, appts *store.Appointments, q *asynq.Client, grace time.Duration, log *slog.Logger) {
	due, err := appts.NoShows(ctx, time.Now().Add(-grace))
	if err != nil {
		log.Error("no-show pass", "err", err)
		return
	}
	for _, a := range due {
		err := Enqueue(ctx, q, TypeNoShowCharge, NoShowPayload{AppointmentID: a.ID}, asynq.TaskID(fmt.Sprintf("noshow-%d", a.ID)))
		if err != nil {
			log.Warn("no-show not queued", "appointment", a.ID, "err", err)
		}
	}
}
