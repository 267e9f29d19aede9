package worker

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/go-resty/resty/v2"

	"audit11/freight/store"
)

// FuelCards is the fuel-card issuer's API: carriers get their fuel cards
// loaded against upcoming settlements.
type FuelCards struct {
	rc *resty.Client
}

// NewFuelCards returns a client that retries failed requests on its own.
func NewFuelCards(base, apiKey string) *FuelCards {
	rc := resty.New().
		SetBaseURL(base).
		SetAuthToken(apiKey).
		SetTimeout(15 * time.Second).
		SetRetryCount(3).
		SetRetryWaitTime(2 * time.Second).
		SetRetryMaxWaitTime(20 * time.Second)
	return &FuelCards{rc: rc}
}

type loadResult struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Load adds funds to a fuel card.
func (f *FuelCards) Load(ctx context.Context, cardID string, cents int64) (string, error) {
	var out loadResult
	resp, err := f.rc.R(). // want "\\[idempotency\\] POST /v1/cards/\\{\\}/funding is retried by the resty client with SetRetryCount\\(3\\) \\(line 22\\) without an idempotency key"
				SetContext(ctx).
				SetBody(map[string]any{"amount": cents, "currency": "USD"}).
				SetResult(&out).
				Post("/v1/cards/" + cardID + "/funding")
	if err != nil {
		return "", err
	}
	if resp.IsError() {
		return "", fmt.Errorf("fuel card %s: %s", cardID, resp.Status())
	}
	return out.ID, nil
}

// Balance reads a card's available balance.
func (f *FuelCards) Balance(ctx context.Context, cardID string) (int64, error) {
	var out struct {
		Available int64 `json:"available"`
	}
	resp, err := f.rc.R().SetContext(ctx).SetResult(&out).Get("/v1/cards/" + cardID + "/balance")
	if err != nil {
		return 0, err
	}
	if resp.IsError() {
		return 0, fmt.Errorf("fuel card %s: %s", cardID, resp.Status())
	}
	return out.Available, nil
}

// TopUps sends the requested fuel-card top-ups.
type TopUps struct {
	loads *store.Loads
	cards *FuelCards
	log   *slog.Logger
}

// NewTopUps returns the job.
func NewTopUps(loads *store.Loads, cards *FuelCards, log *slog.Logger) *TopUps {
	return &TopUps{loads: loads, cards: cards, log: log}
}

// RunOnce sends every requested top-up once.
func (t *TopUps) RunOnce(ctx context.Context) error {
	reqs, err := t.loads.PendingTopUps(ctx)
	if err != nil {
		return err
	}
	for _, r := range reqs {
		ref, err := t.cards.Load(ctx, r.CardID, r.AmountCents)
		if err != nil {
			t.log.Error("fuel top-up", "topup", r.ID, "err", err)
			continue
		}
		if err := t.loads.TopUpDone(ctx, r.ID, ref); err != nil {
			return err
		}
	}
	return nil
}
