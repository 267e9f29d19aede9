package paypalfund

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"time"

	"github.com/google/uuid"
	"github.com/plutov/paypal/v4"

	"audit10/escrow/domain"
	"audit10/escrow/platform/retry"
)

// PayoutRail pays freelancers to their PayPal e-mail.
type PayoutRail struct {
	pp *paypal.Client
}

// NewPayoutRail returns the PayPal payout rail.
func NewPayoutRail(pp *paypal.Client) *PayoutRail { return &PayoutRail{pp: pp} }

func buildPayout(m domain.Milestone) paypal.Payout {
	cents := m.PayoutAmount()
	return paypal.Payout{
		SenderBatchHeader: &paypal.SenderBatchHeader{
			EmailSubject:  "You have been paid for " + m.Title,
			SenderBatchID: "ms-" + m.ID + "-" + uuid.NewString()[:8],
		},
		Items: []paypal.PayoutItem{{
			RecipientType: "EMAIL",
			Receiver:      m.PayeeEmail,
			Amount:        &paypal.AmountPayout{Currency: m.Currency, Value: fmt.Sprintf("%d.%02d", cents/100, cents%100)},
			SenderItemID:  m.ID,
		}},
	}
}

// Release sends the milestone payout. Network failures are reported as
// temporary so that callers may try again.
func (p *PayoutRail) Release(ctx context.Context, m domain.Milestone) (string, error) {
	res, err := p.pp.CreatePayout(ctx, buildPayout(m))
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) {
			return "", retry.Transient(err)
		}
		return "", err
	}
	return res.BatchHeader.PayoutBatchID, nil
}

// WaitPayoutBatch blocks until PayPal has processed the batch.
func (p *PayoutRail) WaitPayoutBatch(ctx context.Context, batchID string) error {
	for { // want "\\[pollbound\\] loop polling payment batchID has no bound"
		res, err := p.pp.GetPayout(ctx, batchID)
		if err != nil {
			log.Printf("paypal payout %s: %v", batchID, err)
			time.Sleep(5 * time.Second)
			continue
		}
		switch res.BatchHeader.BatchStatus {
		case "SUCCESS":
			return nil
		case "DENIED", "CANCELED":
			return fmt.Errorf("paypal payout %s: %s", batchID, res.BatchHeader.BatchStatus)
		}
		time.Sleep(5 * time.Second)
	}
}
