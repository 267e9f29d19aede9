// Package idpay collects copays from Indonesian patients by bank transfer
// (virtual accounts) through Midtrans.
package idpay

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"time"

	"audit13/clinic/domain"
	"audit13/clinic/platform"

	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"
)

// Service issues and follows Midtrans bank transfers.
type Service struct {
	core   coreapi.Client
	visits domain.VisitStore
}

// New returns a Midtrans copay service.
func New(serverKey string, env midtrans.EnvironmentType, visits domain.VisitStore) *Service {
	var c coreapi.Client
	c.New(serverKey, env)
	return &Service{core: c, visits: visits}
}

func (s *Service) charge(v *domain.Visit, orderID string) (*coreapi.ChargeResponse, error) {
	resp, merr := s.core.ChargeTransaction(&coreapi.ChargeReq{
		PaymentType:        coreapi.PaymentTypeBankTransfer,
		TransactionDetails: midtrans.TransactionDetails{OrderID: orderID, GrossAmt: v.CopayCents / 100},
	})
	if merr != nil {
		return nil, merr
	}
	return resp, nil
}

// ChargeAndWait opens a virtual account for the visit's copay and follows
// it until the patient has paid, handing out a fresh account number when
// the first one sat unpaid for the whole window.
func (s *Service) ChargeAndWait(ctx context.Context, v *domain.Visit) (string, error) {
	orderID := "visit-" + v.ID
	if _, err := s.charge(v, orderID); err != nil {
		return "", err
	}
	if err := s.visits.SetPaymentRef(ctx, v.ID, orderID); err != nil {
		return "", err
	}
	deadline := time.Now().Add(platform.MidtransPollFor)
	renewals := 0
	for {
		st, merr := s.core.CheckTransaction(orderID)
		if merr != nil && merr.StatusCode != http.StatusNotFound {
			return "", merr
		}
		if merr == nil {
			switch st.TransactionStatus {
			case "settlement":
				return orderID, s.visits.MarkPaid(ctx, v.ID, orderID)
			case "cancel", "expire", "failure":
				return "", fmt.Errorf("idpay: %s ended %s", orderID, st.TransactionStatus)
			}
		}
		if time.Now().After(deadline) {
			renewals++
			orderID = fmt.Sprintf("visit-%s-%d", v.ID, renewals)
			if _, err := s.charge(v, orderID); err != nil { // want "\\[pollcreate\\] new payment created inside the loop that polls payment orderID \\(line 56\\)"
				return "", err
			}
			log.Printf("idpay: visit %s: new virtual account %s", v.ID, orderID)
			deadline = time.Now().Add(platform.MidtransPollFor)
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(platform.MidtransPollEvery): // want "\\[pollinterval\\] payment status polled every 1.5s"
		}
	}
}

// CompleteFromRedirect records a payment the patient's browser reports
// when coming back from the Midtrans page.
func (s *Service) CompleteFromRedirect(ctx context.Context, orderID, status string) error {
	if status != "settlement" && status != "capture" {
		return nil
	}
	v, err := s.visitForOrder(ctx, orderID)
	if err != nil {
		return err
	}
	return s.visits.MarkPaid(ctx, v.ID, orderID)
}

// ApplyNotification records the state of a Midtrans notification.
func (s *Service) ApplyNotification(ctx context.Context, orderID, status string) (bool, error) {
	if status != "settlement" && status != "capture" {
		return false, nil
	}
	v, err := s.visitForOrder(ctx, orderID)
	if err != nil {
		return false, err
	}
	if v.PaymentStatus == "paid" {
		return false, nil
	}
	return true, s.visits.MarkPaid(ctx, v.ID, orderID)
}

func (s *Service) visitForOrder(ctx context.Context, orderID string) (*domain.Visit, error) {
	var id string
	if _, err := fmt.Sscanf(orderID, "visit-%s", &id); err != nil {
		return nil, domain.ErrNotFound
	}
	if i := len(id); i > 2 && id[i-2] == '-' {
		id = id[:i-2]
	}
	return s.visits.Get(ctx, id)
}
