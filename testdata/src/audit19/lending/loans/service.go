// Package loans holds the repayment use cases.
package loans

import (
	"context"
	"fmt"

	"audit19/lending/store"
)

// Service applies repayments to loans.
type Service struct {
	st        *store.Store
	limitStep int64
}

// NewService returns a Service; limitStep is how much the credit limit
// grows after each on-time repayment.
func NewService(st *store.Store, limitStep int64) *Service {
	return &Service{st: st, limitStep: limitStep}
}

// InstalmentPaid marks an instalment paid and closes the loan when it was
// the last one.
func (s *Service) InstalmentPaid(ctx context.Context, instalmentID, loanID, ref string) error {
	if err := s.st.MarkInstalmentPaid(ctx, instalmentID, ref); err != nil {
		return err
	}
	return s.st.LoanRepaid(ctx, loanID)
}

// RewardRepayment raises the borrower's credit limit after a repayment.
func (s *Service) RewardRepayment(ctx context.Context, borrowerID string) error {
	return s.st.RaiseCreditLimit(ctx, borrowerID, s.limitStep)
}

// DirectDebitConfirmed books a GoCardless payment that reached confirmed.
func (s *Service) DirectDebitConfirmed(ctx context.Context, paymentID string) error {
	in, err := s.st.InstalmentByRef(ctx, paymentID)
	if err != nil {
		return fmt.Errorf("instalment for %s: %w", paymentID, err)
	}
	if err := s.st.AddLedgerEntry(ctx, in.LoanID, "repayment", in.Amount, paymentID); err != nil {
		return err
	}
	return s.InstalmentPaid(ctx, in.ID, in.LoanID, paymentID)
}

// DirectDebitFailed records a failed collection so the worker re-presents it.
func (s *Service) DirectDebitFailed(ctx context.Context, paymentID, cause string) error {
	in, err := s.st.InstalmentByRef(ctx, paymentID)
	if err != nil {
		return err
	}
	return s.st.MarkInstalmentFailed(ctx, in.ID, cause)
}
