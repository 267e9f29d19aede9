// Package jobs runs background work: withdrawals and worker notices on
// asynq, payday collection and reconciliation sweeps on machinery.
package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"audit12/wages/domain"

	"github.com/hibiken/asynq"
)

const (
	TypeSendPayout   = "payout:send"
	TypeNotifyWorker = "worker:notify"
)

// Queue enqueues tasks on asynq.
type Queue struct {
	c *asynq.Client
}

// NewQueue wraps an asynq client.
func NewQueue(c *asynq.Client) *Queue { return &Queue{c: c} }

type notifyPayload struct {
	WithdrawalID string `json:"withdrawal_id"`
	Template     string `json:"template"`
}

// NotifyWorker queues a message about a withdrawal; one per withdrawal
// and template.
func (q *Queue) NotifyWorker(ctx context.Context, withdrawalID, template string) error {
	b, _ := json.Marshal(notifyPayload{WithdrawalID: withdrawalID, Template: template})
	_, err := q.c.EnqueueContext(ctx, asynq.NewTask(TypeNotifyWorker, b),
		asynq.TaskID("notify:"+withdrawalID+":"+template), asynq.MaxRetry(5))
	return err
}

// EnqueuePayout queues a withdrawal for sending.
func (q *Queue) EnqueuePayout(ctx context.Context, withdrawalID string) error {
	b, _ := json.Marshal(map[string]string{"withdrawal_id": withdrawalID})
	_, err := q.c.EnqueueContext(ctx, asynq.NewTask(TypeSendPayout, b),
		asynq.TaskID("payout:"+withdrawalID), asynq.Queue("payouts"), asynq.MaxRetry(3))
	return err
}

// CardSender and ChainSender are the payout rails.
type CardSender interface {
	Send(ctx context.Context, w domain.Withdrawal) error
}

type ChainSender interface {
	Send(ctx context.Context, w domain.Withdrawal, wallet string) error
}

// Workers looks up workers.
type Workers interface {
	Worker(ctx context.Context, id string) (*domain.Worker, error)
}

// Handlers processes asynq tasks.
type Handlers struct {
	withdrawals domain.WithdrawalStore
	workers     Workers
	card        CardSender
	chain       ChainSender
	sms         domain.Notifier
	log         *slog.Logger
}

// NewHandlers wires the task handlers.
func NewHandlers(ws domain.WithdrawalStore, workers Workers, card CardSender, chain ChainSender, sms domain.Notifier, log *slog.Logger) *Handlers {
	return &Handlers{withdrawals: ws, workers: workers, card: card, chain: chain, sms: sms, log: log}
}

// Register mounts the handlers on mux.
func (h *Handlers) Register(mux *asynq.ServeMux) {
	mux.HandleFunc(TypeSendPayout, h.sendPayout)
	mux.HandleFunc(TypeNotifyWorker, h.notifyWorker)
}

func (h *Handlers) sendPayout(ctx context.Context, t *asynq.Task) error {
	var p struct {
		WithdrawalID string `json:"withdrawal_id"`
	}
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	w, err := h.withdrawals.Get(ctx, p.WithdrawalID)
	if err != nil {
		return err
	}
	if w.Status != domain.WithdrawalRequested {
		return nil
	}
	switch w.Rail {
	case domain.RailCard:
		return h.card.Send(ctx, *w)
	case domain.RailUSDC:
		wk, err := h.workers.Worker(ctx, w.WorkerID)
		if err != nil {
			return err
		}
		return h.chain.Send(ctx, *w, wk.WalletAddr)
	}
	return fmt.Errorf("rail %q: %w", w.Rail, asynq.SkipRetry)
}

var templates = map[string]string{
	"payout_declined": "Your card declined the transfer of your wages. Pick another card in the app.",
	"payout_sent":     "Your wages are on the way.",
}

func (h *Handlers) notifyWorker(ctx context.Context, t *asynq.Task) error {
	var p notifyPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	w, err := h.withdrawals.Get(ctx, p.WithdrawalID)
	if err != nil {
		return err
	}
	wk, err := h.workers.Worker(ctx, w.WorkerID)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return h.sms.SendSMS(ctx, wk.Phone, templates[p.Template])
}
