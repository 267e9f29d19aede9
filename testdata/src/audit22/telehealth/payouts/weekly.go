// Package payouts pays clinicians their share of completed consults
// through their Stripe Connect accounts, once a week.
package payouts

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/payout"
	"github.com/stripe/stripe-go/v82/transfer"

	"audit22/telehealth/domain"
	"audit22/telehealth/platform"
	"audit22/telehealth/store"
)

// Consults lists what a clinician completed.
type Consults interface {
	CompletedBetween(ctx context.Context, clinicianID string, from, to time.Time) ([]domain.Consult, error)
}

// Service runs the weekly payout.
type Service struct {
	consults Consults
	ledger   *store.Ledger
	log      *slog.Logger
	now      func() time.Time
}

// New builds the payout service.
func New(c Consults, l *store.Ledger) *Service {
	return &Service{consults: c, ledger: l, log: platform.With("payouts"), now: time.Now}
}

func weekStart(t time.Time) time.Time {
	t = t.UTC().Truncate(24 * time.Hour)
	return t.AddDate(0, 0, -int(t.Weekday()))
}

// Open creates this week's payout rows.
func (s *Service) Open(ctx context.Context, clinicians []domain.Clinician) error {
	to := weekStart(s.now())
	from := to.AddDate(0, 0, -7)
	for _, cl := range clinicians {
		consults, err := s.consults.CompletedBetween(ctx, cl.ID, from, to)
		if err != nil {
			return err
		}
		var total int64
		for i := range consults {
			total += consults[i].ClinicianShare()
		}
		if total == 0 {
			continue
		}
		if _, err := s.ledger.OpenPayoutRun(ctx, cl.ID, cl.StripeAccountID, from, total); err != nil {
			return fmt.Errorf("open payout for %s: %w", cl.ID, err)
		}
	}
	return nil
}

// Run transfers every open payout row to its clinician's account.
func (s *Service) Run(ctx context.Context) error {
	runs, err := s.ledger.PendingPayoutRuns(ctx)
	if err != nil {
		return err
	}
	for _, r := range runs {
		ok, err := s.ledger.ClaimPayoutRun(ctx, r.ID)
		if err != nil || !ok {
			continue
		}
		params := &stripe.TransferParams{
			Amount:      stripe.Int64(r.AmountCents),
			Currency:    stripe.String(string(stripe.CurrencyUSD)),
			Destination: stripe.String(r.AccountID),
		}
		params.SetIdempotencyKey("payout-run-" + strconv.FormatInt(r.ID, 10))
		tr, err := platform.Retry(ctx, 4, func(ctx context.Context) (*stripe.Transfer, error) {
			return transfer.New(params) // audit: lookalike idempotency: key comes from the payout row id, set once before the retry, and the row is claimed first
		})
		if err != nil {
			s.log.Error("transfer failed", "run", r.ID, "err", err)
			_ = s.ledger.FailPayoutRun(ctx, r.ID, err.Error())
			continue
		}
		if err := s.ledger.FinishPayoutRun(ctx, r.ID, tr.ID); err != nil {
			return err
		}
	}
	return nil
}

// SendAdjustment pays a clinician a one-off amount (a dispute won in
// their favour, a missed consult made good).
func (s *Service) SendAdjustment(ctx context.Context, account string, amount int64, note string) (string, error) {
	tr, err := platform.Retry(ctx, 3, func(ctx context.Context) (*stripe.Transfer, error) {
		return transfer.New(&stripe.TransferParams{ // want "\\[idempotency\\] stripe transfer\\.New is retried by platform\\.Retry \\(line 102\\) without an idempotency"
			Amount:      stripe.Int64(amount),
			Currency:    stripe.String(string(stripe.CurrencyUSD)),
			Destination: stripe.String(account),
		})
	})
	if err != nil {
		return "", err
	}
	s.log.Info("adjustment sent", "account", account, "amount", amount, "note", note)
	return tr.ID, nil
}

// Cashout moves a clinician's Connect balance to their bank. Instant
// payouts are tried first; they sometimes hang in pending, in which case
// we fall back to a standard payout.
func (s *Service) Cashout(ctx context.Context, run domain.PayoutRun) error {
	params := &stripe.PayoutParams{Amount: stripe.Int64(run.AmountCents), Currency: stripe.String(string(stripe.CurrencyUSD))}
	params.SetStripeAccount(run.AccountID)
	params.SetIdempotencyKey(fmt.Sprintf("cashout-%d", run.ID))
	params.AddMetadata("payout_run", strconv.FormatInt(run.ID, 10))
	po, err := payout.New(params)
	if err != nil {
		return err
	}
	for check := 0; check < 20; check++ {
		time.Sleep(30 * time.Second)
		get := &stripe.PayoutParams{}
		get.SetStripeAccount(run.AccountID)
		po, err = payout.Get(po.ID, get)
		if err != nil {
			return err
		}
		switch po.Status {
		case stripe.PayoutStatusPaid:
			return s.ledger.SetPayoutID(ctx, run.ID, po.ID, string(po.Status))
		case stripe.PayoutStatusFailed:
			_ = s.ledger.SetPayoutID(ctx, run.ID, po.ID, string(po.Status))
			return fmt.Errorf("payout %s failed", po.ID)
		}
		if check == 6 {
			s.log.Warn("payout stuck, falling back to standard", "payout", po.ID)
			fallback := &stripe.PayoutParams{Amount: stripe.Int64(run.AmountCents), Currency: stripe.String(string(stripe.CurrencyUSD))}
			fallback.SetStripeAccount(run.AccountID)
			fallback.SetIdempotencyKey(fmt.Sprintf("cashout-%d-standard", run.ID))
			if po, err = payout.New(fallback); err != nil { // want "\\[pollcreate\\] new payment created inside the loop that polls payment po\\.ID \\(line 128\\):"
				return err
			}
		}
	}
	return fmt.Errorf("payout for run %d still pending", run.ID)
}
