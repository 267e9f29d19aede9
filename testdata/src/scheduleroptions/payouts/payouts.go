// Package payouts pays sellers the balances still pending, one pass at a
// time; package scheduler runs the passes.
package payouts

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
)

// Payout is one payout row.
type Payout struct {
	ID      string
	Account string
	Amount  int64
}

// Service pays sellers.
type Service struct {
	db   *sql.DB
	hc   *http.Client
	base string
}

func New(db *sql.DB, hc *http.Client, base string) *Service {
	return &Service{db: db, hc: hc, base: base}
}

func (s *Service) pending(ctx context.Context) ([]Payout, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, account, amount FROM payouts WHERE status = 'pending'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Payout
	for rows.Next() {
		var p Payout
		if err := rows.Scan(&p.ID, &p.Account, &p.Amount); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func (s *Service) mark(ctx context.Context, id, status, ref string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE payouts SET status = $2, transfer_ref = $3 WHERE id = $1`, id, status, ref)
	return err
}

func (s *Service) transfer(ctx context.Context, p Payout, key string) (string, error) {
	body, _ := json.Marshal(map[string]any{"account": p.Account, "amount": p.Amount, "currency": "NGN"})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.base+"/v1/transfers", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	resp, err := s.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return "", fmt.Errorf("transfer: %s", resp.Status)
	}
	var out struct {
		Ref string `json:"ref"`
	}
	return out.Ref, json.NewDecoder(resp.Body).Decode(&out)
}

// PayPending pays each pending payout with no key; a failed transfer is
// only logged, and the row stays pending.
func (s *Service) PayPending(ctx context.Context) error {
	due, err := s.pending(ctx)
	if err != nil {
		return err
	}
	for _, p := range due {
		ref, err := s.transfer(ctx, p, "")
		if err != nil {
			log.Printf("payout %s: %v", p.ID, err)
			continue
		}
		if err := s.mark(ctx, p.ID, "sent", ref); err != nil {
			return err
		}
	}
	return nil
}

// --- silent ---

// PayPendingKeyed sends the payout's id as the key: the next pass sends
// the same key.
func (s *Service) PayPendingKeyed(ctx context.Context) error {
	due, err := s.pending(ctx)
	if err != nil {
		return err
	}
	for _, p := range due {
		ref, err := s.transfer(ctx, p, "payout-"+p.ID)
		if err != nil {
			log.Printf("payout %s: %v", p.ID, err)
			continue
		}
		_ = s.mark(ctx, p.ID, "sent", ref)
	}
	return nil
}

// PayClaimed moves each payout to processing before the transfer: a lost
// answer leaves it out of the next pass.
func (s *Service) PayClaimed(ctx context.Context) error {
	due, err := s.pending(ctx)
	if err != nil {
		return err
	}
	for _, p := range due {
		if err := s.mark(ctx, p.ID, "processing", ""); err != nil {
			continue
		}
		ref, err := s.transfer(ctx, p, "")
		if err != nil {
			log.Printf("payout %s: %v", p.ID, err)
			continue
		}
		_ = s.mark(ctx, p.ID, "sent", ref)
	}
	return nil
}

// CheckPending only reads the provider's status of each pending payout.
func (s *Service) CheckPending(ctx context.Context) error {
	due, err := s.pending(ctx)
	if err != nil {
		return err
	}
	for _, p := range due {
		resp, err := s.hc.Get(s.base + "/v1/transfers?payout=" + p.ID)
		if err != nil {
			continue
		}
		resp.Body.Close()
	}
	return nil
}
