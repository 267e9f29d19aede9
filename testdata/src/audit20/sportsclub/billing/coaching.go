package billing

import (
	"context"
	"fmt"
	"time"

	"audit20/sportsclub/domain"
	"audit20/sportsclub/platform"
	"audit20/sportsclub/psp"
	"audit20/sportsclub/store"
)

// Notifier sends a member a message with a link.
type Notifier interface {
	SendLink(ctx context.Context, memberID int64, url string) error
}

// Coaching sells coaching packages through Adyen payment links.
type Coaching struct {
	fees   *store.Fees
	adyen  *psp.Adyen
	notify Notifier
	resend time.Duration
}

// NewCoaching wires the service.
func NewCoaching(fees *store.Fees, a *psp.Adyen, n Notifier) *Coaching {
	return &Coaching{fees: fees, adyen: a, notify: n, resend: 15 * time.Minute}
}

// MarkPaid loads the lessons of a paid package.
func (s *Coaching) MarkPaid(ctx context.Context, id int64) error {
	return s.fees.MarkCoachingPaid(ctx, id)
}

// Sell sends the member a payment link and follows it for up to an hour.
// Members often miss the first message, so a fresh link goes out when the
// first one sat unused.
func (s *Coaching) Sell(ctx context.Context, pkg domain.CoachingPackage) error {
	log := platform.L("coaching").With("package", pkg.ID)
	round := 1
	link, err := s.sendLink(ctx, pkg, round)
	if err != nil {
		return err
	}
	sentAt := time.Now()
	for i := 0; i < 720; i++ { // audit: lookalike pollbound: capped at 720 reads (an hour) and handles the expired state as well as paid
		time.Sleep(5 * time.Second)
		l, err := s.adyen.Link(ctx, link)
		if err != nil {
			log.Warn("read link", "err", err)
			continue
		}
		switch l.Status {
		case "completed", "paid":
			return s.fees.MarkCoachingPaid(ctx, pkg.ID)
		case "expired":
			round++
			if link, err = s.sendLink(ctx, pkg, round); err != nil { // audit: lookalike pollcreate: a new link only after the old one reached the terminal expired state
				return err
			}
			sentAt = time.Now()
			continue
		}
		if time.Since(sentAt) > s.resend {
			round++
			if link, err = s.sendLink(ctx, pkg, round); err != nil { // want "\\[pollcreate\\] new payment created inside the loop that polls payment link \\(line 48\\): keep"
				return err
			}
			sentAt = time.Now()
		}
	}
	return fmt.Errorf("coaching package %d: %w", pkg.ID, domain.ErrStillPending)
}

func (s *Coaching) sendLink(ctx context.Context, pkg domain.CoachingPackage, round int) (string, error) {
	ref := fmt.Sprintf("CP%d-%d", pkg.ID, round)
	l, err := s.adyen.CreateLink(ctx, ref, pkg.PriceCents, pkg.Currency)
	if err != nil {
		return "", err
	}
	if err := s.fees.SetCoachingLink(ctx, pkg.ID, l.Id); err != nil {
		return "", err
	}
	return l.Id, s.notify.SendLink(ctx, pkg.MemberID, l.Url)
}
