// Package billing is where money meets the club: membership renewals,
// booking payments, coaching packages, no-show fees and rain refunds.
package billing

import (
	"context"
	"fmt"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit20/sportsclub/domain"
	"audit20/sportsclub/platform"
	"audit20/sportsclub/psp"
	"audit20/sportsclub/store"
)

// Memberships renews annual memberships by direct debit.
type Memberships struct {
	store   *store.Memberships
	gc      *psp.GoCardless
	members func(ctx context.Context, id int64) (domain.Member, error)
}

// NewMemberships wires the service.
func NewMemberships(s *store.Memberships, gc *psp.GoCardless, members func(ctx context.Context, id int64) (domain.Member, error)) *Memberships {
	return &Memberships{store: s, gc: gc, members: members}
}

// Join collects the first season of a new membership.
func (s *Memberships) Join(ctx context.Context, m domain.Membership) error {
	mem, err := s.members(ctx, m.MemberID)
	if err != nil {
		return err
	}
	key := fmt.Sprintf("mship-%d-%s", m.ID, m.Season)
	var p *gocardless.Payment
	err = platform.Retry(ctx, 3, func(ctx context.Context) error {
		var err error
		p, err = s.gc.Collect(ctx, m, mem.GoCardlessMandate, gocardless.WithIdempotencyKey(key)) // audit: lookalike idempotency: the key is made once from the membership and season, outside the retry, and sent on every attempt
		return err
	})
	if err != nil {
		return fmt.Errorf("join membership %d: %w", m.ID, err)
	}
	return s.store.SetPayment(ctx, m.ID, p.Id)
}

// Renew collects next season's fee of an expiring membership.
func (s *Memberships) Renew(ctx context.Context, m domain.Membership) (string, error) {
	mem, err := s.members(ctx, m.MemberID)
	if err != nil {
		return "", err
	}
	if mem.GoCardlessMandate == "" {
		return "", s.store.SetStatus(ctx, m.ID, domain.MembershipLapsed)
	}
	var p *gocardless.Payment
	err = platform.Retry(ctx, 3, func(ctx context.Context) error {
		var err error
		p, err = s.gc.Collect(ctx, m, mem.GoCardlessMandate) // want "\\[idempotency\\] psp\\.GoCardless\\.Collect \\(gocardless Payments\\.Create\\) is retried by platform\\.Retry \\(line 59\\) without an idempotency key: gocardless-pro-go adds a new random key to each call"
		return err
	})
	if err != nil {
		return "", fmt.Errorf("renew membership %d: %w", m.ID, err)
	}
	return p.Id, s.store.SetPayment(ctx, m.ID, p.Id)
}

// AwaitCollection follows a renewal until the bank has answered.
func (s *Memberships) AwaitCollection(ctx context.Context, membershipID int64, paymentID string) {
	log := platform.L("memberships").With("membership", membershipID, "payment", paymentID)
	for { // want "\\[pollbound\\] loop polling payment paymentID has no bound: no ctx\\.Done\\(\\), deadline, attempt"
		p, err := s.gc.Payment(ctx, paymentID)
		if err != nil {
			log.Warn("read payment", "err", err)
			time.Sleep(time.Minute)
			continue
		}
		switch p.Status {
		case "confirmed", "paid_out":
			log.Info("collected")
			if err := s.store.SetStatus(ctx, membershipID, domain.MembershipActive); err != nil {
				log.Error("activate", "err", err)
			}
			return
		case "failed", "cancelled", "customer_approval_denied", "charged_back":
			log.Warn("collection failed", "status", p.Status)
			_ = s.store.SetStatus(ctx, membershipID, domain.MembershipLapsed)
			return
		}
		time.Sleep(10 * time.Minute)
	}
}
