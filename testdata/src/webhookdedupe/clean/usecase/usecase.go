// Package usecase implements domain's use cases over the repository.
package usecase

import (
	"context"
	"net/smtp"

	"webhookdedupe/clean/domain"
	"webhookdedupe/clean/repository"
)

// PaymentService implements domain.PaymentUsecase.
type PaymentService struct{ repo *repository.OrderRepo }

func New(repo *repository.OrderRepo) *PaymentService { return &PaymentService{repo: repo} }

var _ domain.PaymentUsecase = (*PaymentService)(nil)

// HandlePaymentSucceeded books the payment in the ledger on every call.
func (s *PaymentService) HandlePaymentSucceeded(ctx context.Context, paymentID string) error {
	return s.repo.InsertLedger(ctx, paymentID)
}

// ConfirmOrderPaid books only an order not paid yet.
func (s *PaymentService) ConfirmOrderPaid(ctx context.Context, orderID string) error {
	st, err := s.repo.Status(ctx, orderID)
	if err != nil || st == "paid" {
		return err
	}
	if err := s.repo.InsertLedger(ctx, orderID); err != nil {
		return err
	}
	return s.repo.SetStatus(ctx, orderID, "paid")
}

// FulfillOrder is named as a fulfilment but only stores the state.
func (s *PaymentService) FulfillOrder(ctx context.Context, orderID string) error {
	return s.repo.SetStatus(ctx, orderID, "fulfilled")
}

// Mailer implements domain.Notifier.
type Mailer struct{ addr string }

func (m *Mailer) SendReceipt(ctx context.Context, customer string) error {
	return smtp.SendMail(m.addr, nil, "shop@example.com", []string{customer}, []byte("thanks"))
}

// Audit implements domain.Auditor.
type Audit struct{ repo *repository.OrderRepo }

func (a *Audit) Record(ctx context.Context, evt domain.Event) error {
	return a.repo.Audit(ctx, evt.Type, evt.ID)
}
