// Package consult books and settles telehealth consultations.
package consult

import (
	"context"
	"fmt"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"

	"audit10/pharmacy/adyenpay"
	"audit10/pharmacy/domain"
	"audit10/pharmacy/razorpayx"
	"audit10/pharmacy/store"
)

// Service is the consultation use case. It implements
// domain.ConsultationPayments.
type Service struct {
	st     *store.Store
	rz     *razorpayx.Client
	ady    *adyenpay.Client
	notify domain.Notifier
}

// NewService returns a Service.
func NewService(st *store.Store, rz *razorpayx.Client, ady *adyenpay.Client, n domain.Notifier) *Service {
	return &Service{st: st, rz: rz, ady: ady, notify: n}
}

var _ domain.ConsultationPayments = (*Service)(nil)

// Book opens the payment for a consultation: a Razorpay order in India
// (paid in the widget), an Adyen authorisation in the EU.
func (s *Service) Book(ctx context.Context, c *domain.Consultation) (string, error) {
	switch c.Region {
	case domain.RegionIN:
		id, err := s.rz.CreateConsultationOrder(ctx, c)
		if err != nil {
			return "", err
		}
		return id, s.st.SetConsultationStatus(ctx, c.ID, domain.StatusPending, "")
	case domain.RegionEU:
		res, err := s.ady.PayConsultation(ctx, c)
		if err != nil {
			return "", err
		}
		if res.ResultCode != nil && *res.ResultCode == "RedirectShopper" {
			return "redirect", nil
		}
		if res.ResultCode != nil && *res.ResultCode == "Authorised" {
			if _, err := s.st.MarkConsultationPaidOnce(ctx, c.ID, *res.PspReference); err != nil {
				return "", err
			}
		}
		return *res.PspReference, nil
	}
	return "", fmt.Errorf("consult: no provider for %s", c.Region)
}

// MarkConsultationPaid records a paid consultation, books it in the ledger
// and sends the confirmation.
func (s *Service) MarkConsultationPaid(ctx context.Context, ref string, amountMinor int64) error {
	c, err := s.st.ConsultationByRef(ctx, ref)
	if err != nil {
		return err
	}
	if err := s.st.SetConsultationStatus(ctx, c.ID, domain.StatusPaid, ref); err != nil {
		return err
	}
	if err := s.st.AddLedgerEntry(ctx, store.LedgerEntry{
		PatientID: c.PatientID, Kind: "consultation_fee", Ref: ref,
		AmountMinor: amountMinor, Currency: c.Currency, CreatedAt: time.Now(),
	}); err != nil {
		return err
	}
	p, err := s.st.Patient(ctx, c.PatientID)
	if err != nil {
		return err
	}
	return s.notify.SendEmail(ctx, p.Email, "Your consultation is confirmed",
		fmt.Sprintf("See you on %s.", c.StartsAt.Format(time.RFC1123)))
}

// MarkConsultationFailed releases the slot of an unpaid booking.
func (s *Service) MarkConsultationFailed(ctx context.Context, ref string) error {
	c, err := s.st.ConsultationByRef(ctx, ref)
	if err != nil {
		return err
	}
	if c.Status == domain.StatusPaid {
		return nil
	}
	return s.st.SetConsultationStatus(ctx, c.ID, domain.StatusFailed, "")
}

// ConfirmPaid marks a consultation paid once the provider confirmed it.
func (s *Service) ConfirmPaid(ctx context.Context, consultationID, paymentID string) error {
	_, err := s.st.MarkConsultationPaidOnce(ctx, consultationID, paymentID)
	return err
}

// Cancel cancels a consultation and refunds the fee.
func (s *Service) Cancel(ctx context.Context, consultationID, cancellationID string) error {
	c, err := s.st.Consultation(ctx, consultationID)
	if err != nil {
		return err
	}
	if c.Status != domain.StatusPaid {
		return s.st.SetConsultationStatus(ctx, c.ID, domain.StatusCancelled, "")
	}
	switch c.Region {
	case domain.RegionIN:
		if _, err := s.rz.RefundConsultation(ctx, c.PaymentID, c.AmountMinor); err != nil {
			return err
		}
	case domain.RegionEU:
		amt := checkout.Amount{Currency: c.Currency, Value: c.AmountMinor}
		if _, err := s.ady.RefundConsultation(ctx, c.ProviderRef, amt, cancellationID); err != nil {
			return err
		}
	}
	return s.st.SetConsultationStatus(ctx, c.ID, domain.StatusRefunded, "")
}

// ConfirmWidgetPayment is called by the booking page once the Razorpay
// widget reports a payment; the booking is confirmed when Razorpay has
// captured it.
func (s *Service) ConfirmWidgetPayment(ctx context.Context, consultationID, paymentID string) error {
	if err := s.rz.WaitForCapture(ctx, paymentID); err != nil {
		return err
	}
	return s.ConfirmPaid(ctx, consultationID, paymentID)
}

// Accept captures the authorised fee of an EU consultation when the doctor
// accepts it.
func (s *Service) Accept(ctx context.Context, consultationID string) error {
	c, err := s.st.Consultation(ctx, consultationID)
	if err != nil {
		return err
	}
	if c.Region != domain.RegionEU {
		return nil
	}
	return s.ady.Capture(ctx, c.ProviderRef, checkout.Amount{Currency: c.Currency, Value: c.AmountMinor})
}
