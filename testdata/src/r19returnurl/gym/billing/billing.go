// Package billing starts gym memberships and day passes through Mollie's
// REST API; the payment's redirectUrl is the page the member's browser
// comes back to, built here.
package billing

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"os"
	"strconv"
)

type Service struct {
	DB   *sql.DB
	HTTP *http.Client
	Site string
}

type molliePayment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Links  struct {
		Checkout struct {
			Href string `json:"href"`
		} `json:"checkout"`
	} `json:"_links"`
}

// StartMembership creates the payment; Mollie sends the member back to
// /members/<id>/welcome, or to the sign-up form when cancelled.
func (s *Service) StartMembership(ctx context.Context, memberID int64) (string, error) {
	id := strconv.FormatInt(memberID, 10)
	body := map[string]any{
		"amount":      map[string]string{"currency": "EUR", "value": "39.00"},
		"description": "membership " + id,
		"redirectUrl": s.Site + "/members/" + id + "/welcome",
		"cancelUrl":   s.Site + "/members/" + id + "/signup",
	}
	p, err := s.post(ctx, body)
	if err != nil {
		return "", err
	}
	return p.Links.Checkout.Href, nil
}

// StartPass creates a day pass's payment, back to /passes/<id>/ready.
func (s *Service) StartPass(ctx context.Context, passID int64) (string, error) {
	body := map[string]any{
		"amount":      map[string]string{"currency": "EUR", "value": "9.00"},
		"description": "day pass",
		"redirectUrl": s.Site + "/passes/" + strconv.FormatInt(passID, 10) + "/ready",
	}
	p, err := s.post(ctx, body)
	if err != nil {
		return "", err
	}
	return p.Links.Checkout.Href, nil
}

func (s *Service) post(ctx context.Context, body map[string]any) (*molliePayment, error) {
	buf, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.mollie.com/v2/payments", bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("MOLLIE_API_KEY"))
	resp, err := s.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p molliePayment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

// PaymentStatus reads a payment's status back from Mollie.
func (s *Service) PaymentStatus(ctx context.Context, paymentID string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.mollie.com/v2/payments/"+paymentID, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("MOLLIE_API_KEY"))
	resp, err := s.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var p molliePayment
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return "", err
	}
	return p.Status, nil
}

// ActivateMembership stores the membership paid.
func (s *Service) ActivateMembership(ctx context.Context, memberID int64) error {
	_, err := s.DB.ExecContext(ctx, "UPDATE memberships SET status = 'paid' WHERE member_id = $1", memberID)
	return err
}

// ActivatePass stores the day pass paid.
func (s *Service) ActivatePass(ctx context.Context, passID int64) error {
	_, err := s.DB.ExecContext(ctx, "UPDATE passes SET status = 'paid' WHERE id = $1", passID)
	return err
}
