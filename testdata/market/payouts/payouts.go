// Package payouts pays sellers their share of each sale.
package payouts

import (
	"context"
	"net/http"

	"github.com/go-resty/resty/v2"
	"github.com/hashicorp/go-retryablehttp"
)

// Service sends payouts and refunds through clients configured in New.
type Service struct {
	http    *retryablehttp.Client
	refunds *resty.Client
	ledger  *retryablehttp.Client
	base    string
}

// New builds the service's clients.
func New(base string) *Service {
	ledger := retryablehttp.NewClient()
	ledger.RetryMax = 0 // the ledger dedupes nothing: send once
	return &Service{
		http:    retryablehttp.NewClient(),
		refunds: resty.New().SetRetryCount(2),
		ledger:  ledger,
		base:    base,
	}
}

// Pay sends a seller's payout. retryablehttp retries it on 5xx and network
// errors, with no idempotency key.
func (s *Service) Pay(ctx context.Context, body []byte) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, s.base+"/v1/payouts", body)
	if err != nil {
		return err
	}
	resp, err := s.http.Do(req) // paylint: expect idempotency
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// PayKeyed sends a payout with the seller's statement id as its key.
func (s *Service) PayKeyed(ctx context.Context, statementID string, body []byte) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, s.base+"/v1/payouts", body)
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", "payout-"+statementID)
	resp, err := s.http.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Refund refunds a buyer; resty retries it twice.
func (s *Service) Refund(chargeID string, amount int64) error {
	_, err := s.refunds.R(). // paylint: expect idempotency
					SetBody(map[string]any{"charge": chargeID, "amount": amount}).
					Post(s.base + "/v1/refunds")
	return err
}

// Transfer books a transfer through the ledger client, which sends once.
func (s *Service) Transfer(ctx context.Context, body []byte) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, s.base+"/v1/transfers", body)
	if err != nil {
		return err
	}
	resp, err := s.ledger.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
