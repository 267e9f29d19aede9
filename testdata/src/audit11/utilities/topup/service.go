package topup

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"audit11/utilities/billing"
)

// Store persists top-ups.
type Store interface {
	SaveTopUp(ctx context.Context, t *billing.TopUp) error
	TopUp(ctx context.Context, id string) (*billing.TopUp, error)
	SetTopUpRef(ctx context.Context, id, ref string) error
	SetTopUpStatus(ctx context.Context, id, status, token string) error
	PendingTopUps(ctx context.Context, before time.Time) ([]string, error)
}

// Vending issues STS credit tokens for prepaid meters.
type Vending interface {
	IssueToken(ctx context.Context, meterID string, amountMinor int64, ref string) (string, error)
}

// Service runs the prepaid top-up flow.
type Service struct {
	agg           *Client
	store         Store
	vend          Vending
	sms           billing.Notifier
	promptTimeout time.Duration
	log           *slog.Logger
}

func NewService(agg *Client, store Store, vend Vending, sms billing.Notifier) *Service {
	return &Service{agg: agg, store: store, vend: vend, sms: sms,
		promptTimeout: defaultPromptTimeout, log: slog.Default().With("component", "topup")}
}

// Buy sends the payment prompt, waits while the customer approves it on
// their handset and vends the token once the money arrived.
func (s *Service) Buy(ctx context.Context, t *billing.TopUp) error {
	if err := s.store.SaveTopUp(ctx, t); err != nil {
		return err
	}
	col, err := s.agg.CreateCollection(ctx, t)
	if err != nil {
		_ = s.store.SetTopUpStatus(ctx, t.ID, StatusFailed, "")
		return err
	}
	_ = s.store.SetTopUpRef(ctx, t.ID, col.ID)

	sent := time.Now()
	tick := time.NewTicker(statusPollEvery) // want "\\[pollinterval\\] payment status polled every 750ms"
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		cur, err := s.agg.GetCollection(ctx, col.ID)
		if err != nil {
			return err
		}
		switch cur.Status {
		case StatusSuccessful:
			return s.Deliver(ctx, t, cur.ID)
		case StatusFailed, StatusExpired:
			_ = s.store.SetTopUpStatus(ctx, t.ID, cur.Status, "")
			return fmt.Errorf("top-up %s: %s %s", t.ID, cur.Status, cur.FailureReason)
		}
		if time.Since(sent) > s.promptTimeout {
			s.log.Info("prompt not answered, sending it again", "topup", t.ID, "collection", col.ID)
			col, err = s.agg.CreateCollection(ctx, t) // want "\\[pollcreate\\] new payment created inside the loop that polls payment col.ID"
			if err != nil {
				return err
			}
			_ = s.store.SetTopUpRef(ctx, t.ID, col.ID)
			sent = time.Now()
		}
	}
}

// Deliver vends the meter token of a paid top-up and texts it to the customer.
func (s *Service) Deliver(ctx context.Context, t *billing.TopUp, collectionID string) error {
	token, err := s.vend.IssueToken(ctx, t.MeterID, t.AmountMinor, t.ID)
	if err != nil {
		_ = s.store.SetTopUpStatus(ctx, t.ID, "VEND_FAILED", "")
		return fmt.Errorf("vend %s: %w", t.ID, err)
	}
	if err := s.store.SetTopUpStatus(ctx, t.ID, StatusSuccessful, token); err != nil {
		return err
	}
	return s.sms.SendSMS(ctx, t.MSISDN, fmt.Sprintf("Meter %s token: %s", t.MeterID, token))
}

// Finish applies a final collection status reported by the aggregator.
func (s *Service) Finish(ctx context.Context, topupID, status string) error {
	t, err := s.store.TopUp(ctx, topupID)
	if err != nil {
		return err
	}
	if t.Status != StatusPending {
		return nil
	}
	switch status {
	case StatusSuccessful:
		return s.Deliver(ctx, t, t.ProviderRef)
	case StatusFailed, StatusExpired:
		return s.store.SetTopUpStatus(ctx, t.ID, status, "")
	}
	return nil
}

var errStillPending = errors.New("topup: collection still pending")

// awaitFinal reads a collection until it leaves PENDING, for at most ten minutes.
func (s *Service) awaitFinal(ctx context.Context, collectionID string) (*Collection, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	wait := 2 * time.Second
	for {
		cur, err := s.agg.GetCollection(ctx, collectionID)
		if err == nil && cur.Status != StatusPending {
			return cur, nil
		}
		select {
		case <-ctx.Done():
			return nil, errStillPending
		case <-time.After(wait):
		}
		wait = min(wait*2, time.Minute)
	}
}

// ReconcilePending finishes top-ups whose callback never arrived.
func (s *Service) ReconcilePending(ctx context.Context) error {
	ids, err := s.store.PendingTopUps(ctx, time.Now().Add(-15*time.Minute))
	if err != nil {
		return err
	}
	for _, id := range ids {
		t, err := s.store.TopUp(ctx, id)
		if err != nil || t.ProviderRef == "" {
			continue
		}
		col, err := s.awaitFinal(ctx, t.ProviderRef)
		if err != nil {
			s.log.Warn("top-up still pending, escalating", "topup", id, "err", err)
			continue
		}
		if err := s.Finish(ctx, t.ID, col.Status); err != nil {
			s.log.Error("finish top-up", "topup", id, "err", err)
		}
	}
	return nil
}

// RefundVendFailure returns the money of a top-up whose token could not be issued.
func (s *Service) RefundVendFailure(ctx context.Context, topupID string) error {
	t, err := s.store.TopUp(ctx, topupID)
	if err != nil {
		return err
	}
	if t.Status != "VEND_FAILED" {
		return nil
	}
	if err := s.agg.Refund(ctx, t.ProviderRef, t.ID, t.AmountMinor); err != nil {
		return err
	}
	return s.store.SetTopUpStatus(ctx, t.ID, "REFUNDED", "")
}
