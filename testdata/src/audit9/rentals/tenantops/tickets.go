package tenantops

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/jmoiron/sqlx"
)

// Ticket is a maintenance request.
type Ticket struct {
	ID       string `db:"id" json:"id"`
	UnitID   string `db:"unit_id" json:"unit_id"`
	VendorID string `db:"vendor_id" json:"vendor_id"`
	Summary  string `db:"summary" json:"summary"`
}

// Tickets dispatches maintenance tickets to vendors' work-order systems.
type Tickets struct {
	db *sqlx.DB
	hc *http.Client
}

// NewTickets returns a Tickets dispatcher.
func NewTickets(db *sqlx.DB) *Tickets {
	return &Tickets{db: db, hc: &http.Client{Timeout: 10 * time.Second}}
}

// Dispatch sends a ticket to the vendor's work-order endpoint.
func (t *Tickets) Dispatch(ctx context.Context, tk Ticket, endpoint string) error {
	body, _ := json.Marshal(tk)
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var resp *http.Response
		resp, err = t.hc.Post(endpoint+"/work-orders", "application/json", bytes.NewReader(body))
		if err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			_, err = t.db.ExecContext(ctx, `UPDATE tickets SET dispatched_at = now() WHERE id = $1`, tk.ID)
			return err
		}
		if resp != nil {
			resp.Body.Close()
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return err
}

// NotifyOpen reminds vendors of their open tickets.
func (t *Tickets) NotifyOpen(ctx context.Context, mail *Mailer) error {
	var open []struct {
		Email   string `db:"email"`
		Summary string `db:"summary"`
	}
	if err := t.db.SelectContext(ctx, &open, `SELECT v.email, t.summary FROM tickets t JOIN vendors v ON v.id = t.vendor_id WHERE t.closed_at IS NULL`); err != nil {
		return err
	}
	for _, o := range open {
		_ = mail.send(o.Email, "Open maintenance ticket", o.Summary)
	}
	return nil
}
