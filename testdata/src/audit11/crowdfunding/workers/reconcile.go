package workers

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/go-resty/resty/v2"

	"audit11/crowdfunding/domain"
)

// Reconciler compares submitted bank payouts with the bank's books every
// night and records what the bank says.
type Reconciler struct {
	rc    *resty.Client
	store domain.CampaignStore
	log   *slog.Logger
}

func NewReconciler(base, apiKey string, store domain.CampaignStore, log *slog.Logger) *Reconciler {
	rc := resty.New().SetBaseURL(base).SetAuthToken(apiKey).SetTimeout(15 * time.Second)
	return &Reconciler{rc: rc, store: store, log: log}
}

type bankPayout struct {
	ID     string `json:"id"`
	State  string `json:"state"`
	Amount int64  `json:"amount"`
}

func (r *Reconciler) fetch(ctx context.Context, ref string) (*bankPayout, error) {
	var view bankPayout
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := r.rc.R().SetContext(ctx).SetResult(&view).Get("/v1/payouts/" + ref)
		if err == nil && !resp.IsError() { // want "\\[retrystatus\\] GET /v1/payouts/\\{\\} is retried by a for loop \\(line 35\\): every non-2xx status is retried"
			return &view, nil
		}
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return nil, fmt.Errorf("bank payout %s: no answer", ref)
}

// Reconcile checks the given payouts, one bank read each.
func (r *Reconciler) Reconcile(ctx context.Context, payouts []domain.Payout) {
	for i := range payouts {
		p := &payouts[i]
		if p.Rail != "bank" || p.ProviderRef == "" {
			continue
		}
		view, err := r.fetch(ctx, p.ProviderRef)
		if err != nil {
			r.log.Warn("reconcile", "payout", p.ID, "err", err)
			continue
		}
		if view.Amount != p.AmountCents {
			r.log.Error("amount mismatch", "payout", p.ID, "bank", view.Amount, "ours", p.AmountCents)
		}
		if view.State == "settled" && p.Status != "paid" {
			p.Status = "paid"
			if err := r.store.SavePayout(ctx, p); err != nil {
				r.log.Error("save payout", "payout", p.ID, "err", err)
			}
		}
	}
}
