// Package texter tells recipients about their payouts.
package texter

import (
	"context"
	"database/sql"
	"net/http"
	"net/url"

	"a11notice/payoutevt"
)

// SMS texts the recipient through the carrier's HTTP API.
type SMS struct {
	hc  *http.Client
	api string
}

func NewSMS(hc *http.Client, api string) *SMS { return &SMS{hc: hc, api: api} }

func (s *SMS) PayoutArrived(ctx context.Context, p *payoutevt.Payout) error {
	return s.SendSMS(ctx, p.Phone, "Your money has arrived.")
}

func (s *SMS) SendSMS(ctx context.Context, to, text string) error {
	res, err := s.hc.PostForm(s.api+"/messages", url.Values{"to": {to}, "body": {text}})
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Stamp records the time of the last payout: an update that repeats
// nothing visible.
type Stamp struct{ db *sql.DB }

func NewStamp(db *sql.DB) *Stamp { return &Stamp{db: db} }

func (s *Stamp) PayoutArrived(ctx context.Context, p *payoutevt.Payout) error {
	_, err := s.db.ExecContext(ctx, "UPDATE recipients SET last_payout_at = now() WHERE phone = $1", p.Phone)
	return err
}
