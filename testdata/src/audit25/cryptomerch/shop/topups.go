package shop

import (
	"context"
	"encoding/hex"
	"log/slog"
	"time"

	"github.com/google/uuid"
	"github.com/lightningnetwork/lnd/lnrpc"

	"audit25/cryptomerch/store"
)

// PointsPerSat converts a top-up into loyalty points.
const PointsPerSat = 1

// Topups sells loyalty points over Lightning.
type Topups struct {
	ln      lnrpc.LightningClient
	topups  *store.Topups
	loyalty *store.Loyalty
}

// NewTopups returns the service.
func NewTopups(ln lnrpc.LightningClient, topups *store.Topups, loyalty *store.Loyalty) *Topups {
	return &Topups{ln: ln, topups: topups, loyalty: loyalty}
}

// Open issues an invoice for a top-up and returns its payment request.
func (s *Topups) Open(ctx context.Context, buyerID string, sats int64) (string, error) {
	res, err := s.ln.AddInvoice(ctx, &lnrpc.Invoice{Memo: "loyalty top-up", Value: sats, Expiry: 900})
	if err != nil {
		return "", err
	}
	tp := store.Topup{ID: uuid.NewString(), BuyerID: buyerID, RHash: hex.EncodeToString(res.RHash), Sats: sats, State: "open"}
	if err := s.topups.Save(ctx, tp); err != nil {
		return "", err
	}
	return res.PaymentRequest, nil
}

// Listen credits settled top-ups as the node streams invoice updates.
func (s *Topups) Listen(ctx context.Context, fromSettleIndex uint64) error {
	stream, err := s.ln.SubscribeInvoices(ctx, &lnrpc.InvoiceSubscription{SettleIndex: fromSettleIndex})
	if err != nil {
		return err
	}
	for {
		inv, err := stream.Recv() // audit: lookalike pollinterval: a server stream; Recv blocks until the node pushes an update, nothing is polled
		if err != nil {
			return err
		}
		if inv.State != lnrpc.Invoice_SETTLED {
			continue
		}
		if err := s.credit(ctx, hex.EncodeToString(inv.RHash)); err != nil {
			slog.Error("top-up credit", "err", err)
		}
	}
}

// credit moves the top-up to settled once and only then adds the points.
func (s *Topups) credit(ctx context.Context, rHash string) error {
	won, err := s.topups.Settle(ctx, rHash)
	if err != nil || !won {
		return err
	}
	tp, err := s.topups.ByHash(ctx, rHash)
	if err != nil {
		return err
	}
	return s.loyalty.Credit(ctx, tp.BuyerID, tp.Sats*PointsPerSat)
}

// Recheck is run by the app after the buyer says they paid: it waits for the
// invoice to settle and credits it.
func (s *Topups) Recheck(ctx context.Context, rHash string) error {
	raw, err := hex.DecodeString(rHash)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 20*time.Minute)
	defer cancel()
	t := time.NewTicker(4 * time.Second)
	defer t.Stop()
	for { // want "\\[pollbound\\] loop polling payment raw stops only when the payment succeeds \\(line 98\\):"
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		inv, err := s.ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: raw})
		if err != nil {
			continue
		}
		if inv.State == lnrpc.Invoice_SETTLED {
			return s.credit(ctx, rHash)
		}
	}
}
