package jobs

import (
	"context"
	"log/slog"
	"strconv"
	"time"

	"github.com/avast/retry-go/v4"

	"audit23/airline/domain"
	"audit23/airline/gds"
	"audit23/airline/latam"
	"audit23/airline/refunds"
	"audit23/airline/store"
)

// Sweeper runs the periodic housekeeping: expired seat holds, requested
// refunds and installment payments still in review.
type Sweeper struct {
	Bookings *store.Bookings
	Holds    *store.Holds
	Refunds  *refunds.Service
	MP       *latam.MercadoPago
	Every    time.Duration
	Log      *slog.Logger

	following map[int]bool
}

func (s *Sweeper) Run(ctx context.Context) error {
	t := time.NewTicker(s.Every)
	defer t.Stop()
	s.following = map[int]bool{}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		s.process(ctx)
	}
}

func (s *Sweeper) process(ctx context.Context) {
	now := time.Now()
	held, err := s.Bookings.ExpiredHolds(ctx, now)
	if err != nil {
		s.Log.Error("sweep holds", "err", err)
	}
	for _, b := range held {
		if err := s.Bookings.SetStatus(ctx, b.PNR, domain.BookingExpired); err != nil {
			s.Log.Error("expire hold", "pnr", b.PNR, "err", err)
		}
	}
	if err := s.Refunds.Sweep(ctx); err != nil {
		s.Log.Error("sweep refunds", "err", err)
	}
	pending, err := s.Bookings.PendingOlderThan(ctx, 10*time.Minute)
	if err != nil {
		s.Log.Error("sweep pending", "err", err)
		return
	}
	for _, b := range pending {
		if b.Provider != "mercadopago" {
			continue
		}
		id, err := strconv.Atoi(b.ProviderRef)
		if err != nil || s.following[id] {
			continue
		}
		s.following[id] = true
		go s.follow(b.PNR, id)
	}
}

func (s *Sweeper) follow(pnr string, id int) {
	st, err := s.MP.Follow(context.Background(), id) // want "\\[pollbound\\] latam\\.MercadoPago\\.Follow polls payment id \\(installments\\.go:103\\) until the"
	if err != nil {
		s.Log.Error("follow", "pnr", pnr, "err", err)
		return
	}
	ctx := context.Background()
	switch st {
	case "approved":
		err = s.Bookings.MarkPaid(ctx, pnr, "mercadopago", strconv.Itoa(id))
	default:
		err = s.Bookings.SetStatus(ctx, pnr, domain.BookingCancelled)
	}
	if err != nil {
		s.Log.Error("follow result", "pnr", pnr, "err", err)
	}
}

// ExportManifests asks the GDS for tomorrow's manifests and mails them to
// the stations.
func ExportManifests(ctx context.Context, g *gds.Client, m *Mailer, flights []string, stationMail string) error {
	for _, f := range flights {
		e, err := g.StartManifest(ctx, f, time.Now().AddDate(0, 0, 1))
		if err != nil {
			return err
		}
		wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		done, err := g.WaitManifest(wctx, e.ID)
		cancel()
		if err != nil {
			return err
		}
		err = retry.Do(func() error {
			return m.Send(ctx, stationMail, "Manifest "+f, done.URL)
		}, retry.Attempts(5), retry.Delay(200*time.Millisecond), retry.DelayType(retry.FixedDelay)) // audit: lookalike retrybackoff: a mail to the station, not a payment call
		if err != nil {
			return err
		}
	}
	return nil
}
