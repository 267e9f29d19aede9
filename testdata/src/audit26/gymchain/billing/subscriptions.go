package billing

import (
	"context"
	"time"

	"github.com/mercadopago/sdk-go/pkg/preapproval"
	"github.com/sethvargo/go-retry"

	"audit26/gymchain/domain"
)

// Subscriptions runs Mexican memberships as Mercado Pago preapprovals: the
// member authorises the monthly debit once on Mercado Pago's page.
type Subscriptions struct {
	preapprovals preapproval.Client
	backURL      string
}

func NewSubscriptions(c preapproval.Client, backURL string) *Subscriptions {
	return &Subscriptions{preapprovals: c, backURL: backURL}
}

// Start creates the preapproval and answers the page to send the member to.
func (s *Subscriptions) Start(ctx context.Context, m domain.Membership, email string) (string, error) {
	start := time.Now().Add(time.Hour)
	res, err := s.preapprovals.Create(ctx, preapproval.Request{
		Reason:            "Membresía mensual",
		ExternalReference: m.ID,
		PayerEmail:        email,
		BackURL:           s.backURL,
		Status:            "pending",
		AutoRecurring: &preapproval.AutoRecurringRequest{
			Frequency:         1,
			FrequencyType:     "months",
			StartDate:         &start,
			TransactionAmount: float64(m.PlanCents) / 100,
			CurrencyID:        "MXN",
		},
	})
	if err != nil {
		return "", err
	}
	return res.InitPoint, nil
}

// Pause pauses the monthly debit while a membership is frozen.
func (s *Subscriptions) Pause(ctx context.Context, preapprovalID string) error {
	b := retry.WithMaxRetries(5, retry.NewExponential(2*time.Second))
	return retry.Do(ctx, b, func(ctx context.Context) error {
		_, err := s.preapprovals.Update(ctx, preapprovalID, preapproval.UpdateRequest{Status: "paused"}) // audit: lookalike idempotency: setting a subscription's status to paused moves no money and lands the same however often it is sent
		if err != nil {
			return retry.RetryableError(err)
		}
		return nil
	})
}
