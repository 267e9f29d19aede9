// Package accounts activates customer accounts in the CRM.
package accounts

import (
	"context"
	"database/sql"
	"net/http"
	"strings"
)

type Service struct {
	db  *sql.DB
	crm string
}

func New(db *sql.DB, crm string) *Service { return &Service{db: db, crm: crm} }

// Activate flips the account on and tells the CRM over HTTP.
func (s *Service) Activate(ctx context.Context, customer string) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE accounts SET active = true WHERE id = $1`, customer); err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.crm+"/contacts/activate", strings.NewReader(customer))
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Upsert mirrors a CRM contact: the same row whatever the delivery.
func (s *Service) Upsert(ctx context.Context, contactID, email string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE contacts SET email = $2 WHERE crm_id = $1`, contactID, email)
	return err
}
