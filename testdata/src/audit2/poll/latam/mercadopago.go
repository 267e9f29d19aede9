package latam

import (
	"context"
	"log"
	"time"

	"github.com/mercadopago/sdk-go/pkg/config"
	"github.com/mercadopago/sdk-go/pkg/payment"
)

// Pix confirms Pix payments.
type Pix struct {
	cfg      Config
	payments payment.Client
}

// NewPix builds the Pix service.
func NewPix(cfg Config) (*Pix, error) {
	mp, err := config.New(cfg.MPAccessToken)
	if err != nil {
		return nil, err
	}
	return &Pix{cfg: cfg, payments: payment.NewClient(mp)}, nil
}

// WaitPix waits for the buyer to pay the QR code shown on screen.
func (p *Pix) WaitPix(ctx context.Context, paymentID int) (string, error) {
	for { // want "\\[pollbound\\] loop polling payment paymentID has no bound"
		res, err := p.payments.Get(ctx, paymentID)
		if err != nil {
			log.Printf("pix %d: %v (retrying)", paymentID, err)
			time.Sleep(p.cfg.MPPollInterval)
			continue
		}
		switch res.Status {
		case "approved", "rejected", "cancelled":
			return res.Status, nil
		}
		time.Sleep(p.cfg.MPPollInterval)
	}
}

// WaitPixUntil is the same wait, bounded by the QR code's own expiry.
func (p *Pix) WaitPixUntil(ctx context.Context, paymentID int, expiresAt time.Time) (string, error) {
	for time.Now().Before(expiresAt) {
		res, err := p.payments.Get(ctx, paymentID)
		if err == nil {
			switch res.Status {
			case "approved", "rejected", "cancelled", "refunded":
				return res.Status, nil
			}
		}
		time.Sleep(p.cfg.MPPollInterval)
	}
	return "expired", nil
}
