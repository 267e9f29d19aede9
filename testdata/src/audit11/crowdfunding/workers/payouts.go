package workers

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"audit11/crowdfunding/bankpay"
	"audit11/crowdfunding/domain"
)

// BankRail is the Ferro Bank payouts client.
type BankRail interface {
	domain.PayoutRail
	SendStandard(ctx context.Context, p *domain.Payout, cr *domain.Creator) (string, error)
	Status(ctx context.Context, id string) (*bankpay.PayoutState, error)
}

// PayoutWorker pays creators of funded campaigns.
type PayoutWorker struct {
	store domain.CampaignStore
	rails map[string]domain.PayoutRail
	bank  BankRail
	log   *slog.Logger
}

func NewPayoutWorker(store domain.CampaignStore, bank BankRail, log *slog.Logger, rails ...domain.PayoutRail) *PayoutWorker {
	w := &PayoutWorker{store: store, bank: bank, log: log, rails: map[string]domain.PayoutRail{}}
	for _, r := range rails {
		w.rails[r.Name()] = r
	}
	return w
}

// RunOnce sends the queued payouts.
func (w *PayoutWorker) RunOnce(ctx context.Context) error {
	queued, err := w.store.QueuedPayouts(ctx, 50)
	if err != nil {
		return err
	}
	for i := range queued {
		p := &queued[i]
		cr, err := w.store.Creator(ctx, p.CreatorID)
		if err != nil {
			w.log.Error("load creator", "payout", p.ID, "err", err)
			continue
		}
		if err := w.pay(ctx, p, cr); err != nil {
			w.log.Warn("payout failed", "payout", p.ID, "err", err)
		}
	}
	return nil
}

func (w *PayoutWorker) pay(ctx context.Context, p *domain.Payout, cr *domain.Creator) error {
	if cr.PayoutRail == "bank" {
		return w.sendInstant(ctx, p, cr)
	}
	rail, ok := w.rails[cr.PayoutRail]
	if !ok {
		return fmt.Errorf("no payout rail %q", cr.PayoutRail)
	}
	ref, err := rail.Send(ctx, p, cr)
	if err != nil {
		return err
	}
	p.ProviderRef, p.Status, p.Rail = ref, "submitted", rail.Name()
	return w.store.SavePayout(ctx, p)
}

// sendInstant submits an instant bank payout and follows it until the
// bank settles or rejects it; instant payouts settle within a minute or
// two.
func (w *PayoutWorker) sendInstant(ctx context.Context, p *domain.Payout, cr *domain.Creator) error {
	ref, err := w.bank.Send(ctx, p, cr)
	if err != nil {
		return err
	}
	p.ProviderRef, p.Status, p.Rail = ref, "submitted", "bank"
	if err := w.store.SavePayout(ctx, p); err != nil {
		return err
	}
	for check := 1; check <= 24; check++ {
		st, err := w.bank.Status(ctx, p.ProviderRef)
		if err != nil {
			return err
		}
		switch st.State {
		case "settled":
			p.Status = "paid"
			return w.store.SavePayout(ctx, p)
		case "rejected", "returned":
			p.Status = st.State
			return w.store.SavePayout(ctx, p)
		}
		if check == 12 {
			w.log.Info("instant payout still pending, using the standard rail", "payout", p.ID)
			ref, err := w.bank.SendStandard(ctx, p, cr) // want "\\[pollcreate\\] new payment created inside the loop that polls payment p.ProviderRef \\(line 84\\)"
			if err != nil {
				return err
			}
			p.ProviderRef = ref
			if err := w.store.SavePayout(ctx, p); err != nil {
				return err
			}
		}
		time.Sleep(10 * time.Second)
	}
	return nil
}

// Every runs job on a fixed schedule until ctx ends.
func Every(ctx context.Context, d time.Duration, job func(context.Context) error, log *slog.Logger) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := job(ctx); err != nil {
				log.Error("scheduled job", "err", err)
			}
		}
	}
}
