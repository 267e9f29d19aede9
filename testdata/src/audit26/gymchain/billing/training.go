package billing

import (
	"context"
	"log/slog"
	"time"

	"audit26/gymchain/domain"
	"audit26/gymchain/pagarme"
	"audit26/gymchain/store"
)

// Training sells personal-training packages in Brazil.
type Training struct {
	pm     *pagarme.Client
	ledger *store.Ledger
}

func NewTraining(pm *pagarme.Client, ledger *store.Ledger) *Training {
	return &Training{pm: pm, ledger: ledger}
}

func (s *Training) order(pkg domain.TrainingPackage, cust pagarme.Customer, cardID string) pagarme.OrderRequest {
	return pagarme.OrderRequest{
		Code:     "pt-" + pkg.ID,
		Customer: cust,
		Items:    []pagarme.Item{{Amount: pkg.Cents, Description: "Pacote personal", Quantity: 1, Code: "pt"}},
		Payments: []pagarme.PaymentSpec{{
			PaymentMethod: "credit_card",
			CreditCard:    &pagarme.CreditCard{CardID: cardID, Installments: 3, Capture: true},
			Metadata:      map[string]any{"training_package_id": pkg.ID, "sessions": pkg.Sessions},
		}},
	}
}

// Buy charges the package; sessions are credited by the postback.
func (s *Training) Buy(ctx context.Context, pkg domain.TrainingPackage, cust pagarme.Customer, cardID string) (string, error) {
	order, err := s.pm.CreateOrder(ctx, s.order(pkg, cust, cardID), "pt-"+pkg.ID)
	if err != nil {
		return "", err
	}
	ch := order.Charges[0]
	if ch.Status == "processing" || ch.Status == "pending" {
		go s.follow(context.WithoutCancel(ctx), ch.ID)
	}
	return ch.ID, nil
}

// follow keeps the payments table in step for the trainer dashboard.
func (s *Training) follow(ctx context.Context, chargeID string) {
	for { // want "\\[pollbound\\] loop polling payment chargeID stops only when the payment succeeds \\(line"
		c, err := s.pm.GetCharge(ctx, chargeID)
		if err == nil && c.Status == "paid" {
			if err := s.ledger.MarkPaymentPaid(ctx, "pagarme", c.ID); err != nil {
				slog.Error("training: mark paid", "charge", c.ID, "err", err)
			}
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Confirm is called by the member app right after checkout: it waits a
// little for the card result and falls back to the member's backup card
// when the first one is declined.
func (s *Training) Confirm(ctx context.Context, pkg domain.TrainingPackage, cust pagarme.Customer, chargeID, backupCard string) (string, error) {
	triedBackup := false
	for i := 0; i < 10; i++ { // audit: lookalike pollbound: capped at 10 reads and leaves on paid, failed and canceled
		c, err := s.pm.GetCharge(ctx, chargeID)
		if err != nil {
			return "", err
		}
		switch c.Status {
		case "paid":
			return "paid", nil
		case "failed", "canceled":
			if backupCard == "" || triedBackup {
				return "declined", nil
			}
			triedBackup = true
			order, err := s.pm.CreateOrder(ctx, s.order(pkg, cust, backupCard), "pt-"+pkg.ID+"-backup") // audit: lookalike pollcreate: a new charge only after the first one reached failed/canceled
			if err != nil {
				return "", err
			}
			chargeID = order.Charges[0].ID
			continue
		}
		time.Sleep(3 * time.Second)
	}
	return "processing", nil
}
